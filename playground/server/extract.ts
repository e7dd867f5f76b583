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

/** The value of an argument, or undefined when it is not a constant (a server option, a variable). */
function evaluate(expression: string | undefined, fallback: number, constants: Record<string, number>): number | undefined {
  if (expression === undefined) return fallback;
  const text = expression.replace(/\b[A-Za-z_]\w*\b/g, (name) => (name in constants ? String(constants[name]) : name));
  if (!/^[\d\s*+()-]+$/.test(text)) return undefined;
  return Function(`"use strict"; return (${text});`)() as number;
}

/** A reading whose range or default is not a constant of the source (a server option): not decided by it. */
export interface Undecided {
  readonly method: string;
  readonly param: string;
  readonly source: string;
}

export function extract(source: string, header: string): { facts: IntegerArgFact[]; undecided: Undecided[] } {
  const constants = constantsOf(header);
  const lines = source.split("\n");
  // "getupdates" → process_get_updates_query (init_methods)
  const methodsOf = new Map<string, string[]>();
  for (const [, name, fn] of source.matchAll(/methods_\.emplace\("(\w+)", &Client::(process_\w+_query)\)/g)) {
    methodsOf.set(fn!, [...(methodsOf.get(fn!) ?? []), name!]);
  }
  // Every get_integer_arg call, by the function it is in (a process_*_query or a helper such as
  // get_input_message_invoice, which takes the query).
  const calls = new Map<string, { param: string; def?: string; min?: string; max?: string; line: number }[]>();
  /** Helpers each process_*_query calls with its query: `get_input_message_invoice(query.get())`. */
  const helpersOf = new Map<string, Set<string>>();
  let current: string | undefined;
  lines.forEach((line, i) => {
    // Functions start and end at column 0; their bodies are indented.
    if (/^\S/.test(line)) current = /\bClient::(\w+)\(/.exec(line)?.[1] ?? (line.startsWith("}") ? undefined : current);
    if (!current) return;
    for (const call of line.matchAll(/get_integer_arg\(query(?:\.get\(\))?, "(\w+)", ([^,)]+)(?:, ([^,)]+))?(?:, ([^)]+))?\)/g)) {
      const [, param, def, min, max] = call;
      calls.set(current, [...(calls.get(current) ?? []), { param: param!, def, min, max, line: i + 1 }]);
    }
    if (current.startsWith("process_")) {
      for (const [, helper] of line.matchAll(/\b(get_\w+)\(query\.get\(\)\)/g)) helpersOf.set(current, (helpersOf.get(current) ?? new Set()).add(helper!));
    }
  });
  const facts: IntegerArgFact[] = [];
  const undecided: Undecided[] = [];
  for (const [fn, methods] of methodsOf) {
    const own = (calls.get(fn) ?? []).map((c) => ({ ...c, where: fn }));
    const viaHelpers = [...(helpersOf.get(fn) ?? [])].flatMap((h) => (calls.get(h) ?? []).map((c) => ({ ...c, where: `${h} (from ${fn})` })));
    for (const c of [...own, ...viaHelpers].sort((a, b) => a.line - b.line)) {
      const [def, min, max] = [evaluate(c.def, 0, constants), evaluate(c.min, INT32.min, constants), evaluate(c.max, INT32.max, constants)];
      for (const method of methods) {
        const source = `Client.cpp:${c.line} ${c.where}`;
        if (def === undefined || min === undefined || max === undefined) undecided.push({ method, param: c.param, source });
        else facts.push({ method, param: c.param, default: def, min, max, source });
      }
    }
  }
  return { facts, undecided };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const [file, header, commit] = process.argv.slice(2);
  if (!file || !header || !commit) throw new Error("usage: tsx playground/server/extract.ts <Client.cpp> <Client.h> <commit>");
  const { facts, undecided } = extract(readFileSync(file, "utf8"), readFileSync(header, "utf8"));
  const out = { source: `tdlib/telegram-bot-api ${commit}, telegram-bot-api/Client.cpp, Client::get_integer_arg`, integerArgs: facts, undecided };
  writeFileSync(new URL("./integerArgs.json", import.meta.url), `${JSON.stringify(out, null, 1)}\n`);
  console.log(`${facts.length} integer parameters of ${new Set(facts.map((f) => f.method)).size} methods; not decided by the source: ${undecided.map((u) => `${u.method}.${u.param}`).join(", ")}`);
}
