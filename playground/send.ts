/**
 * Sending a Bot API request from the browser, as plain code: the checks before anything is
 * sent (the token), the request itself (no redirects followed, abortable), and a true
 * account of whatever comes back, however hostile or broken. The view only calls `send`.
 */
import { answerText, type ServerAnswerId } from "./facts/errors";
import { looksLikeBotToken, parseAnswer, type ApiAnswer, type ApiMethod } from "./botApi";

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
export function apiUrl(base: string, token: string, method: ApiMethod | string): string {
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
  let text: string;
  try {
    text = await response.text();
  } catch (error) {
    return aborted(error, options.signal) ? { kind: "cancelled" } : { kind: "network" };
  }
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    return { kind: "not-bot-api", status: response.status, reason: text.trim() === "" ? "an empty body" : "a body that is not JSON" };
  }
  if (!body || typeof body !== "object" || Array.isArray(body) || typeof (body as { ok?: unknown }).ok !== "boolean") {
    return { kind: "not-bot-api", status: response.status, reason: "JSON without the Bot API's ok field" };
  }
  return { kind: "answer", answer: parseAnswer(response.status, body) };
}

/** What to tell the reader about a result that is not an answer. */
export function explainResult(result: Exclude<SendResult, { kind: "answer" }>, method: ApiMethod | string, base: string, official: boolean): string {
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
