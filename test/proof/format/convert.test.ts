/**
 * The conversions (`playground/format/write.ts`) proven: every text td parses from the proofs'
 * inputs, in each mode, is written as MarkdownV2 and as HTML and parsed again by td itself, and
 * written as GramIO's `format` template and run by `@gramio/format` itself; each gives the same
 * text and the same entities, or the writer says why that mode cannot (counted by reason).
 */
import { afterAll, describe, expect, it } from "vitest";
import * as gramioFormat from "@gramio/format";
import { formatImports, toGramioFormat, toHtml, toMarkdownV2, type Written } from "../../../playground/format/write";
import type { BotEntity } from "../../../playground/format/tree";
import { PARSERS } from "../../../playground/format/index";
import { inputs, tdFormatted, urlNotUtf8, type Mode } from "./td";
import { HTML_PIECES, MARKDOWN_PIECES, MARKDOWN_V2_PIECES, wellFormedHtml, wellFormedMarkdownV2 } from "./corpus";

/** An entity without what the Bot API reads as absent (an empty date format, a mention's user beyond its id), as text. */
const canonical = (entities: readonly (BotEntity | Record<string, unknown>)[]) =>
  entities
    .map((e) => {
      const { user, date_time_format, ...rest } = e as BotEntity;
      const kept = Object.fromEntries(Object.entries(rest).filter(([, v]) => v !== undefined));
      return JSON.stringify({ ...kept, ...(user ? { user: user.id } : {}), ...(date_time_format ? { date_time_format } : {}) }, Object.keys({ ...kept, user, date_time_format }).sort());
    })
    .sort();

/** The template run by @gramio/format: its import line is what `formatImports` says. */
function runTemplate(code: string) {
  const names = formatImports(code);
  const run = new Function(...names, `return ${code};`) as (...fns: unknown[]) => { text: string; entities: readonly Record<string, unknown>[] };
  return run(...names.map((name) => (gramioFormat as Record<string, unknown>)[name]));
}

const counts: Record<string, number> = {};
const count = (key: string) => (counts[key] = (counts[key] ?? 0) + 1);
afterAll(() => console.log(`Conversions against td and @gramio/format: ${JSON.stringify(counts)}`));

function check(input: string, mode: Mode) {
  // An input whose answer td cannot write as JSON (it stops the process): not sent, as in the parsers' proofs.
  if (urlNotUtf8(input, PARSERS[mode](input))) return;
  const source = tdFormatted(input, mode);
  if ("error" in source) return;
  count("texts");
  const expected = { text: source.text, entities: canonical(source.entities) };
  const written: [Mode, Written][] = [
    ["MarkdownV2", toMarkdownV2(source.text, source.entities)],
    ["HTML", toHtml(source.text, source.entities)],
  ];
  for (const [into, result] of written) {
    if ("cannot" in result) {
      count(`${into} cannot: ${result.cannot.replace(/“.*”/, "…")}`);
      continue;
    }
    const back = tdFormatted(result.code, into);
    expect("error" in back ? back : { text: back.text, entities: canonical(back.entities) }, `${mode} ${JSON.stringify(input)} as ${into}: ${JSON.stringify(result.code)}`).toEqual(expected);
    count(`${into} same`);
  }
  const template = toGramioFormat(source.text, source.entities);
  if ("cannot" in template) throw new Error(template.cannot);
  const built = runTemplate(template.code);
  expect({ text: built.text, entities: canonical(built.entities) }, `${mode} ${JSON.stringify(input)} as format: ${template.code}`).toEqual(expected);
  count("format same");
}

describe("conversions between the modes, GramIO's format and entities, proven by td and @gramio/format", () => {
  it("writes every text parsed from the MarkdownV2 inputs again in each form, with the same text and entities", () => {
    for (const input of [...inputs(MARKDOWN_V2_PIECES, 10_000, 20261201), ...wellFormedMarkdownV2(10_000, 1201)]) check(input, "MarkdownV2");
  });
  it("writes every text parsed from the HTML inputs again in each form, with the same text and entities", () => {
    for (const input of [...inputs(HTML_PIECES, 10_000, 3347), ...wellFormedHtml(10_000, 3634)]) check(input, "HTML");
  });
  it("writes every text parsed from the Markdown inputs again in each form, with the same text and entities", () => {
    for (const input of inputs(MARKDOWN_PIECES, 10_000, 1984)) check(input, "Markdown");
  });
});
