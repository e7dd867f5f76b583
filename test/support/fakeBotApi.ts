/**
 * A local stand-in for the Bot API server (tdlib/telegram-bot-api) on 127.0.0.1 that implements
 * setWebhook, getWebhookInfo and deleteWebhook with the server's checks, texts and flood
 * control, the methods the playground's browser tests send (getMe, sendMessage, sendPhoto,
 * logOut) with the limits read from the schema, and sends `Access-Control-Allow-Origin: *`
 * like api.telegram.org. On every other method it refuses what the server's readings refuse
 * from the request alone (`playground/server/readings.ts`: the same table the playground and
 * the pages read), with the server's answer, before saying it does not implement the method.
 */
import { X509Certificate } from "node:crypto";
import { readFileSync } from "node:fs";
import { SCHEMA_FILE } from "../../playground/schema/fromGramioTypes";
import type { BotApiSchema } from "../../playground/schema/model";
import { createServer, type ServerResponse } from "node:http";
import { formatIPv4, isIPv6, isReservedIPv4, parseInetAddr, parseIPv4Loose, parseWebhookUrl } from "../../playground/net";
import { answerText, SERVER_ANSWERS, type ServerAnswerId } from "../../playground/facts/errors";
import { MAX_CERTIFICATE_BYTES, SECRET_TOKEN, WEBHOOK_PORTS } from "../../playground/methods/setWebhook/facts";
import { UPDATE_TYPES } from "../../playground/facts/updateTypes";

const schema = JSON.parse(readFileSync(SCHEMA_FILE, "utf8")) as BotApiSchema;

/** The limits the stand-in applies, read from the specification the docs are built from. */
import { effectiveMaxConnections } from "../../playground/methods/setWebhook/validate";
import { firstRefusal, refusalOnceFound } from "../../playground/server/readings";

export interface FakeWebhook {
  url: string;
  has_custom_certificate: boolean;
  pending_update_count: number;
  ip_address?: string;
  last_error_date?: number;
  last_error_message?: string;
  max_connections?: number;
  allowed_updates?: string[];
  secret_token?: string;
}

export interface FakeBotApi {
  readonly origin: string;
  readonly state: FakeWebhook;
  /** Holds every answer until `release()` (or `reset()`), to test a request in flight. */
  hold(): void;
  release(): void;
  /** The clock flood control reads; tests replace it so no outcome depends on machine speed. */
  now: () => number;
  /**
   * Answers instead of the stand-in when it returns true: a hostile or broken server
   * (redirects, absurd retry_after, malformed or huge answers, a body that never ends).
   */
  hostile?: (request: { method: string; token: string }, res: ServerResponse) => boolean;
  /** Back to the initial state, flood control included. */
  reset(): void;
  /** The messages sendMessage and sendPhoto delivered, with their arguments as received. */
  readonly sent: Args[];
  /** Every request's method name and argument names, to prove tokens and secrets stayed put. */
  readonly log: { method: string; args: Record<string, string>; origin?: string }[];
  close(): Promise<void>;
}

export type Args = Record<string, string | { name: string; size: number; text: string }>;

function send(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { "content-type": "application/json", "access-control-allow-origin": "*" });
  res.end(JSON.stringify(body));
}
const fail = (res: ServerResponse, code: number, description: string, extra: object = {}) =>
  send(res, code, { ok: false, error_code: code, description, ...extra });
/** Answers with one of the server's texts, read from the data the playground quotes. */
const answer = (res: ServerResponse, id: ServerAnswerId, value?: string | number, extra: object = {}) =>
  fail(res, SERVER_ANSWERS[id].code, answerText(id, value), extra);

/**
 * Whether OpenSSL would load a certificate from the file, checked with Node's own X.509
 * parser (not the playground's): at least one PEM certificate block that parses.
 */
function loadsCertificate(text: string): boolean {
  for (const [block] of text.matchAll(/-----BEGIN CERTIFICATE-----[\s\S]*?-----END CERTIFICATE-----/g)) {
    try {
      new X509Certificate(block);
      return true;
    } catch {
      /* a broken block */
    }
  }
  return false;
}

async function readArgs(url: URL, contentType: string, body: Buffer): Promise<Args> {
  const args: Args = {};
  const mediaType = contentType.split(";")[0]!.trim();
  if (mediaType === "application/json") {
    try {
      const parsed = JSON.parse(body.toString("utf8")) as unknown;
      if (parsed && typeof parsed === "object" && !Array.isArray(parsed))
        for (const [k, v] of Object.entries(parsed)) args[k] = typeof v === "string" ? v : JSON.stringify(v);
    } catch {
      /* not JSON: no parameters */
    }
  } else if (mediaType === "application/x-www-form-urlencoded") {
    for (const [k, v] of new URLSearchParams(body.toString("utf8"))) args[k] = v;
  } else if (mediaType === "multipart/form-data") {
    const form = await new Response(new Uint8Array(body), { headers: { "content-type": contentType } }).formData();
    for (const [k, v] of form) args[k] = typeof v === "string" ? v : { name: v.name, size: v.size, text: await v.text() };
  }
  // Query string parameters win over body parameters of the same name.
  for (const [k, v] of url.searchParams) args[k] = v;
  return args;
}

const text = (v: Args[string] | undefined) => (typeof v === "string" ? v : "");


function parseAllowed(v: string): string[] | undefined | "keep" {
  if (v === "") return "keep";
  try {
    const parsed = JSON.parse(v) as unknown;
    if (!Array.isArray(parsed) || parsed.some((x) => typeof x !== "string")) return "keep";
    const known = (parsed as string[]).map((s) => s.toLowerCase()).filter((s) => (UPDATE_TYPES as readonly string[]).includes(s));
    return known.length ? known : undefined;
  } catch {
    return "keep";
  }
}

export interface FakeOptions {
  tokens: string[];
  initial?: Partial<FakeWebhook>;
  /** DNS for webhook hosts: a name maps to an address; names not listed resolve to a public one. */
  hosts?: Record<string, string>;
}

export async function startFakeBotApi(options: FakeOptions): Promise<FakeBotApi> {
  const fresh = (): FakeWebhook => ({ url: "", has_custom_certificate: false, pending_update_count: 0, ...options.initial });
  const state: FakeWebhook = fresh();
  let gate: { promise: Promise<void>; open: () => void } | undefined;
  let clock = () => Date.now();
  const log: FakeBotApi["log"] = [];
  const sent: Args[] = [];
  let lastSet = 0;

  function checkAddress(res: ServerResponse, name: string): boolean {
    const host = options.hosts?.[name] ?? name;
    if (isIPv6(host)) return answer(res, "ipv6"), false;
    const address = parseIPv4Loose(host);
    if (address !== undefined && isReservedIPv4(address)) return answer(res, "reserved", formatIPv4(address)), false;
    return true;
  }

  /** `drop_pending_updates` is read as the server does: trimmed, lower-cased true, yes or 1. */
  function dropPending(args: Args): void {
    if (["true", "yes", "1"].includes(text(args.drop_pending_updates).trim().toLowerCase())) state.pending_update_count = 0;
  }

  /** deleteWebhook, and setWebhook with an empty url. */
  function deleteWebhook(res: ServerResponse, args: Args): void {
    dropPending(args);
    const had = state.url !== "";
    // allowed_updates is stored even without a webhook.
    const allowed = parseAllowed(text(args.allowed_updates));
    Object.assign(state, { url: "", has_custom_certificate: false, ip_address: undefined, max_connections: undefined, secret_token: undefined });
    if (allowed !== "keep") state.allowed_updates = allowed;
    send(res, 200, { ok: true, result: true, description: had ? "Webhook was deleted" : "Webhook is already deleted" });
  }

  function setWebhook(res: ServerResponse, args: Args): void {
    const url = text(args.url);
    if (url === "") return deleteWebhook(res, args);
    dropPending(args);
    const parsed = parseWebhookUrl(url);
    // The server's order: it answers the first check that fails.
    if (!parsed.ok) return answer(res, "invalidUrl");
    const secret = text(args.secret_token);
    if (Buffer.byteLength(secret, "utf8") > SECRET_TOKEN.maxBytes) return answer(res, "secretTooLong");
    if (secret.replace(new RegExp(SECRET_TOKEN.chars, "g"), "") !== "") return answer(res, "secretChars");
    const cert = args.certificate;
    if (typeof cert === "object" && cert.size > MAX_CERTIFICATE_BYTES) return answer(res, "certificateTooBig", cert.size);
    if (parsed.scheme !== "https") return answer(res, "https");
    if (!(WEBHOOK_PORTS as readonly number[]).includes(parsed.port)) return answer(res, "port");
    const ip = text(args.ip_address);
    if (ip !== "") {
      if (isIPv6(ip)) return answer(res, "ipv6");
      const address = parseInetAddr(ip);
      if (address === undefined) return answer(res, "invalidIp");
      if (!checkAddress(res, formatIPv4(address))) return;
    } else if (!checkAddress(res, parsed.host)) return;
    if (typeof cert === "object" && !loadsCertificate(cert.text)) return answer(res, "certificateFile");
    const now = clock();
    if (now - lastSet < 1000) return answer(res, "flood", 1, { parameters: { retry_after: 1 } });
    lastSet = now;
    const allowed = parseAllowed(text(args.allowed_updates));
    const next = {
      url,
      has_custom_certificate: typeof cert === "object",
      ip_address: ip || "149.154.167.220",
      max_connections: text(args.max_connections) === "" ? 40 : effectiveMaxConnections(text(args.max_connections)),
      allowed_updates: allowed === "keep" ? state.allowed_updates : allowed,
      secret_token: secret || undefined,
    };
    const same = (Object.keys(next) as (keyof typeof next)[]).every((k) => JSON.stringify(state[k]) === JSON.stringify(next[k]));
    Object.assign(state, next);
    send(res, 200, { ok: true, result: true, description: same ? "Webhook is already set" : "Webhook was set" });
  }

  let origin = "";
  const api: FakeBotApi = {
    get origin() {
      return origin;
    },
    state,
    log,
    sent,
    hold() {
      let open = () => {};
      const promise = new Promise<void>((ok) => (open = ok));
      gate = { promise, open };
    },
    release() {
      gate?.open();
      gate = undefined;
    },
    get now() {
      return clock;
    },
    set now(fn: () => number) {
      clock = fn;
    },
    reset() {
      for (const key of Object.keys(state)) delete (state as unknown as Record<string, unknown>)[key];
      Object.assign(state, fresh());
      lastSet = 0;
      gate?.open();
      gate = undefined;
      clock = () => Date.now();
      log.length = 0;
      sent.length = 0;
      api.hostile = undefined;
    },
    close: () =>
      new Promise<void>((ok) => {
        server.closeAllConnections();
        server.close(() => ok());
      }),
  };

  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", async () => {
      if (gate) await gate.promise;
      if (res.destroyed) return;
      if (req.method === "OPTIONS") {
        res.writeHead(204, { "access-control-allow-origin": "*", "access-control-allow-methods": "GET, POST", "access-control-allow-headers": "content-type" });
        return res.end();
      }
      const url = new URL(req.url ?? "/", "http://127.0.0.1");
      const match = /^\/bot([^/]*)\/([A-Za-z]+)$/.exec(url.pathname);
      if (!match) return answer(res, "notFound");
      const [, token, methodRaw] = match as unknown as [string, string, string];
      const args = await readArgs(url, String(req.headers["content-type"] ?? ""), Buffer.concat(chunks));
      const method = methodRaw.toLowerCase();
      if (api.hostile?.({ method, token: decodeURIComponent(token) }, res)) return;
      log.push({ method, args: Object.fromEntries(Object.entries(args).map(([k, v]) => [k, text(v) || (typeof v === "object" ? `file:${v.name}` : "")])), origin: req.headers.origin });
      if (!/^\d+:/.test(decodeURIComponent(token))) return answer(res, "invalidToken");
      if (!options.tokens.includes(decodeURIComponent(token))) return answer(res, "unauthorized");
      if (method === "setwebhook") return setWebhook(res, args);
      if (method === "deletewebhook") return deleteWebhook(res, args);
      if (method === "getwebhookinfo") {
        const result: Record<string, unknown> = { url: state.url, has_custom_certificate: state.has_custom_certificate, pending_update_count: state.pending_update_count };
        if (state.url) {
          if (state.ip_address) result.ip_address = state.ip_address;
          if (state.last_error_date) result.last_error_date = state.last_error_date;
          if (state.last_error_message) result.last_error_message = state.last_error_message;
          result.max_connections = state.max_connections;
          if (state.allowed_updates) result.allowed_updates = state.allowed_updates;
        }
        return send(res, 200, { ok: true, result });
      }
      if (method === "getme") return send(res, 200, { ok: true, result: { id: Number(decodeURIComponent(token).split(":")[0]), is_bot: true, first_name: "Stand-in", username: "standin_bot" } });
      if (method === "logout") return send(res, 200, { ok: true, result: true });
      // An uploaded file counts as given (its text here is its content, which may be empty).
      const wire = Object.fromEntries(Object.entries(args).map(([k, v]) => [k, typeof v === "string" ? v : `attach://${k}`]));
      const refusal = firstRefusal(method, wire);
      if (refusal) return fail(res, 400, refusal);
      if (method === "sendmessage" || method === "sendphoto") {
        const chat = text(args.chat_id);
        if (!chat) return fail(res, 400, "Bad Request: chat_id is empty");
        // The stand-in knows no public usernames: a chat named by one is not found, as Telegram answers for an unknown one.
        if (chat.startsWith("@")) return fail(res, 400, "Bad Request: chat not found");
        // The chat is found: td's checks of the message (its text's length after parsing…).
        const found = refusalOnceFound(method, schema.methods.find((m) => m.name.toLowerCase() === method)!.fields, wire);
        if (found) return fail(res, 400, found);
        const message: Record<string, unknown> = { message_id: sent.length + 1, date: Math.floor(clock() / 1000), chat: { id: Number(chat) || 42, type: "private" } };
        if (method === "sendmessage") {
          message.text = text(args.text);
        } else {
          message.photo = [{ file_id: "AgACAgIAAxkBAAIB", file_unique_id: "AQADAgAT", width: 90, height: 90 }];
        }
        if (args.reply_markup) message.reply_markup = JSON.parse(text(args.reply_markup));
        sent.push(args);
        return send(res, 200, { ok: true, result: message });
      }
      return fail(res, 404, "Not Found: method not found");
    });
  });
  await new Promise<void>((ok) => server.listen(0, "127.0.0.1", ok));
  const address = server.address();
  if (!address || typeof address === "string") throw new Error("fake Bot API has no port");
  origin = `http://127.0.0.1:${address.port}`;
  return api;
}
