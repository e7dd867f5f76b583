/** An inline keyboard: its rows as td keeps them (`./keyboard.ts`). */
import type { ObjectRules } from "./types";
import { checkRows } from "./keyboard";

export const rules: ObjectRules = {
  optional: ["inline_keyboard"],
  check: (value, path) => checkRows(value.inline_keyboard, [...path, "inline_keyboard"]),
};
