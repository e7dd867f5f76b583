/**
 * What td does to a message's text once the server has handed it over, before it counts its
 * length: td/telegram/MessageEntity.cpp (tdlib/td at 49b3bcb, the commit the server pins),
 * `fix_formatted_text`, called by `get_formatted_text` for every message text and caption. The
 * text is cleaned (`clean_input_string_with_entities`: control characters become spaces, '\r'
 * and a few invisible characters are dropped, the entities moved with the text), its entities
 * of no length dropped (`remove_empty_entities`), spaces and line breaks trimmed at the end and,
 * before the first entity, at the start; a text with nothing left, or that only shows nothing
 * (misc.cpp `is_empty_string`), is empty. Its entities' later repairs (nesting, merging) change
 * no character and are not modelled; the 35,000-byte cut after trimming cannot be reached by a
 * text the server took (at most 32,768 bytes).
 */
import { isInputControl, isInputDropped, stripEmptyCharacters } from "../server/tdNames";

const isTrimmed = (unit: number) => unit === 0x20 || unit === 0x0a;

/**
 * The text td keeps of `text` with `entities` (UTF-16 offsets, as td's parser gives them or as
 * sent), or undefined when nothing is left.
 */
export function fixedText(text: string, entities: readonly { readonly offset: number; readonly length: number }[]): string | undefined {
  // clean_input_string_with_entities: the cleaned text, and how many UTF-16 units were dropped before each offset.
  // Most texts have nothing to clean: then nothing moves (a keystroke in a long text rebuilds nothing).
  if (!NEEDS_CLEANING.test(text)) return trimmed(text, entities.map((e) => Math.min(e.offset, text.length)).filter((start, i) => Math.min(entities[i]!.offset + entities[i]!.length, text.length) > start));
  let cleaned = "";
  const droppedBefore = new Uint32Array(text.length + 1);
  let dropped = 0;
  for (let i = 0; i < text.length; ) {
    const cp = text.codePointAt(i)!;
    const size = cp > 0xffff ? 2 : 1;
    for (let k = 0; k < size; k++) droppedBefore[i + k] = dropped;
    if (isInputDropped(cp)) dropped += size;
    else cleaned += isInputControl(cp) ? " " : String.fromCodePoint(cp);
    i += size;
  }
  droppedBefore[text.length] = dropped;
  const starts: number[] = [];
  for (const e of entities) {
    const end = Math.min(e.offset + e.length, text.length);
    const start = Math.min(e.offset, text.length);
    const from = start - droppedBefore[start]!;
    if (end - droppedBefore[end]! > from) starts.push(from);
  }
  return trimmed(cleaned, starts);
}

/** The characters `clean_input_string` changes or drops (isInputControl, isInputDropped): control characters but \n (a space stays a space), \r, U+2028-U+202E, U+0333, U+033F, U+030A. */
const NEEDS_CLEANING = /[\u0000-\u0009\u000b-\u001f\u2028-\u202e\u0333\u033f\u030a]/;

/** The trimming of a cleaned text whose entities start at `starts` (UTF-16 offsets, entities of no length left out). */
function trimmed(cleaned: string, starts: readonly number[]): string | undefined {
  // remove_invalid_entities: the last character that is not a space or a line break.
  let last = cleaned.length - 1;
  while (last >= 0 && isTrimmed(cleaned.charCodeAt(last))) last--;
  if (last < 0) return undefined;
  const kept = cleaned.slice(0, last + 1);
  // The ltrim stops at the first entity that still begins in the text (those after its end are dropped).
  const firstEntity = starts.reduce((min, s) => (s <= last && s < min ? s : min), kept.length);
  let first = 0;
  while (first < firstEntity && isTrimmed(kept.charCodeAt(first))) first++;
  const result = kept.slice(first);
  // A letter or a digit always shows; only a text without one can show nothing (is_empty_string).
  return /[\p{L}\p{N}]/u.test(result) || stripEmptyCharacters(result, Infinity) !== "" ? result : undefined;
}
