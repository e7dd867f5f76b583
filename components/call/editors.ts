/**
 * Special editors, by parameter name: where a generic control would be poor. One registry,
 * not a chain of `v-if`s in the field component.
 */
import { defineAsyncComponent, type Component } from "vue";
import AllowedUpdatesEditor from "./AllowedUpdatesEditor.vue";

export const SPECIAL_EDITORS: Readonly<Record<string, Component>> = {
  allowed_updates: AllowedUpdatesEditor,
};

/**
 * Rows of buttons (a field whose type is a list of lists of an object with kinds, such as
 * `inline_keyboard`): found by shape, not by name. It loads the first time a keyboard is
 * edited; most calls have none.
 */
export const KeyboardEditor = defineAsyncComponent(() => import("./KeyboardEditor.vue"));

/**
 * The preview of a formatted text (`components/format/`): it loads with the first text the
 * server parses, with its parsers' chunk, and never on a page without one.
 */
export const FormattedPreview = defineAsyncComponent(() => import("../format/FormattedPreview.vue"));
