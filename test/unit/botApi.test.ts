import { describe, expect, it } from "vitest";
import {
  describeWebhookInfo,
  explainFailure,
  fieldForError,
  formEntries,
  looksLikeBotToken,
  parseAnswer,
  parseApiBase,
} from "../../playground/botApi";
import { explainDeliveryError } from "../../playground/facts/errors";

describe("parseApiBase", () => {
  it("accepts the official and a self-hosted server, without a trailing slash", () => {
    expect(parseApiBase("https://api.telegram.org/")).toEqual({ ok: true, base: "https://api.telegram.org" });
    expect(parseApiBase(" http://127.0.0.1:8081/tg ")).toEqual({ ok: true, base: "http://127.0.0.1:8081/tg" });
  });
  it("refuses what is not a server address", () => {
    expect(parseApiBase("api.telegram.org")).toEqual({ ok: false, message: "Enter the server's address, such as https://api.telegram.org." });
    expect(parseApiBase("ftp://x")).toEqual({ ok: false, message: "The address must start with https:// or http://." });
    expect(parseApiBase("https://u:p@x/?a=1").ok).toBe(false);
  });
});

describe("requests", () => {
  it("writes form entries as GramIO writes values, the file aside", () => {
    expect(
      formEntries({ url: "u", certificate: { name: "c", size: 1 }, max_connections: 5, allowed_updates: ["message"], drop_pending_updates: true }),
    ).toEqual([
      ["url", "u"],
      ["max_connections", "5"],
      ["allowed_updates", '["message"]'],
      ["drop_pending_updates", "true"],
    ]);
  });
  it("recognizes BotFather tokens", () => {
    expect(looksLikeBotToken("123456789:AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw")).toBe(true);
    expect(looksLikeBotToken("123:abc")).toBe(false);
  });
});

describe("answers", () => {
  it("reads ok and error answers, retry_after included", () => {
    expect(parseAnswer(200, { ok: true, result: true, description: "Webhook was set" })).toEqual({
      ok: true,
      status: 200,
      description: "Webhook was set",
      errorCode: undefined,
      retryAfter: undefined,
      result: true,
    });
    expect(parseAnswer(429, { ok: false, error_code: 429, description: "Too Many Requests: retry after 1", parameters: { retry_after: 1 } })).toMatchObject({
      ok: false,
      errorCode: 429,
      retryAfter: 1,
    });
  });
  it("survives an answer that is not the Bot API's", () => {
    expect(parseAnswer(502, undefined)).toEqual({ ok: false, status: 502, description: "The server answered 502 without a Bot API response." });
  });
  it("places each 400 at its field", () => {
    expect(fieldForError("Bad Request: secret token contains unallowed characters", { url: "u" })).toBe("secret_token");
    expect(fieldForError("Bad Request: certificate size is too big (4194304 bytes)", { url: "u" })).toBe("certificate");
    expect(fieldForError("Bad Request: bad webhook: IP address 10.0.0.5 is reserved", { url: "u" })).toBe("url");
    expect(fieldForError("Bad Request: bad webhook: IP address 10.0.0.5 is reserved", { url: "u", ip_address: "10.0.0.5" })).toBe("ip_address");
    expect(fieldForError("Bad Request: bad webhook: Failed to resolve host: Name or service not known", { url: "u" })).toBe("url");
    expect(fieldForError("Bad Request: invalid webhook URL specified", { url: "u" })).toBe("url");
    expect(fieldForError("Bad Request: something new", { url: "u" })).toBeUndefined();
  });
  it("explains failures in words", () => {
    expect(explainFailure({ ok: false, status: 401, errorCode: 401 }, "b")).toContain("token was refused");
    expect(explainFailure({ ok: false, status: 421, errorCode: 421, description: "Misdirected Request: unallowed token specified" }, "b")).toBe(
      "The part before the : is not a number (a space or a letter in it). Copy the whole token from @BotFather; it starts with the bot's numeric id.",
    );
    expect(explainFailure({ ok: false, status: 401, errorCode: 401, description: "Unauthorized" }, "b")).toBe(
      "The token is well-formed, but the server does not know it: revoked, regenerated or mistyped. Copy the token again from @BotFather.",
    );
    expect(explainFailure({ ok: false, status: 429, errorCode: 429, retryAfter: 3 }, "b")).toBe("Too many requests: wait 3 s before trying again.");
  });
});

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
      value: "default (24 types)",
      note: "Every type except chat_member, message_reaction and message_reaction_count.",
    });
  });
});

describe("delivery errors", () => {
  it("explains exact texts first, then by prefix", () => {
    expect(explainDeliveryError("Wrong response from the webhook: 404 Not Found")?.cause).toBe("The path in `url` does not match your route.");
    expect(explainDeliveryError("Wrong response from the webhook: 418 I'm a teapot")?.cause).toBe("Your server answered with a status other than 2XX.");
    expect(explainDeliveryError("Wrong response from the webhook: 302 Found")?.cause).toMatch(/^Your server answered with a redirect/);
    expect(explainDeliveryError("SSL error {error:0A000412:SSL routines::sslv3 alert bad certificate}")?.cause).toBe("The TLS handshake with your server failed.");
    expect(explainDeliveryError("something else")).toBeUndefined();
  });
});

describe("findServerAnswer", () => {
  it("finds every answer of the table by its own text, the varying part included", async () => {
    const { SERVER_ANSWERS, answerText, findServerAnswer } = await import("../../playground/facts/errors");
    for (const id of Object.keys(SERVER_ANSWERS) as (keyof typeof SERVER_ANSWERS)[]) {
      expect(findServerAnswer(answerText(id)), id).toBe(SERVER_ANSWERS[id]);
    }
    expect(findServerAnswer("Bad Request: bad webhook: IP address 192.168.0.1 is reserved")).toBe(SERVER_ANSWERS.reserved);
    expect(findServerAnswer("Bad Request: something new")).toBeUndefined();
  });
});
