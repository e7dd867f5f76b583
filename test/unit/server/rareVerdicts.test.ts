// Without readings.ts (Node's registration): the client's path, where a slice brings the verdicts it needs.
import { describe, expect, it } from "vitest";
import { validateCall } from "../../../playground/call/validate";
import { loadSlice } from "../../../playground/schema/loadSlice";
import { needsFormat, needsRareVerdicts, needsSpecialPorts } from "../../../playground/server/rareKinds";
import { verdictOf } from "../../../playground/server/readingKinds";

describe("the verdicts few methods need come with their slice", () => {
  it("are not there before a slice that needs them is loaded, and are after", async () => {
    expect(() => verdictOf({ kind: "poll_options" }, "options", ["a"])).toThrow("rareVerdicts.ts is not loaded");
    const getMe = await loadSlice("getMe");
    expect(needsRareVerdicts(getMe)).toBe(false);
    expect(() => verdictOf({ kind: "poll_options" }, "options", ["a"])).toThrow("rareVerdicts.ts is not loaded");
    const sendPoll = await loadSlice("sendPoll");
    expect(needsRareVerdicts(sendPoll)).toBe(true);
    expect(validateCall(sendPoll, { chat_id: 1, question: "Q", options: ["a", "b"] })).toEqual([
      { path: "options", severity: "warning", message: "options: the server takes text as the option's text (items 0, 1); GramIO's types take { text: \"…\" }." },
    ]);
  });

  it("are needed by exactly the slices with such a reading or check", async () => {
    expect(needsRareVerdicts(await loadSlice("setWebhook"))).toBe(false);
    expect(needsRareVerdicts(await loadSlice("getMe"))).toBe(false);
    for (const method of ["deleteMessages", "setChatTitle", "createChatInviteLink", "sendMessage"]) expect(needsRareVerdicts(await loadSlice(method)), method).toBe(true);
  });
});

describe("the ports of the JSON values few methods take come with their slice, not with sendMessage's", () => {
  it("are needed only by slices with such a value, and read it once loaded", async () => {
    for (const method of ["sendMessage", "sendPhoto", "editMessageText", "setWebhook"]) expect(needsSpecialPorts(await loadSlice(method)), method).toBe(false);
    for (const method of ["sendMediaGroup", "answerInlineQuery", "setMyCommands", "sendInvoice", "restrictChatMember", "postStory"]) expect(needsSpecialPorts(await loadSlice(method)), method).toBe(true);
    // td's parsers of formatted text come with a slice that has a text read with a parse mode, and only then.
    // A text inside a JSON value counts: a reply's quote (sendDice), an inline result's message, an album's captions.
    for (const method of ["sendMessage", "sendPhoto", "editMessageText", "sendPoll", "sendGift", "sendDice", "answerInlineQuery", "sendMediaGroup"]) expect(needsFormat(await loadSlice(method)), method).toBe(true);
    for (const method of ["setWebhook", "getUpdates", "banChatMember", "getChat"]) expect(needsFormat(await loadSlice(method)), method).toBe(false);
    const album = await loadSlice("sendMediaGroup");
    expect(validateCall(album, { chat_id: 1, media: [{ type: "animation", media: "x" }] }).some((i) => i.path === "media[0].type" && i.severity === "error")).toBe(true);
    // td's check of the album, whose verdict comes with the same chunk.
    const eleven = Array.from({ length: 11 }, () => ({ type: "photo", media: "x" }));
    expect(validateCall(album, { chat_id: 1, media: eleven }).some((i) => i.path === "media" && i.message.includes("too many messages to send as an album"))).toBe(true);
  });
});
