/**
 * td's MarkdownV2 parser (td/telegram/MessageEntity.cpp, `parse_markdown_v2`, td 49b3bcb, the
 * commit telegram-bot-api 01a3679 pins), ported byte for byte: it walks the text's UTF-8 bytes,
 * answers the first refusal with td's words and byte offset, and otherwise gives the text
 * without its markup and the entities with UTF-16 offsets, sorted as td sorts them; a link's
 * URL as td checks and rewrites it (`link.ts`).
 */
import { toIntegerSafe } from "../server/td";
import { checkedLink } from "./link";

export type EntityType =
  | "Bold"
  | "Italic"
  | "Underline"
  | "Strikethrough"
  | "Spoiler"
  | "Code"
  | "Pre"
  | "PreCode"
  | "TextUrl"
  | "MentionName"
  | "CustomEmoji"
  | "BlockQuote"
  | "ExpandableBlockQuote"
  | "FormattedDate";

/** An entity as td makes it: UTF-16 offset and length, and its argument (a language, a URL, a user or emoji id, a date). */
export interface ParsedEntity {
  readonly type: EntityType;
  readonly offset: number;
  readonly length: number;
  readonly language?: string;
  readonly url?: string;
  readonly userId?: bigint;
  readonly customEmojiId?: bigint;
  readonly date?: number;
  readonly dateFlags?: number;
}

/** td's refusal (its words), and the byte of the text it is about when td names one or stops at one. */
export type ParseResult = { readonly text: string; readonly entities: readonly ParsedEntity[] } | { readonly error: string; readonly byte?: number };

/** The byte a refusal names (“at byte offset 7”), else the one the parser stopped at. */
export const refusalByte = (message: string, stoppedAt: number | undefined) => {
  const named = /at byte offset (\d+)/.exec(message);
  return named ? Number(named[1]) : stoppedAt;
};

/** MessageEntity::get_type_priority: the order of entities starting at one place with one length. */
export const PRIORITY: Readonly<Record<EntityType, number>> = {
  Bold: 90,
  Italic: 91,
  Code: 20,
  Pre: 11,
  PreCode: 10,
  TextUrl: 49,
  MentionName: 49,
  Underline: 92,
  Strikethrough: 93,
  BlockQuote: 0,
  Spoiler: 94,
  CustomEmoji: 99,
  ExpandableBlockQuote: 0,
  FormattedDate: 30,
};

/** td's name of a type in “Can't find end of … entity” (operator<<: FormattedDate is “Date”). */
const typeName = (type: EntityType) => (type === "FormattedDate" ? "Date" : type);

/** MessageEntity::DateFlags, as get_date_flags reads a tg://time link's format. */
export const DATE_FLAGS = { Relative: 1, ShortTime: 2, LongTime: 4, ShortDate: 8, LongDate: 16, DayOfWeek: 32 } as const;

/** The characters parse_markdown_v2 reads as markup outside code (a new line too, which ends a quote's line). */
export const MARKDOWN_V2_MARKUP = "_*[]()~`>#+-=|{}.!";
const RESERVED = new Set([...MARKDOWN_V2_MARKUP, "\n"].map((c) => c.charCodeAt(0)));
const BACKTICK = 0x60;
export const isSpace = (c: number) => c === 0x20 || c === 0x09 || c === 0x0d || c === 0x0a || c === 0 || c === 0x0b;
const reserved = (c: number) => `Character '${String.fromCharCode(c)}' is reserved and must be escaped with the preceding '\\'`;

class Refusal {
  constructor(
    readonly message: string,
    readonly byte?: number,
  ) {}
}

/** MessageEntity.cpp, get_date_flags (49b3bcb): a tg://time format's flags, or undefined where td answers “Invalid date format used”. */
export function dateFlags(format: string): number | undefined {
  if (format === "r" || format === "R") return DATE_FLAGS.Relative;
  let flags = 0;
  for (const c of format) {
    const flag = { t: DATE_FLAGS.ShortTime, T: DATE_FLAGS.LongTime, d: DATE_FLAGS.ShortDate, D: DATE_FLAGS.LongDate, w: DATE_FLAGS.DayOfWeek, W: DATE_FLAGS.DayOfWeek }[c];
    if (flag === undefined) return undefined;
    flags |= flag;
  }
  return flags;
}

/** td's refusal of a format get_date_flags does not know. */
export const INVALID_DATE_FORMAT = "Invalid date format used";

/** LinkManager::check_tg_url_host: the query of a tg://<host>?… link, or td's refusal. */
function tgQuery(url: string, host: string): string | { readonly error: string } {
  const minSize = 3 + 2 + host.length + 1;
  let lower = asciiLower(url.length > minSize ? url.slice(0, minSize) : url);
  if (!lower.startsWith("tg:")) return { error: "URL must have scheme tg" };
  lower = lower.slice(3);
  url = url.slice(3);
  if (url.startsWith("//")) {
    lower = lower.slice(2);
    url = url.slice(2);
  }
  if (!lower.startsWith(host) || (url.length > host.length && !"/?#".includes(url[host.length]!))) return { error: `URL must have host "${host}"` };
  url = url.slice(host.length);
  if (url.startsWith("/")) url = url.slice(1);
  if (!url.startsWith("?")) return { error: "URL must have parameters" };
  url = url.slice(1);
  const hash = url.indexOf("#");
  return hash === -1 ? url : url.slice(0, hash);
}

/** td's to_lower: ASCII letters only. */
const asciiLower = (text: string) => text.replace(/[A-Z]/g, (c) => c.toLowerCase());

/** td's split(parameter, '='): the key, and the value after the first '='. */
const splitOnce = (text: string) => {
  const at = text.indexOf("=");
  return at === -1 ? [text, ""] : [text.slice(0, at), text.slice(at + 1)];
};

/** LinkManager::get_link_user_id: the user of a tg://user?id=… link, or undefined. */
export function linkUserId(url: string): bigint | undefined {
  const query = tgQuery(asciiLower(url), "user");
  if (typeof query !== "string") return undefined;
  for (const parameter of query.split("&")) {
    const [key, value] = splitOnce(parameter);
    if (key === "id") {
      const id = toIntegerSafe(value!, 64);
      return id !== undefined && id > 0n && id <= 0xffffffffffn ? id : undefined;
    }
  }
  return undefined;
}

/** LinkManager::get_link_custom_emoji_id: the emoji of a tg://emoji?id=… link, or td's refusal. */
function linkCustomEmojiId(url: string): bigint | { readonly error: string } {
  const query = tgQuery(url, "emoji");
  if (typeof query !== "string") return query;
  for (const parameter of query.split("&")) {
    const [key, value] = splitOnce(parameter);
    if (key === "id") {
      const id = toIntegerSafe(value!, 64);
      return id === undefined || id === 0n ? { error: "Invalid custom emoji identifier specified" } : id;
    }
  }
  return { error: "Custom emoji URL must have an emoji identifier" };
}

/** LinkManager::get_link_date_format: a tg://time?unix=…&format=… link's date and format, or td's refusal. */
function linkDate(url: string): { readonly date: number; readonly format: string } | { readonly error: string } {
  const query = tgQuery(url, "time");
  if (typeof query !== "string") return query;
  let date = 0;
  let format = "";
  for (const parameter of query.split("&")) {
    const [key, value] = splitOnce(parameter);
    if (key === "unix") {
      const read = toIntegerSafe(value!, 32);
      if (read === undefined || read <= 0n) return { error: "Invalid Unix time specified" };
      date = Number(read);
    }
    if (key === "format") format = value!;
  }
  return date === 0 ? { error: "URL must have the corresponding Unix time" } : { date, format };
}

interface Open {
  type: EntityType;
  argument: string;
  offset: number;
  byteOffset: number;
  beginPos: number;
}

const decoder = new TextDecoder();
const encoder = new TextEncoder();

/**
 * Parses `text` as MarkdownV2, as td's parse_markdown_v2 does: td's refusal (without the
 * “Can't parse entities: ” the callers put before it), or the text and its entities.
 */
export function parseMarkdownV2(text: string): ParseResult {
  const src = encoder.encode(text);
  const at = (i: number) => (i < src.length ? src[i]! : 0);
  const out = new Uint8Array(src.length);
  let size = 0;
  const entities: ParsedEntity[] = [];
  let utf16 = 0;
  const nested: Open[] = [];
  let haveBlockquote = false;
  let canStartBlockquote = true;
  const slice = (bytes: Uint8Array, from: number, to: number) => decoder.decode(bytes.subarray(from, to));
  try {
    for (let i = 0; i < src.length; i++) {
      const c = src[i]!;
      if (c === 0x5c && at(i + 1) > 0 && at(i + 1) <= 126) {
        i++;
        utf16 += 1;
        out[size++] = src[i]!;
        if (src[i] !== 0x0d) canStartBlockquote = src[i] === 0x0a;
        continue;
      }
      const top = nested.at(-1)?.type;
      const inCode = top === "Code" || top === "Pre" || top === "PreCode";
      if (inCode ? c !== BACKTICK : !RESERVED.has(c)) {
        if ((c & 0xc0) !== 0x80) {
          utf16 += 1 + (c >= 0xf0 ? 1 : 0);
          if (c !== 0x0d) canStartBlockquote = false;
        }
        out[size++] = c;
        continue;
      }
      const isEnd = (() => {
        if (!top) return false;
        if (haveBlockquote && c === 0x0a && (i + 1 === src.length || at(i + 1) !== 0x3e)) return true;
        switch (top) {
          case "Bold":
            return c === 0x2a;
          case "Italic":
            return c === 0x5f && at(i + 1) !== 0x5f;
          case "Code":
            return c === BACKTICK;
          case "Pre":
          case "PreCode":
            return c === BACKTICK && at(i + 1) === BACKTICK && at(i + 2) === BACKTICK;
          case "TextUrl":
          case "CustomEmoji":
            return c === 0x5d;
          case "Underline":
            return c === 0x5f && at(i + 1) === 0x5f;
          case "Strikethrough":
            return c === 0x7e;
          case "Spoiler":
            return c === 0x7c && at(i + 1) === 0x7c;
          default:
            return false;
        }
      })();
      if (!isEnd) {
        let type: EntityType | undefined;
        let argument = "";
        const byteOffset = i;
        switch (c) {
          case 0x5f:
            if (at(i + 1) === 0x5f) {
              type = "Underline";
              i++;
            } else type = "Italic";
            break;
          case 0x2a:
            type = "Bold";
            break;
          case 0x7e:
            type = "Strikethrough";
            break;
          case 0x7c:
            if (at(i + 1) !== 0x7c) throw new Refusal(reserved(c), i);
            i++;
            type = "Spoiler";
            break;
          case 0x5b:
            type = "TextUrl";
            break;
          case BACKTICK:
            if (at(i + 1) === BACKTICK && at(i + 2) === BACKTICK) {
              i += 3;
              type = "Pre";
              let end = i;
              while (!isSpace(at(end)) && at(end) !== BACKTICK) end++;
              if (i !== end && end < src.length && at(end) !== BACKTICK) {
                type = "PreCode";
                argument = slice(src, i, end);
                i = end;
              }
              // One new line at the start of the text is skipped.
              if (at(i) === 0x0a || at(i) === 0x0d) {
                if ((at(i + 1) === 0x0a || at(i + 1) === 0x0d) && at(i) !== at(i + 1)) i += 2;
                else i++;
              }
              i--;
            } else type = "Code";
            break;
          case 0x21:
            if (at(i + 1) !== 0x5b) throw new Refusal(reserved(c), i);
            i++;
            type = "CustomEmoji";
            break;
          case 0x0a:
            utf16 += 1;
            out[size++] = 0x0a;
            canStartBlockquote = true;
            break;
          case 0x3e:
            if (!canStartBlockquote) throw new Refusal(reserved(c), i);
            if (!haveBlockquote) {
              type = "BlockQuote";
              haveBlockquote = true;
            }
            break;
          default:
            throw new Refusal(reserved(c), i);
        }
        if (type === undefined) continue;
        nested.push({ type, argument, offset: utf16, byteOffset, beginPos: size });
        continue;
      }
      // The end of an entity.
      let type = nested.at(-1)!.type;
      if (c === 0x0a && type !== "BlockQuote") {
        const last = nested.at(-1)!;
        if (type !== "Spoiler" || !(last.byteOffset === i - 2 || (last.byteOffset === i - 3 && size !== 0 && out[size - 1] === 0x0d))) {
          throw new Refusal(`Can't find end of ${typeName(type)} entity at byte offset ${last.byteOffset}`, i);
        }
        nested.pop();
        type = nested.at(-1)!.type;
        if (type !== "BlockQuote") throw new Refusal(`Can't find end of ${typeName(type)} entity at byte offset ${nested.at(-1)!.byteOffset}`, i);
        type = "ExpandableBlockQuote";
      }
      const open = nested.at(-1)!;
      let argument = open.argument;
      let userId: bigint | undefined;
      let customEmojiId: bigint | undefined;
      let date = 0;
      let flags = 0;
      let skip = utf16 === open.offset;
      const readUrl = () => {
        const bytes: number[] = [];
        const begin = i;
        while (i < src.length && src[i] !== 0x29) {
          if (src[i] === 0x5c && at(i + 1) > 0 && at(i + 1) <= 126) {
            bytes.push(src[i + 1]!);
            i += 2;
            continue;
          }
          bytes.push(src[i++]!);
        }
        if (at(i) !== 0x29) throw new Refusal(`Can't find end of a URL at byte offset ${begin}`, i);
        return decoder.decode(Uint8Array.from(bytes));
      };
      switch (type) {
        case "Underline":
        case "Spoiler":
          i++;
          break;
        case "Pre":
        case "PreCode":
          i += 2;
          break;
        case "TextUrl": {
          let url: string;
          if (at(i + 1) !== 0x28) url = slice(out, open.beginPos, size);
          else {
            i += 2;
            url = readUrl();
          }
          userId = linkUserId(url);
          if (userId === undefined) {
            const checked = checkedLink(url);
            if (checked === "") skip = true;
            else argument = checked;
          }
          break;
        }
        case "CustomEmoji": {
          if (at(i + 1) !== 0x28) throw new Refusal("The entity must contain a tg://emoji or tg://time URL", i);
          i += 2;
          const url = readUrl();
          const emoji = linkCustomEmojiId(url);
          if (typeof emoji === "bigint") customEmojiId = emoji;
          else {
            const when = linkDate(url);
            if ("error" in when) throw new Refusal("Invalid tg://emoji or tg://time URL specified", i);
            const read = dateFlags(when.format);
            if (read === undefined) throw new Refusal(INVALID_DATE_FORMAT);
            flags = read;
            date = when.date;
            type = "FormattedDate";
          }
          break;
        }
        case "BlockQuote":
        case "ExpandableBlockQuote":
          haveBlockquote = false;
          out[size++] = c;
          canStartBlockquote = true;
          utf16 += 1;
          skip = false;
          break;
        default:
          break;
      }
      if (!skip) {
        const length = utf16 - open.offset;
        if (userId !== undefined) entities.push({ type: "MentionName", offset: open.offset, length, userId });
        else if (customEmojiId !== undefined) entities.push({ type, offset: open.offset, length, customEmojiId });
        else if (date !== 0) entities.push({ type, offset: open.offset, length, date, dateFlags: flags });
        else if (type === "PreCode") entities.push({ type, offset: open.offset, length, language: argument });
        else if (type === "TextUrl") entities.push({ type, offset: open.offset, length, url: argument });
        else entities.push({ type, offset: open.offset, length });
      }
      nested.pop();
    }
    if (haveBlockquote) {
      let type: EntityType = "BlockQuote";
      if (nested.at(-1)!.type === "Spoiler" && nested.at(-1)!.byteOffset === src.length - 2) {
        nested.pop();
        type = "ExpandableBlockQuote";
      }
      if (nested.at(-1)!.type === "BlockQuote") {
        const open = nested.pop()!;
        const length = utf16 - open.offset;
        if (length !== 0) entities.push({ type, offset: open.offset, length });
      }
    }
    if (nested.length) throw new Refusal(`Can't find end of ${typeName(nested.at(-1)!.type)} entity at byte offset ${nested.at(-1)!.byteOffset}`);
  } catch (error) {
    if (error instanceof Refusal) {
      const byte = refusalByte(error.message, error.byte);
      return byte === undefined ? { error: error.message } : { error: error.message, byte };
    }
    throw error;
  }
  // sort_entities: by offset, the longer first, then by priority (a stable sort keeps td's order of equals).
  entities.sort((a, b) => a.offset - b.offset || b.length - a.length || PRIORITY[a.type] - PRIORITY[b.type]);
  return { text: slice(out, 0, size), entities };
}
