/** A reply keyboard: its rows as td keeps them (`./keyboard.ts`), and its options beside them. */
import type { ObjectRules } from "./types";
import { checkRows } from "./keyboard";

export const rules: ObjectRules = {
  optional: ["keyboard"],
  primary: ["resize_keyboard", "one_time_keyboard", "is_persistent"],
  check: (value, path) => checkRows(value.keyboard, [...path, "keyboard"]),
};
