/**
 * td's HTML parser (td/telegram/MessageEntity.cpp, `parse_html` and `decode_html_entity`, td
 * 49b3bcb), ported byte for byte: the tags Telegram knows and their attributes, the four named
 * character references and numeric ones, td's refusals with their byte offsets, and the text
 * and entities with UTF-16 offsets. As td reads the text as a C string, a NUL byte ends a tag.
 * A link's URL as td checks it (`link.ts`).
 */
import { dateFlags, INVALID_DATE_FORMAT, linkUserId, isSpace, PRIORITY, refusalByte, type EntityType, type ParsedEntity, type ParseResult } from "./markdownV2";
import { toIntegerSafe } from "../server/td";
import { toInt32 } from "../server/integerArg";
import { checkedLink } from "./link";

/** The tags parse_html takes, lower-cased. */
export const HTML_TAGS = ["a", "b", "strong", "i", "em", "s", "strike", "del", "u", "ins", "tg-spoiler", "tg-emoji", "tg-time", "span", "pre", "code", "blockquote"] as const;

/** decode_html_entity: the four named character references td knows; any other name is text. */
export const HTML_NAMED_REFERENCES = { lt: 0x3c, gt: 0x3e, amp: 0x26, quot: 0x22 } as const;

const decoder = new TextDecoder();
const strict = new TextDecoder("utf-8", { fatal: true });
const encoder = new TextEncoder();

const isDigit = (c: number) => c >= 0x30 && c <= 0x39;
const isAlpha = (c: number) => (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
const isHex = (c: number) => isDigit(c) || (c >= 0x41 && c <= 0x46) || (c >= 0x61 && c <= 0x66);
const hexValue = (c: number) => (isDigit(c) ? c - 0x30 : (c | 0x20) - 0x61 + 10);
const lower = (bytes: Uint8Array) => decoder.decode(bytes).replace(/[A-Z]/g, (c) => c.toLowerCase());

/** decode_html_entity: the code point of the reference at `pos` and the position after it, or 0 when it is none. */
function decodeEntity(at: (i: number) => number, pos: number): { readonly code: number; readonly end: number } {
  let end = pos + 1;
  let code = 0;
  if (at(pos + 1) === 0x23) {
    end++;
    if (at(pos + 2) === 0x78) {
      end++;
      while (isHex(at(end))) code = (code * 16 + hexValue(at(end++))) % 2 ** 32;
    } else {
      while (isDigit(at(end))) code = (code * 10 + at(end++) - 0x30) % 2 ** 32;
    }
    if (code === 0 || code >= 0x10ffff || end - pos >= 10) return { code: 0, end: pos };
  } else {
    const start = end;
    while (isAlpha(at(end))) end++;
    const name = String.fromCharCode(...Array.from({ length: end - start }, (_, k) => at(start + k)));
    code = HTML_NAMED_REFERENCES[name as keyof typeof HTML_NAMED_REFERENCES] ?? 0;
    if (code === 0) return { code: 0, end: pos };
  }
  return { code, end: at(end) === 0x3b ? end + 1 : end };
}

/** append_utf8_character_unsafe: a code point's UTF-8 bytes (a lone surrogate too, as td writes it). */
function utf8Of(code: number): number[] {
  if (code <= 0x7f) return [code];
  if (code <= 0x7ff) return [0xc0 | (code >> 6), 0x80 | (code & 0x3f)];
  if (code <= 0xffff) return [0xe0 | (code >> 12), 0x80 | ((code >> 6) & 0x3f), 0x80 | (code & 0x3f)];
  return [0xf0 | (code >> 18), 0x80 | ((code >> 12) & 0x3f), 0x80 | ((code >> 6) & 0x3f), 0x80 | (code & 0x3f)];
}

interface Open {
  readonly tag: string;
  readonly argument: string;
  readonly date: number;
  readonly offset: number;
  readonly beginPos: number;
}

interface Building {
  type: EntityType;
  readonly offset: number;
  readonly length: number;
  argument: string;
  userId?: bigint;
  customEmojiId?: bigint;
  date?: number;
  dateFlags?: number;
}

/** Parses `text` as HTML, as td's parse_html does: td's refusal, or the text and its entities. */
export function parseHtml(text: string): ParseResult {
  const src = encoder.encode(text);
  const size = src.length;
  const at = (i: number) => (i < size ? src[i]! : 0);
  const out = new Uint8Array(size);
  let end = 0;
  const entities: Building[] = [];
  let utf16 = 0;
  let recheckUtf8 = false;
  const nested: Open[] = [];
  // The byte a refusal is about: the one it names, else the tag being read.
  let tagAt: number | undefined;
  const fail = (message: string): ParseResult => {
    const byte = refusalByte(message, tagAt);
    return byte === undefined ? { error: message } : { error: message, byte };
  };

  for (let i = 0; i < size; i++) {
    const c = src[i]!;
    if (c === 0x26) {
      const { code, end: next } = decodeEntity(at, i);
      if (code !== 0) {
        i = next - 1;
        utf16 += 1 + (code > 0xffff ? 1 : 0);
        if (code >= 0xd800 && code <= 0xdfff) recheckUtf8 = true;
        for (const b of utf8Of(code)) out[end++] = b;
        continue;
      }
    }
    if (c !== 0x3c) {
      if ((c & 0xc0) !== 0x80) utf16 += 1 + (c >= 0xf0 ? 1 : 0);
      out[end++] = c;
      continue;
    }
    const beginPos = i++;
    tagAt = beginPos;
    if (at(i) !== 0x2f) {
      // A start tag.
      while (!isSpace(at(i)) && at(i) !== 0x3e) i++;
      if (at(i) === 0) return fail(`Unclosed start tag at byte offset ${beginPos}`);
      const tag = lower(src.subarray(beginPos + 1, i));
      if (!(HTML_TAGS as readonly string[]).includes(tag)) return fail(`Unsupported start tag "${tag}" at byte offset ${beginPos}`);
      let argument = "";
      let date = 0;
      while (at(i) !== 0x3e) {
        while (at(i) !== 0 && isSpace(at(i))) i++;
        if (at(i) === 0x3e) break;
        const nameBegin = i;
        while (!isSpace(at(i)) && at(i) !== 0x3d && at(i) !== 0x3e && at(i) !== 0x2f && at(i) !== 0x22 && at(i) !== 0x27) i++;
        const name = decoder.decode(src.subarray(nameBegin, i));
        if (name === "") return fail(`Empty attribute name in the tag "${tag}" at byte offset ${beginPos}`);
        while (at(i) !== 0 && isSpace(at(i))) i++;
        if (at(i) !== 0x3d) {
          if (at(i) === 0) return fail(`Unclosed start tag "${tag}" at byte offset ${beginPos}`);
          if (tag === "blockquote" && name === "expandable") argument = "1";
          continue;
        }
        i++;
        while (at(i) !== 0 && isSpace(at(i))) i++;
        if (at(i) === 0) return fail(`Unclosed start tag "${tag}" at byte offset ${beginPos}`);
        let value: string;
        if (at(i) !== 0x27 && at(i) !== 0x22) {
          // A name token: letters, digits, periods and hyphens, not case-sensitive.
          const tokenBegin = i;
          while (isAlpha(at(i)) || isDigit(at(i)) || at(i) === 0x2e || at(i) === 0x2d) i++;
          value = lower(src.subarray(tokenBegin, i));
          if (!isSpace(at(i)) && at(i) !== 0x3e) return fail(`Unexpected end of name token at byte offset ${tokenBegin}`);
        } else {
          // A string literal, its character references decoded.
          const quote = at(i++);
          const bytes: number[] = [];
          while (at(i) !== quote && at(i) !== 0) {
            if (at(i) === 0x26) {
              const { code, end: next } = decodeEntity(at, i);
              if (code !== 0) {
                bytes.push(...utf8Of(code));
                i = next;
                continue;
              }
            }
            bytes.push(at(i++));
          }
          if (at(i) === quote) i++;
          value = decoder.decode(Uint8Array.from(bytes));
        }
        if (at(i) === 0) return fail(`Unclosed start tag at byte offset ${beginPos}`);
        if (tag === "a" && name === "href") argument = value;
        else if (tag === "code" && name === "class" && value.startsWith("language-")) argument = value.slice(9);
        else if (tag === "span" && name === "class" && value.startsWith("tg-")) argument = value.slice(3);
        else if (tag === "tg-emoji" && name === "emoji-id") argument = value;
        else if (tag === "blockquote" && name === "expandable") argument = "1";
        else if (tag === "tg-time" && name === "unix") date = toInt32(value);
        else if (tag === "tg-time" && name === "format") argument = value;
      }
      if (tag === "span" && argument !== "spoiler") return fail(`Tag "span" must have class "tg-spoiler" at byte offset ${beginPos}`);
      nested.push({ tag, argument, date, offset: utf16, beginPos: end });
      continue;
    }
    // An end tag.
    if (nested.length === 0) return fail(`Unexpected end tag at byte offset ${beginPos}`);
    while (!isSpace(at(i)) && at(i) !== 0x3e) i++;
    const endTag = lower(src.subarray(beginPos + 2, i));
    while (isSpace(at(i)) && at(i) !== 0) i++;
    if (at(i) !== 0x3e) return fail(`Unclosed end tag at byte offset ${beginPos}`);
    const open = nested.at(-1)!;
    const tag = open.tag;
    if (endTag !== "" && endTag !== tag) return fail(`Unmatched end tag at byte offset ${beginPos}, expected "</${tag}>", found "</${endTag}>"`);
    if (utf16 > open.offset) {
      const offset = open.offset;
      const length = utf16 - offset;
      const push = (type: EntityType, extra: Partial<Building> = {}) => entities.push({ type, offset, length, argument: "", ...extra });
      const last = entities.at(-1);
      if (tag === "i" || tag === "em") push("Italic");
      else if (tag === "b" || tag === "strong") push("Bold");
      else if (tag === "s" || tag === "strike" || tag === "del") push("Strikethrough");
      else if (tag === "u" || tag === "ins") push("Underline");
      else if (tag === "tg-spoiler" || (tag === "span" && open.argument === "spoiler")) push("Spoiler");
      else if (tag === "tg-emoji") {
        const id = toIntegerSafe(open.argument, 64);
        if (id === undefined || id === 0n) return fail("Invalid custom emoji identifier specified");
        push("CustomEmoji", { customEmojiId: id });
      } else if (tag === "tg-time") {
        const flags = dateFlags(open.argument);
        if (flags === undefined) return fail(INVALID_DATE_FORMAT);
        if (open.date > 0) push("FormattedDate", { date: open.date, dateFlags: flags });
      } else if (tag === "a") {
        const url = open.argument === "" ? decoder.decode(out.subarray(open.beginPos, end)) : open.argument;
        const userId = linkUserId(url);
        if (userId !== undefined) push("MentionName", { userId });
        else {
          const checked = checkedLink(url);
          if (checked !== "") push("TextUrl", { argument: checked });
        }
      } else if (tag === "pre") {
        if (last?.type === "Code" && last.offset === offset && last.length === length && last.argument !== "") last.type = "PreCode";
        else push("Pre");
      } else if (tag === "code") {
        if (last?.type === "Pre" && last.offset === offset && last.length === length && open.argument !== "") {
          last.type = "PreCode";
          last.argument = open.argument;
        } else push("Code", { argument: open.argument });
      } else push(open.argument === "" ? "BlockQuote" : "ExpandableBlockQuote");
    }
    nested.pop();
  }
  tagAt = undefined;
  if (nested.length) return fail(`Can't find end tag corresponding to start tag "${nested.at(-1)!.tag}"`);
  const result = out.subarray(0, end);
  if (recheckUtf8) {
    try {
      strict.decode(result);
    } catch {
      return fail("Text contains invalid Unicode characters after decoding HTML entities, check for unmatched surrogate code units");
    }
  }
  // A code entity's language is dropped; sort_entities as in markdownV2.ts.
  const sorted = entities
    .map((e): ParsedEntity => {
      const base = { type: e.type, offset: e.offset, length: e.length };
      if (e.type === "PreCode") return { ...base, language: e.argument };
      if (e.type === "TextUrl") return { ...base, url: e.argument };
      if (e.userId !== undefined) return { ...base, userId: e.userId };
      if (e.customEmojiId !== undefined) return { ...base, customEmojiId: e.customEmojiId };
      if (e.date !== undefined) return { ...base, date: e.date, dateFlags: e.dateFlags! };
      return base;
    })
    .sort((a, b) => a.offset - b.offset || b.length - a.length || PRIORITY[a.type] - PRIORITY[b.type]);
  return { text: decoder.decode(result), entities: sorted };
}
