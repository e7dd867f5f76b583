/**
 * The entities sent beside a text, as the server reads them (`playground/format/entities.ts`,
 * Client.cpp get_formatted_text, get_text_entity, get_text_entity_type): through the validator
 * and the stand-in's path; exact strings.
 */
import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { validateCall } from "../../../playground/call/validate";
import { SCHEMA_FILE } from "../../../playground/schema/fromGramioTypes";
import type { BotApiSchema } from "../../../playground/schema/model";
import { firstRefusal } from "../../../playground/server/readings";
import { serverSlice } from "../../../playground/server/slices";

const schema = JSON.parse(readFileSync(SCHEMA_FILE, "utf8")) as BotApiSchema;
const send = (entities: unknown, extra: Record<string, string> = {}) =>
  firstRefusal("sendMessage", { chat_id: "1", text: "hello", entities: typeof entities === "string" ? entities : JSON.stringify(entities), ...extra });

describe("entities beside a text (get_text_entity)", () => {
  it("takes each type with what it needs, and drops the types td finds itself", () => {
    expect(
      send([
        { type: "bold", offset: 0, length: 1 },
        { type: "pre", offset: 0, length: 1, language: "go" },
        { type: "text_link", offset: 0, length: 1, url: "x" },
        { type: "text_mention", offset: 0, length: 1, user: { id: 5 } },
        { type: "custom_emoji", offset: 0, length: 1, custom_emoji_id: "5368324170671202286" },
        { type: "date_time", offset: 0, length: 1, unix_time: 1, date_time_format: "wDT" },
        { type: "url", offset: 0, length: 1 },
        { type: "expandable_blockquote", offset: "0", length: "1" },
      ]),
    ).toBeUndefined();
  });

  it("refuses the first item it cannot read, after “Can't parse MessageEntity: ”", () => {
    expect(send(["x"])).toBe("Bad Request: can't parse MessageEntity: expected an Object");
    expect(send([{ type: "bold", length: 1 }])).toBe('Bad Request: can\'t parse MessageEntity: Can\'t find field "offset"');
    expect(send([{ type: "bold", offset: "a", length: 1 }])).toBe('Bad Request: can\'t parse MessageEntity: Field "offset" must be a valid Number');
    expect(send([{ type: "", offset: 0, length: 1 }])).toBe("Bad Request: can't parse MessageEntity: Type is not specified");
    expect(send([{ type: "Bold", offset: 0, length: 1 }])).toBe("Bad Request: can't parse MessageEntity: Unsupported type specified");
    expect(send([{ type: "text_link", offset: 0, length: 1 }])).toBe('Bad Request: can\'t parse MessageEntity: Can\'t find field "url"');
    expect(send([{ type: "text_mention", offset: 0, length: 1, user: 5 }])).toBe('Bad Request: can\'t parse MessageEntity: Field "user" must be of type Object');
    expect(send([{ type: "date_time", offset: 0, length: 1, unix_time: 1, date_time_format: "x" }])).toBe("Bad Request: can't parse MessageEntity: Invalid date-time format specified");
  });

  it("drops what is not a JSON list, and does not read them at all when a parse mode makes the entities", () => {
    expect(send("{")).toBeUndefined();
    expect(send({ type: "bold" })).toBeUndefined();
    expect(send(["x"], { parse_mode: "HTML" })).toBeUndefined();
    expect(send(["x"], { parse_mode: "none" })).toBe("Bad Request: can't parse MessageEntity: expected an Object");
  });

  it("places a refusal at its item in the validator, and says when entities are not read", () => {
    const slice = serverSlice(schema, "sendMessage");
    expect(validateCall(slice, { chat_id: 1, text: "hi", entities: [{ type: "bold", offset: 0, length: 1 }, { type: "nope", offset: 0, length: 1 }] })).toEqual([
      { path: "entities[1].type", severity: "error", message: "entities[1].type: has a type the server does not know (“nope”). The server answers “Bad Request: can't parse MessageEntity: Unsupported type specified”." },
    ]);
    expect(validateCall(slice, { chat_id: 1, text: "*hi*", parse_mode: "MarkdownV2", entities: [{ type: "bold", offset: 0, length: 1 }] })).toEqual([
      { path: "entities", severity: "warning", message: "entities: is not read: with a parse mode, the server takes the entities td's parser finds in the text." },
    ]);
    // A caption's entities, beside the caption.
    expect(firstRefusal("sendPhoto", { chat_id: "1", photo: "x", caption: "c", caption_entities: '[{"type":"bold"}]' })).toBe('Bad Request: can\'t parse MessageEntity: Can\'t find field "offset"');
  });
});

describe("a text inside a JSON value, parsed by td with its parse mode (get_formatted_text in the value's reader)", () => {
  it("a reply's quote, an album's caption, an inline result's message: refused as the text of its own is, after the value's prefix", () => {
    expect(firstRefusal("sendMessage", { chat_id: "1", text: "hi", reply_parameters: JSON.stringify({ message_id: 1, quote: "*q", quote_parse_mode: "MarkdownV2" }) })).toBe(
      "Bad Request: can't parse entities: Can't find end of Bold entity at byte offset 0",
    );
    expect(firstRefusal("sendMessage", { chat_id: "1", text: "hi", reply_parameters: JSON.stringify({ message_id: 1, quote: "*q*", quote_parse_mode: "MarkdownV2" }) })).toBeUndefined();
    expect(firstRefusal("sendMediaGroup", { chat_id: "1", media: JSON.stringify([{ type: "photo", media: "x", caption: "<b>c", parse_mode: "HTML" }, { type: "photo", media: "y" }]) })).toBe(
      `Bad Request: can't parse InputMedia: Can't parse entities: Can't find end tag corresponding to start tag "b"`,
    );
    const article = { type: "article", id: "1", title: "T", input_message_content: { message_text: "_x", parse_mode: "Markdown" } };
    expect(firstRefusal("answerInlineQuery", { inline_query_id: "1", results: JSON.stringify([article]) })).toBe(
      "Bad Request: can't parse inline query result: Can't parse entities: Can't find end of the entity starting at byte offset 0",
    );
  });

  it("a poll option's text with its text_parse_mode (get_input_poll_options)", () => {
    const poll = (options: unknown[]) => firstRefusal("sendPoll", { chat_id: "1", question: "Q", options: JSON.stringify(options) });
    expect(poll([{ text: "*a*", text_parse_mode: "MarkdownV2" }, "b"])).toBeUndefined();
    expect(poll([{ text: "a" }, { text: "*a", text_parse_mode: "markdownv2" }])).toBe("Bad Request: can't parse entities: Can't find end of Bold entity at byte offset 0");
    expect(poll([{ text: "a", text_parse_mode: "md" }, "b"])).toBe("Bad Request: unsupported parse_mode");
    expect(poll([{ text: "a", text_parse_mode: ["HTML"] }, "b"])).toBe('Bad Request: field "text_parse_mode" must be of type String');
    expect(poll([{ text: "a".repeat(32_769) }, "b"])).toBe("Bad Request: text is too long");
    // Its text_entities, read when no parse mode makes them.
    expect(poll([{ text: "a", text_entities: [{ offset: 0, length: 1, type: "bold" }] }, "b"])).toBeUndefined();
    expect(poll([{ text: "a", text_entities: [{ offset: 0, length: 1, type: "blink" }] }, "b"])).toBe("Bad Request: can't parse MessageEntity: Unsupported type specified");
    expect(poll([{ text: "a", text_parse_mode: "HTML", text_entities: [{ type: "blink" }] }, "b"])).toBeUndefined();
  });

  it("the entities beside a text inside a JSON value: an album's caption, an inline result's message", () => {
    const album = (caption_entities: unknown) =>
      firstRefusal("sendMediaGroup", { chat_id: "1", media: JSON.stringify([{ type: "photo", media: "AgAD1", caption: "c", caption_entities }, { type: "photo", media: "AgAD2" }]) });
    expect(album([{ offset: 0, length: 1, type: "italic" }])).toBeUndefined();
    expect(album([{ offset: 0, length: 1, type: "text_link" }])).toBe("Bad Request: can't parse InputMedia: Can't parse MessageEntity: Can't find field \"url\"");
    const article = (entities: unknown) =>
      firstRefusal("answerInlineQuery", { inline_query_id: "1", results: JSON.stringify([{ type: "article", id: "1", title: "t", input_message_content: { message_text: "m", entities } }]) });
    expect(article([{ offset: 0, length: 1, type: "code" }])).toBeUndefined();
    expect(article(["x"])).toBe("Bad Request: can't parse inline query result: Can't parse MessageEntity: expected an Object");
  });

  it("places the refusal at the text inside the value in the validator", () => {
    const slice = serverSlice(schema, "sendMessage");
    expect(validateCall(slice, { chat_id: 1, text: "hi", reply_parameters: { message_id: 1, quote: "a.b", quote_parse_mode: "MarkdownV2" } }).filter((i) => i.severity === "error")).toEqual([
      {
        path: "reply_parameters.quote",
        severity: "error",
        message: "reply_parameters.quote: is not MarkdownV2 as td parses it: Character '.' is reserved and must be escaped with the preceding '\\' (character 2, “.”). The server answers “Bad Request: can't parse entities: Character '.' is reserved and must be escaped with the preceding '\\'”.",
      },
    ]);
  });
});
