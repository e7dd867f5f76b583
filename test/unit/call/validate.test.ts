import { describe, expect, it } from "vitest";
import { validateCall } from "../../../playground/call/validate";
import { readFileSync } from "node:fs";
import { SCHEMA_FILE } from "../../../playground/schema/fromGramioTypes";
import type { BotApiSchema } from "../../../playground/schema/model";
import { sliceFor } from "../../../playground/schema/slice";
import { serverSlice } from "../../../playground/server/slices";

const schema = JSON.parse(readFileSync(SCHEMA_FILE, "utf8")) as BotApiSchema;
const sendMessage = sliceFor(schema, "sendMessage");
const sendMediaGroup = sliceFor(schema, "sendMediaGroup");
const getUpdates = serverSlice(schema, "getUpdates");

describe("validateCall", () => {
  it("names missing required parameters", () => {
    expect(validateCall(sendMessage, {})).toEqual([
      { path: "chat_id", severity: "error", message: "chat_id is required." },
      { path: "text", severity: "error", message: "text is required." },
    ]);
  });

  it("checks kinds, enums, lengths and ranges with exact words", () => {
    expect(validateCall(sendMessage, { chat_id: 1, text: "x".repeat(4097), parse_mode: "html" })).toEqual([
      { path: "text", severity: "warning", message: "text: the server takes 1-4096 characters (after entities parsing); this has 4,097." },
      { path: "parse_mode", severity: "warning", message: "parse_mode: the server reads “html” as HTML (it ignores case); GramIO's types take “HTML”." },
    ]);
    // A parse mode as Client::get_formatted_text reads it.
    expect(validateCall(sendMessage, { chat_id: 1, text: "x", parse_mode: "none" })).toEqual([
      { path: "parse_mode", severity: "warning", message: "parse_mode: “none” parses nothing: the server sends the text as it is, with the entities given beside it." },
    ]);
    expect(validateCall(sendMessage, { chat_id: 1, text: "x", parse_mode: "markdown2" })).toEqual([
      { path: "parse_mode", severity: "error", message: "parse_mode: must be “HTML”, “MarkdownV2” or “Markdown” (any case). The server answers “Bad Request: unsupported parse_mode”." },
    ]);
    expect(validateCall(sendMessage, { chat_id: 1, text: "x", parse_mode: "MarkdownV2" })).toEqual([]);
    // getUpdates' limit and timeout are clamped by the server (playground/server/integers.ts), never refused.
    expect(validateCall(getUpdates, { limit: 101, timeout: "4e" })).toEqual([
      { path: "limit", severity: "warning", message: "limit: the server clamps 101 to 100 (it takes 1-100)." },
      // Text is read by td's to_integer as a number would be: changed, never refused.
      { path: "timeout", severity: "warning", message: "timeout: the server reads “4e” as 4. GramIO's types take a number." },
    ]);
    expect(validateCall(getUpdates, { offset: "42", limit: "x" })).toEqual([
      { path: "offset", severity: "warning", message: "offset: the server reads “42” as the number 42. GramIO's types take a number." },
      { path: "limit", severity: "warning", message: "limit: the server clamps “x” (read as 0) to 1 (it takes 1-100). GramIO's types take a number." },
    ]);
    const sendLocation = sliceFor(schema, "sendLocation");
    // Read without a clamp, so td's own check decides (Location.cpp: "Wrong live location heading specified").
    expect(validateCall(sendLocation, { chat_id: 1, latitude: 1, longitude: 2, heading: 400 })).toEqual([{ path: "heading", severity: "warning", message: "heading: Telegram's documentation says 1-360; this is 400. The server's source does not refuse this when it reads the request (td may, once the chat is found)." }]);
  });

  it("walks into objects, lists and unions, naming each place by its path", () => {
    const issues = validateCall(sendMessage, {
      chat_id: 1,
      text: "hi",
      reply_markup: { inline_keyboard: [[{ text: "Open", url: 5 }, {}]] },
    });
    expect(issues).toEqual([
      // The server takes a number where text is expected, as its text (get_optional_string_field).
      { path: "reply_markup.inline_keyboard[0][0].url", severity: "warning", message: "reply_markup.inline_keyboard[0][0].url: is a number: the server reads it as the text “5”; GramIO's types take text." },
      {
        path: "reply_markup.inline_keyboard[0][1].text",
        severity: "error",
        message: 'reply_markup.inline_keyboard[0][1].text: is required. The server answers “Bad Request: can\'t parse inline keyboard button: Can\'t find field "text"”.',
      },
    ]);
    expect(validateCall(sliceFor(schema, "getCustomEmojiStickers"), { custom_emoji_ids: [5] })).toEqual([
      { path: "custom_emoji_ids[0]", severity: "error", message: "custom_emoji_ids[0]: expected text, got a number." },
    ]);
    expect(validateCall(sendMessage, { chat_id: true, text: "hi" })).toEqual([
      { path: "chat_id", severity: "error", message: "chat_id: expected Number or String, got a boolean." },
    ]);
    expect(validateCall(sendMessage, { chat_id: 1, text: "hi", reply_parameters: { message_id: 1, quote_entities: [{ type: "bold", offset: 0 }] } })).toEqual([
      { path: "reply_parameters.quote_entities[0].length", severity: "error", message: "reply_parameters.quote_entities[0].length is required." },
    ]);
    expect(validateCall(sendMediaGroup, { chat_id: 1, media: [{ type: "photo", media: "AgAC" }] })).toEqual([
      // td sends one item as a single message (MessageContent.cpp check_message_group_message_contents): the documentation's count is a warning.
      { path: "media", severity: "warning", message: "media: Telegram's documentation says 2-10 items; it has 1. The server's source does not refuse this when it reads the request (td may, once the chat is found)." },
    ]);
  });

  it("warns about a field the type does not have", () => {
    expect(validateCall(sendMessage, { chat_id: 1, text: "hi", link_preview_options: { is_disabled: true, colour: "red" } })).toEqual([
      { path: "link_preview_options.colour", severity: "warning", message: "link_preview_options.colour: LinkPreviewOptions has no such field; the server ignores it." },
    ]);
  });
});
