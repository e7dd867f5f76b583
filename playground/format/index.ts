/**
 * A text as the Bot API server reads it with a parse mode (telegram-bot-api/Client.cpp,
 * `get_formatted_text`): at most 32,768 UTF-8 bytes; then, with text and a parse mode other than none, td's parser for that mode
 * (`parseTextEntities`, ported in this folder), whose refusal the server answers after “Can't
 * parse entities: ”. A slice with such a text loads this module (`needsFormat`); Node has it at
 * once (`readings.ts`).
 */
import { badRequest } from "../facts/badRequest";
import { utf8Length } from "../escape";
import { MAX_RAW_TEXT_BYTES, SENT_TEXT_TOO_LONG, TEXT_MUST_BE_NON_EMPTY, TEXT_TOO_LONG } from "./rawText";
import { wireText } from "../server/integerArg";
import { fixedText } from "./fixText";
import { utf8Length as codePoints } from "../server/td";
import { parsedWithMode, readParseMode, type PARSE_MODES } from "../server/parseMode";
import type { ReadingRefusal, ReadingVerdict } from "../server/readingKinds";
import { firstRefusalOf, tdJsonDecode, TdJsonNumber } from "../server/tdJson";
import { readTextEntities } from "./entities";

export { readTextEntities };
import { CANT_PARSE, characterAt, PARSERS, parseWith } from "./tdParsers";

export { CANT_PARSE, characterAt, PARSERS, parseWith };
export { botEntity } from "./botEntity";
export { escapeRefused, isEscapable } from "./escapeMarkup";

/**
 * td's parser's refusal of `text` with `parseMode`, as the server words it (“Can't parse
 * entities: …”) and why in words; undefined when it parses or is not parsed (no text, no parse
 * mode, “none”, or a parse mode the server refuses, which its own field says).
 */
export function parseRefusal(text: string, parseMode: string): { readonly message: string; readonly why: string } | undefined {
  if (text === "") return undefined;
  const read = readParseMode(parseMode);
  if (read.kind === "none" || read.kind === "refused") return undefined;
  const mode = read.kind === "folded" ? read.mode : (parseMode as (typeof PARSE_MODES)[number]);
  const result = parseWith(mode, text);
  if (!("error" in result)) return undefined;
  const at = result.byte === undefined ? undefined : characterAt(text, result.byte);
  const where = at === undefined ? "" : at.char === undefined ? " (at the end of the text)" : ` (character ${at.index}, “${at.char === "\n" ? "\\n" : at.char}”)`;
  return { message: CANT_PARSE + result.error, why: `is not ${mode} as td parses it: ${result.error}${where}.` };
}

/** What the server makes of a text parameter sent with `parseMode`: too long, or td's parser's refusal, with the server's answer. */
export function formattedTextVerdict(text: string, parseMode: string): ReadingRefusal | undefined {
  const bytes = utf8Length(text);
  if (bytes > MAX_RAW_TEXT_BYTES) return { refused: `is ${bytes.toLocaleString("en-US")} bytes in UTF-8; the server reads at most ${MAX_RAW_TEXT_BYTES.toLocaleString("en-US")}, with or without a parse mode.`, answer: badRequest(TEXT_TOO_LONG) };
  const refusal = parseRefusal(text, parseMode);
  return refusal && { refused: refusal.why, answer: badRequest(refusal.message) };
}

const readEntities = firstRefusalOf((value) => readTextEntities(value as never));

/**
 * What the server makes of the entities sent beside a text (`entities.ts`): ignored when td's
 * parser makes them (text and a parse mode), dropped when they are not a JSON list, and each
 * item read, the first it cannot read refused with its answer.
 */
export function entitiesVerdict(entities: string, text: string, parseMode: string): ReadingVerdict {
  if (entities === "") return undefined;
  if (text !== "" && readParseMode(parseMode).kind === "refused") return undefined;
  if (parsedWithMode(text, parseMode)) return { reads: "is not read: with a parse mode, the server takes the entities td's parser finds in the text." };
  const decoded = tdJsonDecode(entities);
  if (!decoded) return { reads: "the server cannot parse it as JSON and drops it: the text goes without entities." };
  if (!Array.isArray(decoded.value)) return { reads: "is not a list: the server drops it, and the text goes without entities." };
  const [refusal] = readEntities(decoded.value);
  return refusal && { refused: refusal.why, answer: badRequest(refusal.message), at: refusal.at };
}

/**
 * The text td keeps of a text parameter (fixText.ts): parsed with its parse mode, or with the
 * entities sent beside it; `null` when this cannot tell (the text is refused before, or its
 * entities cannot be placed: their own verdict says why), undefined when nothing is left.
 */
export function sentText(text: string, parseMode: string, entities: string): string | undefined | null {
  if (text === "" || utf8Length(text) > MAX_RAW_TEXT_BYTES) return null;
  if (parsedWithMode(text, parseMode)) {
    const read = readParseMode(parseMode);
    if (read.kind === "refused" || read.kind === "none") return null;
    const result = parseWith(read.kind === "folded" ? read.mode : (parseMode as (typeof PARSE_MODES)[number]), text);
    return "error" in result ? null : fixedText(result.text, result.entities);
  }
  const decoded = entities === "" ? undefined : tdJsonDecode(entities);
  if (!decoded || !Array.isArray(decoded.value) || decoded.value.length === 0) return fixedText(text, []);
  const places = decoded.value.map((item) => {
    const object = item !== null && typeof item === "object" && !Array.isArray(item) ? (item as Record<string, unknown>) : {};
    const integer = (v: unknown) => (v instanceof TdJsonNumber ? Number(v.text) : Number.NaN);
    return { offset: integer(object.offset), length: integer(object.length) };
  });
  return places.every((p) => Number.isInteger(p.offset) && Number.isInteger(p.length) && p.offset >= 0 && p.length >= 0 && p.offset + p.length <= text.length) ? fixedText(text, places) : null;
}

/**
 * td's refusals of a message's text or caption as it builds the message, once the chat is
 * found (td/telegram/MessageEntity.cpp fix_formatted_text, MessageContent.cpp
 * get_input_message_content): nothing left after cleaning and trimming, where the text may not
 * be empty; more code points than `limit` (the documented length, the server's option).
 */
function sentTextVerdict(
  text: string,
  parseMode: string,
  entities: string,
  check: { readonly param: string; readonly limit?: number; readonly mayBeEmpty: boolean; readonly tooLong: string },
): { readonly param: string; readonly refused: string; readonly answer: string } | undefined {
  const sent = sentText(text, parseMode, entities);
  if (sent === null) return undefined;
  if (sent === undefined)
    return check.mayBeEmpty ? undefined : { param: check.param, refused: "has nothing left once td has cleaned it and trimmed its spaces and line breaks (fix_formatted_text); td checks this once the chat is found.", answer: badRequest(TEXT_MUST_BE_NON_EMPTY) };
  const length = codePoints(sent);
  if (check.limit === undefined || length <= check.limit) return undefined;
  return {
    param: check.param,
    refused: `has ${length.toLocaleString("en-US")} characters once td has parsed and trimmed it, counted as td counts them (Unicode code points); a bot's ${check.param} takes at most ${check.limit.toLocaleString("en-US")}, which td checks once the chat is found.`,
    answer: badRequest(check.tooLong),
  };
}

/**
 * td/telegram/InputMessageText.cpp, process_input_message_text: a text may be empty once fixed
 * when the message shows a link preview of a url it names (link_preview_options' url, not
 * disabled; td clears it in a channel where the bot may not add previews, which needs the chat).
 */
function hasPreviewUrl(options: string): boolean {
  const value = options === "" ? undefined : tdJsonDecode(options)?.value;
  if (!value || typeof value !== "object" || Array.isArray(value) || value instanceof TdJsonNumber) return false;
  const { url, is_disabled } = value;
  return typeof url === "string" && url !== "" && is_disabled !== true;
}

/** td's refusals of a message's text (sendMessage) or caption (the sends with one) once the chat is found (`tdChecks.ts`: message_text, message_caption). */
export function sentMessageVerdict(kind: "message_text" | "message_caption", params: Readonly<Record<string, unknown>>, limit: number | undefined) {
  return kind === "message_text"
    ? sentTextVerdict(wireText(params.text), wireText(params.parse_mode), wireText(params.entities), { param: "text", limit, mayBeEmpty: hasPreviewUrl(wireText(params.link_preview_options)), tooLong: SENT_TEXT_TOO_LONG.text })
    : sentTextVerdict(wireText(params.caption), wireText(params.parse_mode), wireText(params.caption_entities), { param: "caption", limit, mayBeEmpty: true, tooLong: SENT_TEXT_TOO_LONG.caption });
}
