/**
 * How the Bot API server reads a reply markup, ported from telegram-bot-api/Client.cpp
 * (01a3679): `get_reply_markup` (the JSON value), `get_keyboard_button` and
 * `get_keyboard_button_type`, `get_inline_keyboard_button` and
 * `get_inline_keyboard_button_type`, `get_button_style`, `get_chat_administrator_rights`. Each
 * refusal is thrown as the server returns it (`TdStatus`, with td's JSON readers' own messages
 * from `tdFields`), with where it is in the value and why in words. What td does afterwards,
 * once the chat is found (dropping empty buttons, 12 a row, 300 in all), is the object rules'
 * (`../objects/keyboard.ts`).
 */
import { NEWER_INLINE_BUTTON_KINDS } from "./rareKinds";
import { tdToLower } from "./td";
import { isTdObject, refuse, TdStatus, tdFields, withPrefix, type TdJsonObject, type TdJsonValue, type TdPath } from "./tdJson";

/** Client.cpp, get_reply_markup and the button readers: their refusals, each once (the pages read them too). */
export const REPLY_MARKUP = {
  object: "Object expected as reply markup",
  rows: 'Field "keyboard" must be an Array of Arrays',
  inlineRows: 'Field "inline_keyboard" of the InlineKeyboardMarkup must be an Array of Arrays',
  wrap: "Can't parse keyboard button: ",
  inlineWrap: "Can't parse inline keyboard button: ",
  button: "KeyboardButton must be a String or an Object",
  inlineButton: "InlineKeyboardButton must be an Object",
  style: "invalid button style specified",
  textOnly: "Text buttons are unallowed in the inline keyboard",
  botUsername: "LoginUrl bot username is invalid",
  rights: "ChatAdministratorRights must be an Object",
} as const;

/** What a refusal of these messages is, in words after the place it is at. */
export const REPLY_MARKUP_WHY = {
  object: "must be an object: a keyboard, an inline keyboard, a keyboard removal or a forced reply.",
  rows: "must be a list of buttons: a keyboard is a list of rows.",
  button: "must be an object, or text for a text button.",
  inlineButton: "must be an object.",
  style: "must be “primary”, “danger” or “success” (any case), or left out.",
  textOnly: "a button with only its text is refused: pick its kind (URL, callback data, Web App…)",
  botUsername: "may hold only letters, digits and _ (after an optional @).",
  rights: "must be an object.",
} as const;

/** `get_button_style`: lower-cased; nothing, “default”, “primary”, “danger” or “success”. */
export const BUTTON_STYLES = ["", "default", "primary", "danger", "success"] as const;

/** `get_keyboard_button` then `get_inline_keyboard_button`: text, icon and style come first. */
function textIconStyle(object: TdJsonObject, at: TdPath): void {
  const fields = tdFields(object, at);
  fields.requiredString("text");
  fields.optionalLong("icon_custom_emoji_id");
  const style = tdToLower(fields.optionalString("style"));
  if (!(BUTTON_STYLES as readonly string[]).includes(style)) refuse(REPLY_MARKUP.style, REPLY_MARKUP_WHY.style, [...at, "style"]);
}

/** The fields `get_chat_administrator_rights` reads, in its order. */
const ADMINISTRATOR_RIGHTS = [
  "can_manage_chat", "can_change_info", "can_post_messages", "can_edit_messages", "can_delete_messages", "can_invite_users",
  "can_restrict_members", "can_pin_messages", "can_manage_topics", "can_promote_members", "can_manage_video_chats",
  "can_post_stories", "can_edit_stories", "can_delete_stories", "can_manage_direct_messages", "can_manage_tags", "is_anonymous",
] as const;

/** `get_chat_administrator_rights` (a JSON value): an object of booleans. */
export function readAdministratorRights(value: TdJsonValue, at: TdPath) {
  if (!isTdObject(value)) return refuse(REPLY_MARKUP.rights, REPLY_MARKUP_WHY.rights, at);
  const fields = tdFields(value, at);
  for (const name of ADMINISTRATOR_RIGHTS) fields.optionalBool(name);
}

/** `get_keyboard_button_type`: the first kind set, each checked as the server reads it. */
function keyboardButtonType(object: TdJsonObject, at: TdPath): void {
  const fields = tdFields(object, at);
  const phone = fields.optionalBool("request_phone_number");
  const contact = fields.optionalBool("request_contact");
  if (phone || contact) return;
  if (fields.optionalBool("request_location")) return;
  if (fields.has("request_poll")) {
    const poll = fields.extractRequired("request_poll", "Object") as TdJsonObject;
    const pollFields = tdFields(poll, [...at, "request_poll"]);
    if (pollFields.has("type")) pollFields.optionalString("type");
    return;
  }
  if (fields.has("web_app")) {
    tdFields(fields.extractRequired("web_app", "Object") as TdJsonObject, [...at, "web_app"]).requiredString("url");
    return;
  }
  if (fields.has("request_user") || fields.has("request_users")) {
    const name = fields.has("request_users") ? "request_users" : "request_user";
    const request = tdFields(fields.extractRequired(name, "Object") as TdJsonObject, [...at, name]);
    request.requiredInt("request_id");
    request.optionalBool("user_is_bot");
    request.optionalBool("user_is_premium");
    request.optionalInt("max_quantity");
    for (const flag of ["request_name", "request_username", "request_photo"]) request.optionalBool(flag);
    return;
  }
  if (fields.has("request_chat")) {
    const chat = fields.extractRequired("request_chat", "Object") as TdJsonObject;
    const request = tdFields(chat, [...at, "request_chat"]);
    request.requiredInt("request_id");
    for (const flag of ["chat_is_channel", "chat_is_forum", "chat_has_username", "chat_is_created"]) request.optionalBool(flag);
    for (const rights of ["user_administrator_rights", "bot_administrator_rights"]) if (request.has(rights)) readAdministratorRights(chat[rights]!, [...at, "request_chat", rights]);
    for (const flag of ["bot_is_member", "request_title", "request_username", "request_photo"]) request.optionalBool(flag);
    return;
  }
  if (fields.has("request_managed_bot")) {
    const request = tdFields(fields.extractRequired("request_managed_bot", "Object") as TdJsonObject, [...at, "request_managed_bot"]);
    request.requiredInt("request_id");
    request.optionalString("suggested_name");
    request.optionalString("suggested_username");
  }
}

/** `get_keyboard_button`: an object, or text for a text button; refusals after “Can't parse keyboard button: ”. */
export function readKeyboardButton(button: TdJsonValue, at: TdPath): void {
  withPrefix(REPLY_MARKUP.wrap, () => {
    if (typeof button === "string") return;
    if (!isTdObject(button)) return refuse(REPLY_MARKUP.button, REPLY_MARKUP_WHY.button, at);
    textIconStyle(button, at);
    keyboardButtonType(button, at);
  });
}

/** `get_inline_keyboard_button_type`: the first kind set; an empty url or callback_data is not set; none is a text button, refused. */
function inlineKeyboardButtonType(object: TdJsonObject, at: TdPath): void {
  const fields = tdFields(object, at);
  if (fields.optionalString("url") !== "") return;
  if (fields.optionalString("callback_data") !== "") return;
  if (fields.has("callback_game") || fields.has("pay")) return;
  if (fields.has("switch_inline_query")) return void fields.requiredString("switch_inline_query");
  if (fields.has("switch_inline_query_chosen_chat")) {
    const chosen = tdFields(fields.extractRequired("switch_inline_query_chosen_chat", "Object") as TdJsonObject, [...at, "switch_inline_query_chosen_chat"]);
    chosen.optionalString("query");
    for (const flag of ["allow_user_chats", "allow_bot_chats", "allow_group_chats", "allow_channel_chats"]) chosen.optionalBool(flag);
    return;
  }
  if (fields.has("switch_inline_query_current_chat")) return void fields.requiredString("switch_inline_query_current_chat");
  if (fields.has("login_url")) {
    const login = tdFields(fields.extractRequired("login_url", "Object") as TdJsonObject, [...at, "login_url"]);
    login.requiredString("url");
    const username = login.optionalString("bot_username");
    login.optionalBool("request_write_access");
    login.optionalString("forward_text");
    // One leading @ off; then nothing left, or anything but letters, digits and _, is refused.
    const name = username.startsWith("@") ? username.slice(1) : username;
    if (username !== "" && !/^[A-Za-z0-9_]+$/.test(name)) refuse(REPLY_MARKUP.botUsername, REPLY_MARKUP_WHY.botUsername, [...at, "login_url", "bot_username"]);
    return;
  }
  if (fields.has("web_app")) return void tdFields(fields.extractRequired("web_app", "Object") as TdJsonObject, [...at, "web_app"]).requiredString("url");
  if (fields.has("copy_text")) return void tdFields(fields.extractRequired("copy_text", "Object") as TdJsonObject, [...at, "copy_text"]).requiredString("text");
  if (NEWER_INLINE_BUTTON_KINDS.some((kind) => fields.has(kind))) return;
  const empty = ["url", "callback_data"].filter((f) => object[f] === "");
  refuse(REPLY_MARKUP.textOnly, `${REPLY_MARKUP_WHY.textOnly}${empty.length ? `; an empty ${empty.join(" or ")} does not count` : ""}.`, at);
}

/** `get_inline_keyboard_button`: an object with text, icon, style and a kind; refusals after “Can't parse inline keyboard button: ”. */
export function readInlineKeyboardButton(button: TdJsonValue, at: TdPath): void {
  withPrefix(REPLY_MARKUP.inlineWrap, () => {
    if (!isTdObject(button)) return refuse(REPLY_MARKUP.inlineButton, REPLY_MARKUP_WHY.inlineButton, at);
    textIconStyle(button, at);
    inlineKeyboardButtonType(button, at);
  });
}

/**
 * `get_reply_markup` (a JSON value): an object whose `keyboard` rows are read, then its
 * `inline_keyboard` rows, then its flags, each button in order. Every button's refusal is
 * collected: the first is the server's answer, the others those it would make next.
 */
export function readReplyMarkup(value: TdJsonValue): TdStatus[] {
  if (!isTdObject(value)) return [new TdStatus(REPLY_MARKUP.object, REPLY_MARKUP_WHY.object, [])];
  const found: TdStatus[] = [];
  const attempt = (read: () => void) => {
    try {
      read();
    } catch (error) {
      if (!(error instanceof TdStatus)) throw error;
      found.push(error);
    }
  };
  const fields = tdFields(value, []);
  try {
    const rows = (name: "keyboard" | "inline_keyboard", rowsMessage: string, button: (b: TdJsonValue, at: TdPath) => void) => {
      const keyboard = fields.extractOptional(name, "Array");
      if (!Array.isArray(keyboard)) return false;
      for (const [r, row] of keyboard.entries()) {
        if (!Array.isArray(row)) return refuse(rowsMessage, REPLY_MARKUP_WHY.rows, [name, r]);
        for (const [c, b] of row.entries()) attempt(() => button(b, [name, r, c]));
      }
      return keyboard.length > 0;
    };
    const hasRows = rows("keyboard", REPLY_MARKUP.rows, readKeyboardButton);
    if (found.length) throw found[0];
    rows("inline_keyboard", REPLY_MARKUP.inlineRows, readInlineKeyboardButton);
    if (found.length) throw found[0];
    for (const flag of ["hide_keyboard", "remove_keyboard", "personal_keyboard", "selective", "force_reply_keyboard", "force_reply"]) fields.optionalBool(flag);
    fields.optionalString("input_field_placeholder");
    if (hasRows) for (const flag of ["resize_keyboard", "one_time_keyboard", "is_persistent"]) fields.optionalBool(flag);
  } catch (error) {
    if (!(error instanceof TdStatus)) throw error;
    if (!found.includes(error)) found.push(error);
  }
  return found;
}
