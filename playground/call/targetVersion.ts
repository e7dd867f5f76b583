/**
 * The playground aimed at an older Bot API server (a self-hosted one lagging behind): what of
 * the call it does not know, from the method's history in its slice (`SliceHistory`). The
 * server finds a method by its name and answers one it does not have with 404 “Not Found: method
 * not found” (telegram-bot-api/Client.cpp, `Client::on_cmd`, `methods_.find`); each method reads
 * its parameters by name (`query->arg`), so a parameter it does not know is not read and the
 * call goes without it.
 */
import { expand, fieldsOf, isUpload, memberFor, type SchemaSlice, type SliceHistory } from "../schema/slice";
import type { SchemaType } from "../schema/model";
import { compareVersions, sinceWords, type Change, type Since } from "../schema/history";
import { pathText, type Path } from "./paths";
import type { CallIssue } from "./validate";
export { targetOptions } from "../schema/botApiVersions";

/** Client.cpp, Client::on_cmd: a method the server does not have. */
export const METHOD_NOT_FOUND = "Not Found: method not found";

const newer = (since: Since, target: string) => !since.orEarlier && compareVersions(since.version, target) > 0;

/** The method itself, when it is newer than the target server: what that server answers. */
export function methodVersionNotice(method: string, history: SliceHistory | undefined, target: string): string | undefined {
  if (!history || target === "" || !newer(history.since, target)) return undefined;
  return `${method} is since ${sinceWords(history.since)}: a server at Bot API ${target} does not have it and answers 404 “${METHOD_NOT_FOUND}”.`;
}

/**
 * Since when a parameter (`owner` undefined) or a field of the object type `owner` exists, from
 * the slice's history, which names only what is newer than its owner: a parameter is otherwise
 * as old as its method, a type and its fields as old as the history's start.
 */
export function sinceOf(history: SliceHistory | undefined, owner: string | undefined, name: string): Since | undefined {
  if (!history) return undefined;
  if (owner === undefined) return history.params[name] ?? history.since;
  const type = history.objects?.[owner];
  return type?.fields?.[name] ?? type?.since ?? { version: history.versions[0]!, orEarlier: true };
}

/** The changes of a parameter's (`owner` undefined) or a type's field's type or optionality, oldest first. */
export function changesOf(history: SliceHistory | undefined, owner: string | undefined, name: string): readonly Change[] {
  if (!history) return [];
  return (owner === undefined ? history.changes?.[name] : history.objects?.[owner]?.changes?.[name]) ?? [];
}

const filled = (value: unknown) => value !== undefined && value !== "";

/** What a value is, in the history's words for types. */
const kindWords = (value: unknown) => (isUpload(value) ? "InputFile" : typeof value === "number" ? "Number" : typeof value === "string" ? "String" : typeof value === "boolean" ? "Boolean" : Array.isArray(value) ? "Array" : "an object");

/** The history's words for the kinds of plain values, which a value can be told apart by. */
const PLAIN_KINDS = ["Number", "String", "Boolean", "True", "InputFile"];

/**
 * True when a type in the history's words ("Number or String", "InputFile or String") takes a
 * value of its kind. Only types made of plain kinds are judged: an object or a list is taken as
 * fitting (its fields are checked one by one), and so is a value where the words name a set of
 * values or an object type, which a value's kind cannot tell.
 */
function fitsWords(words: string, value: unknown): boolean {
  const kind = kindWords(value);
  const alternatives = words.split(" or ");
  if (kind === "Array" || kind === "an object" || !alternatives.every((w) => PLAIN_KINDS.includes(w))) return true;
  return alternatives.some((w) => w === kind || (kind === "Boolean" && w === "True"));
}

/**
 * A warning at each place the call fills that is newer than the target server: a parameter, or
 * a field of an object inside one (a button's copy_text). Below a place that is newer, nothing
 * more is said: the server does not read it at all. And where a place changed after the target
 * (its type, or whether it is required), what the target server has instead: at a place filled,
 * its type then; at a place left out, that the target server requires it.
 */
export function versionIssues(slice: Pick<SchemaSlice, "method" | "objects" | "history">, params: Readonly<Record<string, unknown>>, target: string): CallIssue[] {
  const history = slice.history;
  if (!history || target === "") return [];
  const issues: CallIssue[] = [];
  const place = (owner: string | undefined, name: string, type: SchemaType, value: unknown, path: Path) => {
    const at = pathText(path);
    const since = sinceOf(history, owner, name)!;
    if (newer(since, target)) {
      if (filled(value)) issues.push({ path: at, severity: "warning", message: `${at}: since ${sinceWords(since)}. A server at Bot API ${target} does not read it: the call goes without it.` });
      return;
    }
    // The first change after the target: what the target server has is what came before it.
    const change = changesOf(history, owner, name).find((c) => compareVersions(c.version, target) > 0);
    if (change && filled(value) && !fitsWords(change.before.type, value)) issues.push({ path: at, severity: "warning", message: `${at}: a server at Bot API ${target} takes ${change.before.type} here, not ${kindWords(value)} (changed in Bot API ${change.version}).` });
    else if (change && !filled(value) && change.before.required && !change.after.required) issues.push({ path: at, severity: "warning", message: `${at}: a server at Bot API ${target} requires it (optional since Bot API ${change.version}).` });
    if (filled(value)) inside(type, value, path);
  };
  const inside = (type: SchemaType, value: unknown, path: Path) => {
    const open = memberFor(slice.objects, type, value);
    if (!open) return;
    const t = expand(slice.objects, open);
    if (t.kind === "array" && Array.isArray(value)) value.forEach((item, i) => inside(t.of, item, [...path, i]));
    else if (t.kind === "object" && value && typeof value === "object" && !Array.isArray(value)) {
      const record = value as Record<string, unknown>;
      for (const f of fieldsOf(slice.objects, t.name) ?? []) place(t.name, f.name, f.type, record[f.name], [...path, f.name]);
    }
  };
  for (const f of slice.method.fields) place(undefined, f.name, f.type, params[f.name], [f.name]);
  return issues;
}
