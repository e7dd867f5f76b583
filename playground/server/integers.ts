/**
 * The integer parameters the server clamps, by method and parameter, as read from its source
 * by `extract.ts` (`integerArgs.json`, each with its line in Client.cpp). Validation warns with
 * the value the server will use instead of refusing, and the pages say "clamped", from here.
 */
import data from "./integerArgs.json";
import type { IntegerArg } from "./integerArg";

export interface IntegerFact extends IntegerArg {
  /** `Client.cpp:12863 process_get_updates_query` */
  readonly source: string;
}

/** Where the facts were read: the server's repository, commit and function. */
export const INTEGER_SOURCE: string = data.source;

const byMethod = new Map<string, Record<string, IntegerFact>>();
for (const f of data.integerArgs) {
  const params = byMethod.get(f.method) ?? {};
  // A parameter read twice (in two branches) keeps its first reading.
  params[f.param] ??= { default: f.default, min: f.min, max: f.max, source: f.source };
  byMethod.set(f.method, params);
}

const NONE: Readonly<Record<string, IntegerFact>> = Object.freeze({});

/** The clamped integer parameters of a method (its name in any case: the server's table is lower-case). */
export function integerFactsOf(method: string): Readonly<Record<string, IntegerFact>> {
  return byMethod.get(method.toLowerCase()) ?? NONE;
}
