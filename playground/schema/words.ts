/**
 * A schema type and its limits in the words the reference shows: `Array of PhotoSize`,
 * `Integer or String`, "Length: 1-4096 characters". Pure; the page generator and the
 * playground's labels read it.
 */
import type { Constraints, SchemaField, SchemaType } from "./model";

/** One limit of a field, in words, as `ApiParam` shows it. */
export interface ConstraintWords {
  readonly label: string;
  readonly text?: string;
  /** Shown as a list of code values. */
  readonly values?: readonly string[];
}

/** A size as the reference writes it: `3 MB (3,145,728 bytes)`. */
export function bytesWords(bytes: number): string {
  const mib = bytes / (1024 * 1024);
  return `${Number.isInteger(mib) ? mib : mib.toFixed(1)} MB (${bytes.toLocaleString("en-US")} bytes)`;
}

/** One piece of a type's name; `href` where the piece is a documented type. */
export interface TypePart {
  readonly text: string;
  readonly href?: string;
}

/** Where the reference documents a type by name (`/types/Message`). */
export const typePageHref = (name: string) => `/types/${name}`;
export const methodPageHref = (name: string) => `/methods/${name}`;
export const INPUT_FILE_HREF = "https://core.telegram.org/bots/api#inputfile";

/**
 * The type as parts. The package types Integer and Float alike (`number`), so both read
 * `Number`; the official page says which.
 */
export function typeParts(type: SchemaType): TypePart[] {
  switch (type.kind) {
    case "string":
      return [{ text: "String" }];
    case "number":
      return [{ text: "Number" }];
    case "boolean":
      return [{ text: "Boolean" }];
    case "true":
      return [{ text: "True" }];
    case "enum":
      return [{ text: type.values.every((v) => typeof v === "number") ? "Number" : "String" }];
    case "file":
      return type.reference ? [{ text: "InputFile", href: INPUT_FILE_HREF }, { text: " or String" }] : [{ text: "InputFile", href: INPUT_FILE_HREF }];
    case "array":
      return [{ text: "Array of " }, ...typeParts(type.of)];
    case "object":
      return [{ text: type.name, href: typePageHref(type.name) }];
    case "union":
      return type.of.flatMap((t, i) => (i === 0 ? typeParts(t) : [{ text: " or " }, ...typeParts(t)]));
    case "methodResult":
      return [{ text: "the method's result" }];
  }
}

export const typeText = (type: SchemaType): string => typeParts(type).map((p) => p.text).join("");

/** The values an enum (or an array of one) takes, for the "Values" line. */
function enumValues(type: SchemaType): readonly (string | number)[] | undefined {
  if (type.kind === "enum") return type.values;
  if (type.kind === "array") return enumValues(type.of);
  return undefined;
}

/** A field's limits as the lines `ApiParam` shows. */
export function constraintWords(field: Pick<SchemaField, "type" | "constraints">): ConstraintWords[] {
  const c: Constraints = field.constraints ?? {};
  const out: ConstraintWords[] = [];
  if (c.min !== undefined && c.max !== undefined) out.push({ label: "Range", text: `${c.min}-${c.max}` });
  else if (c.min !== undefined) out.push({ label: "Minimum", text: String(c.min) });
  else if (c.max !== undefined) out.push({ label: "Maximum", text: String(c.max) });
  if (c.minLength !== undefined && c.maxLength !== undefined) out.push({ label: "Length", text: `${c.minLength}-${c.maxLength} characters` });
  else if (c.maxLength !== undefined) out.push({ label: "Length", text: `up to ${c.maxLength} characters` });
  if (c.minItems !== undefined && c.maxItems !== undefined) out.push({ label: "Items", text: `${c.minItems}-${c.maxItems}` });
  const values = enumValues(field.type);
  if (values && values.length > 1) out.push({ label: "Values", values: values.map(String) });
  return out;
}

/** The default as the reference writes it (`True`, `100`), or undefined. */
export function defaultWords(field: Pick<SchemaField, "constraints">): string | undefined {
  const d = field.constraints?.default;
  if (d === undefined) return undefined;
  return typeof d === "boolean" ? (d ? "True" : "False") : String(d);
}
