/**
 * td's three parsers by the parse mode's name, td's words before a refusal, and a byte of the
 * text as the character it is in: what the verdicts (`index.ts`) and the preview (`preview.ts`)
 * share, in one chunk of their own.
 */
import type { PARSE_MODES } from "../server/parseMode";
import { parseHtml } from "./html";
import { parseMarkdown } from "./markdown";
import { parseMarkdownV2, type ParseResult } from "./markdownV2";

/** td's parser of each parse mode, by the name the Bot API takes. */
export const PARSERS: Readonly<Record<(typeof PARSE_MODES)[number], (text: string) => ParseResult>> = { MarkdownV2: parseMarkdownV2, Markdown: parseMarkdown, HTML: parseHtml };

/** SynchronousRequests.cpp, parseTextEntities: what it puts before its parser's refusal. */
export const CANT_PARSE = "Can't parse entities: ";

/** The character a byte of the text's UTF-8 starts or is in: its place (1-based, in code points), its UTF-16 offset, and itself (undefined past the end). */
export function characterAt(text: string, byte: number): { readonly index: number; readonly start: number; readonly char: string | undefined } {
  let bytes = 0;
  let index = 0;
  let start = 0;
  for (const char of text) {
    index++;
    const code = char.codePointAt(0)!;
    const size = code < 0x80 ? 1 : code < 0x800 ? 2 : code < 0x10000 ? 3 : 4;
    if (byte < bytes + size) return { index, start, char };
    bytes += size;
    start += char.length;
  }
  return { index: index + 1, start, char: undefined };
}


let last: { readonly mode: string; readonly text: string; readonly result: ParseResult } | undefined;
/**
 * td's parser of `mode` on `text`, the last answer kept: a keystroke parses its text once, for
 * the field's check and for the preview both.
 */
export function parseWith(mode: (typeof PARSE_MODES)[number], text: string): ParseResult {
  if (last?.mode === mode && last.text === text) return last.result;
  const result = PARSERS[mode](text);
  last = { mode, text, result };
  return result;
}
