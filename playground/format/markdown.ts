/**
 * td's legacy Markdown parser (td/telegram/MessageEntity.cpp, `parse_markdown`, td 49b3bcb),
 * ported byte for byte, in place over one buffer as td does: a link written as `[text]` takes
 * its URL from bytes the parser may already have overwritten, and so does this port. Entities
 * do not nest; the one refusal is an entity with no end. A link's URL as td checks it (`link.ts`).
 */
import { checkedLink } from "./link";
import { isSpace, linkUserId, type ParsedEntity, type ParseResult } from "./markdownV2";

const decoder = new TextDecoder();
const encoder = new TextEncoder();

/** Parses `text` as Markdown, as td's parse_markdown does: td's refusal, or the text and its entities. */
export function parseMarkdown(text: string): ParseResult {
  // One buffer, read and written as td's std::string is; past its end reads '\0'.
  const buffer = encoder.encode(text);
  const size = buffer.length;
  const at = (i: number) => (i < size ? buffer[i]! : 0);
  const slice = (from: number, to: number) => decoder.decode(buffer.subarray(from, to));
  let resultSize = 0;
  const entities: ParsedEntity[] = [];
  let utf16 = 0;
  const BACKTICK = 0x60;
  for (let i = 0; i < size; i++) {
    const c = buffer[i]!;
    if (c === 0x5c && [0x5f, 0x2a, BACKTICK, 0x5b].includes(at(i + 1))) {
      i++;
      buffer[resultSize++] = buffer[i]!;
      utf16++;
      continue;
    }
    if (c !== 0x5f && c !== 0x2a && c !== BACKTICK && c !== 0x5b) {
      if ((c & 0xc0) !== 0x80) utf16 += 1 + (c >= 0xf0 ? 1 : 0);
      buffer[resultSize++] = buffer[i]!;
      continue;
    }
    // The beginning of an entity.
    const beginPos = i;
    const endCharacter = c === 0x5b ? 0x5d : c;
    let isPre = false;
    i++;
    let language = "";
    if (c === BACKTICK && at(i) === BACKTICK && at(i + 1) === BACKTICK) {
      i += 2;
      isPre = true;
      let end = i;
      while (!isSpace(at(end)) && at(end) !== BACKTICK) end++;
      if (i !== end && end < size && at(end) !== BACKTICK) {
        language = slice(i, end);
        i = end;
      }
      // One new line at the start of the text is skipped.
      if (at(i) === 0x0a || at(i) === 0x0d) {
        if ((at(i + 1) === 0x0a || at(i + 1) === 0x0d) && at(i) !== at(i + 1)) i += 2;
        else i++;
      }
    }
    const offset = utf16;
    while (i < size && (at(i) !== endCharacter || (isPre && !(at(i + 1) === BACKTICK && at(i + 2) === BACKTICK)))) {
      const current = buffer[i]!;
      if ((current & 0xc0) !== 0x80) utf16 += 1 + (current >= 0xf0 ? 1 : 0);
      buffer[resultSize++] = buffer[i++]!;
    }
    if (i >= size) return { error: `Can't find end of the entity starting at byte offset ${beginPos}`, byte: beginPos };
    if (offset !== utf16) {
      const length = utf16 - offset;
      if (c === 0x5f) entities.push({ type: "Italic", offset, length });
      else if (c === 0x2a) entities.push({ type: "Bold", offset, length });
      else if (c === 0x5b) {
        let url: string;
        if (at(i + 1) !== 0x28) url = slice(beginPos + 1, i);
        else {
          i += 2;
          const begin = i;
          while (i < size && buffer[i] !== 0x29) i++;
          url = slice(begin, i);
        }
        const userId = linkUserId(url);
        if (userId !== undefined) entities.push({ type: "MentionName", offset, length, userId });
        else {
          const checked = checkedLink(url);
          if (checked !== "") entities.push({ type: "TextUrl", offset, length, url: checked });
        }
      } else if (isPre) entities.push(language === "" ? { type: "Pre", offset, length } : { type: "PreCode", offset, length, language });
      else entities.push({ type: "Code", offset, length });
    }
    if (isPre) i += 2;
  }
  return { text: slice(0, resultSize), entities };
}
