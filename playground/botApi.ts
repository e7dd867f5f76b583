/**
 * Talking to a Bot API server from the browser: URLs, bodies that need no CORS preflight,
 * and reading the answers. Pure: the component turns entries into URLSearchParams or FormData.
 */
import type { SetWebhookInput } from "./params";
import { explainDeliveryError, findServerAnswer, plainText, type DeliveryError } from "./facts/errors";
import type { SetWebhookParamName } from "./facts/setWebhook";
import { DEFAULT_UPDATE_TYPES } from "./facts/updateTypes";

export type ApiMethod = "setWebhook" | "getWebhookInfo" | "deleteWebhook";

export const DEFAULT_API_BASE = "https://api.telegram.org";

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

/** Text parameters for a browser form body, written as GramIO writes them (the file aside). */
export { textParams as formEntries } from "./request";

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

/** The form field a 400 answer of setWebhook is about, so the message can stand next to it. */
export function fieldForError(description: string, input: SetWebhookInput): SetWebhookParamName | undefined {
  const d = description.toLowerCase();
  if (d.includes("secret token")) return "secret_token";
  if (d.includes("certificate")) return "certificate";
  if (d.includes("ipv6") || d.includes("ip address")) return input.ip_address ? "ip_address" : "url";
  if (d.includes("webhook") || d.includes("url") || d.includes("resolve host")) return "url";
  return undefined;
}

/** What to tell the user about an answer that is not ok. */
export function explainFailure(answer: ApiAnswer, base: string): string {
  const code = answer.errorCode ?? answer.status;
  if (code === 400) return "The server rejected a parameter; its message is shown next to that field.";
  // An answer the page documents: its cause and fix, from the same table.
  const known = code !== 429 && answer.description ? findServerAnswer(answer.description) : undefined;
  if (known) return plainText(`${known.cause} ${known.fix}`);
  if (code === 401) return "The bot token was refused: copy it again from @BotFather (it looks like 123456789:AA…).";
  if (code === 404) return `${base} has no such Bot API method here: check the server address.`;
  if (code === 429) return `Too many requests: wait ${answer.retryAfter ?? 1} s before trying again.`;
  if (code === 409) return "Another setWebhook was sent at the same moment; set the webhook from one place only.";
  return `The server answered ${code}.`;
}

export interface InfoRow {
  readonly field: string;
  readonly value: string;
  readonly note?: string;
}

function ago(seconds: number): string {
  const s = Math.max(0, Math.round(seconds));
  if (s < 60) return `${s} ${s === 1 ? "second" : "seconds"} ago`;
  const m = Math.round(s / 60);
  if (m < 60) return `${m} ${m === 1 ? "minute" : "minutes"} ago`;
  const h = Math.round(m / 60);
  if (h < 48) return `${h} ${h === 1 ? "hour" : "hours"} ago`;
  const d = Math.round(h / 24);
  return `${d} days ago`;
}

export interface InfoOptions {
  readonly now: Date;
  /** Formats a date as local time; injectable so tests are exact. */
  readonly formatDate?: (d: Date) => string;
}

/** Every WebhookInfo field, readable: dates as local times with "n minutes ago", errors explained. */
export function describeWebhookInfo(info: unknown, options: InfoOptions): InfoRow[] {
  const i = (info && typeof info === "object" ? info : {}) as Record<string, unknown>;
  const fmt = options.formatDate ?? ((d: Date) => d.toLocaleString());
  const date = (v: unknown) => {
    if (v === undefined) return undefined;
    const d = typeof v === "number" ? new Date(v * 1000) : undefined;
    if (!d || Number.isNaN(d.getTime())) return `${String(JSON.stringify(v)).slice(0, 40)} (not a valid Unix time)`;
    return `${fmt(d)} (${ago((options.now.getTime() - d.getTime()) / 1000)})`;
  };
  const rows: InfoRow[] = [];
  const url = typeof i.url === "string" ? i.url : "";
  rows.push({ field: "url", value: url || "(none)", note: url ? undefined : "No webhook is set: the bot receives updates with getUpdates, if at all." });
  rows.push({ field: "has_custom_certificate", value: i.has_custom_certificate === true ? "True" : "False" });
  rows.push({
    field: "pending_update_count",
    value: String(typeof i.pending_update_count === "number" ? i.pending_update_count : 0),
    note: typeof i.pending_update_count === "number" && i.pending_update_count > 0 && i.last_error_date ? "Updates are waiting because delivery fails." : undefined,
  });
  if (typeof i.ip_address === "string") rows.push({ field: "ip_address", value: i.ip_address });
  const lastError = date(i.last_error_date);
  if (lastError) rows.push({ field: "last_error_date", value: lastError });
  if (typeof i.last_error_message === "string") {
    const known: DeliveryError | undefined = explainDeliveryError(i.last_error_message);
    const plain = (s: string) => s.replaceAll("`", "");
    rows.push({ field: "last_error_message", value: i.last_error_message, note: known ? plain(`${known.cause} ${known.fix}`) : undefined });
  }
  const syncError = date(i.last_synchronization_error_date);
  if (syncError) rows.push({ field: "last_synchronization_error_date", value: syncError });
  if (typeof i.max_connections === "number") rows.push({ field: "max_connections", value: String(i.max_connections) });
  if (Array.isArray(i.allowed_updates)) {
    const list = i.allowed_updates as unknown[];
    const odd = list.some((t) => typeof t !== "string");
    rows.push({
      field: "allowed_updates",
      value: list.map((t) => (typeof t === "string" ? t : JSON.stringify(t))).join(", "),
      note: odd ? "Not a list of update type names: the server sent other values in it." : undefined,
    });
  } else {
    rows.push({ field: "allowed_updates", value: `default (${DEFAULT_UPDATE_TYPES.length} types)`, note: "Every type except chat_member, message_reaction and message_reaction_count." });
  }
  return rows;
}
