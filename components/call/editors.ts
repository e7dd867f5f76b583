/**
 * Special editors, by parameter name: where a generic control would be poor. One registry,
 * not a chain of `v-if`s in the field component.
 */
import type { Component } from "vue";
import AllowedUpdatesEditor from "./AllowedUpdatesEditor.vue";

export const SPECIAL_EDITORS: Readonly<Record<string, Component>> = {
  allowed_updates: AllowedUpdatesEditor,
};
