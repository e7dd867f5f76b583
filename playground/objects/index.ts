/**
 * The registry of object types' rules, derived from the files beside this one: a type gets
 * its own knowledge by adding `playground/objects/<Type>.ts` (a capital first letter; helpers are lower-case) exporting `rules`. They are
 * small and every method may reach them, so they load with the validator.
 */
import type { ObjectRules } from "./types";

export type { ObjectKind, ObjectRules } from "./types";

const modules = import.meta.glob<{ rules: ObjectRules }>("./[A-Z]*.ts", { eager: true });

/** Rules by type name (`InlineKeyboardButton`). */
export const OBJECT_RULES: Readonly<Record<string, ObjectRules>> = Object.freeze(
  Object.fromEntries(
    Object.entries(modules)
      .filter(([, m]) => m.rules)
      .map(([file, m]) => [file.slice(2, -3), m.rules]),
  ),
);
