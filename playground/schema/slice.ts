/**
 * The part of the schema one method needs: the method and every object type its parameters
 * reach. A page loads its method's slice, never the whole schema.
 */
import type { Change, Since } from "./history";
import type { LazyPartName } from "../server/rareKinds";
import type { CheckedReading } from "../server/readingKinds";
import type { CallCheckKind } from "../server/tdChecks";
import type { BotApiSchema, SchemaField, SchemaMethod, SchemaObject, SchemaType } from "./model";

export type ObjectIndex = Readonly<Record<string, SchemaObject>>;

export interface SliceHistory {
  readonly versions: readonly string[];
  readonly since: Since;
  /** The parameters newer than the method; every other one is as old as the method. */
  readonly params: Readonly<Record<string, Since>>;
  /** The parameters whose type or optionality changed, with each change. */
  readonly changes?: Readonly<Record<string, readonly Change[]>>;
  /**
   * The object types the parameters reach that are newer than the history's start, have a field
   * newer than themselves or a field that changed: since when each, those fields, those changes.
   * A type not named here, and each of its fields, is as old as the history's start (`sinceOf`).
   */
  readonly objects?: Readonly<Record<string, { readonly since: Since; readonly fields?: Readonly<Record<string, Since>>; readonly changes?: Readonly<Record<string, readonly Change[]>> }>>;
}

export interface SchemaSlice {
  readonly botApiVersion: string;
  readonly gramioVersion: string;
  readonly method: SchemaMethod;
  /** Every object type the parameters reach, by name. */
  readonly objects: ObjectIndex;
  /**
   * The method's integer parameters the server clamps (`playground/server/integers.ts`), by
   * name: they travel with the method's slice, so a page loads only its own.
   */
  readonly integers?: Readonly<Record<string, { readonly default: number; readonly min: number; readonly max: number }>>;
  /**
   * The method's parameters whose reading decides something without the chat (a user_id the
   * server refuses at 0, a message_id it reads as 0, a photo it refuses to miss…), by name, in
   * the order the server reads them: `playground/server/readingKinds.ts`.
   */
  readonly readings?: Readonly<Record<string, CheckedReading>>;
  /** Checks of several parameters together (`tdChecks.ts`): their place in the server's order, the parameter one is about and the limit it takes. */
  readonly callChecks?: readonly { readonly kind: CallCheckKind; readonly order: number; readonly param?: string; readonly limit?: number }[];
  /**
   * The method's history (`playground/schema/history.ts`): the Bot API versions the history
   * holds, oldest first, since when the method exists, each parameter newer than the method and
   * each type the parameters reach (and its fields) newer than the history's start. Only this
   * method's: a page carries its own history.
   */
  readonly history?: SliceHistory;
  /** The texts the server reads with a parse mode or entities, with those parameters' names (`formattedTexts`). */
  readonly formatted?: Readonly<Record<string, { readonly mode?: string; readonly entities?: string }>>;
  /** The parts of the checks this slice needs, loaded with it (`loadSlice`; `lazyPartsOf`). */
  readonly parts?: readonly LazyPartName[];
}

/** Names of the object types `type` refers to directly. */
export function referencedNames(type: SchemaType): string[] {
  switch (type.kind) {
    case "object":
      return [type.name];
    case "array":
      return referencedNames(type.of);
    case "union":
      return type.of.flatMap(referencedNames);
    default:
      return [];
  }
}

function objectTypes(object: SchemaObject): SchemaType[] {
  if (object.kind === "fields") return object.fields.map((f) => f.type);
  if (object.kind === "oneOf") return [...object.of];
  return [];
}

/** Every object type reachable from `roots`, in the schema's order. */
export function reachable(schema: Pick<BotApiSchema, "objects">, roots: readonly SchemaType[]): SchemaObject[] {
  const byName = new Map(schema.objects.map((o) => [o.name, o]));
  const seen = new Set<string>();
  const queue = roots.flatMap(referencedNames);
  while (queue.length) {
    const name = queue.pop()!;
    if (seen.has(name)) continue;
    const object = byName.get(name);
    if (!object) throw new Error(`the schema has no object type ${name}`);
    seen.add(name);
    queue.push(...objectTypes(object).flatMap(referencedNames));
  }
  return schema.objects.filter((o) => seen.has(o.name));
}

const withoutDescription = <T extends { description: string }>(x: T): T => ({ ...x, description: "" });
const fieldsWithoutDescriptions = (fields: readonly SchemaField[]) => fields.map(withoutDescription);

/**
 * The slice of `methodName`. The playground needs names, types and limits, not the prose the
 * page already shows, so descriptions are left out unless asked for.
 */
export function sliceFor(schema: BotApiSchema, methodName: string, options: { descriptions?: boolean } = {}): SchemaSlice {
  const method = schema.methods.find((m) => m.name === methodName);
  if (!method) throw new Error(`the schema has no method ${methodName}`);
  const objects = reachable(schema, method.fields.map((f) => f.type));
  const keep = options.descriptions;
  return {
    botApiVersion: schema.botApiVersion,
    gramioVersion: schema.gramioVersion,
    method: keep ? method : { ...withoutDescription(method), fields: fieldsWithoutDescriptions(method.fields) },
    objects: Object.fromEntries(
      objects.map((o) => {
        if (keep) return [o.name, o];
        const bare = withoutDescription(o);
        return [o.name, bare.kind === "fields" ? { ...bare, fields: fieldsWithoutDescriptions(bare.fields) } : bare];
      }),
    ),
  };
}

/** The fields of an object type, or undefined for a oneOf or an enum. */
export function fieldsOf(objects: ObjectIndex, name: string): readonly SchemaField[] | undefined {
  const object = objects[name];
  return object?.kind === "fields" ? object.fields : undefined;
}

/** An object type's own type, with named enums and oneOfs opened up. */
export function expand(objects: ObjectIndex, type: SchemaType): SchemaType {
  if (type.kind !== "object") return type;
  const object = objects[type.name];
  if (object?.kind === "enum") return { kind: "enum", values: object.values };
  if (object?.kind === "oneOf") return { kind: "union", of: object.of };
  return type;
}

const isPlainObject = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);

/**
 * The member of a (possibly named) union that `value` is: a number for a number, an object
 * whose fields hold every key of the value (and whose `type` literal matches, when it has one);
 * of the objects that fit, the first that has all its required fields, else the first
 * (`{ force_reply: true }` is a ForceReply, though InlineKeyboardMarkup has that field too).
 * Returns the type itself when it is not a union, or undefined when no member fits.
 */
export function memberFor(objects: ObjectIndex, type: SchemaType, value: unknown): SchemaType | undefined {
  const open = expand(objects, type);
  if (open.kind !== "union") return open;
  let first: SchemaType | undefined;
  for (const member of open.of) {
    const m = expand(objects, member);
    const found = m.kind === "union" ? memberFor(objects, m, value) : fits(objects, m, value) ? member : undefined;
    if (!found) continue;
    if (complete(objects, found, value)) return found;
    first ??= found;
  }
  return first;
}

/** True unless `value` is an object missing a required field of `type`. */
function complete(objects: ObjectIndex, type: SchemaType, value: unknown): boolean {
  const t = expand(objects, type);
  if (t.kind !== "object" || !isPlainObject(value)) return true;
  return (fieldsOf(objects, t.name) ?? []).every((f) => !f.required || value[f.name] !== undefined);
}

/** True when `value` has the shape of `type` at its top (no deep validation). */
function fits(objects: ObjectIndex, type: SchemaType, value: unknown): boolean {
  switch (type.kind) {
    case "string":
      return typeof value === "string";
    case "number":
      return typeof value === "number";
    case "boolean":
      return typeof value === "boolean";
    case "true":
      return value === true;
    case "enum":
      return type.values.includes(value as string | number);
    case "file":
      return (type.reference && typeof value === "string") || isUpload(value);
    case "array":
      return Array.isArray(value);
    case "object": {
      const fields = fieldsOf(objects, type.name);
      if (!fields || !isPlainObject(value)) return false;
      const names = new Set(fields.map((f) => f.name));
      if (!Object.keys(value).every((k) => names.has(k))) return false;
      const tag = fields.find((f) => f.name === "type" && f.type.kind === "enum");
      return !tag || value.type === undefined || fits(objects, tag.type, value.type);
    }
    default:
      return false;
  }
}

/** A file to upload, as the value tree holds it: an object with a file name. */
export interface Upload {
  /** Which picked file this is, where the view keeps the real `File` (never sent, never printed). */
  readonly id?: string;
  readonly name: string;
  readonly size?: number;
  /** The file's text, when it was read (e.g. a PEM certificate); else empty. */
  readonly text?: string;
}

export function isUpload(value: unknown): value is Upload {
  return isPlainObject(value) && typeof value.name === "string" && Object.keys(value).every((k) => ["id", "name", "size", "text", "pem"].includes(k));
}
