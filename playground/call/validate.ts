/**
 * Validation of any method's value tree against its schema slice: required parameters,
 * kinds, enums, lengths, ranges and item counts, recursively through objects, arrays and
 * unions, then each object type's own rules (`playground/objects/`: a button's kind, a
 * keyboard's rows). Each issue names its place by path, as the controls are named. Errors
 * stop a send (the server would refuse the request); warnings do not.
 */
import type { SchemaField, SchemaType } from "../schema/model";
import { expand, fieldsOf, isUpload, memberFor, type ObjectIndex, type SchemaSlice } from "../schema/slice";
import { typeText } from "../schema/words";
import { OBJECT_RULES, type ObjectRules } from "../objects";
import { integerChange } from "../server/integerArg";
import { isParseModeEnum, readParseMode } from "../server/parseMode";
import type { IntegerArg } from "../server/integerArg";
import { callCheckVerdict, verdictOf, type CheckedReading } from "../server/readingKinds";
import { pathText, type Path } from "./paths";

export interface CallIssue {
  /** Where, as a path: `reply_markup.inline_keyboard[0][0].text`. */
  readonly path: string;
  readonly severity: "error" | "warning";
  /** How the view titles it; by severity ("Error", "Warning") when absent. */
  readonly label?: string;
  readonly message: string;
}

const quote = (value: string) => `“${value.length > 40 ? `${value.slice(0, 40)}…` : value}”`;

function kindOf(value: unknown): string {
  if (Array.isArray(value)) return "a list";
  if (value === null) return "null";
  if (typeof value === "object") return "an object";
  if (typeof value === "string") return "text";
  if (typeof value === "number") return "a number";
  if (typeof value === "boolean") return "a boolean";
  return typeof value;
}

const isEmpty = (value: unknown) => value === undefined || value === "";

class Checker {
  readonly issues: CallIssue[] = [];
  /** The refusals of the server's readings: the issue, where the server reads it, its reason and answer. */
  readonly refusals: { issue: CallIssue; order: number; reason: string; answer: string }[] = [];
  constructor(private readonly objects: ObjectIndex) {}

  private add(path: Path, severity: CallIssue["severity"], message: string) {
    this.issues.push({ path: pathText(path), severity, message: `${pathText(path)}: ${message}` });
  }

  fields(
    fields: readonly SchemaField[],
    value: Record<string, unknown>,
    path: Path,
    objectName?: string,
    rules: ObjectRules = {},
    server: { integers?: Readonly<Record<string, IntegerArg>>; readings?: Readonly<Record<string, CheckedReading>>; order?: readonly string[]; callChecks?: SchemaSlice["callChecks"] } = {},
  ) {
    const { integers = {}, readings = {} } = server;
    for (const field of fields) {
      if (rules.governs?.includes(field.name)) continue;
      const v = value[field.name];
      // How the server reads the parameter decides first: a refusal with its answer, or the
      // value it uses instead (Client.cpp's get_user_id, get_message_id…: readingKinds.ts).
      const reading = readings[field.name];
      const verdict = reading ? verdictOf(reading, field.name, isEmpty(v) ? undefined : v, value) : undefined;
      if (verdict && "refused" in verdict) {
        const order = server.order?.indexOf(field.name) ?? 0;
        for (const refusal of [verdict, ...(verdict.next ?? [])]) {
          this.add([...path, field.name, ...(refusal.at ?? [])], "error", `${refusal.refused} The server answers “${refusal.answer}”.`);
          this.refusals.push({ issue: this.issues.at(-1)!, order, reason: refusal.refused, answer: refusal.answer });
        }
        // Inside a JSON value the server read (a keyboard), the rest of it is still checked:
        // what td does after (dropped buttons) and the places the refusals do not cover.
        if (!verdict.at) continue;
      } else if (verdict) {
        this.add([...path, field.name], "warning", verdict.reads);
        continue;
      }
      if (isEmpty(v)) {
        if (field.required && !rules.optional?.includes(field.name)) this.issues.push({ path: pathText([...path, field.name]), severity: "error", message: `${pathText([...path, field.name])} is required.` });
        continue;
      }
      // A value the server clamps or reads as another (Client::get_integer_arg) is changed, not
      // refused; one it uses as sent still meets the documented range, which td may check after.
      // Text is read by the same to_integer: changed, never refused (GramIO's types take a number).
      const integer = integers[field.name];
      const change =
        typeof v === "number" && integer ? integerChange(v, integer)
        : typeof v === "string" && integer ? `${integerChange(v, integer) ?? `the server reads “${v}” as the number ${v}.`} GramIO's types take a number.`
        : undefined;
      if (change) {
        this.add([...path, field.name], "warning", change);
        continue;
      }
      // A length td measures itself (a message's text once parsed and trimmed: `tdChecks.ts`) is its check's to say, not the raw text's.
      const measuredByTd = server.callChecks?.some((c) => c.param === field.name && c.limit !== undefined);
      this.value(field.type, v, [...path, field.name], measuredByTd ? { ...field, constraints: undefined } : field);
    }
    const known = new Set(fields.map((f) => f.name));
    for (const key of Object.keys(value)) {
      if (!known.has(key) && value[key] !== undefined)
        this.add([...path, key], "warning", `${objectName ? `${objectName} has` : "the method has"} no such field; the server ignores it.`);
    }
  }

  value(type: SchemaType, value: unknown, path: Path, field?: SchemaField) {
    const open = expand(this.objects, type);
    if (open.kind === "union") {
      const member = memberFor(this.objects, open, value);
      if (!member) {
        this.add(path, "error", `expected ${typeText(open)}, got ${kindOf(value)}.`);
        return;
      }
      this.value(member, value, path, field);
      return;
    }
    const c = field?.constraints;
    switch (open.kind) {
      case "string":
        // A number where a parameter or a field takes text is read as its text: a form sends it as
        // text, and td's get_*_string_field takes a JSON number's text (tdutils/td/utils/JsonBuilder.cpp).
        // A list's items are not: its readers ask for strings (emoji, keywords, custom emoji ids).
        if (typeof value === "number" && field) return this.add(path, "warning", `is a number: the server reads it as the text “${JSON.stringify(value)}”; GramIO's types take text.`);
        if (typeof value !== "string") return this.add(path, "error", `expected text, got ${kindOf(value)}.`);
        if (c?.maxLength !== undefined || c?.minLength !== undefined) {
          const length = value.length;
          const min = c.minLength ?? 0;
          const max = c.maxLength ?? Infinity;
          if (length < min || length > max) {
            const range = c.maxLength === undefined ? `at least ${min}` : `${min}-${max}`;
            this.add(path, "warning", `the server takes ${range} characters (after entities parsing); this has ${length.toLocaleString("en-US")}.`);
          }
        }
        return;
      case "number":
        if (typeof value === "string") return this.add(path, "error", `${quote(value)} is not a number.`);
        if (typeof value !== "number") return this.add(path, "error", `expected a number, got ${kindOf(value)}.`);
        // The documentation's range, not the server's: where the source decides one (a clamp, a
        // reading), it is said before this; td may refuse once the chat is found (a heading of 0 is none).
        if ((c?.min !== undefined && value < c.min) || (c?.max !== undefined && value > c.max))
          this.add(path, "warning", `${documentationSays(c?.min !== undefined && c.max !== undefined ? `${c.min}-${c.max}` : c?.min !== undefined ? `at least ${c.min}` : `at most ${c!.max}`, `this is ${value}`)}`);
        return;
      case "boolean":
        if (typeof value !== "boolean") this.add(path, "error", `expected true or false, got ${kindOf(value)}.`);
        return;
      case "true":
        if (value !== true) this.add(path, "error", "can only be true (leave it out otherwise).");
        return;
      case "enum":
        if (typeof value === "string" && isParseModeEnum(open.values)) {
          const read = readParseMode(value);
          if (read.kind === "folded") this.add(path, "warning", `the server reads “${value}” as ${read.mode} (it ignores case); GramIO's types take “${read.mode}”.`);
          else if (read.kind === "none") this.add(path, "warning", `“${value}” parses nothing: the server sends the text as it is, with the entities given beside it.`);
          else if (read.kind === "refused") this.add(path, "error", `must be “HTML”, “MarkdownV2” or “Markdown” (any case). The server answers “${read.answer}”.`);
          return;
        }
        if (!open.values.includes(value as string | number)) this.add(path, "error", `must be one of ${open.values.map((v) => (typeof v === "string" ? `“${v}”` : v)).join(", ")}.`);
        return;
      case "file":
        if (isUpload(value)) return;
        if (typeof value === "string" && open.reference) return;
        this.add(path, "error", open.reference ? "expected a file to upload, a file_id or an HTTP URL." : "expected a file to upload.");
        return;
      case "array": {
        if (!Array.isArray(value)) return this.add(path, "error", `expected a list, got ${kindOf(value)}.`);
        const min = c?.minItems;
        const max = c?.maxItems;
        if ((min !== undefined && value.length < min) || (max !== undefined && value.length > max))
          // The documentation's count, not the server's: where the source decides one, its own check says so.
          this.add(path, "warning", documentationSays(`${min ?? 0}-${max ?? "∞"} items`, `it has ${value.length}`));
        value.forEach((item, i) => {
          if (isEmpty(item)) this.add([...path, i], "error", "is empty.");
          else this.value(open.of, item, [...path, i]);
        });
        return;
      }
      case "object": {
        const fields = fieldsOf(this.objects, open.name);
        if (!fields) return;
        if (!value || typeof value !== "object" || Array.isArray(value)) return this.add(path, "error", `expected ${open.name} (an object), got ${kindOf(value)}.`);
        const rules = OBJECT_RULES[open.name];
        this.fields(fields, value as Record<string, unknown>, path, open.name, rules);
        if (rules?.check) this.issues.push(...rules.check(value as Record<string, unknown>, path));
        return;
      }
      default:
        return;
    }
  }
}

/** Every issue of a call, in the order of the parameters. */
/** A documented limit the server's source does not decide when it reads the request: said, never refused. */
const documentationSays = (limit: string, actual: string) =>
  `Telegram's documentation says ${limit}; ${actual}. The server's source does not refuse this when it reads the request (td may, once the chat is found).`;

export function validateCall(slice: Pick<SchemaSlice, "method" | "objects" | "integers" | "readings" | "callChecks">, params: Readonly<Record<string, unknown>>): CallIssue[] {
  const checker = new Checker(slice.objects);
  // The server reads its parameters in its own order and answers the first refusal only
  // (a slice's readings are in that order): later ones are the answers that come next.
  const order = Object.keys(slice.readings ?? {});
  checker.fields(slice.method.fields, params as Record<string, unknown>, [], undefined, {}, { ...slice, order });
  // Checks of several parameters together: made where the server reads the one they take
  // their place from, else (td's) after everything the server reads.
  for (const check of slice.callChecks ?? []) {
    const verdict = callCheckVerdict(check.kind, params, check.limit);
    if (!verdict) continue;
    const issue: CallIssue = { path: verdict.param, severity: "error", message: `${verdict.param}: ${verdict.refused} The server answers “${verdict.answer}”.` };
    checker.issues.push(issue);
    checker.refusals.push({ issue, order: check.order, reason: verdict.refused, answer: verdict.answer });
  }
  const [, ...later] = [...checker.refusals].sort((a, b) => a.order - b.order);
  const relabel = new Map(
    later.map((r): [CallIssue, CallIssue] => [r.issue, { ...r.issue, label: "Next error", message: `${r.issue.path}: ${r.reason} Once the errors before it are fixed, the server answers “${r.answer}”.` }]),
  );
  // Where the server's own refusal is known, the schema's error on the same place says it again
  // without the answer or inside it (options “needs 1-12 items” beside “poll must have at least one answer option”).
  const answered = new Set(checker.refusals.map((r) => r.issue));
  const refusedAt = checker.refusals.map((r) => r.issue.path);
  const within = (path: string) => refusedAt.some((at) => path === at || path.startsWith(`${at}[`) || path.startsWith(`${at}.`));
  return checker.issues.filter((i) => answered.has(i) || i.severity !== "error" || !within(i.path)).map((i) => relabel.get(i) ?? i);
}

/** The same issues as before (by content): a control then keeps its state and is not rendered again. */
export function sameIssues(a: readonly CallIssue[], b: readonly CallIssue[]): boolean {
  return a.length === b.length && a.every((x, i) => x.path === b[i]!.path && x.severity === b[i]!.severity && x.message === b[i]!.message && x.label === b[i]!.label);
}
