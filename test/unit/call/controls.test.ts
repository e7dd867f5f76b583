import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { variantValue } from "../../../playground/call/controls";
import { SCHEMA_FILE } from "../../../playground/schema/fromGramioTypes";
import type { BotApiSchema } from "../../../playground/schema/model";
import { memberFor, sliceFor } from "../../../playground/schema/slice";

const schema = JSON.parse(readFileSync(SCHEMA_FILE, "utf8")) as BotApiSchema;
const slice = sliceFor(schema, "sendMessage");
const replyMarkup = slice.method.fields.find((f) => f.name === "reply_markup")!.type;
const memberName = (value: unknown) => {
  const m = memberFor(slice.objects, replyMarkup, value);
  return m?.kind === "object" ? m.name : m?.kind;
};

describe("variants of a union", () => {
  it("starts a picked member so that it reads as that member", () => {
    expect(variantValue(slice.objects, "InlineKeyboardMarkup", replyMarkup)).toEqual({});
    expect(variantValue(slice.objects, "ReplyKeyboardMarkup", replyMarkup)).toEqual({ keyboard: [] });
    expect(variantValue(slice.objects, "ReplyKeyboardRemove", replyMarkup)).toEqual({ remove_keyboard: true });
    expect(variantValue(slice.objects, "ForceReply", replyMarkup)).toEqual({ force_reply: true });
    for (const name of ["InlineKeyboardMarkup", "ReplyKeyboardMarkup", "ReplyKeyboardRemove", "ForceReply"])
      expect(memberName(variantValue(slice.objects, name, replyMarkup)), name).toBe(name);
  });

  it("keeps a tagged member's tag, and nothing more", () => {
    const media = sliceFor(schema, "sendMediaGroup");
    const item = media.method.fields.find((f) => f.name === "media")!.type;
    expect(item.kind === "array" && variantValue(media.objects, "InputMediaVideo", item.of)).toEqual({ type: "video" });
  });

  it("reads a value as the first member it fits with all required fields, else the first it fits", () => {
    expect(memberName({})).toBe("InlineKeyboardMarkup");
    expect(memberName({ force_reply: true })).toBe("ForceReply");
    expect(memberName({ force_reply: true, inline_keyboard: [] })).toBe("InlineKeyboardMarkup");
    expect(memberName({ selective: true })).toBe("ReplyKeyboardMarkup");
    expect(memberName({ nope: 1 })).toBeUndefined();
  });
});

describe("the hint under a control", () => {
  it("says what the server clamps an integer to, and its default", async () => {
    const { hintFor } = await import("../../../playground/call/controls");
    const { integerFactsOf } = await import("../../../playground/server/integers");
    const getUpdates = sliceFor(schema, "getUpdates");
    const field = (name: string) => getUpdates.method.fields.find((f) => f.name === name)!;
    expect(hintFor(field("limit"), integerFactsOf("getUpdates").limit)).toBe("Number · clamped to 1-100 · default 100");
    expect(hintFor(field("timeout"), integerFactsOf("getUpdates").timeout)).toBe("Number · clamped to 0-50 · default 0");
    expect(hintFor(field("offset"), integerFactsOf("getUpdates").offset)).toBe("Number");
    expect(hintFor(field("limit"))).toBe("Number · range 1-100 · default 100");
  });
});
