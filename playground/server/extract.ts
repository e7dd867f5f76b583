/**
 * Reads, from the Bot API server's source, every integer parameter a method reads with
 * `get_integer_arg` (its default and clamp range, with Client.h's constants) and writes
 * `integerArgs.json` beside this file, each entry with its line and function in Client.cpp.
 * The source is not in this repo (CI has no network): run it by hand after fetching
 * tdlib/telegram-bot-api, e.g.
 *   git -C <mirror> show <commit>:telegram-bot-api/Client.cpp > /tmp/Client.cpp
 *   git -C <mirror> show <commit>:telegram-bot-api/Client.h > /tmp/Client.h
 *   npx tsx playground/server/extract.ts /tmp/Client.cpp /tmp/Client.h <commit>
 */
import { readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { INT32 } from "./integerArg";

/** Client.h's `static constexpr int32 NAME = <arithmetic>;`, by name. */
export function constantsOf(header: string): Record<string, number> {
  const out: Record<string, number> = {};
  for (const [, name, expression] of header.matchAll(/static constexpr int32 (\w+) = ([^;]+);/g)) {
    if (/^[\d\s*+()<-]+$/.test(expression!)) out[name!] = Function(`"use strict"; return (${expression});`)() as number;
  }
  return out;
}

export interface IntegerArgFact {
  readonly method: string;
  readonly param: string;
  readonly default: number;
  readonly min: number;
  readonly max: number;
  /** Where it is read: `Client.cpp:12863 process_get_updates_query`. */
  readonly source: string;
}

function evaluate(expression: string | undefined, fallback: number, constants: Record<string, number>): number {
  if (expression === undefined) return fallback;
  const text = expression.replace(/\b[A-Z_]+\b/g, (name) => {
    if (!(name in constants)) throw new Error(`unknown constant ${name}`);
    return String(constants[name]);
  });
  if (!/^[\d\s*+()-]+$/.test(text)) throw new Error(`cannot evaluate ${expression}`);
  return Function(`"use strict"; return (${text});`)() as number;
}

export function extract(source: string, header: string): IntegerArgFact[] {
  const constants = constantsOf(header);
  const lines = source.split("\n");
  // "getupdates" → process_get_updates_query (init_methods)
  const methodsOf = new Map<string, string[]>();
  for (const [, name, fn] of source.matchAll(/methods_\.emplace\("(\w+)", &Client::(process_\w+_query)\)/g)) {
    methodsOf.set(fn!, [...(methodsOf.get(fn!) ?? []), name!]);
  }
  const facts: IntegerArgFact[] = [];
  let current: string | undefined;
  lines.forEach((line, i) => {
    const start = /^td::Status Client::(process_\w+_query)\(/.exec(line);
    if (start) current = start[1];
    else if (/^\S/.test(line) && !line.startsWith("}")) current = undefined;
    if (!current) return;
    for (const call of line.matchAll(/get_integer_arg\(query(?:\.get\(\))?, "(\w+)", ([^,)]+)(?:, ([^,)]+))?(?:, ([^)]+))?\)/g)) {
      const [, param, def, min, max] = call;
      for (const method of methodsOf.get(current) ?? []) {
        facts.push({
          method,
          param: param!,
          default: evaluate(def, 0, constants),
          min: evaluate(min, INT32.min, constants),
          max: evaluate(max, INT32.max, constants),
          source: `Client.cpp:${i + 1} ${current}`,
        });
      }
    }
  });
  return facts;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const [file, header, commit] = process.argv.slice(2);
  if (!file || !header || !commit) throw new Error("usage: tsx playground/server/extract.ts <Client.cpp> <Client.h> <commit>");
  const facts = extract(readFileSync(file, "utf8"), readFileSync(header, "utf8"));
  const out = { source: `tdlib/telegram-bot-api ${commit}, telegram-bot-api/Client.cpp, Client::get_integer_arg`, integerArgs: facts };
  writeFileSync(new URL("./integerArgs.json", import.meta.url), `${JSON.stringify(out, null, 1)}\n`);
  console.log(`${facts.length} integer parameters of ${new Set(facts.map((f) => f.method)).size} methods`);
}
