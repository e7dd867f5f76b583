import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { kindIsFlag, kindsSet, pickedKind, withKind } from "../../../playground/call/kinds";
import { OBJECT_RULES } from "../../../playground/objects";
import { SCHEMA_FILE } from "../../../playground/schema/fromGramioTypes";
import type { BotApiSchema } from "../../../playground/schema/model";
import { sliceFor } from "../../../playground/schema/slice";

const schema = JSON.parse(readFileSync(SCHEMA_FILE, "utf8")) as BotApiSchema;
const { objects } = sliceFor(schema, "sendMessage");
const inline = OBJECT_RULES.InlineKeyboardButton!;
const reply = OBJECT_RULES.KeyboardButton!;
const fields = (kinds: readonly { field: string }[]) => kinds.map((k) => k.field);

describe("kinds", () => {
  it("shows the kind a value holds, even before its field is filled", () => {
    expect(pickedKind(inline, { text: "A", url: "" })?.field).toBe("url");
    expect(pickedKind(inline, { text: "A" })).toBeUndefined();
    expect(pickedKind(reply, { text: "A", request_contact: false })?.field).toBe("request_contact");
  });

  it("reads what is set as the server does, in its order", () => {
    expect(fields(kindsSet(inline, { text: "A", url: "", callback_data: "x", pay: false }))).toEqual(["callback_data", "pay"]);
    expect(fields(kindsSet(reply, { text: "A", request_contact: false, request_location: true }))).toEqual(["request_location"]);
  });

  it("picks another kind, keeping the text and style and dropping the other kinds", () => {
    expect(withKind(objects, "InlineKeyboardButton", inline, { text: "A", style: "danger", url: "https://x" }, "callback_data")).toEqual({ text: "A", style: "danger", callback_data: "" });
    expect(withKind(objects, "InlineKeyboardButton", inline, { text: "A", url: "https://x" }, "web_app")).toEqual({ text: "A", web_app: {} });
    expect(withKind(objects, "InlineKeyboardButton", inline, { text: "A" }, "pay")).toEqual({ text: "A", pay: true });
    expect(withKind(objects, "InlineKeyboardButton", inline, { text: "A", url: "https://x" }, "url")).toEqual({ text: "A", url: "https://x" });
    expect(withKind(objects, "KeyboardButton", reply, { text: "A", request_location: true }, undefined)).toEqual({ text: "A" });
    expect(withKind(objects, "KeyboardButton", reply, { text: "A" }, "request_contact")).toEqual({ text: "A", request_contact: true });
  });

  it("needs no control for a kind that is only a flag", () => {
    const flags = inline.kinds!.filter((k) => kindIsFlag(objects, "InlineKeyboardButton", k)).map((k) => k.field);
    expect(flags).toEqual(["callback_game", "pay", "disabled"]);
    expect(reply.kinds!.filter((k) => kindIsFlag(objects, "KeyboardButton", k)).map((k) => k.field)).toEqual(["request_contact", "request_location"]);
  });
});
