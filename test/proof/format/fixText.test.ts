/**
 * The cleaning of a text and its entities (`playground/format/fixText.ts`, `cleaned`: td's
 * clean_input_string_with_entities) proven against TDLib's own: its synchronous `parseMarkdown`
 * runs fix_formatted_text on a text and its entities, with no trimming (skip_trim), then
 * parse_markdown_v3, which changes nothing in a text without its marks (none of `*_~|`[]` here).
 * The trimming is not reachable through any synchronous request (each passes skip_trim): it is
 * unit-tested against the source (test/unit/format/fixText.test.ts).
 */
import { afterAll, describe, expect, it } from "vitest";
import * as tdl from "tdl";
import { cleaned } from "../../../playground/format/fixText";
import { random } from "./td";

/** Characters td cleans or drops, beside ones it keeps (letters, spaces, line breaks, an emoji, a combining mark it keeps). */
const PIECES = ["a", "b", "Ж", " ", "\n", "\r", "\t", "\u0001", "\u001f", "\u000b", "\u2028", "\u2029", "\u202a", "\u202e", "\u200b", "\u0333", "\u033f", "\u030a", "\u0301", "😀", "xy"];
/** Entities of different kinds that never overlap, so td's merging of entities (fix_entities) has nothing to do. */
const KINDS = ["textEntityTypeBold", "textEntityTypeItalic", "textEntityTypeCode"] as const;

interface TdText {
  readonly _: string;
  readonly text: string;
  readonly entities: readonly { readonly offset: number; readonly length: number; readonly type: { readonly _: string } }[];
}

const counts = { inputs: 0, changed: 0, blank: 0, entities: 0 };
afterAll(() => console.log(`Cleaning against TDLib's fix_formatted_text: ${JSON.stringify(counts)}`));

describe("td's cleaning of a text and its entities", () => {
  it("gives TDLib's text and entities on seeded texts", () => {
    const next = random(20261201);
    for (let n = 0; n < 3000; n++) {
      const text = Array.from({ length: 1 + Math.floor(next() * 16) }, () => PIECES[Math.floor(next() * PIECES.length)]).join("");
      // Up to three entities one after the other, each at least one UTF-16 unit long and never cutting a surrogate pair.
      const entities: { offset: number; length: number; kind: (typeof KINDS)[number] }[] = [];
      let at = 0;
      for (const kind of KINDS) {
        const offset = at + Math.floor(next() * 4);
        const length = 1 + Math.floor(next() * 5);
        if (offset + length > text.length || isLow(text, offset) || isLow(text, offset + length)) break;
        if (next() < 0.7) entities.push({ offset, length, kind });
        at = offset + length;
      }
      const answer = tdl.execute({ _: "parseMarkdown", text: { _: "formattedText", text, entities: entities.map((e) => ({ _: "textEntity", offset: e.offset, length: e.length, type: { _: e.kind } })) } }) as TdText;
      const ours = cleaned(text, entities);
      counts.inputs++;
      if (ours.text !== text) counts.changed++;
      counts.entities += ours.entities.length;
      const theirs = { text: answer.text, entities: answer.entities.map((e) => `${e.type._} ${e.offset}+${e.length}`) };
      // Nothing but spaces and line breaks left: td empties the text and its entities there (allow_empty), before any trimming.
      const blank = /^[ \n]*$/.test(ours.text);
      if (blank) counts.blank++;
      const mine = blank ? { text: "", entities: [] } : { text: ours.text, entities: ours.entities.map((e) => `${e.kind} ${e.offset}+${e.length}`) };
      expect(mine, JSON.stringify({ text, entities })).toEqual(theirs);
    }
    expect(counts.changed).toBeGreaterThan(1000);
  });
});

/** True when the UTF-16 unit at `i` is the second half of a surrogate pair. */
const isLow = (text: string, i: number) => i > 0 && i < text.length && (text.charCodeAt(i) & 0xfc00) === 0xdc00;
