/** The playground aimed at an older Bot API server (`playground/call/targetVersion.ts`) over methods' real slices: exact strings. */
import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { methodVersionNotice, targetOptions, versionIssues } from "../../../playground/call/targetVersion";
import { hintFor } from "../../../playground/call/controls";
import { SCHEMA_FILE } from "../../../playground/schema/fromGramioTypes";
import type { BotApiSchema } from "../../../playground/schema/model";
import { serverSlice } from "../../../playground/server/slices";

const schema = JSON.parse(readFileSync(SCHEMA_FILE, "utf8")) as BotApiSchema;
const sendMessage = serverSlice(schema, "sendMessage");
const sendChecklist = serverSlice(schema, "sendChecklist");

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
    expect(versionIssues(sendMessage.history, call, "10.1")).toEqual([
      { path: "ephemeral_message_parameters", severity: "warning", message: "ephemeral_message_parameters: since Bot API 10.3 (added after 10.1). A server at Bot API 10.1 does not read it: the call goes without it." },
    ]);
    expect(versionIssues(sendMessage.history, call, "8.3").map((i) => i.path)).toEqual(["ephemeral_message_parameters", "suggested_post_parameters"]);
    expect(versionIssues(sendMessage.history, call, "")).toEqual([]);
    expect(versionIssues(sendMessage.history, { chat_id: 1, text: "hi" }, "7.11")).toEqual([]);
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
});
