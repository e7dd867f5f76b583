/**
 * A reply keyboard's button: read as the server reads it (Client.cpp, `get_keyboard_button`
 * and `get_keyboard_button_type`, ported in `../server/replyMarkup.ts`): its text and style
 * first, then its kind, the first of these that is set. A button with none is a text button:
 * pressing it sends its text. Then kept as td keeps it (`./keyboard.ts`).
 */
import type { ObjectRules } from "./types";
import { rareVerdicts } from "../server/rareKinds";
import { checkButton } from "./keyboard";

export const rules: ObjectRules = {
  kinds: [
    { field: "request_contact", label: "Request contact", setWhen: "true" },
    { field: "request_location", label: "Request location", setWhen: "true" },
    { field: "request_poll", label: "Request poll", setWhen: "present" },
    { field: "web_app", label: "Web App", setWhen: "present" },
    { field: "request_users", label: "Request users", setWhen: "present" },
    { field: "request_chat", label: "Request chat", setWhen: "present" },
    { field: "request_managed_bot", label: "Request managed bot", setWhen: "present" },
  ],
  plain: "Text (sends its text)",
  governs: ["text", "style"],
  check: (value, path) => checkButton(rules, rareVerdicts().readKeyboardButton, value, path, "Keyboard button text must be non-empty"),
};
