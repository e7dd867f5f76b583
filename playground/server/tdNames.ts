/**
 * td's cleaning of names and titles (tdlib/td at the commit the server pins, 49b3bcb,
 * td/telegram/misc.cpp), apart from `td.ts` so that only the methods that take such a name
 * load it (through `rareVerdicts.ts`).
 */
import { tdTrim, utf8Length } from "./td";

/** Code points `clean_input_string` turns into a space: control characters but \n and \r, and the space itself. */
export const isInputControl = (cp: number) => cp <= 0x20 && cp !== 0x0a && cp !== 0x0d;
/** Code points `clean_input_string` drops: \r, U+2028-U+202E (line and paragraph separators, embeddings), U+0333, U+033F, U+030A. */
export const isInputDropped = (cp: number) => cp === 0x0d || (cp >= 0x2028 && cp <= 0x202e) || cp === 0x0333 || cp === 0x033f || cp === 0x030a;

/**
 * td/telegram/misc.cpp, `clean_input_string` (what td's requests do to a string parameter,
 * `CLEAN_INPUT_STRING` in Requests.cpp), then `replace_offending_characters`: a run of
 * left-to-right and right-to-left marks keeps its last, the others become zero-width
 * non-joiners. (Its 35,000-byte cut is not modelled: no parameter checked here comes near it.)
 */
export function cleanInputString(text: string): string {
  let out = "";
  for (const ch of text) {
    const cp = ch.codePointAt(0)!;
    if (isInputDropped(cp)) continue;
    out += isInputControl(cp) ? " " : ch;
  }
  return out.replace(/[\u200e\u200f]+(?=[\u200e\u200f])/g, (run) => "\u200c".repeat(run.length));
}

/** td/telegram/misc.cpp, `strip_empty_characters`: the characters it turns into a space (U+202E only when asked to strip it). */
const EMPTY_AS_SPACE = new Set([0x1680, 0x180e, 0x2000, 0x2001, 0x2002, 0x2003, 0x2004, 0x2005, 0x2006, 0x2007, 0x2008, 0x2009, 0x200a, 0x202f, 0x205f, 0x2800, 0x3000, 0xfffc]);
/** The characters it counts as showing nothing: a text of only these is empty. */
const SHOWS_NOTHING = new Set([0x20, 0x0a, 0x200b, 0x200c, 0x200d, 0x200e, 0x200f, 0x202e, 0xfeff, 0xa0]);

/** td's `utf8_truncate`: the first `max` code points. */
const truncate = (text: string, max: number) => (utf8Length(text) <= max ? text : [...text].slice(0, max).join(""));

/**
 * td/telegram/misc.cpp, `strip_empty_characters`: blank characters (and tag characters,
 * U+E0000-U+E007F) become spaces, the text is trimmed, cut to `max` code points and trimmed
 * again; a text that shows nothing is empty.
 */
export function stripEmptyCharacters(text: string, max: number): string {
  let spaced = "";
  for (const ch of text) {
    const cp = ch.codePointAt(0)!;
    spaced += EMPTY_AS_SPACE.has(cp) || (cp >= 0xe0000 && cp <= 0xe007f) ? " " : ch;
  }
  const trimmed = tdTrim(truncate(tdTrim(spaced), max));
  for (const ch of trimmed) if (!SHOWS_NOTHING.has(ch.codePointAt(0)!)) return trimmed;
  return "";
}

/**
 * td/telegram/misc.cpp, `clean_name`: `strip_empty_characters`, then each run of spaces, line
 * breaks and no-break spaces becomes one space, and the result is trimmed.
 */
export function cleanName(text: string, max: number): string {
  return tdTrim(stripEmptyCharacters(text, max).replace(/[ \n\u00a0]+/g, " "));
}
