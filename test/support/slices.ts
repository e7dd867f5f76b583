/** A method's schema slice as the page loads it, read from disk (tests run in Node, without the bundler's glob). */
import { readFileSync } from "node:fs";
import type { SchemaSlice } from "../../playground/schema/slice";

const cache = new Map<string, SchemaSlice>();

export function sliceOf(method: string): SchemaSlice {
  let slice = cache.get(method);
  if (!slice) {
    slice = JSON.parse(readFileSync(new URL(`../../playground/schema/slices/${method}.json`, import.meta.url), "utf8")) as SchemaSlice;
    cache.set(method, slice);
  }
  return slice;
}
