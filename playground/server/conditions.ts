/**
 * The conditions under which the server reads a parameter (`if (type == "quiz") {` in
 * `process_send_poll_query`, `if (!query->has_arg("reply_parameters")) {` in
 * `get_reply_parameters`), as data the playground can decide on a request: whether a parameter
 * is sent, empty, true, or equal to a text, joined by `!`, `&&` and `||`. The extractor writes
 * a function's locals as what they read (`type` → `query->arg("type")`); a condition on anything
 * else (a file the server found, a number it computed) is not modelled, and its reading is not
 * checked (`coverage.ts` says so on the page).
 */
import { wireText } from "./integerArg";
import { isUpload } from "../schema/slice";
import { tdToLower, tdTrim } from "./td";

/** Client.cpp, `to_bool`: true only for "true", "yes" or "1", in any case, trimmed with td's spaces. */
export const toBool = (value: unknown) => ["true", "yes", "1"].includes(tdTrim(tdToLower(wireText(value))));

export type Condition =
  /** `query->has_arg("p")`: sent, even empty. */
  | { readonly sent: string }
  /** `!query->arg("p").empty()`. */
  | { readonly nonEmpty: string }
  /** `to_bool(query->arg("p"))`. */
  | { readonly isTrue: string }
  /** `query->file("p") != nullptr`: a file part of that name. */
  | { readonly file: string }
  /** `query->arg("p") == "text"`. */
  | { readonly param: string; readonly equals: string }
  | { readonly not: Condition }
  | { readonly all: readonly Condition[] }
  | { readonly any: readonly Condition[] };

/** Whether a call's parameters (undefined: not sent) meet a condition, as the server reads them. */
export function holds(condition: Condition, params: Readonly<Record<string, unknown>>): boolean {
  if ("sent" in condition) return params[condition.sent] !== undefined;
  if ("nonEmpty" in condition) return wireText(params[condition.nonEmpty]) !== "";
  if ("isTrue" in condition) return toBool(params[condition.isTrue]);
  if ("file" in condition) return isUpload(params[condition.file]);
  if ("equals" in condition) return wireText(params[condition.param]) === condition.equals;
  if ("not" in condition) return !holds(condition.not, params);
  if ("all" in condition) return condition.all.every((c) => holds(c, params));
  return condition.any.some((c) => holds(c, params));
}

/** The parameters a condition is about. */
export function paramsOf(condition: Condition): string[] {
  if ("sent" in condition) return [condition.sent];
  if ("nonEmpty" in condition) return [condition.nonEmpty];
  if ("isTrue" in condition) return [condition.isTrue];
  if ("file" in condition) return [condition.file];
  if ("equals" in condition) return [condition.param];
  if ("not" in condition) return paramsOf(condition.not);
  return ("all" in condition ? condition.all : condition.any).flatMap(paramsOf);
}

const ATOMS: readonly [RegExp, (m: RegExpExecArray) => Condition][] = [
  [/^query->has_arg\("(\w+)"\)/, (m) => ({ sent: m[1]! })],
  [/^query->arg\("(\w+)"\)\.empty\(\)/, (m) => ({ not: { nonEmpty: m[1]! } })],
  [/^to_bool\(query->arg\("(\w+)"\)\)/, (m) => ({ isTrue: m[1]! })],
  [/^query->file\("(\w+)"\) (==|!=) nullptr/, (m) => (m[2] === "!=" ? { file: m[1]! } : { not: { file: m[1]! } })],
  [/^query->arg\("(\w+)"\) (==|!=) "([^"\\]*)"/, (m) => (m[2] === "==" ? { param: m[1]!, equals: m[3]! } : { not: { param: m[1]!, equals: m[3]! } })],
];

/**
 * A condition as the source writes it, read; undefined when any part of it is not one of the
 * atoms above (the condition is then not modelled).
 */
export function parseCondition(source: string): Condition | undefined {
  let at = 0;
  const space = () => {
    while (source[at] === " ") at++;
  };
  // or := and ("||" and)*; and := unary ("&&" unary)*; unary := "!" unary | "(" or ")" | atom
  const or = (): Condition | undefined => {
    const parts = [and()];
    while (parts.at(-1) && source.startsWith("||", (space(), at))) {
      at += 2;
      parts.push(and());
    }
    return parts.every(Boolean) ? (parts.length === 1 ? parts[0] : { any: parts as Condition[] }) : undefined;
  };
  const and = (): Condition | undefined => {
    const parts = [unary()];
    while (parts.at(-1) && source.startsWith("&&", (space(), at))) {
      at += 2;
      parts.push(unary());
    }
    if (!parts.every(Boolean)) return undefined;
    // Not empty means sent: `query->has_arg("p") && !query->arg("p").empty()` is one condition.
    const kept = (parts as Condition[]).filter((c) => !("sent" in c && parts.some((o) => o && "nonEmpty" in o && o.nonEmpty === c.sent)));
    return kept.length === 1 ? kept[0] : { all: kept };
  };
  const unary = (): Condition | undefined => {
    space();
    if (source[at] === "!") {
      at++;
      const inner = unary();
      return inner && ("not" in inner ? inner.not : { not: inner });
    }
    if (source[at] === "(") {
      at++;
      const inner = or();
      space();
      if (source[at] !== ")") return undefined;
      at++;
      return inner;
    }
    for (const [pattern, make] of ATOMS) {
      const m = pattern.exec(source.slice(at));
      if (m) {
        at += m[0].length;
        return make(m);
      }
    }
    return undefined;
  };
  const condition = or();
  space();
  return condition && at === source.length ? condition : undefined;
}

/**
 * A condition in words, for a page: “type is “quiz””, “reply_parameters is not sent”, “chat_id
 * is not sent or empty”. A negation is pushed inward, so no sentence starts with “not”.
 */
export function conditionWords(condition: Condition, negated = false): string {
  if ("not" in condition) return conditionWords(condition.not, !negated);
  if ("sent" in condition) return `${condition.sent} is ${negated ? "not sent" : "sent"}`;
  if ("nonEmpty" in condition) return `${condition.nonEmpty} is ${negated ? "empty or not sent" : "sent and not empty"}`;
  if ("isTrue" in condition) return `${condition.isTrue} is ${negated ? "false" : "true"}`;
  if ("file" in condition) return `${condition.file} is ${negated ? "not " : ""}a file sent with the request`;
  if ("equals" in condition) return `${condition.param} is ${negated ? "not " : ""}“${condition.equals}”`;
  const parts = "all" in condition ? condition.all : condition.any;
  const joint = ("all" in condition) !== negated ? " and " : " or ";
  return parts.map((p) => conditionWords(p, negated)).join(joint);
}
