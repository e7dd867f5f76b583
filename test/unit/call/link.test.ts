import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { decodeCall, encodeCall, linkable, MAX_LINK_DEPTH, MAX_LINK_ITEMS, MAX_LINK_LENGTH, MAX_LINK_NODES, MAX_LINK_STRING } from "../../../playground/call/link";
import { SCHEMA_FILE } from "../../../playground/schema/fromGramioTypes";
import type { BotApiSchema } from "../../../playground/schema/model";
import { sliceFor } from "../../../playground/schema/slice";

const schema = JSON.parse(readFileSync(SCHEMA_FILE, "utf8")) as BotApiSchema;
const sendMessage = sliceFor(schema, "sendMessage").method;
const sendDocument = sliceFor(schema, "sendDocument").method;
const TABS = { tabs: ["gramio", "http", "curl"] };
const link = (call: unknown, rest = "") => `call=${encodeURIComponent(JSON.stringify(call))}${rest}`;

describe("links", () => {
  it("carries the tree, tab and runtime, and reads them back", () => {
    const state = { params: { chat_id: -100123, text: "Hi & bye", reply_markup: { inline_keyboard: [[{ text: "a", callback_data: "b" }]] } }, tab: "curl", runtime: "bun" as const };
    const search = encodeCall(state, TABS);
    expect(search).toBe(`call=${encodeURIComponent(JSON.stringify(state.params)).replaceAll("%20", "+")}&tab=curl&runtime=bun`);
    expect(decodeCall(sendMessage, search, TABS)).toEqual({ ...state, target: "", notices: [] });
  });
  it("carries the Bot API version the call is aimed at, one the history holds and not the newest", () => {
    const versions = { ...TABS, versions: ["7.11", "8.3", "9.2", "10.3"] };
    const state = { params: { chat_id: 1, text: "a" }, tab: "gramio", runtime: "node" as const, target: "8.3" };
    const search = encodeCall(state, versions);
    expect(search).toBe(`call=${encodeURIComponent(JSON.stringify(state.params))}&bot-api=8.3`);
    expect(decodeCall(sendMessage, search, versions)).toEqual({ ...state, notices: [] });
    expect(encodeCall({ ...state, target: "" }, versions)).not.toContain("bot-api");
    expect(decodeCall(sendMessage, "bot-api=10.3", versions)).toMatchObject({ target: "", notices: [] });
    expect(decodeCall(sendMessage, "bot-api=6.0", versions)).toMatchObject({ target: "", notices: ["There is no Bot API “6.0” to aim at (7.11, 8.3, 9.2, 10.3); the call is aimed at the newest."] });
    expect(decodeCall(sendMessage, "bot-api=8.3", TABS)).toMatchObject({ target: "", notices: ["There is no Bot API “8.3” to aim at; the call is aimed at the newest."] });
  });
  it("leaves out files, secrets and very long values, and says so", () => {
    expect(linkable({ url: "https://a", secret_token: "s", certificate: { name: "c.pem" } }, { secrets: ["secret_token"] })).toEqual({
      params: { url: "https://a" },
      leftOut: ["secret_token (a secret)", "certificate (a file)"],
    });
    expect(linkable({ chat_id: 1, text: "x".repeat(MAX_LINK_STRING + 1) }, {}).leftOut).toEqual(["text (longer than 4,096 characters)"]);
    expect(linkable({ chat_id: 1, text: "x".repeat(MAX_LINK_STRING) }, {}).leftOut).toEqual([]);
  });
  it("never throws on a broken link", () => {
    expect(decodeCall(sendMessage, "call=%7Bnot-json&tab=evil", TABS)).toEqual({
      params: {},
      tab: "gramio",
      runtime: "node",
      target: "",
      notices: ["The link's call is not valid JSON; it was ignored.", "There is no “evil” tab; the first tab is shown."],
    });
    expect(decodeCall(sendMessage, link({ nope: 1 }), TABS).notices).toEqual(["The link's call was read without: nope (sendMessage has no such parameter)."]);
    const deep = `call=${encodeURIComponent(`{"chat_id":1,"entities":${"[".repeat(5000)}${"]".repeat(5000)}}`)}`;
    expect(decodeCall(sendMessage, deep, TABS)).toMatchObject({ params: { chat_id: 1 } });
    expect(decodeCall(sendMessage, deep, TABS).notices[0]).toContain(`nests deeper than ${MAX_LINK_DEPTH} levels`);
  });
});

describe("hostile links", () => {
  it("never plant a picked file: a file-shaped value is dropped, whatever it names", () => {
    const read = decodeCall(sendDocument, link({ chat_id: "123456789", document: { name: ".env", size: 12 } }), TABS);
    expect(read.params).toEqual({ chat_id: "123456789" });
    expect(read.notices).toEqual(["The link's call was read without: document (a file)."]);
    const nested = decodeCall(sendMessage, link({ chat_id: 1, text: "a", reply_markup: { inline_keyboard: [[{ text: "a", x: { name: "/etc/passwd" } }]] } }), TABS);
    expect(nested.params).toEqual({ chat_id: 1, text: "a", reply_markup: { inline_keyboard: [[{ text: "a" }]] } });
  });
  it("are bounded in list length, values in all, string length and total length, with a notice", () => {
    const keyboard = Array.from({ length: 10 }, () => Array.from({ length: 150 }, () => ({ text: "b" })));
    const read = decodeCall(sendMessage, link({ chat_id: 1, text: "t", reply_markup: { inline_keyboard: keyboard } }), TABS);
    const rows = (read.params.reply_markup as { inline_keyboard: unknown[][] }).inline_keyboard;
    expect(rows[0]).toHaveLength(MAX_LINK_ITEMS);
    let values = 0;
    JSON.stringify(read.params, (_, v: unknown) => (values++, v));
    expect(values - 1).toBeLessThanOrEqual(MAX_LINK_NODES);
    expect(read.notices[0]).toContain(`reply_markup.inline_keyboard[0] past its first ${MAX_LINK_ITEMS} items`);
    expect(read.notices[0]).toContain(`everything after the first ${MAX_LINK_NODES.toLocaleString("en-US")} values`);

    const media = decodeCall(sendMessage, link({ chat_id: 1, text: "t", entities: Array.from({ length: 2000 }, () => 0) }), TABS);
    expect(media.params.entities).toHaveLength(MAX_LINK_ITEMS);

    const long = decodeCall(sendMessage, link({ chat_id: 1, text: "x".repeat(MAX_LINK_STRING + 1) }), TABS);
    expect(long.params).toEqual({ chat_id: 1 });
    expect(long.notices).toEqual(["The link's call was read without: text (longer than 4,096 characters)."]);

    const huge = decodeCall(sendMessage, `call=${"x".repeat(MAX_LINK_LENGTH + 1)}`, TABS);
    expect(huge).toMatchObject({ params: {}, notices: ["The link's call is longer than 32,768 characters; it was ignored."] });
  });
  it("keep a __proto__ key as a key, never as the prototype", () => {
    const read = decodeCall(sendMessage, `call=${encodeURIComponent('{"chat_id":1,"reply_markup":{"__proto__":{"polluted":1},"inline_keyboard":[]}}')}`, TABS);
    const markup = read.params.reply_markup as Record<string, unknown>;
    expect(Object.getPrototypeOf(markup)).toBe(Object.prototype);
    expect(Object.keys(markup)).toEqual(["__proto__", "inline_keyboard"]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
