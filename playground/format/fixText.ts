/**
 * What td does to a message's text once the server has handed it over, before it counts its
 * length: td/telegram/MessageEntity.cpp (tdlib/td at 49b3bcb, the commit the server pins),
 * `fix_formatted_text`, called by `get_formatted_text` for every message text and caption. The
 * text is cleaned (`clean_input_string_with_entities`: control characters become spaces, '\r'
 * and a few invisible characters are dropped, the entities moved with the text), its entities
 * of no length dropped (`remove_empty_entities`), spaces and line breaks trimmed at the end and,
 * before the first entity, at the start; a text with nothing left, or that only shows nothing
 * (misc.cpp `is_empty_string`), is empty. The entities move with the text: cut at the new end,
 * dropped past it, shifted by what the start lost. Their later repairs (nesting, merging) and the
 * entities td finds by itself (links, mentions: `find_entities`) are not modelled; the
 * 35,000-byte cut after trimming cannot be reached by a text the server took (at most 32,768
 * bytes).
 */
import { isInputControl, isInputDropped, stripEmptyCharacters } from "../server/tdNames";

const isTrimmed = (unit: number) => unit === 0x20 || unit === 0x0a;

/** An entity's place in a text, in UTF-16 code units. */
export interface Placed {
  readonly offset: number;
  readonly length: number;
}

/**
 * The text td keeps of `text` with `entities` (UTF-16 offsets, as td's parser gives them or as
 * sent), and the entities moved with it, or undefined when nothing is left.
 */
export function fixFormatted<E extends Placed>(text: string, entities: readonly E[]): { readonly text: string; readonly entities: E[] } | undefined {
  const clean = cleaned(text, entities);
  // remove_invalid_entities: the last character that is not a space or a line break.
  let last = clean.text.length - 1;
  while (last >= 0 && isTrimmed(clean.text.charCodeAt(last))) last--;
  if (last < 0) return undefined;
  // rtrim: entities that begin after it are dropped, those that run past it are cut there.
  const kept = clean.entities.filter((e) => e.offset <= last).map((e) => (e.offset + e.length > last + 1 ? { ...e, length: last + 1 - e.offset } : e));
  // ltrim: up to the first entity that is left.
  const firstEntity = kept.reduce((min, e) => Math.min(min, e.offset), last + 1);
  let first = 0;
  while (first < firstEntity && isTrimmed(clean.text.charCodeAt(first))) first++;
  const result = clean.text.slice(first, last + 1);
  // A letter or a digit always shows; only a text without one can show nothing (is_empty_string).
  if (!(/[\p{L}\p{N}]/u.test(result) || stripEmptyCharacters(result, Infinity) !== "")) return undefined;
  return { text: result, entities: first === 0 ? kept : kept.map((e) => ({ ...e, offset: e.offset - first })) };
}

/** The text td keeps of `text` with `entities`, or undefined when nothing is left (`fixFormatted`). */
export function fixedText(text: string, entities: readonly Placed[]): string | undefined {
  return fixFormatted(text, entities)?.text;
}

/** The characters `clean_input_string` changes or drops (isInputControl, isInputDropped): control characters but \n (a space stays a space), \r, U+2028-U+202E, U+0333, U+033F, U+030A. */
const NEEDS_CLEANING = /[\u0000-\u0009\u000b-\u001f\u2028-\u202e\u0333\u033f\u030a]/;

/**
 * clean_input_string_with_entities (after remove_empty_entities): the cleaned text, and the
 * entities within the text moved with it, those left with no length dropped. Most texts have
 * nothing to clean: then nothing moves (a keystroke in a long text rebuilds nothing).
 */
export function cleaned<E extends Placed>(text: string, entities: readonly E[]): { text: string; entities: E[] } {
  const within = (e: E, offset: number, end: number) => (offset === e.offset && end - offset === e.length ? e : { ...e, offset, length: end - offset });
  if (!NEEDS_CLEANING.test(text)) {
    const moved: E[] = [];
    for (const e of entities) {
      const offset = Math.min(e.offset, text.length);
      const end = Math.min(e.offset + e.length, text.length);
      if (end > offset) moved.push(within(e, offset, end));
    }
    return { text, entities: moved };
  }
  let out = "";
  const droppedBefore = new Uint32Array(text.length + 1);
  let dropped = 0;
  for (let i = 0; i < text.length; ) {
    const cp = text.codePointAt(i)!;
    const size = cp > 0xffff ? 2 : 1;
    for (let k = 0; k < size; k++) droppedBefore[i + k] = dropped;
    if (isInputDropped(cp)) dropped += size;
    else out += isInputControl(cp) ? " " : String.fromCodePoint(cp);
    i += size;
  }
  droppedBefore[text.length] = dropped;
  const moved: E[] = [];
  for (const e of entities) {
    const start = Math.min(e.offset, text.length);
    const end = Math.min(e.offset + e.length, text.length);
    const from = start - droppedBefore[start]!;
    const to = end - droppedBefore[end]!;
    if (to > from) moved.push(within(e, from, to));
  }
  return { text: out, entities: moved };
}
