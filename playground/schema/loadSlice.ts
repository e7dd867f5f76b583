/**
 * A method's schema slice, loaded with its page: each slice is its own chunk, so a page never
 * loads the whole schema. Loaded slices are kept, so the playground can read its slice
 * synchronously once the page has asked for it (and hydrate what the server rendered).
 */
import { useEmojiList, useFormat, useRareVerdicts, useSpecialPorts } from "../server/rareKinds";
import type { SchemaSlice } from "./slice";

const lazy = import.meta.glob<SchemaSlice>("./slices/*.json", { import: "default" });
const loaded = new Map<string, SchemaSlice>();

export const hasSlice = (method: string) => `./slices/${method}.json` in lazy;

export async function loadSlice(method: string): Promise<SchemaSlice> {
  const cached = loaded.get(method);
  if (cached) return cached;
  const load = lazy[`./slices/${method}.json`];
  if (!load) throw new Error(`no schema slice for ${method}`);
  const slice = await load();
  // The verdicts not every method needs (poll options, id lists, JSON values' readers, object types read with them) come with their slice.
  // The JSON values few methods take (media, inline results…) have their ports in a chunk of their own.
  // td's list of emoji comes only with the sticker methods that read emoji.
  // td's parsers of formatted text come only with a slice that has a text read with a parse mode.
  // Which, the slice says (`lazyPartsOf`, when it was written).
  const needs = (part: NonNullable<SchemaSlice["parts"]>[number]) => slice.parts?.includes(part);
  const [rare, special, emoji, format] = await Promise.all([
    needs("rareVerdicts") ? import("../server/rareVerdicts") : undefined,
    needs("specialPorts") ? import("../server/specialPorts") : undefined,
    needs("emojiList") ? import("../server/tdEmoji.json").then((m) => m.default) : undefined,
    needs("format") ? import("../format/index") : undefined,
  ]);
  if (rare) useRareVerdicts(rare);
  if (special) useSpecialPorts(special);
  if (emoji) useEmojiList(emoji);
  if (format) useFormat(format);
  loaded.set(method, slice);
  return slice;
}

export const cachedSlice = (method: string): SchemaSlice | undefined => loaded.get(method);

/** The method a reference page is about, from its path (`/methods/sendMessage`). */
export function methodOfPath(path: string): string | undefined {
  const name = /\/methods\/([A-Za-z]+)(?:\.html)?$/.exec(path)?.[1];
  return name && hasSlice(name) ? name : undefined;
}
