/**
 * Cases generated from every method's server facts (its readings as its slice carries them,
 * and its clamped integers), run through the validation the playground runs: each refusal is
 * an error at its parameter with the server's answer word for word, each clamp or reading as
 * another value a warning, and the other side of each boundary nothing at all.
 */
import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { validateCall } from "../../../playground/call/validate";
import { badRequest } from "../../../playground/facts/badRequest";
import { SCHEMA_FILE } from "../../../playground/schema/fromGramioTypes";
import type { BotApiSchema } from "../../../playground/schema/model";
import type { SchemaSlice } from "../../../playground/schema/slice";
import { INT32 } from "../../../playground/server/integerArg";
import { answerOf, WRONG_CHAT_ACTION, type CheckedReading } from "../../../playground/server/readingKinds";
import { JSON_VALUE_KINDS } from "../../../playground/server/rareKinds";
import { holds, type Condition } from "../../../playground/server/conditions";
import { serverSlice } from "../../../playground/server/slices";

const schema = JSON.parse(readFileSync(SCHEMA_FILE, "utf8")) as BotApiSchema;

interface Case {
  readonly param: string;
  readonly value: unknown;
  /** The other parameters the reading needs to be made (ok: false for error_message). */
  readonly with: Readonly<Record<string, unknown>>;
  /**
   * An error with this answer, a warning that says this, or (the other side of the boundary)
   * no issue at the parameter that says it: other rules (the schema's, td's) may still speak.
   */
  readonly expect: { readonly error: string } | { readonly warning: string } | { readonly not: string };
  readonly why: string;
}

const isJsonKind = (kind: string | undefined) => (JSON_VALUE_KINDS as readonly (string | undefined)[]).includes(kind);

/** Parameters that meet a condition (the first way an `||` offers), checked with `holds`. */
function meeting(condition: Condition): Record<string, unknown> {
  const build = (c: Condition, negated: boolean): Record<string, unknown> => {
    if ("not" in c) return build(c.not, !negated);
    if ("sent" in c) return negated ? {} : { [c.sent]: "1" };
    if ("nonEmpty" in c) return negated ? {} : { [c.nonEmpty]: "1" };
    if ("isTrue" in c) return { [c.isTrue]: !negated };
    if ("file" in c) return negated ? {} : { [c.file]: { name: "file.bin" } };
    if ("equals" in c) return negated ? { [c.param]: `not ${c.equals}` } : { [c.param]: c.equals };
    const parts = "all" in c ? c.all : c.any;
    return ("all" in c) !== negated ? Object.assign({}, ...parts.map((p) => build(p, negated))) : build(parts[0]!, negated);
  };
  const params = build(condition, false);
  expect(holds(condition, params)).toBe(true);
  return params;
}

/** The cases a reading's facts give: each refusal, and a value on the accepted side of it. */
function readingCases(param: string, r: CheckedReading): Case[] {
  const on = r.when ? meeting(r.when) : {};
  const c = (value: unknown, expect: Case["expect"], why: string): Case => ({ param, value, with: on, expect, why });
  const out: Case[] = [];
  if (r.empty && !r.sentOnly) out.push(c(undefined, { error: badRequest(r.empty) }, "nothing sent, refused by its guard"));
  if (r.json && !r.sentOnly) out.push(c("{", { error: badRequest(r.json.replace("{error}", "Unexpected string end")) }, "text td's parser cannot read"));
  if (r.json && r.sentOnly) out.push(c("{", { error: badRequest(r.json.replace("{error}", "Unexpected string end")) }, "text td's parser cannot read, when sent"));
  // A text td parses with its parse mode: unclosed markup in each mode refused, closed markup and no parse mode not.
  if (r.formatted) {
    const mode = r.formatted;
    const parsed = (value: string, parseMode: string | undefined, expect: Case["expect"], why: string): Case => ({ param, value, with: { ...on, ...(parseMode === undefined ? {} : { [mode]: parseMode }) }, expect, why });
    const cantParse = (error: string) => badRequest(`Can't parse entities: ${error}`);
    out.push(
      parsed("*a", "MarkdownV2", { error: cantParse("Can't find end of Bold entity at byte offset 0") }, "unclosed MarkdownV2"),
      parsed("a.b", "markdownv2", { error: cantParse("Character '.' is reserved and must be escaped with the preceding '\\'") }, "a reserved character, the mode in any case"),
      parsed("_a", "Markdown", { error: cantParse("Can't find end of the entity starting at byte offset 0") }, "unclosed Markdown"),
      parsed("<b>a", "HTML", { error: cantParse('Can\'t find end tag corresponding to start tag "b"') }, "unclosed HTML"),
      parsed("*a*", "MarkdownV2", { not: cantParse("Can't find end of Bold entity at byte offset 0") }, "closed MarkdownV2"),
      parsed("*a", undefined, { not: cantParse("Can't find end of Bold entity at byte offset 0") }, "no parse mode: nothing parsed"),
    );
  }
  // Every JSON value's port refuses a bare number where it reads an object or a list.
  if (isJsonKind(r.kind)) out.push(c("5", { error: "Bad Request: " }, "a number where the port reads an object or a list"));
  switch (r.kind) {
    case "user_id": {
      const answer = answerOf("user_id", param)!;
      out.push(c(0, { error: answer }, "0"), c(-5, { error: answer }, "negative"), c(7, { not: answer }, "a positive id"));
      break;
    }
    case "required_string": {
      const answer = answerOf("required_string", param)!;
      out.push(c("x", { not: answer }, "text"));
      if (!r.empty) out.push(c(undefined, { error: answer }, "nothing sent"));
      break;
    }
    case "bot_language_code": {
      const answer = answerOf("bot_language_code", param)!;
      out.push(c("EN", { error: answer }, "capitals"), c("en", { not: answer }, "two lowercase letters"), c("", { not: answer }, "empty"));
      break;
    }
    case "message_id":
    case "topic_id":
      out.push(c(-1, { warning: "as 0" }, "negative, read as 0"), c(1, { not: "as 0" }, "positive"));
      break;
    case "chat_action":
      out.push(c("dancing", { error: badRequest(WRONG_CHAT_ACTION) }, "an unknown action"), c("typing", { not: badRequest(WRONG_CHAT_ACTION) }, "a known action"));
      break;
    case "int64_safe":
      out.push(c("1.5", { error: badRequest(r.notNumber!) }, "not a whole number"), c("15", { not: badRequest(r.notNumber!) }, "a whole number"));
      break;
  }
  return out;
}

/** Both sides of each clamp. */
function integerCases(slice: SchemaSlice): Case[] {
  const out: Case[] = [];
  for (const [param, f] of Object.entries(slice.integers ?? {})) {
    const clamps = (at: number) => `the server clamps ${at}`;
    if (f.min > INT32.min) out.push({ param, value: f.min - 1, with: {}, expect: { warning: `clamps ${f.min - 1} to ${f.min}` }, why: `below ${f.min}` }, { param, value: f.min, with: {}, expect: { not: clamps(f.min) }, why: `at ${f.min}` });
    if (f.max < INT32.max) out.push({ param, value: f.max + 1, with: {}, expect: { warning: `clamps ${f.max + 1} to ${f.max}` }, why: `above ${f.max}` }, { param, value: f.max, with: {}, expect: { not: clamps(f.max) }, why: `at ${f.max}` });
  }
  return out;
}

const methods = schema.methods.map((m) => ({ name: m.name, slice: serverSlice(schema, m.name) }));
const casesOf = (slice: SchemaSlice) => [...Object.entries(slice.readings ?? {}).flatMap(([p, r]) => readingCases(p, r)), ...integerCases(slice)];

describe("cases generated from each method's server facts, through the validation", () => {
  it("are many, over most methods", () => {
    const all = methods.flatMap((m) => casesOf(m.slice));
    expect(all.length).toBeGreaterThan(600);
    expect(methods.filter((m) => casesOf(m.slice).length > 0).length).toBeGreaterThan(methods.length / 2);
  });

  for (const { name, slice } of methods) {
    const cases = casesOf(slice);
    if (cases.length === 0) continue;
    it(`${name}: ${cases.length} case${cases.length > 1 ? "s" : ""}`, () => {
      for (const k of cases) {
        const params = { ...k.with, ...(k.value === undefined ? {} : { [k.param]: k.value }) };
        const at = validateCall(slice, params).filter((i) => i.path === k.param);
        const label = `${name}.${k.param} = ${JSON.stringify(k.value)} (${k.why})`;
        const e = k.expect;
        if ("not" in e) expect(at.filter((i) => i.message.includes(e.not)), label).toEqual([]);
        else if ("warning" in e) expect(at.find((i) => i.severity === "warning")?.message, label).toContain(e.warning);
        // An answer ending in “: ” is a prefix (whichever refusal the port makes); any other is the whole answer.
        else expect(at.find((i) => i.severity === "error")?.message, label).toContain(e.error.endsWith(": ") ? `“${e.error}` : `“${e.error}”`);
      }
    });
  }
});
