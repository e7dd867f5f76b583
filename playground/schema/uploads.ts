/**
 * Where a method's parameters can hold a file, as `UploadRules` keys (`photo`,
 * `media[].media@photo`), and the key of a file found in a value tree. Pure: the schema
 * generator probes GramIO with these places, the request builder looks files up by them.
 */
import type { SchemaField, SchemaType, UploadRules } from "./model";
import { expand, fieldsOf, type ObjectIndex } from "./slice";

export interface FilePlace {
  readonly key: string;
  /** The parameter. */
  readonly property: string;
  /** The field inside the parameter's object (or each item's), when nested. */
  readonly name?: string;
  readonly array?: boolean;
  /** The object's `type` literal, when it has one. */
  readonly tag?: string;
  /** The object type, when nested. */
  readonly object?: string;
}

export const placeKey = (property: string, name?: string, array?: boolean, tag?: string) =>
  name === undefined ? property : `${property}${array ? "[]" : ""}.${name}${tag === undefined ? "" : `@${tag}`}`;

function holdsFile(objects: ObjectIndex, type: SchemaType): boolean {
  const t = expand(objects, type);
  if (t.kind === "file") return true;
  if (t.kind === "union") return t.of.some((m) => holdsFile(objects, m));
  return false;
}

/** The object types a value of `type` can be (through unions and named oneOfs). */
function objectVariants(objects: ObjectIndex, type: SchemaType): string[] {
  if (type.kind === "object") {
    const o = objects[type.name];
    if (o?.kind === "fields") return [type.name];
    if (o?.kind === "oneOf") return o.of.flatMap((m) => objectVariants(objects, m));
    return [];
  }
  if (type.kind === "union") return type.of.flatMap((m) => objectVariants(objects, m));
  return [];
}

/** The object's `type` literal, when its `type` field has exactly one value. */
export function tagOf(objects: ObjectIndex, object: string): string | undefined {
  const field = fieldsOf(objects, object)?.find((f) => f.name === "type");
  return field?.type.kind === "enum" && field.type.values.length === 1 ? String(field.type.values[0]) : undefined;
}

/** Every place a file can stand: top-level parameters and one level into their objects. */
export function filePlaces(objects: ObjectIndex, fields: readonly { name: string; type: SchemaType }[]): FilePlace[] {
  const places: FilePlace[] = [];
  for (const field of fields) {
    if (holdsFile(objects, field.type)) places.push({ key: field.name, property: field.name });
    const t = expand(objects, field.type);
    const array = t.kind === "array";
    for (const object of objectVariants(objects, array ? t.of : t)) {
      const tag = tagOf(objects, object);
      for (const inner of fieldsOf(objects, object) ?? []) {
        if (holdsFile(objects, inner.type)) places.push({ key: placeKey(field.name, inner.name, array, tag), property: field.name, name: inner.name, array, tag, object });
      }
    }
  }
  return places.filter((p, i) => places.findIndex((q) => q.key === p.key) === i);
}

/**
 * Places deeper than GramIO ever looks (`options[].media.media`): a file there is always sent
 * as JSON. Each object type is entered once per parameter (the first path that reaches it),
 * so large recursive types stay cheap.
 */
export function deepFilePlaces(objects: ObjectIndex, fields: readonly { name: string; type: SchemaType }[]): FilePlace[] {
  const out: FilePlace[] = [];
  for (const field of fields) {
    // Breadth first, so the path that reaches a type first is the shortest one.
    const entered = new Set<string>();
    const queue: { type: SchemaType; path: string; depth: number }[] = [{ type: field.type, path: field.name, depth: 0 }];
    while (queue.length) {
      const { type, path, depth } = queue.shift()!;
      const t = expand(objects, type);
      if (t.kind === "array") queue.push({ type: t.of, path: `${path}[]`, depth });
      else if (t.kind === "union") for (const m of t.of) queue.push({ type: m, path, depth });
      else if (t.kind === "file" && depth > 1 && !out.some((p) => p.key === path)) out.push({ key: path, property: field.name });
      else if (t.kind === "object" && !entered.has(t.name)) {
        entered.add(t.name);
        for (const f of fieldsOf(objects, t.name) ?? []) queue.push({ type: f.type, path: `${path}.${f.name}`, depth: depth + 1 });
      }
    }
  }
  return out;
}

/**
 * What the installed GramIO gets wrong when files are uploaded to this method, from its upload rules:
 * places where an uploaded file is sent as `{}` (lost), and the parameters GramIO reads
 * unconditionally while looking for files (it throws when one is unset and a file is elsewhere).
 */
export function uploadPitfalls(
  objects: ObjectIndex,
  method: { readonly fields: readonly SchemaField[]; readonly upload?: UploadRules },
): { lost: FilePlace[]; mustBeSet: string[] } {
  const places = filePlaces(objects, method.fields);
  const triggers = method.upload?.triggers ?? [];
  const extract = method.upload?.extract ?? [];
  const triggered = (p: FilePlace) => triggers.includes(p.key) || triggers.includes(placeKey(p.property, p.name, p.array));
  const extracted = (p: FilePlace) => extract.some((e) => e.property === p.property && e.name === p.name);
  const lost = [...places.filter((p) => !triggered(p) || (p.name !== undefined && !extracted(p))), ...deepFilePlaces(objects, method.fields)];
  const optional = new Set(method.fields.filter((f) => !f.required).map((f) => f.name));
  const mustBeSet = [...new Set(extract.map((e) => e.property))].filter((p) => optional.has(p) && extract.some((e) => e.property !== p));
  return { lost, mustBeSet };
}
