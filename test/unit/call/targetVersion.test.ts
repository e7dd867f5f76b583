/** The playground aimed at an older Bot API server (`playground/call/targetVersion.ts`) over methods' real slices: exact strings. */
import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { changesOf, methodVersionNotice, sinceOf, targetOptions, versionIssues } from "../../../playground/call/targetVersion";
import { hintFor, ownHint } from "../../../playground/call/controls";
import { SCHEMA_FILE } from "../../../playground/schema/fromGramioTypes";
import type { BotApiSchema } from "../../../playground/schema/model";
import { serverSlice } from "../../../playground/server/slices";

const schema = JSON.parse(readFileSync(SCHEMA_FILE, "utf8")) as BotApiSchema;
const sendMessage = serverSlice(schema, "sendMessage");
const sendChecklist = serverSlice(schema, "sendChecklist");
const setWebhook = serverSlice(schema, "setWebhook");
const editMessageText = serverSlice(schema, "editMessageText");
const sendPaidMedia = serverSlice(schema, "sendPaidMedia");

describe("aiming the playground at an older server", () => {
  it("offers the history's versions, newest first, the oldest 'or earlier'", () => {
    expect(targetOptions(sendMessage.history)).toEqual([
      { value: "", label: "Bot API 10.3 (newest)" },
      { value: "10.1", label: "Bot API 10.1" },
      { value: "10.0", label: "Bot API 10.0" },
      { value: "9.6", label: "Bot API 9.6" },
      { value: "9.2", label: "Bot API 9.2" },
      { value: "8.3", label: "Bot API 8.3" },
      { value: "7.11", label: "Bot API 7.11 or earlier" },
    ]);
  });

  it("warns at each filled parameter the server does not know yet, and not at what it knows", () => {
    const call = { chat_id: 1, text: "hi", suggested_post_parameters: { price: { currency: "XTR", amount: 5 } }, ephemeral_message_parameters: { receiver_user_id: 1 } };
    expect(versionIssues(sendMessage, call, "10.1")).toEqual([
      { path: "ephemeral_message_parameters", severity: "warning", message: "ephemeral_message_parameters: since Bot API 10.3 (added after 10.1). A server at Bot API 10.1 does not read it: the call goes without it." },
    ]);
    expect(versionIssues(sendMessage, call, "8.3").map((i) => i.path)).toEqual(["ephemeral_message_parameters", "suggested_post_parameters"]);
    expect(versionIssues(sendMessage, call, "")).toEqual([]);
    expect(versionIssues(sendMessage, { chat_id: 1, text: "hi" }, "7.11")).toEqual([]);
  });

  it("says what a server without the method answers (Client::on_cmd)", () => {
    expect(methodVersionNotice("sendChecklist", sendChecklist.history, "8.3")).toBe("sendChecklist is since Bot API 9.2 (added after 8.3): a server at Bot API 8.3 does not have it and answers 404 “Not Found: method not found”.");
    expect(methodVersionNotice("sendChecklist", sendChecklist.history, "9.2")).toBeUndefined();
    expect(methodVersionNotice("sendMessage", sendMessage.history, "7.11")).toBeUndefined();
  });

  it("names a parameter's version in its control's hint", () => {
    const field = sendMessage.method.fields.find((f) => f.name === "direct_messages_topic_id")!;
    expect(hintFor(field, undefined, sendMessage.history!.params.direct_messages_topic_id)).toBe("Number · since Bot API 9.2 (added after 8.3)");
  });

  it("warns at a filled field inside a parameter that the server does not know yet, and says nothing below it", () => {
    const call = {
      chat_id: 1,
      text: "hi",
      reply_markup: { inline_keyboard: [[{ text: "a", callback_data: "x", style: "primary" }, { text: "b", url: "https://t.me", disabled: true }]] },
      reply_parameters: { message_id: 5, checklist_task_id: 2 },
    };
    expect(versionIssues(sendMessage, call, "9.2")).toEqual([
      { path: "reply_markup.inline_keyboard[0][0].style", severity: "warning", message: "reply_markup.inline_keyboard[0][0].style: since Bot API 9.6 (added after 9.2). A server at Bot API 9.2 does not read it: the call goes without it." },
      { path: "reply_markup.inline_keyboard[0][1].disabled", severity: "warning", message: "reply_markup.inline_keyboard[0][1].disabled: since Bot API 10.3 (added after 10.1). A server at Bot API 9.2 does not read it: the call goes without it." },
    ]);
    expect(versionIssues(sendMessage, call, "8.3").map((i) => i.path)).toEqual(["reply_parameters.checklist_task_id", "reply_markup.inline_keyboard[0][0].style", "reply_markup.inline_keyboard[0][1].disabled"]);
    // Inside a parameter the server does not read, nothing more is said.
    const suggested = { chat_id: 1, text: "hi", suggested_post_parameters: { price: { currency: "XTR", amount: 5 } } };
    expect(versionIssues(sendMessage, suggested, "8.3").map((i) => i.path)).toEqual(["suggested_post_parameters"]);
  });

  it("knows since when every parameter and every field the parameters reach exists", () => {
    const h = sendMessage.history;
    expect(sinceOf(h, undefined, "text")).toEqual({ version: "7.11", orEarlier: true });
    expect(sinceOf(h, undefined, "direct_messages_topic_id")).toEqual({ version: "9.2", orEarlier: false, after: "8.3" });
    expect(sinceOf(h, "InlineKeyboardButton", "text")).toEqual({ version: "7.11", orEarlier: true });
    expect(sinceOf(h, "InlineKeyboardButton", "style")).toEqual({ version: "9.6", orEarlier: false, after: "9.2" });
    expect(sinceOf(h, "SuggestedPostParameters", "price")).toEqual({ version: "9.2", orEarlier: false, after: "8.3" });
    expect(sinceOf(h, "LinkPreviewOptions", "url")).toEqual({ version: "7.11", orEarlier: true });
    expect(sinceOf(sendChecklist.history, undefined, "chat_id")).toEqual({ version: "9.2", orEarlier: false, after: "8.3" });
    expect(sinceOf(undefined, undefined, "text")).toBeUndefined();
  });

  it("carries only what is newer than its owner", () => {
    expect(Object.keys(sendMessage.history!.params).sort()).toEqual(["direct_messages_topic_id", "ephemeral_message_parameters", "suggested_post_parameters"]);
    expect(sendMessage.history!.objects!.LinkPreviewOptions).toBeUndefined();
    expect(sendMessage.history!.objects!.SuggestedPostParameters).toEqual({ since: { version: "9.2", orEarlier: false, after: "8.3" } });
    expect(Object.keys(sendMessage.history!.objects!).every((name) => name in sendMessage.objects)).toBe(true);
    expect(setWebhook.history).toEqual({ versions: ["7.11", "8.3", "9.2", "9.6", "10.0", "10.1", "10.3"], since: { version: "7.11", orEarlier: true }, params: {} });
  });

  it("adds since to a method's own hint", () => {
    expect(ownHint("A public IPv4 address.", sinceOf(setWebhook.history, undefined, "ip_address"))).toBe("A public IPv4 address. Since Bot API 7.11 or earlier.");
    expect(ownHint("A public IPv4 address.")).toBe("A public IPv4 address.");
  });

  it("knows how a parameter or a field changed, and says it in its control's hint", () => {
    expect(changesOf(sendChecklist.history, undefined, "chat_id")).toEqual([{ version: "10.0", before: { type: "Number", required: true }, after: { type: "Number or String", required: true } }]);
    expect(changesOf(sendPaidMedia.history, "InputPaidMediaVideo", "thumbnail").map((c) => c.version)).toEqual(["8.3", "9.2"]);
    expect(changesOf(sendMessage.history, undefined, "text")).toEqual([]);
    const chatId = sendChecklist.method.fields.find((f) => f.name === "chat_id")!;
    expect(hintFor(chatId, undefined, sinceOf(sendChecklist.history, undefined, "chat_id"), changesOf(sendChecklist.history, undefined, "chat_id"))).toBe(
      "Number or String · since Bot API 9.2 (added after 8.3) · changed in Bot API 10.0: Number → Number or String",
    );
    expect(ownHint("Text.", { version: "7.11", orEarlier: true }, changesOf(editMessageText.history, undefined, "text"))).toBe("Text. Since Bot API 7.11 or earlier. Changed in Bot API 10.1: required → optional.");
  });

  it("says what a server older than a change takes: the type it had, or that it required the place", () => {
    expect(versionIssues(sendChecklist, { business_connection_id: "b", chat_id: "@channel", checklist: { title: "t", tasks: [] } }, "9.6")).toContainEqual({
      path: "chat_id",
      severity: "warning",
      message: "chat_id: a server at Bot API 9.6 takes Number here, not String (changed in Bot API 10.0).",
    });
    // A value the older type takes: nothing to say.
    expect(versionIssues(sendChecklist, { business_connection_id: "b", chat_id: 5, checklist: { title: "t", tasks: [] } }, "9.6").map((i) => i.path)).not.toContain("chat_id");
    expect(versionIssues(sendChecklist, { business_connection_id: "b", chat_id: "@channel", checklist: { title: "t", tasks: [] } }, "10.0").map((i) => i.path)).not.toContain("chat_id");
    // A file where the history has only a file_id or URL before 9.2 (InputPaidMediaVideo.thumbnail was a String in 8.3).
    const video = { type: "video", media: "attach://v", thumbnail: { id: "f1", name: "t.jpg", size: 3 } };
    expect(versionIssues(sendPaidMedia, { chat_id: 1, star_count: 1, media: [video] }, "8.3")).toContainEqual({
      path: "media[0].thumbnail",
      severity: "warning",
      message: "media[0].thumbnail: a server at Bot API 8.3 takes String here, not InputFile (changed in Bot API 9.2).",
    });
    // Optional since 10.1: an older server requires it; one from 10.1 on does not.
    expect(versionIssues(editMessageText, { chat_id: 1, message_id: 2 }, "10.0")).toEqual([{ path: "text", severity: "warning", message: "text: a server at Bot API 10.0 requires it (optional since Bot API 10.1)." }]);
    expect(versionIssues(editMessageText, { chat_id: 1, message_id: 2 }, "10.1")).toEqual([]);
    // Inside a parameter too: a reply without message_id, aimed at 10.1.
    expect(versionIssues(sendMessage, { chat_id: 1, text: "a", reply_parameters: { chat_id: 2 } }, "10.1")).toEqual([
      { path: "reply_parameters.message_id", severity: "warning", message: "reply_parameters.message_id: a server at Bot API 10.1 requires it (optional since Bot API 10.3)." },
    ]);
  });
});
