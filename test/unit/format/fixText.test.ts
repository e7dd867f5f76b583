/**
 * What td keeps of a message's text before it counts it (`playground/format/fixText.ts`, td's
 * fix_formatted_text) and td's refusals of a message's text and caption once the chat is found
 * (`sentTextVerdict`, MessageContent.cpp get_input_message_content): exact strings.
 */
import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { fixedText } from "../../../playground/format/fixText";
import { sentText } from "../../../playground/format/index";
import { validateCall } from "../../../playground/call/validate";
import { SCHEMA_FILE } from "../../../playground/schema/fromGramioTypes";
import type { BotApiSchema } from "../../../playground/schema/model";
import { firstRefusal } from "../../../playground/server/readings";
import { serverSlice } from "../../../playground/server/slices";

const schema = JSON.parse(readFileSync(SCHEMA_FILE, "utf8")) as BotApiSchema;

describe("fix_formatted_text: cleaning and trimming", () => {
  it("trims spaces and line breaks at the end, and at the start only up to the first entity", () => {
    expect(fixedText("  hello \n ", [])).toBe("hello");
    expect(fixedText("  hello", [{ offset: 1, length: 3 }])).toBe(" hello");
    expect(fixedText("\n\nhello", [{ offset: 0, length: 7 }])).toBe("\n\nhello");
    // An entity that begins after the last character that shows is dropped, and no longer stops the trim.
    expect(fixedText("  a   ", [{ offset: 4, length: 2 }])).toBe("a");
  });

  it("turns control characters into spaces and drops \\r and the invisible separators, moving the entities with the text", () => {
    expect(fixedText("a\tb\r\nc\u2028d", [])).toBe("a b\ncd");
    // The entity began after a dropped \r: it still stops the trim at its new place.
    expect(fixedText("\r  x", [{ offset: 2, length: 2 }])).toBe(" x");
    // An entity of dropped characters only has no length left and is dropped.
    expect(fixedText("\r\r  x", [{ offset: 0, length: 2 }])).toBe("x");
  });

  it("is empty when nothing but spaces and line breaks is left, or when the rest shows nothing (is_empty_string)", () => {
    expect(fixedText(" \n \r", [])).toBeUndefined();
    expect(fixedText("\u200b\u200d", [])).toBeUndefined();
    expect(fixedText("\u3000", [{ offset: 0, length: 1 }])).toBeUndefined();
    expect(fixedText("\u2800x", [])).toBe("\u2800x");
  });

  it("keeps a surrogate pair whole at the end", () => {
    expect(fixedText("😀  ", [])).toBe("😀");
  });
});

describe("the text td keeps of a parameter: parsed with its mode, or placed with the entities sent", () => {
  it("parses with the parse mode (any case), and says nothing of what the parser or the server refuses first", () => {
    expect(sentText("*  bold  *  ", "MarkdownV2", "")).toBe("  bold");
    expect(sentText("<b> </b>", "html", "")).toBeUndefined();
    expect(sentText("*unended", "MarkdownV2", "")).toBeNull();
    expect(sentText("x", "Markdown3", "")).toBeNull();
    expect(sentText("", "", "")).toBeNull();
  });

  it("places the entities sent when no parse mode makes them, and cannot tell when they do not fit the text", () => {
    expect(sentText("  hi", "", '[{"type":"bold","offset":1,"length":3}]')).toBe(" hi");
    expect(sentText("  hi", "", '[{"type":"bold","offset":1,"length":9}]')).toBeNull();
    expect(sentText("  hi", "", "not json")).toBe("hi");
  });
});

describe("td's refusals of a message's text and caption, once the chat is found", () => {
  const message = serverSlice(schema, "sendMessage");
  const photo = serverSlice(schema, "sendPhoto");

  it("refuses a text with nothing left, unless the message previews a url it names", () => {
    expect(validateCall(message, { chat_id: 1, text: "*  *", parse_mode: "MarkdownV2" })).toEqual([
      { path: "text", severity: "error", message: "text: has nothing left once td has cleaned it and trimmed its spaces and line breaks (fix_formatted_text); td checks this once the chat is found. The server answers “Bad Request: text must be non-empty”." },
    ]);
    expect(validateCall(message, { chat_id: 1, text: " ", link_preview_options: { url: "https://example.com" } })).toEqual([]);
    expect(validateCall(message, { chat_id: 1, text: " ", link_preview_options: { url: "https://example.com", is_disabled: true } }).map((i) => i.path)).toEqual(["link_preview_options.url", "text"]);
  });

  it("counts the text after parsing and trimming, in code points, against the documented 4,096", () => {
    expect(validateCall(message, { chat_id: 1, text: `*${"a".repeat(4096)}*  `, parse_mode: "MarkdownV2" })).toEqual([]);
    expect(validateCall(message, { chat_id: 1, text: "😀".repeat(4096) })).toEqual([]);
    expect(validateCall(message, { chat_id: 1, text: "😀".repeat(4097) })).toEqual([
      { path: "text", severity: "error", message: "text: has 4,097 characters once td has parsed and trimmed it, counted as td counts them (Unicode code points); a bot's text takes at most 4,096, which td checks once the chat is found. The server answers “Bad Request: message is too long”." },
    ]);
  });

  it("lets a caption be empty, and counts it against the documented 1,024", () => {
    expect(validateCall(photo, { chat_id: 1, photo: "AgAD", caption: "<i> </i>", parse_mode: "HTML" })).toEqual([]);
    expect(validateCall(photo, { chat_id: 1, photo: "AgAD", caption: "b".repeat(1025) })).toEqual([
      { path: "caption", severity: "error", message: "caption: has 1,025 characters once td has parsed and trimmed it, counted as td counts them (Unicode code points); a bot's caption takes at most 1,024, which td checks once the chat is found. The server answers “Bad Request: message caption is too long”." },
    ]);
  });

  it("is not made by the stand-in, which finds no chat; an empty text is refused at once", () => {
    expect(firstRefusal("sendMessage", { chat_id: "1", text: "😀".repeat(4097) })).toBeUndefined();
    expect(firstRefusal("sendMessage", { chat_id: "1", text: "" })).toBe("Bad Request: message text is empty");
  });
});
