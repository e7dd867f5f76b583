/**
 * The body the playground sends from the browser for any method. A form (URL-encoded, or
 * multipart with files) needs no CORS preflight, and the Bot API reads every method from one:
 * objects and lists as JSON text, a top-level file under its own name, a nested file as
 * `attach://file-N` with the file in part `file-N`.
 */
import type { SchemaType } from "../schema/model";
import { fieldsOf, isUpload, memberFor, type ObjectIndex, type SchemaSlice, type Upload } from "../schema/slice";

export type FormEntry = readonly [name: string, value: string | Upload];

function attachFiles(objects: ObjectIndex, type: SchemaType | undefined, value: unknown, files: [string, Upload][]): unknown {
  const t = type && memberFor(objects, type, value);
  if (t?.kind === "file" && isUpload(value)) {
    const name = `file-${files.length}`;
    files.push([name, value]);
    return `attach://${name}`;
  }
  if (Array.isArray(value)) return value.map((v) => attachFiles(objects, t?.kind === "array" ? t.of : undefined, v, files));
  if (value && typeof value === "object") {
    const fields = t?.kind === "object" ? (fieldsOf(objects, t.name) ?? []) : [];
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, attachFiles(objects, fields.find((f) => f.name === k)?.type, v, files)]));
  }
  return value;
}

/** The form entries of a call, in parameter order, nested files after the parameter that holds them. */
export function formEntries(slice: Pick<SchemaSlice, "method" | "objects">, params: Readonly<Record<string, unknown>>): FormEntry[] {
  const entries: FormEntry[] = [];
  const files: [string, Upload][] = [];
  for (const [name, value] of Object.entries(params)) {
    if (value === undefined) continue;
    const type = slice.method.fields.find((f) => f.name === name)?.type;
    if (isUpload(value) && type && memberFor(slice.objects, type, value)?.kind === "file") {
      entries.push([name, value]);
      continue;
    }
    const wire = attachFiles(slice.objects, type, value, files);
    entries.push([name, typeof wire === "object" && wire !== null ? JSON.stringify(wire) : String(wire)]);
  }
  return [...entries, ...files];
}

/** True when the form holds a file (it then goes as multipart/form-data). */
export const hasFiles = (entries: readonly FormEntry[]) => entries.some(([, v]) => typeof v !== "string");
