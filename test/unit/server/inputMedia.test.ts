/**
 * Media read as JSON, as the server reads them (`playground/server/inputMedia.ts`, ported from
 * Client.cpp get_input_media, get_input_message_contents, get_input_paid_media, get_paid_media,
 * get_input_poll_media): through the stand-in's path (`firstRefusal`, the request's texts, a
 * file part marked `attach://<its name>`) and the validator (picked files in the value tree);
 * exact strings.
 */
import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { validateCall } from "../../../playground/call/validate";
import { SCHEMA_FILE } from "../../../playground/schema/fromGramioTypes";
import type { BotApiSchema } from "../../../playground/schema/model";
import { readingRule } from "../../../playground/server/readingRules";
import { firstRefusal } from "../../../playground/server/readings";
import { serverSlice } from "../../../playground/server/slices";

const schema = JSON.parse(readFileSync(SCHEMA_FILE, "utf8")) as BotApiSchema;
const album = (media: unknown[] | string, args: Record<string, string> = {}) =>
  firstRefusal("sendMediaGroup", { chat_id: "1", media: typeof media === "string" ? media : JSON.stringify(media), ...args });
const photo = { type: "photo", media: "AgACAgIAAxkBAAIB" };

describe("sendMediaGroup's media (get_input_message_contents, get_input_media for an album)", () => {
  it("takes photos, videos, audio and documents by file_id, URL or attach:// of a part the request has", () => {
    expect(album([photo, { type: "video", media: "https://example.com/v.mp4", width: -5, duration: 1e6 }])).toBeUndefined();
    expect(album([{ type: "document", media: "attach://doc" }], { doc: "attach://doc" })).toBeUndefined();
    expect(album([{ type: "audio", media: "x", title: 5, performer: "P" }])).toBeUndefined();
  });

  it("refuses what the server cannot read, each item after “Can't parse InputMedia: ”", () => {
    expect(album("")).toBe('Bad Request: parameter "media" is required');
    expect(album("[")).toBe("Bad Request: can't parse media JSON object");
    expect(album("{}")).toBe("Bad Request: expected an Array of InputMedia");
    expect(album(["x"])).toBe("Bad Request: can't parse InputMedia: expected an Object");
    expect(album([{ media: "x" }])).toBe('Bad Request: can\'t parse InputMedia: Can\'t find field "type"');
    expect(album([{ type: "photo" }])).toBe("Bad Request: can't parse InputMedia: media not found");
    expect(album([{ type: "photo", media: "attach://pic" }])).toBe("Bad Request: can't parse InputMedia: media not found");
    expect(album([{ type: "animation", media: "x" }])).toBe('Bad Request: can\'t parse InputMedia: type "animation" can\'t be used in sendMediaGroup');
    expect(album([{ type: "sticker", media: "x" }])).toBe('Bad Request: can\'t parse InputMedia: type "sticker" is unsupported');
    expect(album([{ type: "live_photo", media: "x" }])).toBe("Bad Request: can't parse InputMedia: photo not found");
    expect(album([{ type: "video", media: "x", width: "wide" }])).toBe('Bad Request: can\'t parse InputMedia: Field "width" must be a valid Number');
    expect(album([{ type: "video", media: "x", supports_streaming: "yes" }])).toBe('Bad Request: can\'t parse InputMedia: Field "supports_streaming" must be of type Boolean');
  });

  it("reads the caption before the type and the file, as get_formatted_text reads it", () => {
    expect(album([{ ...photo, caption: "hi", parse_mode: "md" }])).toBe("Bad Request: can't parse InputMedia: Unsupported parse_mode");
    expect(album([{ ...photo, caption: "hi", parse_mode: "html" }])).toBeUndefined();
    expect(album([{ ...photo, parse_mode: "md" }])).toBeUndefined();
    expect(album([{ media: "", caption: "é".repeat(16_385) }])).toBe("Bad Request: can't parse InputMedia: Text is too long");
    expect(album([{ ...photo, caption: [] }])).toBe('Bad Request: can\'t parse InputMedia: Field "caption" must be of type String');
  });

  it("counts a picked file as the part GramIO sends it in, and places a refusal at its field", () => {
    const slice = serverSlice(schema, "sendMediaGroup");
    expect(validateCall(slice, { chat_id: 1, media: [{ type: "photo", media: { name: "cat.jpg", size: 10 } }, { type: "photo", media: "attach://dog" }] })).toEqual([
      {
        message: "media[1].media: names attach://dog, and the request has no file part of that name. The server answers “Bad Request: can't parse InputMedia: media not found”.",
        path: "media[1].media",
        severity: "error",
      },
    ]);
  });
});

describe("editMessageMedia's media (get_input_media)", () => {
  const edit = (media: object | string) => firstRefusal("editMessageMedia", { chat_id: "1", message_id: "2", media: typeof media === "string" ? media : JSON.stringify(media) });

  it("takes an animation, and refuses as an album's item is refused", () => {
    expect(edit({ type: "animation", media: "x" })).toBeUndefined();
    expect(edit("")).toBe('Bad Request: parameter "media" is required');
    expect(edit("nope")).toBe("Bad Request: can't parse input media JSON object");
    expect(edit([])).toBe("Bad Request: can't parse InputMedia: expected an Object");
    expect(edit({ type: "gif", media: "x" })).toBe('Bad Request: can\'t parse InputMedia: type "gif" is unsupported');
  });
});

describe("sendPaidMedia's media (get_paid_media) and sendInvoice's paid_media (get_input_paid_media)", () => {
  const paid = (media: unknown) => firstRefusal("sendPaidMedia", { chat_id: "1", star_count: "5", media: JSON.stringify(media) });

  it("takes photos and videos; a live photo's photo falls back to a part named photo", () => {
    expect(paid([{ type: "photo", media: "x" }, { type: "video", media: "y", cover: "z", duration: -1 }])).toBeUndefined();
    expect(paid({})).toBe("Bad Request: expected an Array of InputPaidMedia");
    expect(paid([{ type: "audio", media: "x" }])).toBe('Bad Request: can\'t parse InputPaidMedia: type "audio" is unsupported');
    expect(paid([{ type: "photo" }])).toBe("Bad Request: can't parse InputPaidMedia: media not found");
    expect(paid([{ type: "live_photo", media: "x" }])).toBe("Bad Request: can't parse InputPaidMedia: photo not found");
    expect(firstRefusal("sendPaidMedia", { chat_id: "1", media: JSON.stringify([{ type: "live_photo", media: "x" }]), photo: "attach://photo" })).toBeUndefined();
  });

  it("reads sendInvoice's paid media only when sent", () => {
    const invoice = (args: Record<string, string>) => firstRefusal("sendInvoice", { chat_id: "1", title: "T", description: "D", payload: "P", currency: "XTR", prices: '[{"label":"A","amount":1}]', ...args });
    expect(invoice({})).toBeUndefined();
    expect(invoice({ paid_media: '{"type":"photo","media":"x"}' })).toBeUndefined();
    expect(invoice({ paid_media: "{" })).toBe("Bad Request: can't parse input paid media JSON object");
    expect(invoice({ paid_media: '{"type":"photo"}' })).toBe("Bad Request: can't parse InputPaidMedia: media not found");
  });
});

describe("sendPoll's media (get_input_poll_media)", () => {
  const poll = (media: string) => firstRefusal("sendPoll", { chat_id: "1", question: "Q", options: '["a","b"]', media });

  it("is nothing, null, a location, a venue or a file of a type a poll takes", () => {
    expect(poll("")).toBeUndefined();
    expect(poll("null")).toBeUndefined();
    expect(poll('{"type":"location","latitude":1.5,"longitude":2}')).toBeUndefined();
    expect(poll('{"type":"photo","media":"x"}')).toBeUndefined();
    expect(poll("{")).toBe("Bad Request: can't parse InputPollMedia JSON object");
    expect(poll("[]")).toBe("Bad Request: failed to parse InputPollMedia: expected an Object");
    expect(poll('{"type":"sticker","media":"x"}')).toBe("Bad Request: failed to parse InputPollMedia: invalid type specified");
    expect(poll('{"type":"location","latitude":"1","longitude":2}')).toBe('Bad Request: failed to parse InputPollMedia: Field "latitude" must be of type Number');
    expect(poll('{"type":"venue","latitude":1,"longitude":2,"title":"T"}')).toBe('Bad Request: failed to parse InputPollMedia: Can\'t find field "address"');
    expect(poll('{"type":"video"}')).toBe("Bad Request: failed to parse InputPollMedia: media not found");
  });
});

describe("the pages list the media refusals in the server's order", () => {
  it("for sendMediaGroup", () => {
    const rule = readingRule(serverSlice(schema, "sendMediaGroup").readings!.media!, "media");
    expect(rule.refusals.map((r) => r.answer)).toEqual([
      'Bad Request: parameter "media" is required',
      "Bad Request: can't parse media JSON object",
      "Bad Request: expected an Array of InputMedia",
      "Bad Request: can't parse InputMedia: expected an Object",
      "Bad Request: can't parse InputMedia: Text is too long",
      "Bad Request: can't parse InputMedia: Unsupported parse_mode",
      'Bad Request: can\'t parse InputMedia: Can\'t find field "type"',
      "Bad Request: can't parse InputMedia: media not found",
      "Bad Request: can't parse InputMedia: photo not found",
      'Bad Request: can\'t parse InputMedia: type "animation" can\'t be used in sendMediaGroup',
      'Bad Request: can\'t parse InputMedia: type "…" is unsupported',
      'Bad Request: can\'t parse InputMedia: Field "…" must be …',
    ]);
  });
});

describe("a profile photo and a story's content (get_input_chat_photo, get_input_story_content): uploaded with the request", () => {
  const profile = (photo: object | string, args: Record<string, string> = {}) => firstRefusal("setMyProfilePhoto", { photo: typeof photo === "string" ? photo : JSON.stringify(photo), ...args });
  const story = (content: object, args: Record<string, string> = {}) => firstRefusal("postStory", { business_connection_id: "b", content: JSON.stringify(content), active_period: "86400", ...args });

  it("takes only attach:// of a part the request has", () => {
    expect(profile({ type: "static", photo: "attach://p" }, { p: "attach://p" })).toBeUndefined();
    expect(profile({ type: "animated", animation: "attach://a", main_frame_timestamp: 1.5 }, { a: "attach://a" })).toBeUndefined();
    expect(profile("")).toBe("Bad Request: photo isn't specified");
    expect(profile("{")).toBe("Bad Request: can't parse photo JSON object");
    expect(profile([] as unknown as object)).toBe("Bad Request: object expected as profile photo");
    expect(profile({ type: "gif" })).toBe("Bad Request: invalid profile photo type specified");
    expect(profile({ type: "static", photo: "AgACAgIAAxkBAAIB" })).toBe("Bad Request: photo must be uploaded as a file");
    expect(profile({ type: "static", photo: "attach://p" })).toBe("Bad Request: photo must be uploaded as a file");
    expect(profile({ type: "animated", animation: "attach://a", main_frame_timestamp: "1" }, { a: "attach://a" })).toBe('Bad Request: field "main_frame_timestamp" must be of type Number');
    expect(story({ type: "photo", photo: "attach://s" }, { s: "attach://s" })).toBeUndefined();
    expect(story({ type: "video", video: "https://e.com/v.mp4" })).toBe("Bad Request: story video must be uploaded as a file");
    expect(story({ type: "text" })).toBe("Bad Request: invalid story content type specified");
  });

  it("counts a picked file as uploaded in the form", () => {
    expect(validateCall(serverSlice(schema, "setMyProfilePhoto"), { photo: { type: "static", photo: { name: "me.jpg", size: 5 } } })).toEqual([]);
  });
});

describe("an album as td checks it once the chat is found (check_message_group_message_contents)", () => {
  const slice = serverSlice(schema, "sendMediaGroup");
  const errors = (media: object[]) => validateCall(slice, { chat_id: 1, media }).filter((i) => i.path === "media" && i.severity === "error").map((i) => i.message);
  const photo = { type: "photo", media: "x" };

  it("takes 1-10 items of photos and videos, or of audio, or of documents", () => {
    expect(errors([photo])).toEqual([]);
    expect(errors(Array.from({ length: 10 }, () => photo))).toEqual([]);
    expect(errors([{ type: "audio", media: "a" }, { type: "audio", media: "b" }])).toEqual([]);
    expect(errors(Array.from({ length: 11 }, () => photo))).toEqual(["media: has 11 items; td sends at most 10 as an album, and checks it once the chat is found. The server answers “Bad Request: too many messages to send as an album”."]);
    expect(errors([])).toEqual(["media: is an empty list; td checks it once the chat is found. The server answers “Bad Request: there are no messages to send”."]);
    expect(errors([{ ...photo, show_caption_above_media: true }, photo])[0]).toContain("“Bad Request: parameter show_caption_above_media must be the same for all messages”");
    expect(errors([photo, { type: "document", media: "d" }])[0]).toContain("“Bad Request: document can't be mixed with other media types”");
    expect(errors([{ type: "audio", media: "a" }, { type: "video", media: "v" }])[0]).toContain("“Bad Request: audio can't be mixed with other media types”");
  });

  it("is not made by the stand-in, which finds no chat", () => {
    expect(firstRefusal("sendMediaGroup", { chat_id: "1", media: "[]" })).toBeUndefined();
  });
});
