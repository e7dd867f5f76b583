/**
 * A playground's state in a link: `?call=<JSON of the value tree>&tab=curl&runtime=bun`.
 * Files cannot travel in a link, secrets must not, and a value longer than
 * `MAX_LINK_VALUE` is left out; each is named so the page can say what the link omits.
 */
import { MAX_LINK_VALUE } from "../urlState";
import { isUpload } from "../schema/slice";
import type { SchemaMethod } from "../schema/model";
import { pathText, type Path } from "./paths";
import { OUTPUT_TABS, type OutputTab, type Runtime } from "../params";

/** Parameters that are secrets, by method: never in a link, never in storage. */
export const SECRET_FIELDS: Readonly<Record<string, readonly string[]>> = { setWebhook: ["secret_token"] };

export interface CallLinkState {
  readonly params: Readonly<Record<string, unknown>>;
  readonly tab: OutputTab;
  readonly runtime: Runtime;
}

/** The tree without what a link cannot carry, and what was left out in words. */
export function linkable(method: Pick<SchemaMethod, "name">, params: Readonly<Record<string, unknown>>): { params: Record<string, unknown>; leftOut: string[] } {
  const leftOut: string[] = [];
  const secrets = SECRET_FIELDS[method.name] ?? [];
  const walk = (value: unknown, path: Path): unknown => {
    if (isUpload(value)) {
      leftOut.push(`${pathText(path)} (a file)`);
      return undefined;
    }
    if (typeof value === "string" && value.length > MAX_LINK_VALUE) {
      leftOut.push(`${pathText(path)} (longer than ${MAX_LINK_VALUE.toLocaleString("en-US")} characters)`);
      return undefined;
    }
    if (Array.isArray(value)) return value.map((v, i) => walk(v, [...path, i]) ?? null);
    if (value && typeof value === "object") {
      const out: Record<string, unknown> = {};
      for (const [k, v] of Object.entries(value)) {
        const w = walk(v, [...path, k]);
        if (w !== undefined) out[k] = w;
      }
      return out;
    }
    return value;
  };
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(params)) {
    if (v === undefined) continue;
    if (secrets.includes(k)) {
      leftOut.push(`${k} (a secret)`);
      continue;
    }
    const w = walk(v, [k]);
    if (w !== undefined) out[k] = w;
  }
  return { params: out, leftOut };
}

export function encodeCall(method: Pick<SchemaMethod, "name">, state: CallLinkState): string {
  const q = new URLSearchParams();
  const { params } = linkable(method, state.params);
  if (Object.keys(params).length) q.set("call", JSON.stringify(params));
  if (state.tab !== "gramio") q.set("tab", state.tab);
  if (state.runtime !== "node") q.set("runtime", state.runtime);
  return q.toString();
}

/** The deepest a link's value may nest; the Bot API's own types stay far below it. */
export const MAX_LINK_DEPTH = 32;

function depthOf(value: unknown, limit: number): number {
  if (limit < 0 || value === null || typeof value !== "object") return 0;
  let deepest = 0;
  for (const v of Object.values(value)) {
    deepest = Math.max(deepest, depthOf(v, limit - 1));
    if (deepest > limit) break;
  }
  return deepest + 1;
}

/** Reads a link; never throws. What cannot be used is named in `notices`. */
export function decodeCall(method: Pick<SchemaMethod, "name" | "fields">, search: string): CallLinkState & { notices: string[] } {
  const q = new URLSearchParams(search);
  const notices: string[] = [];
  let params: Record<string, unknown> = {};
  const raw = q.get("call");
  if (raw !== null) {
    try {
      const parsed: unknown = JSON.parse(raw);
      if (parsed && typeof parsed === "object" && !Array.isArray(parsed)) params = parsed as Record<string, unknown>;
      else notices.push("The link's call is not an object of parameters; it was ignored.");
    } catch {
      notices.push("The link's call is not valid JSON; it was ignored.");
    }
  }
  const known = new Set(method.fields.map((f) => f.name));
  for (const [key, value] of Object.entries(params)) {
    // A hostile link could nest thousands of levels, which every recursive reader would choke on.
    if (depthOf(value, MAX_LINK_DEPTH) > MAX_LINK_DEPTH) {
      notices.push(`The link's ${key.slice(0, 40)} nests deeper than ${MAX_LINK_DEPTH} levels; it was ignored.`);
      delete params[key];
    }
  }
  const secrets = SECRET_FIELDS[method.name] ?? [];
  for (const key of Object.keys(params)) {
    if (!known.has(key)) {
      notices.push(`${method.name} has no parameter “${key.slice(0, 40)}”; it was ignored.`);
      delete params[key];
    } else if (secrets.includes(key)) {
      notices.push(`A link never carries ${key}; it was ignored.`);
      delete params[key];
    }
  }
  const tabText = q.get("tab");
  const tab = (OUTPUT_TABS as readonly string[]).includes(tabText ?? "") ? (tabText as OutputTab) : "gramio";
  if (tabText !== null && tab !== tabText) notices.push(`There is no “${tabText.slice(0, 40)}” tab; the GramIO tab is shown.`);
  const runtime = q.get("runtime") === "bun" ? "bun" : "node";
  return { params, tab, runtime, notices };
}
