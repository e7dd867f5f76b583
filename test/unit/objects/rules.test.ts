/**
 * Object types' own rules, as the server applies them (each rule cites its source where it is
 * written), through the validator every method uses; exact words.
 */
import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { validateCall } from "../../../playground/call/validate";
import { OBJECT_RULES } from "../../../playground/objects";
import { KEYBOARD_LIMITS } from "../../../playground/objects/keyboard";
import { SCHEMA_FILE } from "../../../playground/schema/fromGramioTypes";
import type { BotApiSchema } from "../../../playground/schema/model";
import { sliceFor } from "../../../playground/schema/slice";

const schema = JSON.parse(readFileSync(SCHEMA_FILE, "utf8")) as BotApiSchema;
const sendMessage = sliceFor(schema, "sendMessage");
const check = (extra: Record<string, unknown>) => validateCall(sendMessage, { chat_id: 1, text: "hi", ...extra });
const inline = (...rows: unknown[][]) => check({ reply_markup: { inline_keyboard: rows } });
const reply = (...rows: unknown[][]) => check({ reply_markup: { keyboard: rows } });
const TEXT_ONLY = "The server answers “Bad Request: can't parse inline keyboard button: Text buttons are unallowed in the inline keyboard”.";

describe("the registry", () => {
  it("names schema types, and kinds that are fields of them", () => {
    expect(Object.keys(OBJECT_RULES).sort()).toEqual(["BotCommand", "InlineKeyboardButton", "InlineKeyboardMarkup", "KeyboardButton", "LinkPreviewOptions", "ReplyKeyboardMarkup", "ReplyParameters"]);
    for (const [name, rules] of Object.entries(OBJECT_RULES)) {
      const type = schema.objects.find((o) => o.name === name);
      expect(type?.kind, name).toBe("fields");
      const names = type?.kind === "fields" ? type.fields.map((f) => f.name) : [];
      for (const f of [...(rules.kinds ?? []).map((k) => k.field), ...(rules.primary ?? []), ...(rules.governs ?? []), ...(rules.optional ?? [])]) expect(names, `${name}.${f}`).toContain(f);
    }
  });

  it("knows every kind of button the schema has (a new one must be read from the server first)", () => {
    // "Exactly one of the fields other than text, icon_custom_emoji_id, and style" (the API's words).
    for (const name of ["InlineKeyboardButton", "KeyboardButton"]) {
      const type = schema.objects.find((o) => o.name === name)!;
      const others = type.kind === "fields" ? type.fields.map((f) => f.name).filter((f) => !["text", "icon_custom_emoji_id", "style"].includes(f)) : [];
      expect(OBJECT_RULES[name]!.kinds!.map((k) => k.field).sort(), name).toEqual(others.sort());
    }
  });
});

describe("an inline keyboard's buttons (Client.cpp get_inline_keyboard_button_type)", () => {
  it("refuses a button with only its text, in the server's words", () => {
    expect(inline([{ text: "A" }])).toEqual([
      { path: "reply_markup.inline_keyboard[0][0]", severity: "error", message: `reply_markup.inline_keyboard[0][0]: a button with only its text is refused: pick its kind (URL, callback data, Web App…). ${TEXT_ONLY}` },
    ]);
    expect(inline([{ text: "A", url: "", callback_data: "" }])).toEqual([
      {
        path: "reply_markup.inline_keyboard[0][0]",
        severity: "error",
        message: `reply_markup.inline_keyboard[0][0]: a button with only its text is refused: pick its kind (URL, callback data, Web App…); an empty url or callback_data does not count. ${TEXT_ONLY}`,
      },
    ]);
  });

  it("takes the first kind set in its order and says what it ignores", () => {
    expect(inline([{ text: "A", url: "", callback_data: "a", pay: false }])).toEqual([
      { path: "reply_markup.inline_keyboard[0][0]", severity: "warning", message: "reply_markup.inline_keyboard[0][0]: has callback_data and pay: the server uses callback_data and ignores pay." },
    ]);
    expect(inline([{ text: "Pay", pay: true }, { text: "Game", callback_game: {} }, { text: "Q", switch_inline_query: "" }])).toEqual([]);
  });

  it("does not check a kind newer than the server source", () => {
    expect(inline([{ text: "Off", disabled: {} }])).toEqual([]);
  });

  it("reads text and style first: missing text, a style in any case, an unknown style", () => {
    expect(inline([{ callback_data: "a" }])).toEqual([
      {
        path: "reply_markup.inline_keyboard[0][0].text",
        severity: "error",
        message: 'reply_markup.inline_keyboard[0][0].text: is required. The server answers “Bad Request: can\'t parse inline keyboard button: Can\'t find field "text"”.',
      },
    ]);
    expect(inline([{ text: "A", callback_data: "a", style: "Danger" }, { text: 5, callback_data: "b", style: "default" }])).toEqual([]);
    expect(inline([{ text: "A", callback_data: "a", style: "blue" }])).toEqual([
      {
        path: "reply_markup.inline_keyboard[0][0].style",
        severity: "error",
        message:
          "reply_markup.inline_keyboard[0][0].style: must be “primary”, “danger” or “success” (any case), or left out. The server answers “Bad Request: can't parse inline keyboard button: invalid button style specified”.",
      },
    ]);
  });

  it("drops a button with empty text, and refuses one that has an icon (td ReplyMarkup.cpp)", () => {
    expect(inline([{ text: "", callback_data: "a" }, { text: "B", callback_data: "b" }])).toEqual([
      { path: "reply_markup.inline_keyboard[0][0].text", severity: "warning", message: "reply_markup.inline_keyboard[0][0].text: is empty: the server drops this button without a word." },
    ]);
    expect(inline([{ text: "", icon_custom_emoji_id: "5368324170671202286", callback_data: "a" }])).toEqual([
      {
        path: "reply_markup.inline_keyboard[0][0].text",
        severity: "error",
        message: "reply_markup.inline_keyboard[0][0].text: a button with an icon still needs text. The server answers “Bad Request: inline keyboard button text must be non-empty”.",
      },
    ]);
  });

  it("checks a login button's bot username", () => {
    expect(inline([{ text: "Log in", login_url: { url: "https://x", bot_username: "@gramio_bot" } }])).toEqual([]);
    expect(inline([{ text: "Log in", login_url: { url: "https://x", bot_username: "gramio bot" } }])).toEqual([
      {
        path: "reply_markup.inline_keyboard[0][0].login_url.bot_username",
        severity: "error",
        message: "reply_markup.inline_keyboard[0][0].login_url.bot_username: may hold only letters, digits and _ (after an optional @). The server answers “Bad Request: can't parse inline keyboard button: LoginUrl bot username is invalid”.",
      },
    ]);
  });
});

describe("a keyboard's rows (td ReplyMarkup.cpp get_reply_markup)", () => {
  it("drops an empty row and says so", () => {
    expect(inline([{ text: "A", callback_data: "a" }], [])).toEqual([
      { path: "reply_markup.inline_keyboard[1]", severity: "warning", message: "reply_markup.inline_keyboard[1]: is an empty row: the server drops it." },
    ]);
  });

  it("sends no keyboard when nothing is kept", () => {
    expect(inline()).toEqual([
      { path: "reply_markup.inline_keyboard", severity: "warning", message: "reply_markup.inline_keyboard: has no rows: the message is sent without this keyboard." },
    ]);
    expect(reply([])).toEqual([
      { path: "reply_markup.keyboard[0]", severity: "warning", message: "reply_markup.keyboard[0]: is an empty row: the server drops it." },
      { path: "reply_markup.keyboard", severity: "warning", message: "reply_markup.keyboard: has no button the server keeps: the message is sent without this keyboard." },
    ]);
  });

  it(`keeps ${KEYBOARD_LIMITS.perRow} buttons a row and ${KEYBOARD_LIMITS.total} in all`, () => {
    const row = (n: number) => Array.from({ length: n }, (_, i) => ({ text: `B${i}` }));
    expect(reply(row(13))).toEqual([
      { path: "reply_markup.keyboard[0]", severity: "warning", message: "reply_markup.keyboard[0]: has 13 buttons: the server keeps the first 12 of a row and drops the rest." },
    ]);
    expect(reply(...Array.from({ length: 26 }, () => row(12)))).toEqual([
      { path: "reply_markup.keyboard", severity: "warning", message: "reply_markup.keyboard: has 312 buttons: the server keeps the first 300 and drops the rest." },
    ]);
  });
});

describe("a reply keyboard's buttons (Client.cpp get_keyboard_button_type)", () => {
  it("takes a text-only button, and says which kind wins", () => {
    expect(reply([{ text: "Hi" }, { text: "Where", request_location: true }])).toEqual([]);
    expect(reply([{ text: "Both", request_contact: true, request_location: true }])).toEqual([
      { path: "reply_markup.keyboard[0][0]", severity: "warning", message: "reply_markup.keyboard[0][0]: has request_contact and request_location: the server uses request_contact and ignores request_location." },
    ]);
    expect(reply([{ text: "", icon_custom_emoji_id: "1" }])).toEqual([
      { path: "reply_markup.keyboard[0][0].text", severity: "error", message: "reply_markup.keyboard[0][0].text: a button with an icon still needs text. The server answers “Bad Request: keyboard button text must be non-empty”." },
    ]);
  });
});

describe("link preview options (td InputMessageText.cpp process_input_message_text)", () => {
  it("says what a disabled preview or a missing url ignores", () => {
    expect(check({ link_preview_options: { is_disabled: true, url: "https://gramio.dev", prefer_large_media: true } })).toEqual([
      { path: "link_preview_options.url", severity: "warning", message: "link_preview_options.url: is ignored: the preview is disabled." },
      { path: "link_preview_options.prefer_large_media", severity: "warning", message: "link_preview_options.prefer_large_media: is ignored: the preview is disabled." },
    ]);
    expect(check({ link_preview_options: { prefer_small_media: true } })).toEqual([
      {
        path: "link_preview_options.prefer_small_media",
        severity: "warning",
        message: "link_preview_options.prefer_small_media: is ignored without a url: the server sizes the preview of the message's first link itself.",
      },
    ]);
    expect(check({ link_preview_options: { url: "https://gramio.dev", prefer_small_media: true, show_above_text: true } })).toEqual([]);
  });
});

describe("an empty reply_markup (Client.cpp get_reply_markup)", () => {
  it("is no keyboard, not a refusal", () => {
    expect(check({ reply_markup: {} })).toEqual([
      { path: "reply_markup.inline_keyboard", severity: "warning", message: "reply_markup.inline_keyboard: is not set: the message is sent without this keyboard." },
    ]);
  });
});
