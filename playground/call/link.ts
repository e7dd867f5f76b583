/**
 * A playground's state in a link: `?call=<JSON of the value tree>&tab=curl&runtime=bun&bot-api=9.2`.
 * Files never travel in a link, in either direction; secrets must not; and a link is
 * bounded, so a hostile one cannot freeze the page: in length, in depth, in items per list,
 * in values in all, and in characters per string. What is left out is named, both when the
 * link is written and when it is read.
 */
import { isUpload } from "../schema/slice";
import type { SchemaMethod } from "../schema/model";
import type { Runtime } from "../request";
import { pathText, type Path } from "./paths";

/** Longest string a link carries: the longest text the Bot API takes in a message (4,096). */
export const MAX_LINK_STRING = 4096;
/** Most items of one list a link carries: an inline keyboard holds at most 100 buttons. */
export const MAX_LINK_ITEMS = 100;
/** Most values (objects, lists and plain values) in one call a link carries. */
export const MAX_LINK_NODES = 1000;
/** Longest `call` a link may have, in characters; a longer one is not read at all. */
export const MAX_LINK_LENGTH = 32_768;
/** The deepest a link's value may nest; the Bot API's own types stay far below it. */
export const MAX_LINK_DEPTH = 32;

export interface CallLinkState {
  readonly params: Readonly<Record<string, unknown>>;
  readonly tab: string;
  readonly runtime: Runtime;
  /** The Bot API version the call is aimed at (`targetVersion.ts`); "" (left out) for the newest. */
  readonly target?: string;
}

/** What a link needs to know of the method beyond its schema. */
export interface LinkOptions {
  /** Parameters that are secrets (from the method's descriptor). */
  readonly secrets?: readonly string[];
  /** The tab ids the playground has; the first is the default. */
  readonly tabs: readonly string[];
  /** The Bot API versions a call can be aimed at (the method's history), oldest first; the newest is the default. */
  readonly versions?: readonly string[];
}

const n = (value: number) => value.toLocaleString("en-US");

/** A key set as an own property, even `__proto__`, which plain assignment would not. */
function own(target: Record<string, unknown>, key: string, value: unknown) {
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
}

/**
 * The tree with every bound applied: files, long strings, items past `MAX_LINK_ITEMS` and
 * values past `MAX_LINK_NODES` left out, each named once in `leftOut`.
 */
function bounded(params: Readonly<Record<string, unknown>>, skip: (key: string) => string | undefined): { params: Record<string, unknown>; leftOut: string[] } {
  const leftOut: string[] = [];
  let nodes = 0;
  let cut = false;
  const walk = (value: unknown, path: Path, depth: number): unknown => {
    if (nodes >= MAX_LINK_NODES) {
      cut = true;
      return undefined;
    }
    nodes++;
    if (depth > MAX_LINK_DEPTH) {
      leftOut.push(`${pathText(path)} (nests deeper than ${MAX_LINK_DEPTH} levels)`);
      return undefined;
    }
    if (isUpload(value)) {
      leftOut.push(`${pathText(path)} (a file)`);
      return undefined;
    }
    if (typeof value === "string" && value.length > MAX_LINK_STRING) {
      leftOut.push(`${pathText(path)} (longer than ${n(MAX_LINK_STRING)} characters)`);
      return undefined;
    }
    if (Array.isArray(value)) {
      if (value.length > MAX_LINK_ITEMS) leftOut.push(`${pathText(path)} past its first ${MAX_LINK_ITEMS} items`);
      const out: unknown[] = [];
      for (const [i, v] of value.slice(0, MAX_LINK_ITEMS).entries()) {
        const w = walk(v, [...path, i], depth + 1);
        if (cut) break;
        out.push(w ?? null);
      }
      return out;
    }
    if (value !== null && typeof value === "object") {
      const out: Record<string, unknown> = {};
      for (const [k, v] of Object.entries(value)) {
        const w = walk(v, [...path, k], depth + 1);
        if (w !== undefined) own(out, k, w);
        if (cut) break;
      }
      return out;
    }
    return value;
  };
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(params)) {
    if (v === undefined) continue;
    const why = skip(k);
    if (why) {
      leftOut.push(why);
      continue;
    }
    const w = walk(v, [k], 1);
    if (w !== undefined) own(out, k, w);
    if (cut) break;
  }
  if (cut) leftOut.push(`everything after the first ${n(MAX_LINK_NODES)} values`);
  return { params: out, leftOut };
}

/** The tree as a link carries it, and what was left out, in words. */
export function linkable(params: Readonly<Record<string, unknown>>, options: Pick<LinkOptions, "secrets">): { params: Record<string, unknown>; leftOut: string[] } {
  const secrets = options.secrets ?? [];
  return bounded(params, (k) => (secrets.includes(k) ? `${k} (a secret)` : undefined));
}

export function encodeCall(state: CallLinkState, options: LinkOptions): string {
  const q = new URLSearchParams();
  const { params } = linkable(state.params, options);
  if (Object.keys(params).length) q.set("call", JSON.stringify(params));
  if (state.tab !== options.tabs[0]) q.set("tab", state.tab);
  if (state.runtime !== "node") q.set("runtime", state.runtime);
  if (state.target) q.set("bot-api", state.target);
  return q.toString();
}

/** Reads a link; never throws. What cannot be used is named in `notices`. */
export function decodeCall(method: Pick<SchemaMethod, "name" | "fields">, search: string, options: LinkOptions): CallLinkState & { notices: string[] } {
  const q = new URLSearchParams(search);
  const notices: string[] = [];
  let parsed: Record<string, unknown> = {};
  const raw = q.get("call");
  if (raw !== null && raw.length > MAX_LINK_LENGTH) {
    notices.push(`The link's call is longer than ${n(MAX_LINK_LENGTH)} characters; it was ignored.`);
  } else if (raw !== null) {
    try {
      const value: unknown = JSON.parse(raw);
      if (value && typeof value === "object" && !Array.isArray(value)) parsed = value as Record<string, unknown>;
      else notices.push("The link's call is not an object of parameters; it was ignored.");
    } catch {
      notices.push("The link's call is not valid JSON; it was ignored.");
    }
  }
  const known = new Set(method.fields.map((f) => f.name));
  const secrets = options.secrets ?? [];
  const { params, leftOut } = bounded(parsed, (key) => {
    if (!known.has(key)) return `${key.slice(0, 40)} (${method.name} has no such parameter)`;
    if (secrets.includes(key)) return `${key} (a link never carries a secret)`;
    return undefined;
  });
  if (leftOut.length) notices.push(`The link's call was read without: ${leftOut.slice(0, 8).join("; ")}${leftOut.length > 8 ? `; and ${leftOut.length - 8} more` : ""}.`);
  const tabText = q.get("tab");
  const tab = tabText !== null && options.tabs.includes(tabText) ? tabText : options.tabs[0]!;
  if (tabText !== null && tab !== tabText) notices.push(`There is no “${tabText.slice(0, 40)}” tab; the first tab is shown.`);
  const runtime = q.get("runtime") === "bun" ? "bun" : "node";
  const targetText = q.get("bot-api");
  const versions = options.versions ?? [];
  const target = targetText !== null && versions.slice(0, -1).includes(targetText) ? targetText : "";
  if (targetText !== null && target === "" && targetText !== versions.at(-1))
    notices.push(`There is no Bot API “${targetText.slice(0, 40)}” to aim at${versions.length ? ` (${versions.join(", ")})` : ""}; the call is aimed at the newest.`);
  return { params, tab, runtime, target, notices };
}
