import { describe, expect, it } from "vitest";
import { getAt, nameSegments, pathText, removeAt, setAt, shortPathText } from "../../../playground/call/paths";
import { readFileSync } from "node:fs";
import { SCHEMA_FILE } from "../../../playground/schema/fromGramioTypes";
import type { BotApiSchema } from "../../../playground/schema/model";
import { sliceFor } from "../../../playground/schema/slice";

const schema = JSON.parse(readFileSync(SCHEMA_FILE, "utf8")) as BotApiSchema;
const sendMessage = sliceFor(schema, "sendMessage");

describe("paths", () => {
  it("names places as the controls are named", () => {
    expect(pathText(["reply_markup", "inline_keyboard", 0, 1, "text"])).toBe("reply_markup.inline_keyboard[0][1].text");
    expect(shortPathText(["reply_markup", "inline_keyboard", 0, 1, "text"])).toBe("text");
    expect(shortPathText(["reply_markup", "inline_keyboard", 0, 1])).toBe("inline_keyboard[0][1]");
    expect(shortPathText(["chat_id"])).toBe("chat_id");
    expect(shortPathText(["media", 2])).toBe("media[2]");
    expect(nameSegments("switch_inline_query_chosen_chat")).toEqual(["switch_", "inline_", "query_", "chosen_", "chat"]);
    expect(nameSegments("inline_keyboard[0][1]")).toEqual(["inline_", "keyboard", "[0]", "[1]"]);
    expect(nameSegments("text")).toEqual(["text"]);
  });
  it("sets, gets and removes without touching the original", () => {
    const tree = { a: 1 };
    const next = setAt(tree, ["reply_markup", "inline_keyboard", 0, 0, "text"], "Hi");
    expect(tree).toEqual({ a: 1 });
    expect(next).toEqual({ a: 1, reply_markup: { inline_keyboard: [[{ text: "Hi" }]] } });
    expect(getAt(next, ["reply_markup", "inline_keyboard", 0, 0, "text"])).toBe("Hi");
    expect(setAt(next, ["a"], undefined)).toEqual({ reply_markup: { inline_keyboard: [[{ text: "Hi" }]] } });
    expect(removeAt({ l: [1, 2, 3] }, ["l"], 1)).toEqual({ l: [1, 3] });
  });
  it("puts parameters in the method's order, whatever order they were filled in", async () => {
    const { inFieldOrder } = await import("../../../playground/call/paths");
    const filled = { text: "hi", parse_mode: "HTML", chat_id: 1, unknown: 2, reply_markup: undefined };
    expect(Object.keys(inFieldOrder(sendMessage.method.fields, filled))).toEqual(["chat_id", "text", "parse_mode", "unknown"]);
  });


});
