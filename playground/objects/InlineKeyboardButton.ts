/**
 * An inline keyboard's button (telegram-bot-api/Client.cpp, `get_inline_keyboard_button` and
 * `get_inline_keyboard_button_type`): its text and style first, then its kind, the first of
 * these that is set; an empty `url` or `callback_data` counts as not set. A button with none
 * is refused as a text button.
 */
import type { ObjectRules } from "./types";
import { kindsSet } from "../call/kinds";
import { refusal } from "../call/serverIssues";
import { kindsWarning, textAndStyle } from "./keyboard";

/** How `get_reply_markup` prefixes what `get_inline_keyboard_button` refuses. */
const WRAP = "Can't parse inline keyboard button: ";

/** `get_inline_keyboard_button_type`: LoginUrl's bot username, after one leading `@`. */
const BOT_USERNAME = /^[A-Za-z0-9_]+$/;

export const rules: ObjectRules = {
  kinds: [
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
    { field: "disabled", label: "Disabled", setWhen: "present", unchecked: true },
  ],
  startKind: "callback_data",
  governs: ["text", "style"],
  check(value, path) {
    const issues = textAndStyle(value, path, WRAP, "Inline keyboard button text must be non-empty");
    if (issues.some((i) => i.severity === "error")) return issues;
    const set = kindsSet(rules, value);
    const first = set[0];
    if (!first) {
      const empty = ["url", "callback_data"].filter((f) => value[f] === "");
      issues.push(
        refusal(
          path,
          `a button with only its text is refused: pick its kind (URL, callback data, Web App…)${empty.length ? `; an empty ${empty.join(" or ")} does not count` : ""}.`,
          `${WRAP}Text buttons are unallowed in the inline keyboard`,
        ),
      );
      return issues;
    }
    if (first.unchecked) return issues;
    issues.push(...kindsWarning(set, path));
    if (first.field === "login_url") {
      const login = value.login_url;
      const name = login && typeof login === "object" ? (login as Record<string, unknown>).bot_username : undefined;
      if (typeof name === "string" && name !== "" && !BOT_USERNAME.test(name.replace(/^@/, "")))
        issues.push(refusal([...path, "login_url", "bot_username"], "may hold only letters, digits and _ (after an optional @).", `${WRAP}LoginUrl bot username is invalid`));
    }
    return issues;
  },
};
