/**
 * Where a method's parameters can hold a file, as `UploadRules` keys (`photo`,
 * `media[].media@photo`), and the key of a file found in a value tree. Pure: the schema
 * generator probes GramIO with these places, the request builder looks files up by them.
 */
import type { SchemaType } from "./model";
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
