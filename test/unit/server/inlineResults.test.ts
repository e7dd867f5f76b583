/**
 * Inline query results as the server reads them (`playground/server/inlineResults.ts`, ported
 * from Client.cpp get_inline_query_results, get_inline_query_result, get_input_message_content
 * and get_inline_query_results_button): through the stand-in's path (`firstRefusal`) and the
 * validator; exact strings.
 */
import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { validateCall } from "../../../playground/call/validate";
import { SCHEMA_FILE } from "../../../playground/schema/fromGramioTypes";
import type { BotApiSchema } from "../../../playground/schema/model";
import { MAX_INLINE_QUERY_RESULTS } from "../../../playground/server/inlineResults";
import { firstRefusal } from "../../../playground/server/readings";
import { serverSlice } from "../../../playground/server/slices";

const schema = JSON.parse(readFileSync(SCHEMA_FILE, "utf8")) as BotApiSchema;
const answer = (results: unknown, args: Record<string, string> = {}) =>
  firstRefusal("answerInlineQuery", { inline_query_id: "1", results: typeof results === "string" ? results : JSON.stringify(results), ...args });
const article = { type: "article", id: "1", title: "T", input_message_content: { message_text: "hi" } };
const wrap = "Bad Request: can't parse inline query result: ";

describe("answerInlineQuery's results (get_inline_query_results)", () => {
  it("takes nothing, null, or a list of at most 50 results", () => {
    expect(answer("")).toBeUndefined();
    expect(answer("null")).toBeUndefined();
    expect(answer([article, { type: "Photo", id: "2", photo_url: "https://e.com/p.jpg", thumbnail_url: "https://e.com/t.jpg" }])).toBeUndefined();
    expect(answer(Array.from({ length: MAX_INLINE_QUERY_RESULTS }, (_, i) => ({ ...article, id: String(i) })))).toBeUndefined();
    expect(answer(Array.from({ length: MAX_INLINE_QUERY_RESULTS + 1 }, (_, i) => ({ ...article, id: String(i) })))).toBe("Bad Request: too many inline query results specified");
    expect(answer("{}")).toBe("Bad Request: expected an Array of inline query results");
  });

  it("puts td's own parser message in its answer", () => {
    expect(answer("[")).toBe("Bad Request: can't parse JSON encoded inline query results: Unexpected string end");
    expect(answer("[1,]")).toBe("Bad Request: can't parse JSON encoded inline query results: Unexpected symbol ']'");
    expect(answer("[tru]")).toBe("Bad Request: can't parse JSON encoded inline query results: Token starts with 't' -- true expected");
    expect(answer("[] x")).toBe("Bad Request: can't parse JSON encoded inline query results: Expected string end");
  });

  it("reads each result as the server does, after “Can't parse inline query result: ”", () => {
    expect(answer(["x"])).toBe(`${wrap}Inline query result must be an object`);
    expect(answer([{ id: "1" }])).toBe(`${wrap}Can't find field "type"`);
    expect(answer([{ type: "article", title: "T" }])).toBe(`${wrap}Can't find field "id"`);
    // An article sends a message: the old message_text, or an input_message_content the server recognises.
    expect(answer([{ type: "article", id: "1", title: "T" }])).toBe(`${wrap}Can't find field "message_text"`);
    expect(answer([{ type: "article", id: "1", title: "T", input_message_content: { text: "hi" } }])).toBe(`${wrap}Input message content is not specified`);
    expect(answer([{ type: "article", id: "1", title: "T", message_text: "" }])).toBe(`${wrap}Message text is empty`);
    expect(answer([{ ...article, input_message_content: { message_text: "hi", parse_mode: "md" } }])).toBe(`${wrap}Unsupported parse_mode`);
    expect(answer([{ type: "article", id: "1", input_message_content: { message_text: "hi" } }])).toBe(`${wrap}Can't find field "title"`);
    expect(answer([{ type: "photo", id: "1" }])).toBe(`${wrap}Can't find field "photo_file_id"`);
    expect(answer([{ type: "video", id: "1", title: "V", video_url: "https://e.com/v.mp4" }])).toBe(`${wrap}Can't find field "mime_type"`);
    expect(answer([{ type: "location", id: "1", latitude: "1", longitude: 2, title: "L" }])).toBe(`${wrap}Field "latitude" must be of type Number`);
    expect(answer([{ type: "voice", id: "1", title: "V", voice_duration: "long" }])).toBe(`${wrap}Field "voice_duration" must be a valid Number`);
    expect(answer([{ type: "poll", id: "1" }])).toBe(`${wrap}type "poll" is unsupported for the inline query result`);
    expect(answer([{ ...article, reply_markup: { inline_keyboard: [[{ text: "only text" }]] } }])).toBe(`${wrap}Can't parse inline keyboard button: Text buttons are unallowed in the inline keyboard`);
    expect(answer([{ type: "contact", id: "1", phone_number: "+1", first_name: "A", input_message_content: { phone_number: "+1" } }])).toBe(`${wrap}Can't find field "first_name"`);
    expect(answer([{ type: "game", id: "1", game_short_name: "g", input_message_content: { payload: "p", title: "T", description: "D", currency: "XTR", prices: [] } }])).toBe(`${wrap}There must be at least one price`);
  });

  it("places a refusal at its field for the form", () => {
    const issues = validateCall(serverSlice(schema, "answerInlineQuery"), { inline_query_id: "1", results: [article, { type: "photo", id: "2" }] });
    expect(issues.filter((i) => i.severity === "error")).toEqual([
      {
        message: `results[1].photo_file_id: is required. The server answers “${wrap}Can't find field "photo_file_id"”.`,
        path: "results[1].photo_file_id",
        severity: "error",
      },
    ]);
  });
});

describe("answerInlineQuery's button (get_inline_query_results_button)", () => {
  const button = (value: string) => answer("", { button: value });

  it("is nothing, or text with a start_parameter or a web_app", () => {
    expect(button("")).toBeUndefined();
    expect(button('{"text":"Go","start_parameter":"x"}')).toBeUndefined();
    expect(button('{"text":"Go","web_app":{"url":"https://e.com"}}')).toBeUndefined();
    expect(button("{")).toBe("Bad Request: can't parse inline query results button JSON object");
    expect(button("[]")).toBe("Bad Request: can't parse inline query results button: InlineQueryResultsButton must be an Object");
    expect(button('{"text":"Go"}')).toBe("Bad Request: can't parse inline query results button: InlineQueryResultsButton must have exactly one optional field");
    expect(button('{"text":"Go","web_app":{}}')).toBe('Bad Request: can\'t parse inline query results button: Can\'t find field "url"');
  });
});

describe("answerWebAppQuery's and savePreparedInlineMessage's result (get_inline_query_result)", () => {
  it("is one result, with no prefix, and td's parser message after the server's", () => {
    const web = (result: string) => firstRefusal("answerWebAppQuery", { web_app_query_id: "q", result });
    expect(web(JSON.stringify(article))).toBeUndefined();
    expect(web("")).toBe("Bad Request: result isn't specified");
    expect(web("{")).toBe("Bad Request: can't parse JSON encoded web view query results Unexpected string end");
    expect(web('{"type":"article","id":"1"}')).toBe('Bad Request: can\'t find field "message_text"');
    expect(firstRefusal("savePreparedInlineMessage", { user_id: "1", result: '{"type":"gif","id":"1"}' })).toBe('Bad Request: can\'t find field "gif_file_id"');
  });
});
