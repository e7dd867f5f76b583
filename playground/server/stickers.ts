/**
 * Ports of the server's readers of stickers sent as JSON (telegram-bot-api/Client.cpp, 01a3679):
 * createNewStickerSet's list (`get_input_stickers`), addStickerToSet's and
 * replaceStickerInSet's one sticker (`get_input_sticker(query)`), each read by
 * `get_input_sticker(query, value, format)`; setStickerEmojiList's list (`get_sticker_emojis`,
 * each emoji checked by td's `is_emoji`, `tdEmoji.ts`) and setStickerKeywords' list
 * (`process_set_sticker_keywords_query`). Each refuses as the server does, word for word.
 */
import { fileWhy, findsFile, type FileParts } from "./inputMedia";
import { readMaskPositionAt } from "./jsonValues";
import { isEmoji } from "./tdEmoji";
import { isTdObject, jsonKindOf, refuse, tdFields, withPrefix, type TdJsonValue, type TdPath } from "./tdJson";

/** Client.cpp, get_input_stickers' MAX_STICKER_COUNT and Client.h's MAX_STICKER_EMOJI_COUNT. */
export const STICKER_LIMITS = { stickers: 50, emoji: 20 } as const;

/** Client.cpp, get_sticker_format: the formats a sticker may name (“auto”: td finds out). */
export const STICKER_FORMATS = ["static", "animated", "video", "auto"] as const;

/** The refusals of these readers, word for word, and the prefixes their callers put before them. */
export const STICKER_MESSAGES = {
  stickersArray: "Expected an Array of InputSticker",
  tooManyStickers: "Too many stickers specified",
  inputStickerPrefix: "Can't parse InputSticker: ",
  stickerPrefix: "Can't parse sticker: ",
  object: "InputSticker must be an Object",
  notFound: "sticker not found",
  format: "Invalid sticker format specified",
  emojiListPrefix: "Can't parse emoji list: ",
  emojiArray: "expected an Array of string",
  emojiEmpty: "emoji list must be non-empty",
  emojiMany: "too many emoji specified",
  emojiString: "emoji must be a string",
  emoji: "expected a Unicode emoji",
  keywordsArray: 'Field "keywords" must be an Array',
  keyword: "keyword must be a string",
} as const;

/** Client.cpp, get_sticker_emojis (a JSON value): a list of 1-20 texts, each one emoji as td's is_emoji takes it. */
function readEmojiList(value: TdJsonValue, at: TdPath): void {
  if (!Array.isArray(value)) return refuse(STICKER_MESSAGES.emojiArray, `must be a list of emoji; this is ${jsonKindOf(value)}.`, at);
  if (value.length === 0) return refuse(STICKER_MESSAGES.emojiEmpty, "must have at least one emoji.", at);
  if (value.length > STICKER_LIMITS.emoji) return refuse(STICKER_MESSAGES.emojiMany, `has ${value.length} emoji; at most ${STICKER_LIMITS.emoji}.`, at);
  value.forEach((emoji, i) => {
    if (typeof emoji !== "string") return refuse(STICKER_MESSAGES.emojiString, `must be text holding one emoji; this is ${jsonKindOf(emoji)}.`, [...at, i]);
    if (!isEmoji(emoji)) refuse(STICKER_MESSAGES.emoji, `must be one emoji as td's list has it (a part joined by U+200D each, at most one U+FE0F after each); “${emoji}” is not.`, [...at, i]);
  });
}

/**
 * Client.cpp, get_input_sticker(query, value, format): an object whose `sticker` the server
 * finds (a file_id, an HTTP URL or attach://<name>), its format (required when the method
 * gives none), 1-20 emoji, a mask position, keywords as texts.
 */
function readInputSticker(value: TdJsonValue, at: TdPath, parts: FileParts, defaultFormat: string): void {
  if (!isTdObject(value)) return refuse(STICKER_MESSAGES.object, `must be an object; this is ${jsonKindOf(value)}.`, at);
  const fields = tdFields(value, at);
  const sticker = fields.optionalString("sticker");
  if (!findsFile(sticker, parts)) refuse(STICKER_MESSAGES.notFound, fileWhy("sticker", sticker), [...at, "sticker"]);
  const format = defaultFormat === "" ? fields.requiredString("format") : fields.optionalString("format") || defaultFormat;
  if (!(STICKER_FORMATS as readonly string[]).includes(format)) refuse(STICKER_MESSAGES.format, `must be ${STICKER_FORMATS.map((f) => `“${f}”`).join(", ")}; this is “${format}”.`, [...at, "format"]);
  readEmojiList(fields.extractRequired("emoji_list", "Array"), [...at, "emoji_list"]);
  // extract_field: a field not there is null, which is no mask.
  readMaskPositionAt(Object.hasOwn(value, "mask_position") ? value.mask_position! : null, [...at, "mask_position"]);
  if (!fields.has("keywords")) return;
  const keywords = fields.extractRequired("keywords", "Array") as readonly TdJsonValue[];
  keywords.forEach((keyword, i) => {
    if (typeof keyword !== "string") refuse(STICKER_MESSAGES.keyword, `must be text; this is ${jsonKindOf(keyword)}.`, [...at, "keywords", i]);
  });
}

/** Client.cpp, get_input_stickers: createNewStickerSet's list of 1-50 InputSticker (an empty list passes here; td refuses it once the set is created). */
export function readInputStickers(value: TdJsonValue, parts: FileParts): void {
  if (!Array.isArray(value)) return refuse(STICKER_MESSAGES.stickersArray, `must be a list of InputSticker; this is ${jsonKindOf(value)}.`);
  if (value.length > STICKER_LIMITS.stickers) return refuse(STICKER_MESSAGES.tooManyStickers, `has ${value.length} stickers; at most ${STICKER_LIMITS.stickers}.`);
  // The legacy sticker_format parameter (not in the Bot API any more) is not sent: each sticker names its format.
  value.forEach((sticker, i) => withPrefix(STICKER_MESSAGES.inputStickerPrefix, () => readInputSticker(sticker, [i], parts, "")));
}

/** Client.cpp, get_input_sticker(query): addStickerToSet's and replaceStickerInSet's one InputSticker, its format “auto” when not named. */
export function readOneInputSticker(value: TdJsonValue, parts: FileParts): void {
  withPrefix(STICKER_MESSAGES.stickerPrefix, () => readInputSticker(value, [], parts, "auto"));
}

/** Client.cpp, get_sticker_emojis(query's text): setStickerEmojiList's list. */
export function readStickerEmojiList(value: TdJsonValue): void {
  withPrefix(STICKER_MESSAGES.emojiListPrefix, () => readEmojiList(value, []));
}

/** Client.cpp, process_set_sticker_keywords_query: a list of texts. */
export function readStickerKeywords(value: TdJsonValue): void {
  if (!Array.isArray(value)) return refuse(STICKER_MESSAGES.keywordsArray, `must be a list of keywords; this is ${jsonKindOf(value)}.`);
  value.forEach((keyword, i) => {
    if (typeof keyword !== "string") refuse(STICKER_MESSAGES.keyword, `must be text; this is ${jsonKindOf(keyword)}.`, [i]);
  });
}
