/**
 * Which control edits a place of the value tree, by its schema type. The views render the
 * control this names; special editors (the update-type picker) come from the views' registry.
 */
import { changesWords, sinceWords, type Change, type Since } from "../schema/history";
import type { SchemaField, SchemaType } from "../schema/model";
import { expand, memberFor, type ObjectIndex } from "../schema/slice";
import { constraintWords, typeText } from "../schema/words";
import { INT32, rangeWords, type IntegerArg } from "../server/integerArg";

export type ControlKind =
  /** A text box; `numeric` when a number is also accepted (chat_id: Integer or String). */
  | { readonly kind: "text"; readonly numeric: boolean }
  | { readonly kind: "number" }
  | { readonly kind: "choice"; readonly values: readonly (string | number)[] }
  /** A checkbox for a parameter that is True or absent. */
  | { readonly kind: "flag" }
  /** True, false, or not sent. */
  | { readonly kind: "boolean" }
  | { readonly kind: "file"; readonly reference: boolean }
  | { readonly kind: "list"; readonly of: SchemaType }
  | { readonly kind: "object"; readonly name: string }
  /** One of several object types, picked first. */
  | { readonly kind: "variants"; readonly of: readonly string[] }
  /** No form control fits: JSON text. */
  | { readonly kind: "json" };

export function controlFor(objects: ObjectIndex, type: SchemaType): ControlKind {
  const t = expand(objects, type);
  switch (t.kind) {
    case "string":
      return { kind: "text", numeric: false };
    case "number":
      return { kind: "number" };
    case "enum":
      return { kind: "choice", values: t.values };
    case "true":
      return { kind: "flag" };
    case "boolean":
      return { kind: "boolean" };
    case "file":
      return { kind: "file", reference: t.reference };
    case "array":
      return { kind: "list", of: t.of };
    case "object":
      return objects[t.name]?.kind === "fields" ? { kind: "object", name: t.name } : { kind: "json" };
    case "union": {
      const kinds = t.of.map((m) => expand(objects, m).kind);
      if (kinds.every((k) => k === "number" || k === "string")) return { kind: "text", numeric: kinds.includes("number") };
      const names = t.of.flatMap((m) => (m.kind === "object" && objects[m.name]?.kind === "fields" ? [m.name] : []));
      if (names.length === t.of.length) return { kind: "variants", of: names };
      return { kind: "json" };
    }
    default:
      return { kind: "json" };
  }
}

/**
 * The one-line hint under a control: the type and its limits; for an integer the server
 * clamps (`playground/server/integers.ts`), the range it clamps to and its own default.
 */
export function hintFor(field: Pick<SchemaField, "type" | "constraints">, clamp?: IntegerArg, since?: Since, changes: readonly Change[] = []): string {
  const clamped = clamp && !(clamp.min === INT32.min && clamp.max === INT32.max);
  const words = constraintWords(field)
    .filter((w) => w.label !== "Values" && !(clamped && ["Range", "Minimum", "Maximum"].includes(w.label)))
    .map((w) => `${w.label.toLowerCase()} ${w.text}`);
  if (clamped) words.unshift(`clamped to ${rangeWords(clamp)}`);
  const def = field.constraints?.default ?? (clamped && clamp.default > 0 ? clamp.default : undefined);
  if (def !== undefined) words.push(`default ${typeof def === "boolean" ? (def ? "True" : "False") : def}`);
  if (since) words.push(`since ${sinceWords(since)}`);
  if (changes.length) words.push(`changed ${changesWords(changes)}`);
  return [typeText(field.type), ...words].join(" · ");
}

/** A method's own hint for a control (its view's words, a sentence), with since when it exists and its changes. */
export function ownHint(text: string, since?: Since, changes: readonly Change[] = []): string {
  return [text, since ? `Since ${sinceWords(since)}.` : "", changes.length ? `Changed ${changesWords(changes)}.` : ""].filter(Boolean).join(" ");
}

/** An id for the control of a path: `pg-reply_markup-inline_keyboard-0-0-text`. */
export function controlId(path: readonly (string | number)[]): string {
  return `pg-${path.join("-").replace(/[^A-Za-z0-9_-]/g, "_")}`;
}

/** The value a new list item or a newly added object starts with. */
export function emptyValue(objects: ObjectIndex, type: SchemaType): unknown {
  const t = expand(objects, type);
  switch (t.kind) {
    case "array":
      return [];
    case "object":
      return {};
    case "enum":
      return t.values[0];
    case "boolean":
      return false;
    case "true":
      return true;
    case "union": {
      const first = t.of[0];
      return first ? emptyValue(objects, first) : "";
    }
    default:
      return "";
  }
}

/**
 * An object of the given type, with its `type` literal set when it has one (`{ type: "photo" }`).
 * Picked in `union`, it also starts with its required fields when that is what tells it from
 * the members before it (`{}` would read as InlineKeyboardMarkup; `{ keyboard: [] }` is a
 * ReplyKeyboardMarkup).
 */
export function variantValue(objects: ObjectIndex, name: string, union?: SchemaType): Record<string, unknown> {
  const object = objects[name];
  const tag = object?.kind === "fields" ? object.fields.find((f) => f.name === "type" && f.type.kind === "enum" && f.type.values.length === 1) : undefined;
  const value: Record<string, unknown> = tag && tag.type.kind === "enum" ? { type: tag.type.values[0] } : {};
  const isThis = (v: unknown) => {
    const member = union && memberFor(objects, union, v);
    return !union || (member?.kind === "object" && member.name === name);
  };
  if (isThis(value) || object?.kind !== "fields") return value;
  const filled = { ...value };
  for (const f of object.fields) if (f.required && filled[f.name] === undefined) filled[f.name] = emptyValue(objects, f.type);
  return isThis(filled) ? filled : value;
}
