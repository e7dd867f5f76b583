/**
 * How what a reader types or picks becomes a value in the tree, once for every control and
 * for what was typed before the playground was live: text, numbers, choices, and the JSON
 * editor's text (kept as typed while it does not parse).
 */
import type { ControlKind } from "./controls";
import { numberFromText } from "./numbers";

export interface TextOptions {
  /** True for a control inside an object or list, where "" stays "" (the item exists). */
  readonly nested: boolean;
  /** The method's own reading of a top-level control's text (setWebhook's max_connections). */
  readonly parse?: (text: string) => unknown;
}

/** The value of a text or number box's text; undefined leaves the parameter out. */
export function valueFromText(control: ControlKind, text: string, options: TextOptions): unknown {
  if (options.parse) return options.parse(text);
  if (control.kind === "number" || (control.kind === "text" && control.numeric)) return numberFromText(text) ?? (options.nested && text === "" ? "" : undefined);
  return text === "" && !options.nested ? undefined : text;
}

/** The value of a pick list's option text ("" is "not set"). */
export function valueFromChoice(control: ControlKind, raw: string): unknown {
  if (raw === "") return undefined;
  if (control.kind === "choice") return control.values.find((v) => String(v) === raw);
  if (control.kind === "boolean") return raw === "true";
  return raw;
}

/** The value of a checkbox: a flag is sent only when ticked. */
export const valueFromCheck = (control: ControlKind, checked: boolean): unknown => (control.kind === "flag" ? (checked ? true : undefined) : checked);

/** What the JSON editor's text means: a value, nothing (blank), or an error to show while it is typed. */
export function readJsonText(text: string): { readonly value?: unknown; readonly error: string } {
  if (text.trim() === "") return { value: undefined, error: "" };
  try {
    return { value: JSON.parse(text) as unknown, error: "" };
  } catch (error) {
    return { error: `Not valid JSON yet: ${(error as Error).message}` };
  }
}

/** The text the JSON editor shows for a value; the typed text stays while it means the same value. */
export function jsonTextFor(value: unknown, typed: string): string {
  const current = value === undefined ? "" : JSON.stringify(value, null, 2);
  const read = readJsonText(typed);
  if (read.error) return typed;
  if (typed.trim() !== "" && JSON.stringify(read.value, null, 2) === current) return typed;
  return current;
}
