import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { integerChange, INT32, rangeWords, readIntegerArg, toInt32, wireText } from "../../../playground/server/integerArg";
import { INTEGER_SOURCE, integerFactsOf } from "../../../playground/server/integers";
import { validateCall } from "../../../playground/call/validate";
import { SCHEMA_FILE } from "../../../playground/schema/fromGramioTypes";
import type { BotApiSchema } from "../../../playground/schema/model";
import { serverSlice } from "../../../playground/server/slices";
import { readingsOf, SERVER_METHODS, UNDECIDED } from "../../../playground/server/readings";

const schema = JSON.parse(readFileSync(SCHEMA_FILE, "utf8")) as BotApiSchema;
const limit = { default: 100, min: 1, max: 100 };

describe("td's to_integer<int32> and get_integer_arg", () => {
  it("reads an optional minus and digits, wrapping at 32 bits", () => {
    expect([toInt32("42"), toInt32("-7"), toInt32("1.9"), toInt32(" 5"), toInt32("abc"), toInt32("")]).toEqual([42, -7, 1, 0, 0, 0]);
    expect([toInt32("2147483647"), toInt32("2147483648"), toInt32("4294967295"), toInt32("4294967296"), toInt32("-2147483649")]).toEqual([2147483647, -2147483648, -1, 0, 2147483647]);
  });

  it("takes the default for nothing and clamps the rest", () => {
    expect([readIntegerArg(undefined, limit), readIntegerArg("", limit), readIntegerArg(0, limit), readIntegerArg(500, limit), readIntegerArg(1e21, limit), readIntegerArg(true, limit)]).toEqual([100, 100, 1, 100, 1, 1]);
    expect(wireText(1e21)).toBe("1e+21");
  });

  it("says what it changes, in words", () => {
    expect(integerChange(50, limit)).toBeUndefined();
    expect(integerChange(0, limit)).toBe("the server clamps 0 to 1 (it takes 1-100).");
    expect(integerChange(1.5, limit)).toBe("the server reads “1.5” as 1.");
    expect(integerChange(1e21, limit)).toBe("the server reads “1e+21” as 1.");
    expect(integerChange(-0.5, limit)).toBe("the server clamps “-0.5” (read as 0) to 1 (it takes 1-100).");
    expect(integerChange(2 ** 31, { default: 0, min: 0, max: INT32.max })).toBe("the server clamps “2147483648” (read as -2147483648) to 0 (it takes at least 0).");
    expect([rangeWords(limit), rangeWords({ default: 0, min: 0, max: INT32.max }), rangeWords({ default: 0, min: INT32.min, max: 20 }), rangeWords({ default: 0, ...INT32 })]).toEqual([
      "1-100",
      "at least 0",
      "at most 20",
      "any 32-bit integer",
    ]);
  });
});

describe("the clamped integers read from the server's source", () => {
  it("cites the source of each, and names methods the schema has (or the server's old aliases)", () => {
    expect(INTEGER_SOURCE).toBe("tdlib/telegram-bot-api 01a3679, telegram-bot-api/Client.cpp, Client::get_integer_arg");
    const names = new Set(schema.methods.map((m) => m.name.toLowerCase()));
    const integers = SERVER_METHODS.flatMap((method) => readingsOf(method)!.filter((r) => r.kind === "integer").map((r) => ({ method, ...r })));
    expect(integers.length).toBe(70);
    expect([...new Set(integers.filter((f) => !names.has(f.method)).map((f) => f.method))]).toEqual(["kickchatmember"]);
    for (const f of integers) expect(f.source).toMatch(/^Client\.cpp:\d+ (process_\w+_query|get_\w+ \(from process_\w+_query\))$/);
    // Read through a helper: the invoice's photo size, by sendInvoice and createInvoiceLink.
    expect(integerFactsOf("sendInvoice").photo_width).toEqual({ default: 0, min: 0, max: 10000, source: expect.stringMatching(/get_input_message_invoice \(from process_send_invoice_query\)$/) });
    // A range that is the server's own option is not decided by the source: setWebhook's own rules have it.
    expect(UNDECIDED.map((u) => `${u.method}.${u.param}`)).toEqual(["setwebhook.max_connections", "deletewebhook.max_connections"]);
  });

  it("has getUpdates' limit and timeout as the server reads them", () => {
    expect(integerFactsOf("getUpdates")).toEqual({
      offset: { default: 0, min: INT32.min, max: INT32.max, source: expect.stringMatching(/process_get_updates_query$/) },
      limit: { default: 100, min: 1, max: 100, source: expect.stringMatching(/process_get_updates_query$/) },
      timeout: { default: 0, min: 0, max: 50, source: expect.stringMatching(/process_get_updates_query$/) },
    });
  });

  it("warns instead of refusing where the server clamps", () => {
    const getUpdates = serverSlice(schema, "getUpdates");
    expect(validateCall(getUpdates, { limit: 0, timeout: 90 })).toEqual([
      { path: "limit", severity: "warning", message: "limit: the server clamps 0 to 1 (it takes 1-100)." },
      { path: "timeout", severity: "warning", message: "timeout: the server clamps 90 to 50 (it takes 0-50)." },
    ]);
    expect(validateCall(getUpdates, { limit: 100, timeout: 50 })).toEqual([]);
  });
});

describe("the pages say what the server clamps", () => {
  it("getUpdates: limit and timeout clamped, never refused, with the function that reads them", () => {
    const page = readFileSync("docs/methods/getUpdates.md", "utf8").replaceAll("&quot;", '"');
    expect(page).toContain('{"label":"Range","text":"1-100; a value outside is clamped into it, never refused (Client.cpp, process_get_updates_query)"}');
    expect(page).toContain('{"label":"Range","text":"0-50; a value outside is clamped into it, never refused (Client.cpp, process_get_updates_query)"}');
  });

  it("sendLocation: a documented range the server reads without a clamp is the documentation's, said so on the page and warned of, not refused", () => {
    const page = readFileSync("docs/methods/sendLocation.md", "utf8").replaceAll("&quot;", '"').replaceAll("&#39;", "'");
    expect(page).toContain(`{"label":"Range","text":"1-360 (Telegram's documentation: the server reads any whole number and does not refuse it when it reads the request; td or Telegram may, once the chat is found)"}`);
    const sendLocation = serverSlice(schema, "sendLocation");
    expect(validateCall(sendLocation, { chat_id: 1, latitude: 1, longitude: 2, heading: 0, proximity_alert_radius: 0 }).map((i) => [i.path, i.severity])).toEqual([
      ["heading", "warning"],
      ["proximity_alert_radius", "warning"],
    ]);
  });
});
