/**
 * Objects that are one of several kinds by which field is set (an inline button is a URL,
 * callback data, a Web App…): which kind a value is, as the form and as the server read it,
 * and the value with another kind picked. The kinds of each type are in its rules
 * (`playground/objects/`).
 */
import type { ObjectKind, ObjectRules } from "../objects/types";
import type { SchemaType } from "../schema/model";
import { expand, fieldsOf, type ObjectIndex } from "../schema/slice";
import { emptyValue } from "./controls";

type Value = Readonly<Record<string, unknown>>;

/** The kind the form shows: the first kind whose field holds anything (an empty url still says "URL"). */
export function pickedKind(rules: ObjectRules, value: Value): ObjectKind | undefined {
  return rules.kinds?.find((k) => value[k.field] !== undefined);
}

/** True when the server takes the kind's field as set in this value. */
export function kindIsSet(kind: ObjectKind, value: Value): boolean {
  const v = value[kind.field];
  if (kind.setWhen === "present") return v !== undefined;
  if (kind.setWhen === "true") return v === true;
  return v !== undefined && v !== "";
}

/** The kinds set in this value as the server reads them, in its order: the first is the one it uses. */
export function kindsSet(rules: ObjectRules, value: Value): ObjectKind[] {
  return (rules.kinds ?? []).filter((k) => kindIsSet(k, value));
}

/** The value a kind's field starts with: `true` for a flag, "" for text, an object's empty value. */
function startValue(objects: ObjectIndex, type: SchemaType | undefined, kind: ObjectKind): unknown {
  if (kind.setWhen === "true") return true;
  const t = type && expand(objects, type);
  if (!t || t.kind === "boolean" || t.kind === "true") return true;
  return emptyValue(objects, t);
}

/**
 * The value with `field`'s kind picked (undefined: none): every other kind's field goes, the
 * rest (text, style) stays, and the picked field keeps what it held or starts empty.
 */
export function withKind(objects: ObjectIndex, typeName: string, rules: ObjectRules, value: Value, field: string | undefined): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value)) if (!rules.kinds?.some((kind) => kind.field === k)) out[k] = v;
  const kind = rules.kinds?.find((k) => k.field === field);
  if (kind) out[kind.field] = value[kind.field] ?? startValue(objects, fieldsOf(objects, typeName)?.find((f) => f.name === kind.field)?.type, kind);
  return out;
}

/** True when a kind's field needs no control of its own: setting the kind sets it (`pay`, `request_contact`). */
export function kindIsFlag(objects: ObjectIndex, typeName: string, kind: ObjectKind): boolean {
  if (kind.setWhen === "true") return true;
  const type = fieldsOf(objects, typeName)?.find((f) => f.name === kind.field)?.type;
  const t = type && expand(objects, type);
  if (!t) return true;
  if (t.kind === "boolean" || t.kind === "true") return true;
  return t.kind === "object" && (fieldsOf(objects, t.name)?.length ?? 0) === 0;
}
