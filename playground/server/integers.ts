/**
 * The integer parameters the server clamps, by method and parameter: the `integer` readings
 * of `readings.ts` (each with its line in Client.cpp). Validation warns with the value the
 * server will use instead of refusing, and the pages say "clamped", from here.
 */
import type { IntegerArg } from "./integerArg";
import { readingsOf, READINGS_SOURCE } from "./readings";

export interface IntegerFact extends IntegerArg {
  /** `Client.cpp:12863 process_get_updates_query` */
  readonly source: string;
}

/** Where the facts were read: the server's repository, commit, file and function. */
export const INTEGER_SOURCE = `${READINGS_SOURCE}, Client::get_integer_arg`;

const NONE: Readonly<Record<string, IntegerFact>> = Object.freeze({});
const cache = new Map<string, Readonly<Record<string, IntegerFact>>>();

/** The clamped integer parameters of a method (its name in any case: the server's table is lower-case). */
export function integerFactsOf(method: string): Readonly<Record<string, IntegerFact>> {
  const key = method.toLowerCase();
  let facts = cache.get(key);
  if (!facts) {
    const integers = (readingsOf(key) ?? []).filter((r) => r.kind === "integer");
    facts = integers.length ? Object.fromEntries(integers.map((r) => [r.param, { default: r.default!, min: r.min!, max: r.max!, source: r.source }])) : NONE;
    cache.set(key, facts);
  }
  return facts;
}
