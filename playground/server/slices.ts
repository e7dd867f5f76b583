/**
 * A method's slice as the playground loads it: the schema's slice and what the server's
 * source says of the method's parameters (the integers it clamps and the readings that decide
 * without the chat, without their citations, which the pages carry). `npm run schema` writes
 * these; tests build them the same way.
 */
import type { BotApiSchema } from "../schema/model";
import { sliceFor, type SchemaSlice, type SliceHistory } from "../schema/slice";
import { entryHistory, type Change, type EntryHistory, type Since } from "../schema/history";
import { historyWith } from "../schema/historyFile";
import { integerFactsOf } from "./integers";
import { type CheckedReading } from "./readingKinds";
import { boolDefault, checkedReadingOf, placeAmong, readingsOf } from "./readings";
import { callChecksOf, limitOf } from "./tdChecks";
import { lazyPartsOf } from "./rareKinds";

export function serverSlice(schema: BotApiSchema, methodName: string): SchemaSlice {
  const slice = sliceFor(schema, methodName);
  const names = new Set(slice.method.fields.map((f) => f.name));
  const integers = Object.fromEntries(
    Object.entries(integerFactsOf(methodName))
      .filter(([name]) => names.has(name))
      .map(([name, f]) => [name, { default: f.default, min: f.min, max: f.max }]),
  );
  const readings: Record<string, CheckedReading> = {};
  const all = readingsOf(methodName) ?? [];
  for (const r of all) {
    const checked = checkedReadingOf(methodName, r);
    if (checked && names.has(r.param)) readings[r.param] = checked;
  }
  // A check's place among the checked readings: after those the server reads before the
  // parameter it is made with (a half step, so it sorts between two), or after all of them.
  const placeOf = (at: string | undefined) => {
    const where = placeAmong(all, at);
    return where === all.length ? Object.keys(readings).length : all.slice(0, where).filter((r) => r.param in readings).length - 0.5;
  };
  const callChecks = callChecksOf(methodName).map((c) => {
    const limit = limitOf(c, slice.method.fields);
    return { kind: c.kind, order: placeOf(c.at), ...(c.param ? { param: c.param } : {}), ...(limit === undefined ? {} : { limit }) };
  });
  // A boolean's default is the one the server starts from: one that depends on another
  // parameter (allows_revoting: not for a quiz) is no single default.
  const fields = slice.method.fields.map((field) => {
    const server = boolDefault(methodName, field);
    if (!server) return field;
    const { constraints: _schema, ...rest } = field;
    const { default: _default, ...constraints } = field.constraints ?? {};
    const merged = server.value === undefined || server.value === false ? constraints : { ...constraints, default: server.value };
    return Object.keys(merged).length ? { ...rest, constraints: merged } : rest;
  });
  const built = {
    ...slice,
    method: { ...slice.method, fields },
    ...(Object.keys(integers).length ? { integers } : {}),
    ...(Object.keys(readings).length ? { readings } : {}),
    ...(callChecks.length ? { callChecks } : {}),
  };
  const parts = lazyPartsOf(built);
  const formatted = formattedTexts(readings);
  const history = sliceHistory(schema, methodName, Object.keys(slice.objects));
  return { ...built, ...(parts.length ? { parts } : {}), ...(Object.keys(formatted).length ? { formatted } : {}), ...(history ? { history } : {}) };
}

/**
 * The texts the server reads with a parse mode or entities, by name, with the parameters of their
 * parse mode and entities: the playground draws a preview under each (`FormattedPreview.vue`).
 */
function formattedTexts(readings: Readonly<Record<string, CheckedReading>>): Record<string, { readonly mode?: string; readonly entities?: string }> {
  const out: Record<string, { mode?: string; entities?: string }> = {};
  for (const [name, r] of Object.entries(readings)) {
    if (r.formatted) (out[name] ??= {}).mode = r.formatted;
    if (r.beside) (out[r.beside.text] ??= {}).entities = name;
  }
  return out;
}

/**
 * The method's own history for its playground: the versions, its since, its parameters newer
 * than it and those that changed, and the types its parameters reach that are newer than the
 * history's start or have fields newer than themselves or changed (what `sinceOf` and
 * `changesOf` do not take from the method or the start).
 */
function sliceHistory(schema: BotApiSchema, methodName: string, objectNames: readonly string[]): SliceHistory | undefined {
  const history = historyWith(schema);
  const entry = entryHistory(history, "methods", methodName);
  if (!entry) return undefined;
  // What is as old as its owner says nothing its owner's since does not.
  const newerThan = (owner: Since, fields: EntryHistory["fields"]) =>
    Object.fromEntries(Object.entries(fields).filter(([, f]) => !f.since.orEarlier && f.since.version !== owner.version).map(([name, f]) => [name, f.since]));
  const changed = (fields: EntryHistory["fields"]) => Object.fromEntries(Object.entries(fields).filter(([, f]) => f.changes.length).map(([name, f]) => [name, f.changes]));
  const objects: Record<string, { since: Since; fields?: Record<string, Since>; changes?: Record<string, readonly Change[]> }> = {};
  for (const name of [...objectNames].sort()) {
    const type = entryHistory(history, "types", name);
    if (!type) continue;
    const fields = newerThan(type.since, type.fields);
    const changes = changed(type.fields);
    if (!type.since.orEarlier || Object.keys(fields).length || Object.keys(changes).length)
      objects[name] = { since: type.since, ...(Object.keys(fields).length ? { fields } : {}), ...(Object.keys(changes).length ? { changes } : {}) };
  }
  const changes = changed(entry.fields);
  return {
    versions: history.snapshots.map((s) => s.botApiVersion),
    since: entry.since,
    params: newerThan(entry.since, entry.fields),
    ...(Object.keys(changes).length ? { changes } : {}),
    ...(Object.keys(objects).length ? { objects } : {}),
  };
}
