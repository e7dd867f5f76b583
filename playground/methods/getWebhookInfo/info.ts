/**
 * getWebhookInfo's answer as rows to read: every WebhookInfo field, dates as local times with
 * "n minutes ago", delivery errors explained from the same table as the setWebhook page.
 */
import { explainDeliveryError, type DeliveryError } from "../../facts/errors";
import { DEFAULT_UPDATE_TYPES, OPT_IN_WORDS } from "../../facts/updateTypes";

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
    rows.push({ field: "allowed_updates", value: `default (${DEFAULT_UPDATE_TYPES.length} types)`, note: `Every type except ${OPT_IN_WORDS}.` });
  }
  return rows;
}
