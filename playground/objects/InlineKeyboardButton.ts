/**
 * An inline keyboard's button: read as the server reads it (Client.cpp,
 * `get_inline_keyboard_button` and `get_inline_keyboard_button_type`, ported in
 * `../server/replyMarkup.ts`): its text and style first, then its kind, the first of these
 * that is set; an empty `url` or `callback_data` counts as not set, and a button with none is
 * refused as a text button. Then kept as td keeps it (`./keyboard.ts`).
 */
import type { ObjectRules } from "./types";
import { NEWER_INLINE_BUTTON_KINDS, rareVerdicts } from "../server/rareKinds";
import { checkButton } from "./keyboard";

const kinds = [
  { field: "url", label: "URL", setWhen: "nonEmpty" },
  { field: "callback_data", label: "Callback data", setWhen: "nonEmpty" },
  { field: "callback_game", label: "Game", setWhen: "present" },
  { field: "pay", label: "Pay", setWhen: "present" },
  { field: "switch_inline_query", label: "Inline query, any chat", setWhen: "present" },
  { field: "switch_inline_query_chosen_chat", label: "Inline query, chosen chat", setWhen: "present" },
  { field: "switch_inline_query_current_chat", label: "Inline query, this chat", setWhen: "present" },
  { field: "login_url", label: "Login URL", setWhen: "present" },
  { field: "web_app", label: "Web App", setWhen: "present" },
  { field: "copy_text", label: "Copy text", setWhen: "present" },
  { field: "disabled", label: "Disabled", setWhen: "present" },
] as const;

export const rules: ObjectRules = {
  kinds: kinds.map((k) => ((NEWER_INLINE_BUTTON_KINDS as readonly string[]).includes(k.field) ? { ...k, unchecked: true } : k)),
  startKind: "callback_data",
  governs: ["text", "style"],
  check: (value, path) => checkButton(rules, rareVerdicts().readInlineKeyboardButton, value, path, "Inline keyboard button text must be non-empty"),
};
