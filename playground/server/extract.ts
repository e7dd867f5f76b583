/**
 * Reads, from the Bot API server's source, how every method reads each of its parameters
 * (`Client::process_*_query` and the helpers it hands the query to, in source order) and
 * writes `readings.json` beside this file, each reading with its line and function in
 * Client.cpp. Integers read with `get_integer_arg` keep their default and clamp range (with
 * Client.h's constants). The source is not in this repo (CI has no network): run it by hand
 * after fetching tdlib/telegram-bot-api, e.g.
 *   git -C <mirror> show <commit>:telegram-bot-api/Client.cpp > /tmp/Client.cpp
 *   git -C <mirror> show <commit>:telegram-bot-api/Client.h > /tmp/Client.h
 *   npx tsx playground/server/extract.ts /tmp/Client.cpp /tmp/Client.h <commit>
 */
import { readFileSync, writeFileSync } from "node:fs";
import { parseCondition } from "./conditions";
import { fileURLToPath } from "node:url";
import { INT32 } from "./integerArg";
import type { BotApiSchema } from "../schema/model";
import { SCHEMA_FILE } from "../schema/fromGramioTypes";
import { requiredArgMessage, type Reading, type ReadingKind } from "./readingKinds";

/** Client.h's `static constexpr int32 NAME = <arithmetic>;`, by name. */
export function constantsOf(header: string): Record<string, number> {
  const out: Record<string, number> = {};
  for (const [, name, expression] of header.matchAll(/static constexpr int32 (\w+) = ([^;]+);/g)) {
    if (/^[\d\s*+()<-]+$/.test(expression!)) out[name!] = Function(`"use strict"; return (${expression});`)() as number;
  }
  return out;
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

/**
 * What the schema has that the source does not read: methods and parameters newer than the
 * server's source (`@gramio/types` can be a few Bot API versions ahead). They are listed, not
 * guessed: the drift test holds every method and parameter of the schema to the readings or
 * this list.
 */
export function notInSource(schema: BotApiSchema, methods: Record<string, MethodReadings>): { methods: string[]; params: string[] } {
  const out = { methods: [] as string[], params: [] as string[] };
  for (const method of schema.methods) {
    const read = methods[method.name.toLowerCase()];
    if (!read) out.methods.push(method.name);
    else for (const field of method.fields) if (!read.params.some((p) => p.param === field.name)) out.params.push(`${method.name}.${field.name}`);
  }
  return out;
}

export interface MethodReadings {
  /** The function that reads the query: `process_get_updates_query`. */
  readonly function: string;
  /** Each parameter's first reading, in the order the server reads them. */
  readonly params: Reading[];
}

const Q = String.raw`query(?:\.get\(\))?`;
/** A call of `fn` handed the query and, when it is given one, the field's name. */
const call = (fn: string, between = "") => new RegExp(String.raw`\b(?<fn>${fn})\(${Q}${between}(?:, "(?<field>\w+)")?`, "g");
/**
 * The readings a body can make, by the helper that reads. A helper given no field name reads
 * the one its declaration in Client.h defaults to (`field_name = "sticker"`). Order matters
 * only for patterns that overlap: the generic ones come last.
 */
const PATTERNS: readonly { kind: ReadingKind; pattern: RegExp }[] = [
  { kind: "integer", pattern: new RegExp(String.raw`\b(?<fn>get_integer_arg)\(${Q}, "(?<field>\w+)", (?<def>[^,)]+)(?:, (?<min>[^,)]+))?(?:, (?<max>[^)]+))?\)`, "g") },
  { kind: "user_id", pattern: call("get_user_id") },
  { kind: "user_ids", pattern: call("get_user_ids", ", (?<max>[^,)]+)") },
  { kind: "message_id", pattern: call("get_message_id") },
  { kind: "message_ids", pattern: call("get_message_ids", ", (?<max>[^,)]+)") },
  { kind: "topic_id", pattern: call("get_forum_topic_id") },
  { kind: "inline_message_id", pattern: call("get_inline_message_id") },
  { kind: "required_string", pattern: call("get_required_string_arg") },
  { kind: "file", pattern: call("get_input_file") },
  { kind: "bool", pattern: /to_bool\(query->arg\("(?<field>\w+)"\)\)/g },
  { kind: "int64", pattern: /to_integer<int64>\(query->arg\("(?<field>\w+)"\)\)/g },
  { kind: "helper", pattern: call("get_\\w+") },
  // A helper handed the parameter's text: get_inline_query_results_button(query->arg("button")).
  { kind: "helper", pattern: /\b(?<fn>get_\w+)\(query->arg\("(?<field>\w+)"\)\)/g },
  { kind: "string", pattern: /query->(?:has_)?arg\("(?<field>\w+)"\)/g },
];

/** Client.h's default field names: `get_user_id(const Query *query, td::Slice field_name = td::Slice("user_id"))`. */
export function defaultFieldsOf(header: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [, fn, field] of header.matchAll(/(\w+)\(const Query \*query,[^;]*?td::Slice field_name = (?:td::Slice\()?"(\w+)"/g)) out[fn!] = field!;
  return out;
}

/** An argument that hands the query on: `query`, `query.get()`, `std::move(query)`. */
const HANDS_QUERY = /^(?:query|query\.get\(\)|std::move\(query\))$/;
/** Calls that are not functions of Client reading a query (keywords, td's and the standard library's). */
const NOT_READERS = new Set(["if", "for", "while", "switch", "return", "sizeof", "move", "make_object", "make_unique", "fail_query", "fail_query_with_error"]);

/** The top-level arguments of a call whose `(` is at `open`, and where its `)` is. */
function callArguments(text: string, open: number): { args: string[]; end: number } {
  const args: string[] = [];
  let depth = 0;
  let start = open + 1;
  for (let i = open; i < text.length; i++) {
    const c = text[i];
    if (c === "(" || c === "{" || c === "[") depth++;
    else if (c === ")" || c === "}" || c === "]") {
      depth--;
      if (depth === 0) {
        args.push(text.slice(start, i).trim());
        return { args, end: i };
      }
    } else if (c === "," && depth === 1) {
      args.push(text.slice(start, i).trim());
      start = i + 1;
    }
  }
  return { args, end: text.length };
}

interface Read {
  readonly kind: ReadingKind;
  readonly param: string;
  readonly line: number;
  readonly at: number;
  readonly helper: string;
  readonly range: readonly (string | undefined)[];
  readonly empty: string | undefined;
  readonly branch: string | undefined;
  readonly json: JsonGuard | undefined;
  readonly number: string | undefined;
}

/** A text the server parses as JSON right after reading it: its refusal when td cannot, and whether empty text reaches the parser. */
interface JsonGuard {
  readonly message: string;
  readonly takesEmpty: boolean;
}

/**
 * The condition of the innermost `if` (or `else`) whose block a reading or a hand-over is in
 * (`if (is_restricted && query->has_arg("added_user_ids")) {`, `if (!ok) {`, or `!(ok)` for the
 * `else` of `if (ok) {`): the reading is made only then. Plain blocks, loops and callbacks are
 * looked through; a condition written over several lines is not recognised.
 */
function branchOf(body: string, start: number): string | undefined {
  let depth = 0;
  for (let i = start - 1; i >= 0; i--) {
    const c = body[i];
    if (c === "}") depth++;
    else if (c === "{" && depth > 0) depth--;
    else if (c === "{") {
      const line = body.slice(body.lastIndexOf("\n", i) + 1, i + 1);
      const condition = /^\s*(?:\} else )?if \((.*)\) \{$/.exec(line)?.[1];
      if (condition) return condition;
      if (/^\s*\} else \{$/.test(line)) {
        // The if this else belongs to: the block its closing brace ends.
        const close = body.indexOf("}", body.lastIndexOf("\n", i) + 1);
        const opening = branchOf(body, close);
        return opening === undefined ? "else" : /^\w+$/.test(opening) ? `!${opening}` : `!(${opening})`;
      }
    }
  }
  return undefined;
}

/**
 * The refusal right after a reading when it read nothing:
 *   auto photo = get_input_file(query.get(), "photo");
 *   if (photo == nullptr) { return td::Status::Error(400, "There is no photo in the request"); }
 * (or `.empty()` for a text). The message, or undefined.
 */
function emptyGuard(body: string, start: number, end: number, handedEmpty: Readonly<Record<string, string>> = {}): string | undefined {
  const before = body.slice(body.lastIndexOf("\n", start) + 1, start);
  // Handed as the first argument to a function that refuses it empty at once (`return get_input_message_text(query->arg("text").str(), …)`).
  const handedTo = /\breturn (\w+)\($/.exec(before)?.[1];
  if (handedTo && handedEmpty[handedTo]) return handedEmpty[handedTo];
  const variable = /(?:auto|td::Slice|td::string|int64|int32) (\w+) = (?:trim\()?$/.exec(before)?.[1] ?? /TRY_RESULT\((\w+), $/.exec(before)?.[1];
  if (!variable) return undefined;
  const statementEnd = body.indexOf(";", end);
  const next = /^\s*if \((\w+)(?: == nullptr|\.empty\(\))\) \{\s*return td::Status::Error\(400, "([^"]+)"\);\s*\}/.exec(body.slice(statementEnd + 1));
  return next && next[1] === variable ? next[2] : undefined;
}

/**
 * The block after `json_decode` that refuses what td cannot parse: `if (r_value.is_error()) {
 * LOG(…); return td::Status::Error(400, "Can't parse … JSON object"); }`, or with the parser's
 * own message after the server's (`PSLICE() << "Can't parse JSON encoded inline query results: "
 * << r_values.error().message()`), which a reading's `json` holds as `{error}`.
 */
const PARSE_REFUSAL = /^if \(r_\w+\.is_error\(\)\) \{\n(?:\s*LOG\([^\n]*\n)?\s*return td::Status::Error\(\s*400, (?:PSLICE\(\) << )?"([^"]+)"( << r_\w+\.error\(\)\.message\(\))?\);/;
const parseRefusal = (m: RegExpExecArray) => (m[2] ? `${m[1]}{error}` : m[1]!);

/**
 * The refusal when td cannot parse a text the server reads as JSON:
 *   auto reply_markup = query->arg("reply_markup");
 *   if (reply_markup.empty()) { return nullptr; }
 *   auto r_value = json_decode(reply_markup);
 *   if (r_value.is_error()) { LOG(…); return td::Status::Error(400, "Can't parse reply keyboard markup JSON object"); }
 * or `json_decode(query->arg("permissions"))` straight, or after `TRY_RESULT(prices, get_required_string_arg(query, "prices"))`. Empty text reaches the parser unless
 * the variable is tested for it first. A message built at run time (PSLICE) is not taken.
 */
function jsonGuard(body: string, start: number, end: number): JsonGuard | undefined {
  const before = body.slice(body.lastIndexOf("\n", start) + 1, start);
  const direct = /json_decode\($/.test(before);
  const variable = direct ? undefined : (/(?:auto|td::Slice|td::MutableSlice|td::string) (\w+) = $/.exec(before) ?? /TRY_RESULT\((\w+), $/.exec(before))?.[1];
  if (!direct && !variable) return undefined;
  const after = body.slice(end);
  const at = direct ? 0 : after.search(new RegExp(String.raw`\bjson_decode\(${variable}\)`));
  if (at < 0) return undefined;
  const refusal = PARSE_REFUSAL.exec(after.slice(at).replace(/^[^\n]*\n\s*/, ""));
  if (!refusal) return undefined;
  return { message: parseRefusal(refusal), takesEmpty: direct || !after.slice(0, at).includes(`${variable}.empty()`) };
}

/**
 * The refusal of a text the server reads as a whole 64-bit number when it is sent:
 *   auto max_tip_amount_str = query->arg("max_tip_amount");
 *   if (!max_tip_amount_str.empty()) {
 *     auto r_max_tip_amount = td::to_integer_safe<int64>(max_tip_amount_str);
 *     if (r_max_tip_amount.is_error()) { return td::Status::Error(400, "Can't parse \"max_tip_amount\" as Number"); }
 */
function numberGuard(body: string, start: number, end: number): string | undefined {
  const before = body.slice(body.lastIndexOf("\n", start) + 1, start);
  const variable = /(?:auto|td::Slice) (\w+) = $/.exec(before)?.[1];
  if (!variable) return undefined;
  const after = body.slice(body.indexOf(";", end) + 1);
  const guard = new RegExp(String.raw`^\s*if \(!${variable}\.empty\(\)\) \{\n\s*auto (\w+) = td::to_integer_safe<int64>\(${variable}\);\n\s*if \(\1\.is_error\(\)\) \{\n\s*return td::Status::Error\(400, "((?:[^"\\]|\\.)+)"\);`).exec(after);
  return guard?.[2]!.replace(/\\(.)/g, "$1");
}

/**
 * A reading made whenever the function runs, or under one condition on the request the checks
 * model (`conditions.ts`): at the body's top level (two spaces in, or in a plain block), or one
 * level in under `if (query->has_arg("param"))` or another such condition (addStickerToSet's
 * sticker, `if (query->has_arg("sticker") || query->file("sticker") != nullptr)`). Deeper, or
 * under a condition not modelled, its JSON refusal is not taken.
 */
function readAtTop(body: string, start: number, branch: string | undefined, param: string): boolean {
  const indent = /^ */.exec(body.slice(body.lastIndexOf("\n", start) + 1))![0].length;
  // One level in with no condition: a plain block (`{ auto max_tip_amount_str = query->arg(…); … }`).
  return indent === 2 || (indent === 4 && (branch === undefined || branch === `query->has_arg("${param}")` || parseCondition(branch) !== undefined));
}

type Step = Read | { readonly handedTo: string; readonly arity: number; readonly line: number; readonly at: number; readonly branch: string | undefined };

/** How many parameters a function takes, from its definition (which may span lines): `name/count` keys its readings, so overloads stay apart. */
function arityAt(lines: readonly string[], i: number, name: string): number {
  let text = "";
  for (let k = i; k < lines.length && k < i + 8; k++) {
    text += `${lines[k]} `;
    if (/\{\s*$/.test(lines[k]!)) break;
  }
  const open = text.indexOf(`Client::${name}(`) + `Client::${name}(`.length;
  let depth = 0;
  let count = 0;
  let any = false;
  for (const c of text.slice(open)) {
    if (c === "(" || c === "<") depth++;
    else if (c === ">") depth--;
    else if (c === ")" && depth-- === 0) break;
    else if (c === "," && depth === 0) count++;
    else if (!/\s/.test(c)) any = true;
  }
  return any ? count + 1 : 0;
}

/**
 * The steps of the function a hand-over calls: the overload taking that many arguments, else
 * the one taking the fewest more (defaults), else the only one of that name.
 */
function stepsOf(reads: ReadonlyMap<string, Step[]>, name: string, arity: number | undefined): Step[] {
  const overloads = [...reads.keys()].filter((k) => k.startsWith(`${name}/`)).map((k) => Number(k.slice(name.length + 1))).sort((a, b) => a - b);
  const pick = arity === undefined || overloads.length === 1 ? overloads[0] : overloads.includes(arity) ? arity : overloads.find((n) => n > arity);
  return pick === undefined ? [] : reads.get(`${name}/${pick}`) ?? [];
}

/** Every reading and every hand-over of the query, by the function it is in (`name/arity`, so overloads stay apart), in source order. */
function readsByFunction(lines: readonly string[], defaults: Record<string, string>): Map<string, Step[]> {
  const out = new Map<string, Step[]>();
  const handedEmpty = firstArgumentEmptyGuards(lines.join("\n"));
  let current: string | undefined;
  let body = "";
  /** The line of each character of `body`. */
  let lineAt: number[] = [];
  const close = () => {
    if (!current) return;
    const steps: Step[] = [];
    const taken: [number, number][] = [];
    for (const { kind, pattern } of PATTERNS) {
      for (const m of body.matchAll(pattern)) {
        const start = m.index!;
        const g = m.groups!;
        const param = g.field ?? (g.fn ? defaults[g.fn] : undefined);
        // A helper handed the query with no field of its own is followed into, below.
        if (!param || taken.some(([a, b]) => start >= a && start < b)) continue;
        taken.push([start, start + m[0].length]);
        steps.push({ kind, param, helper: g.fn ?? "", line: lineAt[start]!, at: start, range: [g.def, g.min, g.max], empty: emptyGuard(body, start, start + m[0].length, handedEmpty), branch: branchOf(body, start), json: (kind === "string" || kind === "required_string") && readAtTop(body, start, branchOf(body, start), param) ? jsonGuard(body, start, start + m[0].length) : undefined, number: kind === "string" && readAtTop(body, start, branchOf(body, start), param) ? numberGuard(body, start, start + m[0].length) : undefined });
      }
    }
    for (const m of body.matchAll(/\b([a-z_]\w*)\(/g)) {
      const at = m.index!;
      if (NOT_READERS.has(m[1]!) || taken.some(([a, b]) => at >= a && at < b)) continue;
      const { args } = callArguments(body, at + m[1]!.length);
      if (args.some((a) => HANDS_QUERY.test(a))) steps.push({ handedTo: m[1]!, arity: args.length, line: lineAt[at]!, at, branch: branchOf(body, at) });
    }
    steps.sort((a, b) => a.at - b.at);
    // A condition on a local the function read once from the request (`auto ok = to_bool(query->arg("ok"));`
    // … `if (!ok) {`; `auto type = query->arg("type");` … `if (type == "quiz") {`;
    // `bool replace_caption = query->has_arg("caption");`) is written as that reading, so
    // validation can decide it (conditions.ts). A local assigned again is left as it is.
    const locals = new Map(
      [...body.matchAll(/\b(?:auto|bool) (\w+) = ((?:to_bool\(query->arg|query->arg|query->has_arg)\("\w+"\)\)?);/g)]
        .filter((m) => !new RegExp(`(?<![\\w.>])${m[1]!} = `).test(body.replace(m[0], "")))
        .map((m) => [m[1]!, m[2]!]),
    );
    const onParam = (branch: string | undefined) =>
      branch?.replace(/(?<![\w."]|->)\b(\w+)\b(?![("\w])/g, (word) => locals.get(word) ?? word);
    out.set(current, [...(out.get(current) ?? []), ...steps.map((s) => ({ ...s, branch: onParam(s.branch) }))]);
  };
  lines.forEach((line, i) => {
    // Functions start and end at column 0; their bodies are indented.
    if (/^\S/.test(line)) {
      // A class's members (callbacks) are not the function above them.
      close();
      const name = /\bClient::(\w+)\(/.exec(line)?.[1];
      current = name && `${name}/${arityAt(lines, i, name)}`;
      body = "";
      lineAt = [];
      return;
    }
    if (!current) return;
    body += `${line}\n`;
    for (let k = 0; k <= line.length; k++) lineAt.push(i + 1);
  });
  close();
  return out;
}

/**
 * Functions handed a text as their first argument that refuse it empty before anything else, by
 * function: `Client::get_input_message_text(td::string text, …) { if (text.empty()) { return
 * td::Status::Error(400, "Message text is empty"); }`.
 */
export function firstArgumentEmptyGuards(source: string): Record<string, string> {
  const out: Record<string, string> = {};
  const pattern = /^\S[^\n]*\bClient::(\w+)\(\s*td::string (\w+),[^{]*\{\n\s*if \(\2\.empty\(\)\) \{\n\s*return td::Status::Error\(400, "([^"]+)"\);/gm;
  for (const [, fn, , message] of source.matchAll(pattern)) out[fn!] = message!;
  return out;
}

/**
 * Helpers given a field's name that refuse it empty, by helper: `get_sticker_input_file`
 * begins `auto file_id = trim(query->arg(field_name)); if (file_id.empty()) { return
 * td::Status::Error(400, "Sticker is not specified"); }`. A helper that reads the field
 * inside a branch is not one of them: the guard must follow the reading at once.
 */
export function helperEmptyGuards(source: string): Record<string, string> {
  const out: Record<string, string> = {};
  const pattern = /^\S[^\n]*\bClient::(\w+)\(const Query \*query,[^)]*td::Slice field_name[^{]*\{\n\s*auto (\w+) = (?:trim\()?query->arg\(field_name\)\)?;\n\s*if \(\2\.empty\(\)\) \{\n\s*return td::Status::Error\(400, "([^"]+)"\);/gm;
  for (const [, fn, , message] of source.matchAll(pattern)) out[fn!] = message!;
  return out;
}

/**
 * Helpers given a field's name that parse it as JSON and refuse what td's parser cannot read,
 * by helper: `get_mask_position` reads `auto mask_position = query->arg(field_name);` and then
 * `auto r_value = json_decode(mask_position); if (r_value.is_error()) { … return
 * td::Status::Error(400, "Can't parse mask position JSON object"); }`. One that reads the field
 * with get_required_string_arg (get_input_media) refuses it empty first.
 */
export function helperJsonGuards(source: string): Record<string, { readonly message: string; readonly required: boolean; readonly takesEmpty?: boolean }> {
  const out: Record<string, { message: string; required: boolean; takesEmpty?: boolean }> = {};
  const helper = /^\S[^\n]*\bClient::(\w+)\(\s*const Query \*query,[^)]*td::Slice field_name[^{]*\{\n([\s\S]*?)^\}/gm;
  for (const [, fn, body] of source.matchAll(helper)) {
    const plain = /auto (\w+) = query->arg\(field_name\);/.exec(body!)?.[1];
    // `TRY_RESULT(media, get_required_string_arg(query, field_name));`: refused empty, as get_required_string_arg refuses.
    const required = /TRY_RESULT\((\w+), get_required_string_arg\(query, field_name\)\);/.exec(body!)?.[1];
    const text = plain ?? required;
    if (!text) continue;
    const parse = parsedAfter(body!, text);
    if (parse) out[fn!] = { message: parse, required: !plain, ...(plain && takesEmpty(body!, plain) ? { takesEmpty: true } : {}) };
  }
  // A helper handed the text itself (`get_inline_query_results_button(query->arg("button"))`).
  for (const [, fn, text, body] of source.matchAll(/^\S[^\n]*\bClient::(\w+)\(\s*td::MutableSlice (\w+)\) \{\n([\s\S]*?)^\}/gm)) {
    const parse = parsedAfter(body!, text!);
    if (parse) out[fn!] ??= { message: parse, required: false, ...(takesEmpty(body!, text!) ? { takesEmpty: true } : {}) };
  }
  return out;
}

/** True when a body parses a text with no `if (<text>.empty())` before: empty text is parsed too, and refused (get_sticker_emojis). */
const takesEmpty = (body: string, text: string) => !body.slice(0, body.search(new RegExp(String.raw`json_decode\(${text}\);`))).includes(`${text}.empty()`);

/** The refusal of the block after `json_decode(<text>);` in a body, when there is one. */
function parsedAfter(body: string, text: string): string | undefined {
  const at = body.search(new RegExp(String.raw`json_decode\(${text}\);\n`));
  if (at < 0) return undefined;
  const refusal = PARSE_REFUSAL.exec(body.slice(body.indexOf("\n", at) + 1).trimStart());
  return refusal ? parseRefusal(refusal) : undefined;
}

/**
 * Booleans the server starts from another value than false when they are not sent, by
 * `function.param`: `bool is_anonymous = true; if (query->has_arg("is_anonymous")) {
 * is_anonymous = to_bool(query->arg("is_anonymous")); }` gives `true`, and `bool allows_revoting
 * = type != "quiz";` gives the expression.
 */
export function boolDefaults(source: string): Record<string, string> {
  const out: Record<string, string> = {};
  const pattern = /^ {2}bool (\w+) = ([^;\n]+);\n {2}if \(query->has_arg\("(\w+)"\)\) \{\n {4}\1 = to_bool\(query->arg\("\3"\)\);/gm;
  for (const m of source.matchAll(pattern)) {
    const fn = [...source.slice(0, m.index).matchAll(/^\S[^\n]*\bClient::(\w+)\(/gm)].at(-1)?.[1];
    if (fn) out[`${fn}.${m[3]}`] = m[2]!.trim();
  }
  return out;
}

export function extract(source: string, header: string): { methods: Record<string, MethodReadings>; undecided: Undecided[] } {
  const constants = constantsOf(header);
  // "getupdates" → process_get_updates_query (init_methods)
  const functionOf = new Map<string, string>();
  for (const [, name, fn] of source.matchAll(/methods_\.emplace\("(\w+)", &Client::(process_\w+_query)\)/g)) functionOf.set(name!, fn!);
  // close and logOut are answered in on_cmd, before any method's reader, and read nothing.
  const onCmd = /^void Client::on_cmd\(([\s\S]*?)^}/m.exec(source)?.[1] ?? "";
  for (const [, name] of onCmd.matchAll(/query->method\(\) == "(\w+)"/g)) if (!functionOf.has(name!)) functionOf.set(name!, "on_cmd");
  const reads = readsByFunction(source.split("\n"), defaultFieldsOf(header));
  const helperGuards = helperEmptyGuards(source);
  const helperJson = helperJsonGuards(source);
  const bools = boolDefaults(source);

  const undecided: Undecided[] = [];
  const methods: Record<string, MethodReadings> = {};
  for (const [method, fn] of functionOf) {
    const params: Reading[] = [];
    const put = (at: number, reading: Reading) => (at >= 0 ? (params[at] = reading) : params.push(reading));
    // Client's check_* functions look the chat, user, message or file up and call back: what is
    // read after one of them (in the callback) is read only once the lookup succeeded.
    // A helper handed the query under a condition (`if (ok) { get_shipping_options(…) }`) reads only then.
    const visit = (name: string, arity: number | undefined, lookedUp: boolean, stack: readonly (readonly Step[])[], under: string | undefined) => {
      const steps = stepsOf(reads, name, arity);
      if (stack.includes(steps)) return;
      let after = lookedUp;
      for (const step of steps) {
        // A helper shared by methods asks which one it serves (`query->method() == "setwebhook"`): decided here.
        const own = /^query->method\(\) == "(\w+)"$/.exec(step.branch ?? "")?.[1];
        if (own !== undefined && own !== method) continue;
        const branch = [under, own === undefined ? step.branch : undefined].filter(Boolean).join(" && ") || undefined;
        const r = { ...step, branch };
        if ("handedTo" in r) {
          visit(r.handedTo, r.arity, after, [...stack, steps], branch);
          if (r.handedTo.startsWith("check_")) after = true;
          continue;
        }
        // A parameter first only looked at (`has_arg`, a fast path) takes its first specific reading.
        const earlier = params.findIndex((p) => p.param === r.param);
        if (earlier >= 0 && (params[earlier]!.kind !== "string" || r.kind === "string")) {
          // `has_arg` first, then the text parsed as JSON (get_reply_parameters): the parse's refusal is the reading's.
          const first = params[earlier]!;
          // Under `if (query->has_arg(…))` (setStickerKeywords), nothing sent is never parsed.
          // Under another condition the checks model (`query->has_arg("sticker") || query->file("sticker") != nullptr`),
          // the parse is made then, of whatever text was sent, empty too.
          const modelled = r.branch !== undefined && r.branch !== `query->has_arg("${r.param}")` && parseCondition(r.branch) !== undefined;
          if (r.json && !first.json && r.kind === "string") params[earlier] = { ...first, ...(modelled && !first.onlyIf ? { onlyIf: r.branch } : {}), json: r.json.message, ...(r.json.takesEmpty && (!r.branch || modelled) ? { jsonTakesEmpty: true } : {}) };
          continue;
        }
        const where = `Client.cpp:${r.line} ${name === fn ? fn : `${name} (from ${fn})`}`;
        if (r.kind === "integer") {
          const [def, min, max] = [evaluate(r.range[0], 0, constants), evaluate(r.range[1], INT32.min, constants), evaluate(r.range[2], INT32.max, constants)];
          if (def === undefined || min === undefined || max === undefined) {
            if (!undecided.some((u) => u.method === method && u.param === r.param)) undecided.push({ method, param: r.param, source: where });
            if (earlier < 0) put(earlier, { param: r.param, kind: "string", source: where });
          } else put(earlier, { param: r.param, kind: "integer", default: def, min, max, source: where, ...(after ? { afterLookup: true } : {}) });
        } else {
          const empty = r.empty ?? (r.kind === "helper" ? (helperGuards[r.helper] ?? (helperJson[r.helper]?.required ? requiredArgMessage(r.param) : undefined)) : undefined);
          const parsed = r.kind === "helper" ? helperJson[r.helper] : undefined;
          const json = r.json?.message ?? parsed?.message;
          const jsonTakesEmpty = r.json ? r.json.takesEmpty : parsed?.takesEmpty === true && !r.branch;
          const boolDefault = r.kind === "bool" ? bools[`${name}.${r.param}`] : undefined;
          // A list's most items (get_message_ids(query.get(), 100), get_user_ids(…, 10u, …)).
          const max = r.kind === "message_ids" || r.kind === "user_ids" ? evaluate(r.range[2]?.replace(/u$/, ""), INT32.max, constants) : undefined;
          // A text read as a whole number when sent, refused otherwise (max_tip_amount).
          if (r.number) {
            put(earlier, { param: r.param, kind: "int64_safe", source: where, ...(after ? { afterLookup: true } : {}), notNumber: r.number, onlyIf: [r.branch, `!query->arg("${r.param}").empty()`].filter(Boolean).join(" && ") });
            continue;
          }
          put(earlier, { param: r.param, kind: r.kind, ...(r.kind === "helper" ? { helper: r.helper } : {}), source: where, ...(after ? { afterLookup: true } : {}), ...(empty ? { empty } : {}), ...(boolDefault ? { boolDefault } : {}), ...(max === undefined ? {} : { max }), ...(r.branch && !boolDefault ? { onlyIf: r.branch } : {}), ...(json ? { json, ...(jsonTakesEmpty ? { jsonTakesEmpty: true } : {}) } : {}) });
        }
      }
    };
    visit(fn, undefined, false, [], undefined);
    methods[method] = { function: fn, params };
  }
  return { methods, undecided };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const [file, header, commit] = process.argv.slice(2);
  if (!file || !header || !commit) throw new Error("usage: tsx playground/server/extract.ts <Client.cpp> <Client.h> <commit>");
  const { methods, undecided } = extract(readFileSync(file, "utf8"), readFileSync(header, "utf8"));
  const schema = JSON.parse(readFileSync(SCHEMA_FILE, "utf8")) as BotApiSchema;
  const out = { source: `tdlib/telegram-bot-api ${commit}, telegram-bot-api/Client.cpp`, methods, undecided, notInSource: notInSource(schema, methods) };
  writeFileSync(new URL("./readings.json", import.meta.url), `${JSON.stringify(out, null, 1)}\n`);
  const all = Object.values(methods).flatMap((m) => m.params);
  console.log(`${Object.keys(methods).length} methods, ${all.length} parameter readings; not decided by the source: ${undecided.map((u) => `${u.method}.${u.param}`).join(", ")}`);
}
