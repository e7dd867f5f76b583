/**
 * The webhook doctor's rules: a getWebhookInfo answer,
 * sent for real or pasted, becomes findings that each name the cause and the fix, ordered by
 * severity. Pure data and functions; the delivery errors are the same entries the setWebhook
 * page's table shows (`facts/errors.ts`).
 */
import { explainDeliveryError, plainText } from "../facts/errors";
import { isDottedQuad, parseWebhookUrl } from "../net";
import { SECRET_HEADER } from "../facts/secretHeader";
import { DEFAULT_UPDATE_TYPES, OPT_IN_WORDS } from "../facts/updateTypes";

export type Severity = "critical" | "warning" | "info";
export const SEVERITY_ORDER: readonly Severity[] = ["critical", "warning", "info"];

export interface Finding {
  readonly id: string;
  readonly severity: Severity;
  readonly title: string;
  readonly cause: string;
  readonly fix: string;
}

export interface DoctorContext {
  readonly now: Date;
  /** The url the reader's form holds, to compare with the one set. */
  readonly formUrl?: string;
  /** A previous answer's pending_update_count and when it was read, to see a trend. */
  readonly previous?: { readonly pending: number; readonly at: Date };
  /** Update types the reader's handlers need (e.g. chat_member for a member counter). */
  readonly needed?: readonly string[];
  /** The reader says the bot polls with getUpdates. */
  readonly polling?: boolean;
  /**
   * Whether the reader's setWebhook sets a secret_token (getWebhookInfo never shows it);
   * undefined while the reader has not said.
   */
  readonly secretSet?: boolean;
}

/** How long ago, in words: "just now", "42 s ago", "5 min ago", "3 h ago", "2 days ago"; "in the future" for a clock ahead. */
export function agoWords(seconds: number): string {
  if (seconds < -5) return "in the future (check the clock)";
  if (seconds < 5) return "just now";
  if (seconds < 60) return `${Math.floor(seconds)} s ago`;
  if (seconds < 3600) return `${Math.floor(seconds / 60)} min ago`;
  if (seconds < 86_400) return `${Math.floor(seconds / 3600)} h ago`;
  const days = Math.floor(seconds / 86_400);
  return `${days} ${days === 1 ? "day" : "days"} ago`;
}

/** A Unix time as the reader can compare it with logs: "2026-11-26 11:59:00 UTC". */
export function utcWords(unixSeconds: number): string {
  return `${new Date(unixSeconds * 1000).toISOString().slice(0, 19).replace("T", " ")} UTC`;
}

/** A count of pending updates worth a warning: hours of backlog for most bots. */
export const PENDING_WARNING = 100;
/** A last error this recent is still happening, most likely. */
export const RECENT_ERROR_SECONDS = 3600;

const num = (v: unknown) => (typeof v === "number" && Number.isFinite(v) ? v : undefined);
const str = (v: unknown) => (typeof v === "string" ? v : undefined);

/** Every finding for one getWebhookInfo `result` (anything: a pasted answer may be broken), most severe first. */
export function diagnose(result: unknown, context: DoctorContext): Finding[] {
  const info = (result && typeof result === "object" ? result : {}) as Record<string, unknown>;
  const findings: Finding[] = [];
  const add = (f: Finding) => findings.push(f);
  const url = str(info.url) ?? "";
  const pending = num(info.pending_update_count) ?? 0;
  const nowSeconds = context.now.getTime() / 1000;

  if (url === "") {
    if (!context.polling)
      add({
        id: "no-webhook",
        severity: "warning",
        title: "No webhook is set",
        cause: "The url is empty, so Telegram delivers nothing to a server; updates wait for getUpdates.",
        fix: "Call setWebhook with your HTTPS url, or run the bot with long polling (bot.start()).",
      });
  } else if (context.polling) {
    add({
      id: "polling-with-webhook",
      severity: "critical",
      title: "A webhook is set while the bot polls",
      cause: "getUpdates fails with 409 Conflict while a webhook is set.",
      fix: "Use one: call deleteWebhook before polling, or stop polling and serve the webhook.",
    });
  }

  const message = str(info.last_error_message);
  const errorDate = num(info.last_error_date);
  if (message) {
    const known = explainDeliveryError(message);
    const recent = errorDate !== undefined && nowSeconds - errorDate <= RECENT_ERROR_SECONDS;
    const when = errorDate !== undefined ? ` ${agoWords(nowSeconds - errorDate)} (${utcWords(errorDate)})` : "";
    add({
      id: "last-error",
      severity: recent ? "critical" : "warning",
      title: `Delivery failed${when}: “${message.slice(0, 200)}”`,
      cause: known ? plainText(known.cause) : "Telegram could not deliver an update to your url and recorded this error.",
      fix: known ? plainText(known.fix) : "Open the url from outside your network and check what your server answers to a POST.",
    });
  }

  if (context.previous && pending > context.previous.pending && url !== "") {
    add({
      id: "pending-growing",
      severity: "critical",
      title: `Pending updates are growing: ${context.previous.pending} → ${pending}`,
      cause: "Updates arrive faster than your server accepts them, or it does not accept them at all.",
      fix: `Answer 2xx quickly (do slow work after answering)${message ? ` and fix the delivery error getWebhookInfo reports (“${message.slice(0, 80)}”)` : ""}.`,
    });
  } else if (pending >= PENDING_WARNING && url !== "") {
    add({
      id: "pending-high",
      severity: "warning",
      title: `${pending} updates are waiting for delivery`,
      cause: "Telegram keeps undelivered updates (at most 24 hours) and retries; a backlog means deliveries fail or are slow.",
      fix: "Fix the delivery error, then let the backlog drain, or drop it with setWebhook drop_pending_updates.",
    });
  } else if (pending > 0 && url !== "" && !(context.previous && pending < context.previous.pending)) {
    add({
      id: "pending-some",
      severity: "info",
      title: `${pending} ${pending === 1 ? "update is" : "updates are"} waiting for delivery`,
      cause: "A few waiting updates are normal while deliveries are in flight; a count that grows between readings means deliveries fail or are slow.",
      fix: "Read getWebhookInfo again in a minute: the doctor compares the two readings.",
    });
  }

  if (!message && pending > 0 && url !== "" && (context.previous ? pending > context.previous.pending : pending >= PENDING_WARNING)) {
    add({
      id: "silent-failure",
      severity: "warning",
      title: "Updates wait, but no delivery error is recorded",
      cause:
        "The Bot API server records no error when the url's host stops resolving after the webhook was accepted, nor when a delivery's request headers exceed 4 KB (a url path of about 4,000 characters).",
      fix: "Check that the host still resolves (dig +short <host>) and that the url is short; then call setWebhook again.",
    });
  }

  if (context.formUrl !== undefined && context.formUrl !== "" && url !== "" && context.formUrl !== url) {
    add({
      id: "url-differs",
      severity: "warning",
      title: "The webhook set differs from the url in your form",
      cause: `Telegram delivers to ${url}.`,
      fix: "Send setWebhook with the url you mean, or correct the form.",
    });
  }

  const allowed = Array.isArray(info.allowed_updates) ? info.allowed_updates.filter((t): t is string => typeof t === "string") : undefined;
  const effective = allowed ?? DEFAULT_UPDATE_TYPES;
  const missing = (context.needed ?? []).filter((t) => !effective.includes(t as never));
  if (url !== "" && missing.length) {
    add({
      id: "updates-missing",
      severity: "warning",
      title: `Your handlers wait for ${missing.join(", ")}, which Telegram does not send`,
      cause: allowed ? "allowed_updates leaves them out." : `Without allowed_updates Telegram sends every type except ${OPT_IN_WORDS}.`,
      fix: `Call setWebhook with allowed_updates that include ${missing.join(", ")}.`,
    });
  }

  const ip = str(info.ip_address);
  const parsedUrl = url ? parseWebhookUrl(url) : undefined;
  const host = parsedUrl?.ok ? parsedUrl.host : undefined;
  if (ip && ip !== "<unknown>" && host) {
    if (isDottedQuad(host) && host !== ip)
      add({
        id: "ip-differs",
        severity: "warning",
        title: `Telegram delivers to ${ip}, not to the url's ${host}`,
        cause: "setWebhook was given an ip_address that differs from the IP in the url.",
        fix: `Call setWebhook again without ip_address, or with ${host}.`,
      });
    else if (!isDottedQuad(host))
      add({
        id: "ip-resolved",
        severity: "info",
        title: `Telegram delivers to ${ip}`,
        cause: `That is the address used for ${host}: the one setWebhook's ip_address gave, or the one the name resolved to.`,
        fix: `If it is not your server's address, check the DNS record of ${host} (dig +short ${host}) or the ip_address you set, then call setWebhook again.`,
      });
  }

  if (ip === "<unknown>") {
    add({
      id: "ip-unknown",
      severity: "info",
      title: "ip_address is <unknown>",
      cause: "The webhook is still being verified, or was restored after a server restart before its address was looked up.",
      fix: "Read getWebhookInfo again in a moment.",
    });
  }

  const syncDate = num(info.last_synchronization_error_date);
  if (syncDate !== undefined) {
    add({
      id: "sync-error",
      severity: "info",
      title: "Telegram had trouble synchronizing updates",
      cause: "last_synchronization_error_date is the last time the Bot API server failed to synchronize updates with Telegram's datacenters; it is not about your server.",
      fix: "Nothing to do on your side unless updates are missing; if they are, read getWebhookInfo again later.",
    });
  }

  if (url !== "" && context.secretSet === false) {
    add({
      id: "no-secret",
      severity: "warning",
      title: "No secret token",
      cause: "Anyone who learns the url can post forged updates to it.",
      fix: `Set secret_token in setWebhook and check the ${SECRET_HEADER} header in your handler (the setWebhook playground's Server tab does).`,
    });
  }

  const max = num(info.max_connections);
  if (url !== "" && max === 1) {
    add({
      id: "max-connections-1",
      severity: "info",
      title: "max_connections is 1",
      cause: "Telegram sends one update at a time, waiting for each answer; a slow handler builds a backlog.",
      fix: "Raise max_connections (40 is the default) if your server handles requests in parallel.",
    });
  }

  if (url !== "" && max === 100) {
    add({
      id: "max-connections-100",
      severity: "info",
      title: "max_connections is 100, the most the server allows",
      cause: "Telegram may open 100 connections at once; a server or database pool sized for fewer turns the extra ones into timeouts.",
      fix: "Make sure the server takes that many requests in parallel, or lower max_connections.",
    });
  }

  return findings.sort((a, b) => SEVERITY_ORDER.indexOf(a.severity) - SEVERITY_ORDER.indexOf(b.severity));
}

/** What the doctor's box holds: a getWebhookInfo answer ({ ok, result }) or its result alone, as JSON. */
export function readPastedAnswer(text: string): { readonly result?: unknown; readonly error?: string } {
  const t = text.trim();
  if (!t) return {};
  try {
    const value: unknown = JSON.parse(t);
    const result = value && typeof value === "object" && !Array.isArray(value) && "result" in value ? (value as { result: unknown }).result : value;
    return { result };
  } catch (error) {
    return { error: `Not valid JSON: ${(error as Error).message}` };
  }
}

/** A reading's pending_update_count, to compare with the next one; undefined when the answer has none. */
export function pendingCount(result: unknown): number | undefined {
  const pending = result && typeof result === "object" ? (result as { pending_update_count?: unknown }).pending_update_count : undefined;
  return typeof pending === "number" ? pending : undefined;
}
