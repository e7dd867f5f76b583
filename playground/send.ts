/**
 * Sending a Bot API request from the browser, as plain code: the checks before anything is
 * sent (the token), the request itself (no redirects followed, abortable), and a true
 * account of whatever comes back, however hostile or broken. The view only calls `send`.
 */
import { answerText, findServerAnswer, plainText, type ServerAnswerId } from "./facts/errors";
import type { MethodDescriptor } from "./methods/types";
import { hasFiles, type FormEntry } from "./call/form";
import type { Upload } from "./schema/slice";


/** Checks the Bot API server address a user typed; returns it without a trailing slash. */
export function parseApiBase(text: string): { ok: true; base: string } | { ok: false; message: string } {
  const trimmed = text.trim();
  let url: URL;
  try {
    url = new URL(trimmed);
  } catch {
    return { ok: false, message: "Enter the server's address, such as https://api.telegram.org." };
  }
  if (url.protocol !== "https:" && url.protocol !== "http:") return { ok: false, message: "The address must start with https:// or http://." };
  if (url.search || url.hash || url.username || url.password)
    return { ok: false, message: "Give only the server's address, without a query, fragment or credentials." };
  return { ok: true, base: `${url.origin}${url.pathname}`.replace(/\/+$/, "") };
}

/** True for the shape BotFather hands out: digits, a colon, then 30 or more of A-Z a-z 0-9 _ -. */
export function looksLikeBotToken(token: string): boolean {
  return /^\d{5,}:[A-Za-z0-9_-]{30,}$/.test(token);
}

export interface ApiAnswer {
  readonly ok: boolean;
  readonly status: number;
  readonly description?: string;
  readonly errorCode?: number;
  readonly retryAfter?: number;
  readonly result?: unknown;
}

/** Reads whatever came back, however malformed, into an answer. */
export function parseAnswer(status: number, body: unknown): ApiAnswer {
  if (!body || typeof body !== "object") {
    return { ok: false, status, description: `The server answered ${status} without a Bot API response.` };
  }
  const b = body as Record<string, unknown>;
  const params = (b.parameters && typeof b.parameters === "object" ? b.parameters : {}) as Record<string, unknown>;
  return {
    ok: b.ok === true,
    status,
    description: typeof b.description === "string" ? b.description : undefined,
    errorCode: typeof b.error_code === "number" ? b.error_code : undefined,
    retryAfter: typeof params.retry_after === "number" ? params.retry_after : undefined,
    result: b.result,
  };
}



/** What a token may hold to be sent at all: the id, a colon, and a URL-safe secret. */
const TOKEN_CHARS = /^[0-9A-Za-z_:-]+$/;

export interface TokenProblem {
  /** The server's answer to such a token, when it has one. */
  readonly answer?: string;
  readonly message: string;
}

/**
 * Why a token cannot be sent, or undefined. Mirrors the server's own checks
 * (`ClientManager.cpp`: 401 for a token that starts with 0, is longer than 80 characters,
 * has a `/` or no `:`, or whose id is 0 or at least 2^54; 421 for an id that is not a
 * number), and refuses any character that could change the request's path or query.
 */
export function checkBotToken(token: string): TokenProblem | undefined {
  const server = (id: ServerAnswerId, why: string): TokenProblem => ({
    answer: answerText(id),
    message: `${why} The server would answer “${answerText(id)}”.`,
  });
  if (token === "") return { message: "Enter a bot token to send requests." };
  if (!TOKEN_CHARS.test(token)) {
    const bad = [...new Set(token.replace(/[0-9A-Za-z_:-]/g, ""))].slice(0, 3).map((c) => (c.trim() ? `“${c}”` : "a space")).join(", ");
    return { message: `A bot token holds only digits, a colon, letters, _ and -; this one has ${bad}, so it is not sent.` };
  }
  if (token.startsWith("0")) return server("invalidToken", "The token starts with 0.");
  if (token.length > 80) return server("invalidToken", "The token is longer than 80 characters.");
  const colon = token.indexOf(":");
  if (colon < 0) return server("invalidToken", "The token has no colon.");
  const id = token.slice(0, colon);
  if (!/^\d+$/.test(id)) return server("unallowedToken", "The part before the colon is not a number.");
  const n = BigInt(id);
  if (n <= 0n || n >= 2n ** 54n) return server("invalidToken", "The number before the colon is out of range.");
  return undefined;
}

/** What to say under the token box: its problem, or that it does not look like BotFather's, or nothing. */
export function tokenHint(token: string): string {
  const t = token.trim();
  if (!t) return "";
  const problem = checkBotToken(t);
  if (problem) return problem.message;
  if (!looksLikeBotToken(t)) return "This does not look like a bot token (123456789:AA… from @BotFather).";
  return "";
}

/** `{base}/bot{token}/{method}`, with the token's parts percent-encoded around its colon. */
export function apiUrl(base: string, token: string, method: string): string {
  return `${base}/bot${token.split(":").map(encodeURIComponent).join(":")}/${method}`;
}

/** The longest `retry_after` honoured, in seconds; the real server asks for 1 on setWebhook. */
export const MAX_RETRY_AFTER = 3600;

/** A `retry_after` the countdown can use: only on 429, a whole number of seconds from 1 to an hour. */
export function retryAfter(answer: ApiAnswer): number | undefined {
  if ((answer.errorCode ?? answer.status) !== 429) return undefined;
  const value = answer.retryAfter;
  if (typeof value !== "number" || !Number.isFinite(value) || value <= 0) return 1;
  return Math.min(MAX_RETRY_AFTER, Math.ceil(value));
}

/** A countdown as people read it: "42 s", "3 min 05 s". */
export function formatCountdown(seconds: number): string {
  if (seconds < 60) return `${seconds} s`;
  return `${Math.floor(seconds / 60)} min ${String(seconds % 60).padStart(2, "0")} s`;
}

export type SendResult =
  | { readonly kind: "answer"; readonly answer: ApiAnswer }
  | { readonly kind: "cancelled" }
  | { readonly kind: "redirect"; readonly status: number }
  | { readonly kind: "not-bot-api"; readonly status: number; readonly reason: string }
  | { readonly kind: "network" };

/** The part of `fetch` that `send` uses, so tests can pass their own. */
export type Fetch = (url: string, init: RequestInit) => Promise<Response>;

export interface SendOptions {
  readonly fetch: Fetch;
  readonly url: string;
  readonly body?: BodyInit;
  readonly signal: AbortSignal;
}

/**
 * The most bytes of an answer read: far above any Bot API answer (100 updates of getUpdates),
 * far below what freezes a tab. Past it the body is not read on.
 */
export const MAX_ANSWER_BYTES = 8 * 2 ** 20;

/** The body as text, or undefined once it passes `max` bytes (the rest is not read). */
export async function readBounded(response: Response, max: number): Promise<string | undefined> {
  if (!response.body) return response.text();
  const reader = response.body.getReader();
  const decoder = new TextDecoder();
  let bytes = 0;
  let text = "";
  for (;;) {
    const { done, value } = await reader.read();
    if (done) return text + decoder.decode();
    bytes += value.byteLength;
    if (bytes > max) {
      void reader.cancel().catch(() => undefined);
      return undefined;
    }
    text += decoder.decode(value, { stream: true });
  }
}

const aborted = (error: unknown, signal: AbortSignal) => signal.aborted || (error instanceof Error && error.name === "AbortError");

/**
 * Sends one request and says what happened. Redirects are not followed (a 307/308 would
 * carry the body, secret token included, to another origin; a 301-303 would turn setWebhook
 * into a parameterless GET). A cancel while the answer's body is still arriving is a cancel.
 */
export async function send(options: SendOptions): Promise<SendResult> {
  let response: Response;
  try {
    response = await options.fetch(options.url, {
      method: "POST",
      body: options.body,
      signal: options.signal,
      redirect: "manual",
      credentials: "omit",
      cache: "no-store",
      referrerPolicy: "no-referrer",
    });
  } catch (error) {
    return aborted(error, options.signal) ? { kind: "cancelled" } : { kind: "network" };
  }
  if (response.type === "opaqueredirect" || (response.status >= 300 && response.status < 400)) {
    return { kind: "redirect", status: response.status };
  }
  let text: string | undefined;
  try {
    text = await readBounded(response, MAX_ANSWER_BYTES);
  } catch (error) {
    return aborted(error, options.signal) ? { kind: "cancelled" } : { kind: "network" };
  }
  if (text === undefined) {
    return { kind: "not-bot-api", status: response.status, reason: `a body larger than ${MAX_ANSWER_BYTES / 2 ** 20} MB (reading stopped there)` };
  }
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch (error) {
    const reason = error instanceof RangeError ? "JSON nested too deeply to read" : text.trim() === "" ? "an empty body" : "a body that is not JSON";
    return { kind: "not-bot-api", status: response.status, reason };
  }
  if (!body || typeof body !== "object" || Array.isArray(body) || typeof (body as { ok?: unknown }).ok !== "boolean") {
    return { kind: "not-bot-api", status: response.status, reason: "JSON without the Bot API's ok field" };
  }
  return { kind: "answer", answer: parseAnswer(response.status, body) };
}

/** What to tell the reader about a result that is not an answer. */
export function explainResult(result: Exclude<SendResult, { kind: "answer" }>, method: string, base: string, official: boolean): string {
  switch (result.kind) {
    case "cancelled":
      return `${method} was cancelled; the server may still have received it.`;
    case "redirect":
      return `${base} answered with a redirect${result.status ? ` (${result.status})` : ""}. The playground does not follow redirects, so nothing was sent on: check the server address (a Bot API server never redirects).`;
    case "not-bot-api":
      return `${base} answered ${result.status} with ${result.reason}, not a Bot API response: check the server address.`;
    case "network":
      return official
        ? `Could not reach ${base}: check your connection, or whether a browser extension or network blocks it.`
        : `Could not reach ${base}: the server is down, the address is wrong, or it sends no CORS headers (a self-hosted Bot API server needs a proxy that adds Access-Control-Allow-Origin).`;
  }
}

/** The longest server text shown at once; the rest is behind "show all". */
export const MAX_SHOWN_TEXT = 2000;

/** Splits a long text the server sent into what is shown and what is folded away. */
export function clip(text: string, max = MAX_SHOWN_TEXT): { shown: string; rest: string } {
  if (text.length <= max) return { shown: text, rest: "" };
  return { shown: text.slice(0, max), rest: text.slice(max) };
}

/** The body: URL-encoded without files, multipart with them (neither needs a CORS preflight). */
export function callBody(entries: readonly FormEntry[], fileFor: (upload: Upload) => Blob | undefined): URLSearchParams | FormData | undefined {
  if (entries.length === 0) return undefined;
  if (!hasFiles(entries)) return new URLSearchParams(entries as [string, string][]);
  const form = new FormData();
  for (const [name, value] of entries) {
    if (typeof value === "string") form.append(name, value);
    else {
      const file = fileFor(value);
      if (!file) throw new Error(`the file ${value.name} is no longer available: pick it again`);
      form.append(name, file, value.name);
    }
  }
  return form;
}

/** What to tell the reader about an answer that is not ok, for any method (its descriptor may word it). */
export function explainFailure(answer: ApiAnswer, base: string, descriptor: Pick<MethodDescriptor, "explain"> = {}): string {
  const own = descriptor.explain?.(answer);
  if (own) return own;
  const code = answer.errorCode ?? answer.status;
  // An answer the pages document: its cause and fix, from the same table.
  const known = code !== 429 && answer.description ? findServerAnswer(answer.description) : undefined;
  if (known) return plainText(`${known.cause} ${known.fix}`);
  switch (code) {
    case 400:
      return "The server refused a parameter: its description above names it.";
    case 401:
      return "The bot token was refused: copy it again from @BotFather (it looks like 123456789:AA…).";
    case 403:
      return "The bot may not do this: the description above says why (for example, the user blocked the bot or the bot is not in the chat).";
    case 404:
      return `${base} has no such Bot API method here: check the server address.`;
    case 409:
      return "Conflict: getUpdates cannot run while a webhook is set (deleteWebhook first), or another getUpdates is running.";
    case 429:
      return `Too many requests: wait ${formatCountdown(retryAfter(answer) ?? 1)} before trying again.`;
    default:
      return `The server answered ${code}.`;
  }
}
