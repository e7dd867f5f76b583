import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { addItem, addRow, asGrid, gridItemType, moveItem, moveRow, removeItem, removeRow } from "../../../playground/call/grid";
import { SCHEMA_FILE } from "../../../playground/schema/fromGramioTypes";
import type { BotApiSchema } from "../../../playground/schema/model";
import { sliceFor } from "../../../playground/schema/slice";

const schema = JSON.parse(readFileSync(SCHEMA_FILE, "utf8")) as BotApiSchema;
const { objects } = sliceFor(schema, "sendMessage");
const field = (type: string, name: string) => {
  const o = objects[type];
  return o?.kind === "fields" ? o.fields.find((f) => f.name === name)!.type : undefined!;
};

describe("grid", () => {
  it("knows a list of lists of objects, and nothing else", () => {
    expect(gridItemType(objects, field("InlineKeyboardMarkup", "inline_keyboard"))).toBe("InlineKeyboardButton");
    expect(gridItemType(objects, field("ReplyKeyboardMarkup", "keyboard"))).toBe("KeyboardButton");
    expect(gridItemType(objects, { kind: "array", of: { kind: "object", name: "InlineKeyboardButton" } })).toBeUndefined();
    expect(gridItemType(objects, { kind: "array", of: { kind: "array", of: { kind: "string" } } })).toBeUndefined();
  });

  it("reads anything as rows", () => {
    expect(asGrid(undefined)).toEqual([]);
    expect(asGrid([[1], "x", []])).toEqual([[1], [], []]);
  });

  it("adds, moves and removes rows and items without touching its input", () => {
    const grid = Object.freeze([Object.freeze(["a", "b"]), Object.freeze(["c"])]);
    expect(addRow(grid, "d")).toEqual([["a", "b"], ["c"], ["d"]]);
    expect(removeRow(grid, 0)).toEqual([["c"]]);
    expect(moveRow(grid, 1, -1)).toEqual([["c"], ["a", "b"]]);
    expect(moveRow(grid, 0, -1)).toEqual([["a", "b"], ["c"]]);
    expect(moveRow(grid, 1, 1)).toEqual([["a", "b"], ["c"]]);
    expect(addItem(grid, 1, "e")).toEqual([["a", "b"], ["c", "e"]]);
    expect(removeItem(grid, 0, 0)).toEqual([["b"], ["c"]]);
    expect(moveItem(grid, 0, 0, 1)).toEqual([["b", "a"], ["c"]]);
    expect(moveItem(grid, 0, 1, 1)).toEqual([["a", "b"], ["c"]]);
    expect(moveItem(grid, 0, 0, -1)).toEqual([["a", "b"], ["c"]]);
    expect(grid).toEqual([["a", "b"], ["c"]]);
  });
});
