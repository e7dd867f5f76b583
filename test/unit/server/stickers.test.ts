/**
 * Stickers read as JSON, as the server reads them (`playground/server/stickers.ts`, ported from
 * Client.cpp get_input_stickers, get_input_sticker, get_sticker_emojis and
 * process_set_sticker_keywords_query), and td's is_emoji (`tdEmoji.ts`, tdutils/td/utils/emoji.cpp):
 * through the stand-in's path (`firstRefusal`) and the validator; exact strings.
 */
import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { validateCall } from "../../../playground/call/validate";
import { SCHEMA_FILE } from "../../../playground/schema/fromGramioTypes";
import type { BotApiSchema } from "../../../playground/schema/model";
import { needsEmojiList, needsSpecialPorts } from "../../../playground/server/rareKinds";
import { firstRefusal } from "../../../playground/server/readings";
import { serverSlice } from "../../../playground/server/slices";
import { isEmoji } from "../../../playground/server/tdEmoji";
import table from "../../../playground/server/tdEmoji.json";

const schema = JSON.parse(readFileSync(SCHEMA_FILE, "utf8")) as BotApiSchema;
const sticker = { sticker: "CAACAgIAAxkBAAIB", format: "static", emoji_list: ["😀"] };
const createSet = (stickers: unknown, args: Record<string, string> = {}) =>
  firstRefusal("createNewStickerSet", { user_id: "1", name: "set_by_bot", title: "Set", stickers: typeof stickers === "string" ? stickers : JSON.stringify(stickers), ...args });
const addSticker = (one: unknown, args: Record<string, string> = {}) =>
  firstRefusal("addStickerToSet", { user_id: "1", name: "set_by_bot", sticker: typeof one === "string" ? one : JSON.stringify(one), ...args });

describe("td's is_emoji (tdutils/td/utils/emoji.cpp)", () => {
  it("reads the list td packs into its source: 2,334 emoji, none with a joiner, keycaps with their U+FE0F", () => {
    expect(table.count).toBe(2334);
    expect(table.emoji.split(" ")).toHaveLength(2334);
    expect(table.source).toBe("tdlib/td 49b3bcb, tdutils/td/utils/emoji.cpp");
    expect(table.emoji).not.toMatch(/\u200D/);
    expect(table.emoji.split(" ")).toContain("#\uFE0F\u20E3");
  });

  it("takes an emoji of the list, with one U+FE0F after it, and sequences joined by U+200D whose parts are", () => {
    expect(["😀", "❤", "❤\uFE0F", "👍🏽", "👨\u200D👩\u200D👧", "🏳\uFE0F\u200D🌈", "🇺🇦"].map(isEmoji)).toEqual([true, true, true, true, true, true, true]);
  });

  it("refuses text, two emoji, two U+FE0F, a trailing joiner, and what is longer than td reads", () => {
    expect(["", "a", ":)", "😀😀", "😀\uFE0F\uFE0F", "😀\u200D", "\u200D😀", "❤\uFE0F".repeat(9)].map(isEmoji)).toEqual([false, false, false, false, false, false, false, false]);
  });
});

describe("createNewStickerSet's stickers (get_input_stickers, get_input_sticker)", () => {
  it("takes stickers by file_id, URL or attach:// of a part the request has, each naming its format", () => {
    expect(createSet([sticker, { ...sticker, sticker: "attach://file-0", format: "video", emoji_list: ["❤\uFE0F", "👍🏽"], keywords: ["hi"], mask_position: null }], { "file-0": "attach://file-0" })).toBeUndefined();
    expect(createSet([{ ...sticker, mask_position: { point: "EYES", x_shift: 0, y_shift: 0.5, scale: 1 } }])).toBeUndefined();
  });

  it("refuses in the server's order, each item after “Can't parse InputSticker: ”", () => {
    expect(createSet("[")).toBe("Bad Request: can't parse stickers JSON object");
    expect(createSet({})).toBe("Bad Request: expected an Array of InputSticker");
    expect(createSet(Array.from({ length: 51 }, () => sticker))).toBe("Bad Request: too many stickers specified");
    expect(createSet(["x"])).toBe("Bad Request: can't parse InputSticker: InputSticker must be an Object");
    expect(createSet([{ ...sticker, sticker: "" }])).toBe("Bad Request: can't parse InputSticker: sticker not found");
    expect(createSet([{ ...sticker, sticker: "attach://pic" }])).toBe("Bad Request: can't parse InputSticker: sticker not found");
    expect(createSet([{ ...sticker, sticker: ["x"] }])).toBe('Bad Request: can\'t parse InputSticker: Field "sticker" must be of type String');
    const { format: _format, ...noFormat } = sticker;
    expect(createSet([noFormat])).toBe('Bad Request: can\'t parse InputSticker: Can\'t find field "format"');
    expect(createSet([{ ...sticker, format: "auto" }])).toBeUndefined();
    expect(createSet([{ ...sticker, format: "webp" }])).toBe("Bad Request: can't parse InputSticker: Invalid sticker format specified");
    const { emoji_list: _list, ...noEmoji } = sticker;
    expect(createSet([noEmoji])).toBe('Bad Request: can\'t parse InputSticker: Can\'t find field "emoji_list"');
    expect(createSet([{ ...sticker, emoji_list: "😀" }])).toBe('Bad Request: can\'t parse InputSticker: Field "emoji_list" must be of type Array');
    expect(createSet([{ ...sticker, emoji_list: [] }])).toBe("Bad Request: can't parse InputSticker: emoji list must be non-empty");
    expect(createSet([{ ...sticker, emoji_list: Array.from({ length: 21 }, () => "😀") }])).toBe("Bad Request: can't parse InputSticker: too many emoji specified");
    expect(createSet([{ ...sticker, emoji_list: [1] }])).toBe("Bad Request: can't parse InputSticker: emoji must be a string");
    expect(createSet([{ ...sticker, emoji_list: ["smile"] }])).toBe("Bad Request: can't parse InputSticker: expected a Unicode emoji");
    expect(createSet([{ ...sticker, mask_position: 5 }])).toBe("Bad Request: can't parse InputSticker: MaskPosition must be an Object");
    expect(createSet([{ ...sticker, mask_position: { point: "nose", x_shift: 0, y_shift: 0, scale: 1 } }])).toBe("Bad Request: can't parse InputSticker: Wrong point specified in MaskPosition");
    expect(createSet([{ ...sticker, keywords: "hi" }])).toBe('Bad Request: can\'t parse InputSticker: Field "keywords" must be of type Array');
    expect(createSet([{ ...sticker, keywords: ["hi", 2] }])).toBe("Bad Request: can't parse InputSticker: keyword must be a string");
  });

  it("places a refusal at its field in the validator, counting a picked file as the part GramIO sends", () => {
    const slice = serverSlice(schema, "createNewStickerSet");
    expect(validateCall(slice, { user_id: 1, name: "set_by_bot", title: "Set", stickers: [{ ...sticker, sticker: { name: "a.webp", size: 3 } }] })).toEqual([]);
    const issues = validateCall(slice, { user_id: 1, name: "set_by_bot", title: "Set", stickers: [sticker, { ...sticker, emoji_list: ["😀", "no"] }] }).filter((i) => i.severity === "error");
    expect(issues).toEqual([
      {
        path: "stickers[1].emoji_list[1]",
        severity: "error",
        message: "stickers[1].emoji_list[1]: must be one emoji as td's list has it (a part joined by U+200D each, at most one U+FE0F after each); “no” is not. The server answers “Bad Request: can't parse InputSticker: expected a Unicode emoji”.",
      },
    ]);
  });
});

describe("addStickerToSet's and replaceStickerInSet's sticker (get_input_sticker(query))", () => {
  it("takes a sticker without a format (“auto”), and refuses after “Can't parse sticker: ”", () => {
    const { format: _format, ...auto } = sticker;
    expect(addSticker(auto)).toBeUndefined();
    expect(addSticker("nope")).toBe("Bad Request: can't parse sticker JSON object");
    expect(addSticker([])).toBe("Bad Request: can't parse sticker: InputSticker must be an Object");
    expect(addSticker({ ...sticker, emoji_list: ["x"] })).toBe("Bad Request: can't parse sticker: expected a Unicode emoji");
    expect(firstRefusal("replaceStickerInSet", { user_id: "1", name: "n", old_sticker: "CAAC", sticker: JSON.stringify({ ...sticker, format: "gif" }) })).toBe("Bad Request: can't parse sticker: Invalid sticker format specified");
  });
});

describe("setStickerEmojiList and setStickerKeywords", () => {
  const emojiList = (list: unknown) => firstRefusal("setStickerEmojiList", { sticker: "CAAC", emoji_list: typeof list === "string" ? list : JSON.stringify(list) });
  const keywords = (list: unknown) => firstRefusal("setStickerKeywords", { sticker: "CAAC", ...(list === undefined ? {} : { keywords: typeof list === "string" ? list : JSON.stringify(list) }) });

  it("an emoji list: 1-20 emoji, after “Can't parse emoji list: ”", () => {
    expect(emojiList(["😀", "👨\u200D💻"])).toBeUndefined();
    expect(emojiList("")).toBe("Bad Request: can't parse emoji list JSON array");
    expect(emojiList({})).toBe("Bad Request: can't parse emoji list: expected an Array of string");
    expect(emojiList([])).toBe("Bad Request: can't parse emoji list: emoji list must be non-empty");
    expect(emojiList(Array.from({ length: 21 }, () => "😀"))).toBe("Bad Request: can't parse emoji list: too many emoji specified");
    expect(emojiList([null])).toBe("Bad Request: can't parse emoji list: emoji must be a string");
    expect(emojiList(["😀😀"])).toBe("Bad Request: can't parse emoji list: expected a Unicode emoji");
  });

  it("keywords: when sent, a list of texts", () => {
    expect(keywords(undefined)).toBeUndefined();
    expect(keywords([])).toBeUndefined();
    expect(keywords(["a", "b"])).toBeUndefined();
    expect(keywords("{")).toBe("Bad Request: can't parse keywords JSON object");
    expect(keywords({ a: 1 })).toBe('Bad Request: field "keywords" must be an Array');
    expect(keywords(["a", 1])).toBe("Bad Request: keyword must be a string");
  });

  it("td's list of emoji comes only with the slices that read emoji", () => {
    for (const method of ["createNewStickerSet", "addStickerToSet", "replaceStickerInSet", "setStickerEmojiList"]) expect(needsEmojiList(serverSlice(schema, method)), method).toBe(true);
    for (const method of ["setStickerKeywords", "sendSticker", "sendMessage", "setWebhook"]) expect(needsEmojiList(serverSlice(schema, method)), method).toBe(false);
    expect(needsSpecialPorts(serverSlice(schema, "setStickerKeywords"))).toBe(true);
  });
});
