/**
 * How the Bot API server reads each method's parameters, as `extract.ts` read it from the
 * source (`readings.json`: per method, each parameter's kind of reading in the server's order,
 * with its line and function in Client.cpp). Validation, the pages and the tests read this;
 * nothing else restates it.
 */
import data from "./readings.json";
import type { SchemaField } from "../schema/model";
import { boolDefaultOf, callCheckVerdict, checkedReading, HELPER_KINDS, parseModeOf, textOfEntities, type CheckedReading, JSON_MESSAGE_KINDS, requiredArgMessage, verdictOf, type Reading } from "./readingKinds";
import { useEmojiList, useFormat, useRareVerdicts, useSpecialPorts } from "./rareKinds";
import * as formatPorts from "../format/index";
import emojiTable from "./tdEmoji.json";
import * as rareVerdicts from "./rareVerdicts";
import * as specialPorts from "./specialPorts";
import { callChecksOf, checkSource, limitOf, TD_CHECKS } from "./tdChecks";

// Node reads every method (pages, the stand-in, tests): every verdict is there at once.
useRareVerdicts(rareVerdicts);
useSpecialPorts(specialPorts);
useEmojiList(emojiTable);
useFormat(formatPorts);

/** Where the readings were read: the server's repository, commit and file. */
export const READINGS_SOURCE: string = data.source;

const methods = data.methods as Readonly<Record<string, { readonly function: string; readonly params: readonly Reading[] }>>;

/** td's checks by lower-case method and parameter. */
const tdChecks = new Map(TD_CHECKS.flatMap((c) => Object.keys(c.methods).map((m) => [`${m.toLowerCase()}.${c.param}`, { check: c, source: checkSource(c, m) }] as const)));
const withTd = new Map<string, readonly Reading[]>();

/**
 * The server's readings of a method (its name in any case: the server's table is lower-case),
 * with td's checks of their values laid over them; undefined for a method the source does not have.
 */
export function readingsOf(method: string): readonly Reading[] | undefined {
  const key = method.toLowerCase();
  const params = methods[key]?.params;
  if (!params) return undefined;
  const cached = withTd.get(key);
  if (cached) return cached;
  const out = params.map((r): Reading => {
    const check = tdChecks.get(`${key}.${r.param}`);
    if (check) {
      const { kind, afterLookup, max, blank, keepsNothing } = check.check;
      return { ...r, kind, td: check.source, ...(afterLookup ? { afterLookup } : {}), ...(max === undefined ? {} : { max }), ...(blank ? { blank } : {}), ...(keepsNothing ? { keepsNothing } : {}) };
    }
    // A JSON value read inline (prices after get_required_string_arg, required; suggested tip amounts when sent): parsed, then read by its port.
    const inline = (r.kind === "required_string" || r.kind === "string") && r.json ? JSON_MESSAGE_KINDS[r.json] : undefined;
    if (inline) return { ...r, kind: inline, ...(r.kind === "required_string" ? { empty: requiredArgMessage(r.param) } : {}) };
    // A helper that reads the parameter its own way (get_input_poll_options, or get_input_entities handed the field).
    const helper = r.kind === "string" ? HELPER_KINDS[/^Client\.cpp:\d+ (\w+)/.exec(r.source)?.[1] ?? ""] : r.kind === "helper" ? HELPER_KINDS[r.helper ?? ""] : undefined;
    return helper ? { ...r, kind: helper } : r;
  });
  withTd.set(key, out);
  return out;
}

/** The function that reads a method's query: `process_get_updates_query`. */
export function readerOf(method: string): string | undefined {
  return methods[method.toLowerCase()]?.function;
}

/** Every method the server's source has, by its lower-case name (old aliases included). */
export const SERVER_METHODS: readonly string[] = Object.keys(methods);

/** Readings whose range or default is a server option, not a constant of the source. */
export const UNDECIDED: readonly { readonly method: string; readonly param: string; readonly source: string }[] = data.undecided;

/** Methods and parameters (`method.param`) the schema has and the source does not read: newer than it, not checked. */
export const NOT_IN_SOURCE: { readonly methods: readonly string[]; readonly params: readonly string[] } = data.notInSource;

/** True when the server's source reads this parameter of this method (false for what is newer than it). */
export function isReadBySource(method: string, param: string): boolean {
  return readingsOf(method)?.some((r) => r.param === param) ?? false;
}

/**
 * The server's answer to a request that one of its readings refuses before any lookup, the
 * first in the order it reads them; undefined when none does. `args` are the texts the server
 * receives (a JSON body's values as their JSON text, strings as they are).
 */
/** The part of one of a method's readings that decides something (`checkedReading`), a text with the parameter naming its parse mode. */
export function checkedReadingOf(method: string, reading: Reading): CheckedReading | undefined {
  const params = (readingsOf(method) ?? []).map((r) => r.param);
  const text = textOfEntities(reading.param, params);
  return checkedReading(reading, text === undefined ? { mode: parseModeOf(reading.param, params) } : { text, mode: parseModeOf(text, params) });
}

export function firstRefusal(method: string, args: Readonly<Record<string, string | undefined>>): string | undefined {
  const checks = callChecksOf(method).filter((c) => !c.afterLookup);
  for (const r of readingsOf(method) ?? []) {
    // A check of several parameters made where the server reads one of them (a quiz's correct options).
    for (const c of checks.filter((c) => c.at === r.param)) {
      const verdict = callCheckVerdict(c.kind, args);
      if (verdict) return verdict.answer;
    }
    const checked = checkedReadingOf(method, r);
    if (r.afterLookup || !checked) continue;
    const verdict = verdictOf(checked, r.param, args[r.param], args);
    if (verdict && "refused" in verdict) return verdict.answer;
  }
  // A check made after every reading (td's, on what the server read).
  for (const c of checks.filter((c) => c.at === undefined)) {
    const verdict = callCheckVerdict(c.kind, args);
    if (verdict) return verdict.answer;
  }
  return undefined;
}

/**
 * td's first refusal among the checks it makes once the chat is found (`tdChecks.ts`, after
 * the lookup), for a stand-in that finds every chat; `fields` are the method's, whose documented
 * lengths some checks take.
 */
export function refusalOnceFound(method: string, fields: readonly SchemaField[], args: Readonly<Record<string, string | undefined>>): string | undefined {
  for (const c of callChecksOf(method).filter((c) => c.afterLookup)) {
    const verdict = callCheckVerdict(c.kind, args, limitOf(c, fields));
    if (verdict) return verdict.answer;
  }
  return undefined;
}

/**
 * A boolean's value when it is not sent, where the source starts it from a value of its own
 * that differs from the schema's default (sendPoll's allows_revoting: true unless the poll is a
 * quiz, where the schema says false), with where it is read; undefined otherwise. A boolean
 * read plainly is false when not sent, unless the method changes it later (promoteChatMember's
 * can_restrict_members, in a channel): that is not read here, so nothing is said of it.
 */
export function boolDefault(method: string, field: Pick<SchemaField, "name" | "type" | "constraints">): { readonly value?: boolean; readonly words: string; readonly source: string } | undefined {
  if (field.type.kind !== "boolean") return undefined;
  const reading = readingsOf(method)?.find((r) => r.param === field.name);
  if (reading?.kind !== "bool" || !reading.boolDefault) return undefined;
  const server = boolDefaultOf(reading.boolDefault);
  return server.value === (field.constraints?.default ?? false) ? undefined : { ...server, source: reading.source };
}

/** Where a check of several parameters is made among a method's readings: at the one it is made with, or after them all. */
export function placeAmong(readings: readonly Reading[], at: string | undefined): number {
  const where = at === undefined ? -1 : readings.findIndex((r) => r.param === at);
  return where < 0 ? readings.length : where;
}
