/**
 * One click that makes a MarkdownV2 text parse: each character td refuses (“Character '.' is
 * reserved…”, or a mark that opens an entity it cannot find the end of) gets the '\' td asks for,
 * one refusal at a time, so the markup that does parse is kept as the reader wrote it.
 */
import { parseMarkdownV2 } from "./markdownV2";
import { characterAt } from "./tdParsers";


/** td's refusals an escape at its byte answers: a reserved character, or a mark whose entity does not end. */
const ESCAPABLE = /^(?:Character '.' is reserved|Can't find end of (\w+) entity at byte offset)/;

/** How many characters open an entity of each type td names (a pre's three '`', an underline's two '_'…). */
const MARK_LENGTH: Readonly<Record<string, number>> = { Pre: 3, PreCode: 3, Underline: 2, Spoiler: 2, CustomEmoji: 2 };

/**
 * True when td's MarkdownV2 refusal (its words and the byte it names) is one an escape answers:
 * what the preview offers to escape, without escaping on every keystroke (each escape is a
 * parse of the whole text).
 */
export const isEscapable = (error: string, byte: number | undefined): boolean => byte !== undefined && ESCAPABLE.test(error);

/**
 * The text with a '\' before each character td refuses, and how many were added; undefined when
 * the text already parses or its refusal is not one an escape answers (a bad link, a bad date).
 */
export function escapeRefused(text: string): { readonly text: string; readonly escaped: number } | undefined {
  let escaped = 0;
  // Each escape adds a character, and a character is escaped at most once.
  for (let limit = text.length + 1; limit > 0; limit--) {
    const result = parseMarkdownV2(text);
    if (!("error" in result)) return escaped === 0 ? undefined : { text, escaped };
    const refusal = ESCAPABLE.exec(result.error);
    if (result.byte === undefined || !refusal) return escaped === 0 ? undefined : { text, escaped };
    const at = characterAt(text, result.byte).start;
    // Every character of the mark, so the text keeps them all ("\`\`\`", not "\`" and an empty code).
    const mark = text.slice(at, at + (MARK_LENGTH[refusal[1] ?? ""] ?? 1));
    text = `${text.slice(0, at)}${[...mark].map((c) => `\\${c}`).join("")}${text.slice(at + mark.length)}`;
    escaped += mark.length;
  }
  return { text, escaped };
}
