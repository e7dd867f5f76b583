/**
 * Rows of objects (a keyboard: `Array of Array of InlineKeyboardButton`): what such a place
 * holds, and the edits a grid editor makes, each returning a new grid.
 */
import type { SchemaType } from "../schema/model";
import { expand, type ObjectIndex } from "../schema/slice";

export type Grid = readonly (readonly unknown[])[];

/** The object type of a grid's items, when `type` is a list of lists of one object type. */
export function gridItemType(objects: ObjectIndex, type: SchemaType): string | undefined {
  const outer = expand(objects, type);
  if (outer.kind !== "array") return undefined;
  const inner = expand(objects, outer.of);
  if (inner.kind !== "array") return undefined;
  const item = expand(objects, inner.of);
  return item.kind === "object" && objects[item.name]?.kind === "fields" ? item.name : undefined;
}

/** The grid a value is read as: a list's lists, anything else in it as an empty row. */
export function asGrid(value: unknown): Grid {
  return Array.isArray(value) ? value.map((row) => (Array.isArray(row) ? row : [])) : [];
}

const within = (n: number, length: number) => n >= 0 && n < length;

export function addRow(grid: Grid, item: unknown): unknown[][] {
  return [...grid.map((r) => [...r]), [item]];
}

export function removeRow(grid: Grid, row: number): unknown[][] {
  return grid.filter((_, i) => i !== row).map((r) => [...r]);
}

/** The row moved by `delta` places (-1: up); at an edge, the grid as it was. */
export function moveRow(grid: Grid, row: number, delta: number): unknown[][] {
  const rows = grid.map((r) => [...r]);
  const to = row + delta;
  if (!within(row, rows.length) || !within(to, rows.length)) return rows;
  const [moved] = rows.splice(row, 1);
  rows.splice(to, 0, moved!);
  return rows;
}

export function addItem(grid: Grid, row: number, item: unknown): unknown[][] {
  return grid.map((r, i) => (i === row ? [...r, item] : [...r]));
}

export function removeItem(grid: Grid, row: number, index: number): unknown[][] {
  return grid.map((r, i) => (i === row ? r.filter((_, j) => j !== index) : [...r]));
}

/** The item moved by `delta` places within its row (-1: left); at an edge, the grid as it was. */
export function moveItem(grid: Grid, row: number, index: number, delta: number): unknown[][] {
  return grid.map((r, i) => {
    const items = [...r];
    const to = index + delta;
    if (i !== row || !within(index, items.length) || !within(to, items.length)) return items;
    const [moved] = items.splice(index, 1);
    items.splice(to, 0, moved);
    return items;
  });
}
