/**
 * Paths into a method's value tree, as the playground names controls and issues:
 * `chat_id`, `reply_markup.inline_keyboard[0][1].text`. Immutable get and set.
 */

export type PathPart = string | number;
export type Path = readonly PathPart[];

/** `reply_markup.inline_keyboard[0][1].text` */
export function pathText(path: Path): string {
  let out = "";
  for (const part of path) out += typeof part === "number" ? `[${part}]` : out === "" ? part : `.${part}`;
  return out;
}

/**
 * The short label of a place, shown beside its control: its own name with the indexes after it
 * (`text`, `inline_keyboard[0][1]`). The full path stays the control's accessible name.
 */
export function shortPathText(path: Path): string {
  let last = path.length - 1;
  while (last > 0 && typeof path[last] === "number") last--;
  return pathText(path.slice(last));
}

/**
 * A name in the pieces a narrow screen may break it between: after `_` and `.`, before `[`
 * (`switch_`, `inline_`, `query`), so it never breaks inside a word.
 */
export function nameSegments(text: string): string[] {
  return text.split(/(?<=[_.])|(?=\[)/).filter(Boolean);
}

export function getAt(tree: unknown, path: Path): unknown {
  let node = tree;
  for (const part of path) {
    if (node === null || typeof node !== "object") return undefined;
    node = (node as Record<PathPart, unknown>)[part];
  }
  return node;
}

/**
 * A copy of `tree` with `value` at `path` (undefined removes an object key). Missing objects
 * and arrays on the way are created.
 */
export function setAt(tree: unknown, path: Path, value: unknown): unknown {
  if (path.length === 0) return value;
  const [head, ...rest] = path as [PathPart, ...PathPart[]];
  if (typeof head === "number") {
    const array = Array.isArray(tree) ? [...tree] : [];
    array[head] = setAt(array[head], rest, value);
    return array;
  }
  const object: Record<string, unknown> = tree && typeof tree === "object" && !Array.isArray(tree) ? { ...(tree as Record<string, unknown>) } : {};
  const next = setAt(object[head], rest, value);
  if (next === undefined) delete object[head];
  else object[head] = next;
  return object;
}

/** A copy of the array at `path` without item `index`. */
export function removeAt(tree: unknown, path: Path, index: number): unknown {
  const array = getAt(tree, path);
  if (!Array.isArray(array)) return tree;
  return setAt(tree, path, array.filter((_, i) => i !== index));
}

/**
 * The parameters in the method's own order, whatever order they were filled in: the code
 * and the request then read the same for the same call (JSON keeps key order).
 */
export function inFieldOrder(fields: readonly { readonly name: string }[], params: Readonly<Record<string, unknown>>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const f of fields) if (params[f.name] !== undefined) out[f.name] = params[f.name];
  for (const [k, v] of Object.entries(params)) if (!(k in out) && v !== undefined) out[k] = v;
  return out;
}
