import { describe, expect, it } from "vitest";
import { diagnose } from "../../playground/doctor/diagnose";
import { DELIVERY_ERRORS, plainText } from "../../playground/facts/errors";

const now = new Date("2026-11-26T12:00:00Z");
const at = (secondsAgo: number) => Math.floor(now.getTime() / 1000) - secondsAgo;
const webhook = { url: "https://bot.example.com/hook", has_custom_certificate: false, pending_update_count: 0, max_connections: 40 };

describe("the webhook doctor", () => {
  it("finds nothing wrong with a healthy webhook", () => {
    expect(diagnose(webhook, { now, secretSet: true })).toEqual([]);
  });

  it("explains a recent delivery error from the same data as the page's table, most severe first", () => {
    const findings = diagnose({ ...webhook, pending_update_count: 250, last_error_date: at(60), last_error_message: "Wrong response from the webhook: 401 Unauthorized" }, { now, secretSet: true });
    const entry = DELIVERY_ERRORS.find((e) => e.message === "Wrong response from the webhook: 401")!;
    expect(findings).toEqual([
      { id: "last-error", severity: "critical", title: "Delivery failed 1 min ago (2026-11-26 11:59:00 UTC): “Wrong response from the webhook: 401 Unauthorized”", cause: plainText(entry.cause), fix: plainText(entry.fix) },
      {
        id: "pending-high",
        severity: "warning",
        title: "250 updates are waiting for delivery",
        cause: "Telegram keeps undelivered updates (at most 24 hours) and retries; a backlog means deliveries fail or are slow.",
        fix: "Fix the delivery error, then let the backlog drain, or drop it with setWebhook drop_pending_updates.",
      },
    ]);
  });

  it("says an old error is old, and reads an unknown one plainly", () => {
    const [finding] = diagnose({ ...webhook, last_error_date: at(86_400), last_error_message: "Something new" }, { now, secretSet: true });
    expect(finding).toEqual({
      id: "last-error",
      severity: "warning",
      title: "Delivery failed 1 day ago (2026-11-25 12:00:00 UTC): “Something new”",
      cause: "Telegram could not deliver an update to your url and recorded this error.",
      fix: "Open the url from outside your network and check what your server answers to a POST.",
    });
  });

  it("says when the last error happened and how long ago, in words and in UTC", async () => {
    const { agoWords, utcWords } = await import("../../playground/doctor/diagnose");
    expect([0, 42, 300, 7200, 86_400, 3 * 86_400, -60].map(agoWords)).toEqual(["just now", "42 s ago", "5 min ago", "2 h ago", "1 day ago", "3 days ago", "in the future (check the clock)"]);
    expect(utcWords(at(0))).toBe("2026-11-26 12:00:00 UTC");
    const [noDate] = diagnose({ ...webhook, last_error_message: "Connection refused" }, { now, secretSet: true });
    expect(noDate!.title).toBe("Delivery failed: “Connection refused”");
  });

  it("mentions a small backlog on a single reading, and not once it shrinks", () => {
    expect(diagnose({ ...webhook, pending_update_count: 3 }, { now, secretSet: true })).toEqual([
      {
        id: "pending-some",
        severity: "info",
        title: "3 updates are waiting for delivery",
        cause: "A few waiting updates are normal while deliveries are in flight; a count that grows between readings means deliveries fail or are slow.",
        fix: "Read getWebhookInfo again in a minute: the doctor compares the two readings.",
      },
    ]);
    expect(diagnose({ ...webhook, pending_update_count: 1 }, { now, secretSet: true })[0]!.title).toBe("1 update is waiting for delivery");
    expect(diagnose({ ...webhook, pending_update_count: 2 }, { now, secretSet: true, previous: { pending: 5, at: now } })).toEqual([]);
  });

  it("assumes nothing about the secret until the reader says", () => {
    expect(diagnose(webhook, { now }).map((f) => f.id)).toEqual([]);
    expect(diagnose(webhook, { now, secretSet: false }).map((f) => f.id)).toEqual(["no-secret"]);
  });

  it("names the error it means when a growing backlog has one, wherever that finding stands", () => {
    const findings = diagnose(
      { ...webhook, pending_update_count: 12, last_error_date: at(7200), last_error_message: "Connection refused" },
      { now, secretSet: true, previous: { pending: 3, at: new Date(now.getTime() - 60_000) } },
    );
    expect(findings.map((f) => f.id)).toEqual(["pending-growing", "last-error"]);
    expect(findings[0]!.fix).toBe("Answer 2xx quickly (do slow work after answering) and fix the delivery error getWebhookInfo reports (“Connection refused”).");
    expect(findings.some((f) => /above|below/.test(f.fix + f.cause))).toBe(false);
  });

  it("sees pending updates growing between two checks", () => {
    expect(diagnose({ ...webhook, pending_update_count: 12 }, { now, secretSet: true, previous: { pending: 3, at: new Date(now.getTime() - 60_000) } }).map((f) => f.title)).toEqual([
      "Pending updates are growing: 3 → 12",
      "Updates wait, but no delivery error is recorded",
    ]);
  });

  it("names the 409 of polling with a webhook set, a url that differs, missing update types and a missing secret", () => {
    const findings = diagnose({ ...webhook, max_connections: 1 }, { now, polling: true, formUrl: "https://bot.example.com/other", needed: ["message", "chat_member"], secretSet: false });
    expect(findings.map((f) => [f.severity, f.id])).toEqual([
      ["critical", "polling-with-webhook"],
      ["warning", "url-differs"],
      ["warning", "updates-missing"],
      ["warning", "no-secret"],
      ["info", "max-connections-1"],
    ]);
    expect(findings.find((f) => f.id === "updates-missing")).toMatchObject({
      title: "Your handlers wait for chat_member, which Telegram does not send",
      cause: "Without allowed_updates Telegram sends every type except chat_member, message_reaction and message_reaction_count.",
    });
  });

  it("reads a broken answer without throwing", () => {
    for (const broken of [null, "text", 42, [], { url: 5, pending_update_count: "many", allowed_updates: "all" }]) {
      expect(() => diagnose(broken, { now })).not.toThrow();
    }
    expect(diagnose({ url: "" }, { now }).map((f) => f.id)).toEqual(["no-webhook"]);
    expect(diagnose({ url: "" }, { now, polling: true })).toEqual([]);
  });

  it.each([
    ["Wrong response from the webhook: 401 Unauthorized", "Wrong response from the webhook: 401"],
    ["Wrong response from the webhook: 403 Forbidden", "Wrong response from the webhook: 403"],
    ["Wrong response from the webhook: 404 Not Found", "Wrong response from the webhook: 404"],
    ["Wrong response from the webhook: 405 Method Not Allowed", "Wrong response from the webhook: 405"],
    ["Wrong response from the webhook: 413 Request Entity Too Large", "Wrong response from the webhook: 413"],
    ["Wrong response from the webhook: 500 Internal Server Error", "Wrong response from the webhook: 500"],
    ["Wrong response from the webhook: 502 Bad Gateway", "Wrong response from the webhook: 502"],
    ["Wrong response from the webhook: 503 Service Unavailable", "Wrong response from the webhook: 503"],
    ["Wrong response from the webhook: 504 Gateway Time-out", "Wrong response from the webhook: 504"],
    ["Wrong response from the webhook: 301 Moved Permanently", "Wrong response from the webhook: 3"],
    ["Wrong response from the webhook: 308 Permanent Redirect", "Wrong response from the webhook: 3"],
    ["Wrong response from the webhook: 418 I'm a teapot", "Wrong response from the webhook: "],
    ["Read timeout expired", "Read timeout expired"],
    ["Write timeout expired", "Write timeout expired"],
    ["Connection refused", "Connection refused"],
    ["Connection timed out", "Connection timed out"],
    ["Connection reset by peer", "Connection reset by peer"],
    ["Can't connect to the webhook", "Can't connect to the webhook"],
    ["SSL error {error:0A000086:SSL routines::certificate verify failed}", "SSL error {error:0A000086:SSL routines::certificate verify failed}"],
    ["SSL error {error:0A00010B:SSL routines::wrong version number}", "SSL error {error:0A00010B:SSL routines::wrong version number}"],
    ["SSL error {error:0A000410:SSL routines::sslv3 alert handshake failure}", "SSL error {error:0A000410:SSL routines::sslv3 alert handshake failure}"],
    ["SSL error {error:0A000126:SSL routines::unexpected eof while reading}", "SSL error"],
  ])("explains the delivery error family of “%s”", (message, family) => {
    const entry = DELIVERY_ERRORS.find((e) => e.message === family)!;
    expect(entry).toBeDefined();
    const [finding] = diagnose({ ...webhook, last_error_date: at(5), last_error_message: message }, { now, secretSet: true });
    expect(finding).toEqual({ id: "last-error", severity: "critical", title: `Delivery failed 5 s ago (2026-11-26 11:59:55 UTC): “${message}”`, cause: plainText(entry.cause), fix: plainText(entry.fix) });
  });

  it("says when updates pile up with no error recorded (DNS after acceptance, headers over 4 KB)", () => {
    expect(diagnose({ ...webhook, pending_update_count: 150 }, { now, secretSet: true }).map((f) => [f.severity, f.id])).toEqual([
      ["warning", "pending-high"],
      ["warning", "silent-failure"],
    ]);
    expect(diagnose({ ...webhook, pending_update_count: 150, last_error_date: at(5), last_error_message: "Connection refused" }, { now, secretSet: true }).map((f) => f.id)).not.toContain("silent-failure");
  });

  it("compares ip_address with the url's host", () => {
    expect(diagnose({ ...webhook, url: "https://203.0.113.7:8443/hook", ip_address: "198.51.100.9" }, { now, secretSet: true })).toEqual([
      {
        id: "ip-differs",
        severity: "warning",
        title: "Telegram delivers to 198.51.100.9, not to the url's 203.0.113.7",
        cause: "setWebhook was given an ip_address that differs from the IP in the url.",
        fix: "Call setWebhook again without ip_address, or with 203.0.113.7.",
      },
    ]);
    expect(diagnose({ ...webhook, url: "https://203.0.113.7:8443/hook", ip_address: "203.0.113.7" }, { now, secretSet: true })).toEqual([]);
    expect(diagnose({ ...webhook, ip_address: "198.51.100.9" }, { now, secretSet: true }).map((f) => [f.severity, f.title])).toEqual([["info", "Telegram delivers to 198.51.100.9"]]);
  });

  it("notes max_connections at either extreme", () => {
    expect(diagnose({ ...webhook, max_connections: 100 }, { now, secretSet: true }).map((f) => f.id)).toEqual(["max-connections-100"]);
    expect(diagnose({ ...webhook, max_connections: 1 }, { now, secretSet: true }).map((f) => f.id)).toEqual(["max-connections-1"]);
  });
});

describe("reading what is pasted into the doctor", () => {
  it("takes a whole answer or its result, and says what is not JSON", async () => {
    const { pendingCount, readPastedAnswer } = await import("../../playground/doctor/diagnose");
    expect(readPastedAnswer(' {"ok":true,"result":{"url":"u","pending_update_count":3}} ')).toEqual({ result: { url: "u", pending_update_count: 3 } });
    expect(readPastedAnswer('{"url":"u"}')).toEqual({ result: { url: "u" } });
    expect(readPastedAnswer("  ")).toEqual({});
    expect(readPastedAnswer("{").error).toMatch(/^Not valid JSON: /);
    expect(pendingCount({ pending_update_count: 3 })).toBe(3);
    expect(pendingCount({ pending_update_count: "3" })).toBeUndefined();
    expect(pendingCount(null)).toBeUndefined();
  });
});
