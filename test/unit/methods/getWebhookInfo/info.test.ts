import { describe, expect, it } from "vitest";
import { DEFAULT_UPDATE_TYPES, OPT_IN_WORDS } from "../../../../playground/facts/updateTypes";
import { describeWebhookInfo } from "../../../../playground/methods/getWebhookInfo/info";

describe("describeWebhookInfo", () => {
  const now = new Date("2026-11-25T12:00:00Z");
  const formatDate = (d: Date) => d.toISOString();
  it("says what is wrong with a malformed answer instead of failing", () => {
    const rows = describeWebhookInfo({ url: "u", last_error_date: 1e20, last_synchronization_error_date: "yesterday", allowed_updates: ["message", 5, { x: 1 }] }, { now, formatDate });
    expect(rows.find((r) => r.field === "last_error_date")).toEqual({ field: "last_error_date", value: "100000000000000000000 (not a valid Unix time)" });
    expect(rows.find((r) => r.field === "last_synchronization_error_date")).toEqual({ field: "last_synchronization_error_date", value: '"yesterday" (not a valid Unix time)' });
    expect(rows.find((r) => r.field === "allowed_updates")).toEqual({
      field: "allowed_updates",
      value: 'message, 5, {"x":1}',
      note: "Not a list of update type names: the server sent other values in it.",
    });
  });
  it("shows every field, dates with how long ago, and explains the last error", () => {
    expect(
      describeWebhookInfo(
        {
          url: "https://bot.example.com/hook",
          has_custom_certificate: false,
          pending_update_count: 4,
          ip_address: "149.154.167.220",
          last_error_date: now.getTime() / 1000 - 120,
          last_error_message: "Read timeout expired",
          max_connections: 40,
          allowed_updates: ["message", "chat_member"],
        },
        { now, formatDate },
      ),
    ).toEqual([
      { field: "url", value: "https://bot.example.com/hook", note: undefined },
      { field: "has_custom_certificate", value: "False" },
      { field: "pending_update_count", value: "4", note: "Updates are waiting because delivery fails." },
      { field: "ip_address", value: "149.154.167.220" },
      { field: "last_error_date", value: "2026-11-25T11:58:00.000Z (2 minutes ago)" },
      { field: "last_error_message", value: "Read timeout expired", note: "Your handler took too long to answer. Answer 200 at once and do slow work in the background." },
      { field: "max_connections", value: "40" },
      { field: "allowed_updates", value: "message, chat_member" },
    ]);
  });
  it("says when no webhook is set and the default updates are in effect", () => {
    const rows = describeWebhookInfo({ url: "", has_custom_certificate: false, pending_update_count: 0 }, { now, formatDate });
    expect(rows[0]).toEqual({ field: "url", value: "(none)", note: "No webhook is set: the bot receives updates with getUpdates, if at all." });
    expect(rows.at(-1)).toEqual({
      field: "allowed_updates",
      value: `default (${DEFAULT_UPDATE_TYPES.length} types)`,
      note: `Every type except ${OPT_IN_WORDS}.`,
    });
  });
});
