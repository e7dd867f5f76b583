/**
 * The Bot API as it stood at each version the history holds (`history.json`, written by `npm run
 * history` from every published version of `@gramio/types`, read by the same reader as the
 * schema): its methods with their parameters, its types with their fields or members, each
 * parameter and field with its type in words and whether it is required. From it: when each of
 * them appeared ("since") and in which versions a type or its optionality changed. Pure: the
 * pages, the playground and the tests read this; nothing here reads files.
 */
import type { SchemaField, SchemaMethod, SchemaObject } from "./model";
import { typeText } from "./words";
import { compareVersions } from "./botApiVersions";

export { compareVersions };

/** A parameter or a field as one version has it: its type in words, and "required" or not. */
export interface ShapeField {
  readonly type: string;
  readonly required: boolean;
}
/** A method or a type with fields: its parameters or fields by name, in the package's order. */
export type Shape = Readonly<Record<string, ShapeField>>;
/** A type: its fields, or the types it is one of (ChatMember) or its values (ChatType), in words. */
export type TypeShape = { readonly fields: Shape } | { readonly members: readonly string[] };

export interface Snapshot {
  /** The Bot API version the package says it is based on. */
  readonly botApiVersion: string;
  /** Where it was read: the package and version ("@gramio/types@10.3.1"). */
  readonly from: string;
  /** Other versions of the package that say the same Bot API version (older fixes), not read. */
  readonly alsoPublished?: readonly string[];
  readonly methods: Readonly<Record<string, Shape>>;
  readonly types: Readonly<Record<string, TypeShape>>;
}

export interface History {
  /** Oldest first. */
  readonly snapshots: readonly Snapshot[];
}

/** Entries in the order of their names, whatever order a package declares them in: a snapshot reads the same however it was built. */
const byName = <T>(entries: readonly (readonly [string, T])[]): Record<string, T> => Object.fromEntries([...entries].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));

const shapeOf = (fields: readonly SchemaField[]): Shape => Object.fromEntries(fields.map((f) => [f.name, { type: typeText(f.type), required: f.required }]));

/** One version's snapshot from what the schema reader gives for it. */
export function snapshotOf(read: { readonly botApiVersion: string; readonly from: string; readonly methods: readonly SchemaMethod[]; readonly objects: readonly SchemaObject[] }): Snapshot {
  return {
    botApiVersion: read.botApiVersion,
    from: read.from,
    methods: byName(read.methods.map((m) => [m.name, shapeOf(m.fields)])),
    types: byName(read.objects.map((o): [string, TypeShape] => [o.name, o.kind === "fields" ? { fields: shapeOf(o.fields) } : { members: o.kind === "oneOf" ? o.of.map(typeText) : o.values.map(String) }])),
  };
}

/**
 * When something appeared: the first version that has it; whether that is where the history
 * begins (it may be older); and, when the version before it in the history is not the one just
 * before it (7.11, then 8.3), that version: it was added after it, by this one.
 */
export interface Since {
  readonly version: string;
  readonly orEarlier: boolean;
  readonly after?: string;
}

/** True when `b` is the Bot API version right after `a` (9.5, 9.6); across a major version it cannot be told (7.11, then 8.0 or a 7.12). */
export const follows = (a: string, b: string) => {
  const [am, an] = a.split(".").map(Number);
  const [bm, bn] = b.split(".").map(Number);
  return am === bm && bn === an! + 1;
};

/** A change between two versions the history holds, in the later one: its type or its optionality. */
export interface Change {
  readonly version: string;
  readonly before: ShapeField;
  readonly after: ShapeField;
}

/** What the history says of a method or a type, and of each of its parameters or fields. */
export interface EntryHistory {
  readonly since: Since;
  readonly fields: Readonly<Record<string, { readonly since: Since; readonly changes: readonly Change[] }>>;
}

/**
 * Two versions' words for a type, the same but for how the package typed it: before Bot API 9.6
 * `@gramio/types` typed the official "True" as `boolean` (66 fields and parameters), which is
 * no change of the Bot API.
 */
export const sameType = (a: string, b: string) => a.replace(/\bTrue\b/g, "Boolean") === b.replace(/\bTrue\b/g, "Boolean");

/** A method's parameters, or a type's fields (none for a type that is one of several or a set of values). */
const fieldsOf = (entry: Shape | TypeShape | undefined, kind: "methods" | "types"): Shape | undefined => (entry === undefined ? undefined : kind === "methods" ? (entry as Shape) : "fields" in entry ? (entry.fields as Shape) : undefined);

/**
 * The history of one method or type, as it is in the newest snapshot: since when it (and each of
 * its parameters or fields) exists without a break up to the newest version, and every change of
 * a field's type or optionality along the way. Undefined when the newest snapshot does not have it.
 */
export function entryHistory(history: History, kind: "methods" | "types", name: string): EntryHistory | undefined {
  const snapshots = history.snapshots;
  const newest = snapshots.at(-1)?.[kind][name];
  if (!newest) return undefined;
  // Walk back from the newest version while the entry is there: it has existed since the oldest one reached.
  let from = snapshots.length - 1;
  while (from > 0 && snapshots[from - 1]![kind][name]) from--;
  const sinceAt = (i: number): Since => {
    const version = snapshots[i]!.botApiVersion;
    const before = snapshots[i - 1]?.botApiVersion;
    return { version, orEarlier: i === 0, ...(before !== undefined && !follows(before, version) ? { after: before } : {}) };
  };
  const fields: Record<string, { since: Since; changes: Change[] }> = {};
  const newestFields = fieldsOf(newest, kind);
  if (newestFields) {
    for (const field of Object.keys(newestFields)) {
      const at = (i: number) => fieldsOf(snapshots[i]![kind][name], kind)?.[field];
      let start = snapshots.length - 1;
      while (start > 0 && at(start - 1)) start--;
      const changes: Change[] = [];
      for (let i = start + 1; i < snapshots.length; i++) {
        const before = at(i - 1)!;
        const after = at(i)!;
        if (!sameType(before.type, after.type) || before.required !== after.required) changes.push({ version: snapshots[i]!.botApiVersion, before, after });
      }
      fields[field] = { since: sinceAt(start), changes };
    }
  }
  return { since: sinceAt(from), fields };
}

/** "Bot API 9.6"; "Bot API 7.11 or earlier" where the history begins; "Bot API 9.2 (added after 8.3)" across a gap in it. */
export const sinceWords = (since: Since) => `Bot API ${since.version}${since.orEarlier ? " or earlier" : since.after ? ` (added after ${since.after})` : ""}`;

/**
 * The history as the file keeps it: the oldest snapshot whole, then each later version as what
 * changed from the one before (the methods and types added or changed, whole, and the names
 * removed), one line per method and per type, so a new version reads as a few lines added.
 */
export interface StoredHistory {
  readonly base: Snapshot;
  readonly versions: readonly (Omit<Snapshot, "methods" | "types"> & {
    readonly methods: Readonly<Record<string, Shape>>;
    readonly types: Readonly<Record<string, TypeShape>>;
    readonly removed?: { readonly methods?: readonly string[]; readonly types?: readonly string[] };
  })[];
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** What the file keeps of a history. */
export function storedHistory(history: History): StoredHistory {
  const [base, ...later] = history.snapshots;
  if (!base) throw new Error("an empty history");
  return {
    base,
    versions: later.map((s, i) => {
      const before = history.snapshots[i]!;
      const changed = <T>(now: Readonly<Record<string, T>>, then: Readonly<Record<string, T>>) => Object.fromEntries(Object.entries(now).filter(([name, value]) => !same(then[name], value)));
      const gone = (now: object, then: object) => Object.keys(then).filter((name) => !(name in now));
      const removed = { methods: gone(s.methods, before.methods), types: gone(s.types, before.types) };
      const { methods, types, ...head } = s;
      return { ...head, methods: changed(methods, before.methods), types: changed(types, before.types), ...(removed.methods.length || removed.types.length ? { removed } : {}) };
    }),
  };
}

/** The history from what the file keeps: each version's snapshot whole, oldest first. */
export function loadHistory(stored: StoredHistory): History {
  const snapshots: Snapshot[] = [stored.base];
  for (const { methods, types, removed, ...head } of stored.versions) {
    const before = snapshots.at(-1)!;
    const without = <T>(all: Readonly<Record<string, T>>, names: readonly string[] = []) => Object.fromEntries(Object.entries(all).filter(([name]) => !names.includes(name)));
    snapshots.push({ ...head, methods: byName(Object.entries({ ...without(before.methods, removed?.methods), ...methods })), types: byName(Object.entries({ ...without(before.types, removed?.types), ...types })) });
  }
  return { snapshots };
}

/** The file's text: one line per method and per type. */
export function historyText(history: History): string {
  const stored = storedHistory(history);
  const block = (entries: Readonly<Record<string, unknown>>, indent: string) =>
    Object.entries(entries)
      .map(([name, value]) => `${indent}${JSON.stringify(name)}: ${JSON.stringify(value)}`)
      .join(",\n");
  const snapshot = (s: Record<string, unknown> & { methods: object; types: object }, indent: string) => {
    const { methods, types, ...head } = s;
    const fields = Object.entries(head).map(([k, v]) => `${indent} ${JSON.stringify(k)}: ${JSON.stringify(v)},`);
    return `${indent}{\n${fields.join("\n")}\n${indent} "methods": {\n${block(methods as Record<string, unknown>, `${indent}  `)}\n${indent} },\n${indent} "types": {\n${block(types as Record<string, unknown>, `${indent}  `)}\n${indent} }\n${indent}}`;
  };
  return `{\n "base": ${snapshot(stored.base as never, " ").trimStart()},\n "versions": [\n${stored.versions.map((v) => snapshot(v as never, "  ")).join(",\n")}\n ]\n}\n`;
}

const requiredWord = (required: boolean) => (required ? "required" : "optional");

/** A parameter's or field's change between two versions in words: "Number → String; optional → required". */
export function changeText(before: ShapeField, after: ShapeField): string {
  return [!sameType(before.type, after.type) ? `${before.type} → ${after.type}` : "", before.required !== after.required ? `${requiredWord(before.required)} → ${requiredWord(after.required)}` : ""].filter(Boolean).join("; ");
}

/** A parameter's or field's changes, oldest first: "in Bot API 8.3: InputFile or String → String, in Bot API 9.2: String → InputFile or String". */
export const changesWords = (changes: readonly Change[]) => changes.map((c) => `in Bot API ${c.version}: ${changeText(c.before, c.after)}`).join(", ");

/** A parameter or field as one version has it: "String, optional". */
export const fieldText = (f: ShapeField) => `${f.type}, ${requiredWord(f.required)}`;
