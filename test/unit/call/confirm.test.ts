import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { confirmationFor } from "../../../playground/call/confirm";
import { DESCRIBED_METHODS, loadDescriptor } from "../../../playground/methods";
import { SCHEMA_FILE } from "../../../playground/schema/fromGramioTypes";
import type { BotApiSchema } from "../../../playground/schema/model";

const schema = JSON.parse(readFileSync(SCHEMA_FILE, "utf8")) as BotApiSchema;
const ask = async (method: string, params: Record<string, unknown> = {}) => confirmationFor(method, params, await loadDescriptor(method));

describe("confirmations", () => {
  it("sends reads at once, asks before anything else, and explains logOut and close", async () => {
    expect(await ask("getMe")).toEqual({ kind: "none" });
    expect(await ask("getChatMember")).toEqual({ kind: "none" });
    expect(await ask("sendMessage")).toEqual({
      kind: "confirm",
      question: "sendMessage acts for real with your bot: it can change what people see, and may not be undone. Send it?",
    });
    for (const m of ["deleteMessage", "banChatMember", "leaveChat", "revokeChatInviteLink", "setMyName", "exportChatInviteLink", "getUpdates"])
      expect((await ask(m)).kind, m).toBe("confirm");
    expect(await ask("logOut")).toMatchObject({ kind: "explain", question: "Log the bot out of the cloud Bot API server?" });
    expect(await ask("close")).toMatchObject({ kind: "explain" });
  });
  it("asks before every method that is not a read, across the whole schema", async () => {
    for (const m of schema.methods) {
      const kind = (await ask(m.name)).kind;
      expect(kind === "none", m.name).toBe(m.name.startsWith("get") && m.name !== "getUpdates");
    }
  });
  it("asks the same of deleteWebhook wherever it is sent from, and of setWebhook when it removes or drops", async () => {
    expect(await ask("deleteWebhook")).toEqual({
      kind: "confirm",
      question: "deleteWebhook removes the webhook: updates wait on the server (for up to 24 hours) until the bot calls getUpdates or sets a webhook again. Send it?",
    });
    expect(await ask("deleteWebhook", { drop_pending_updates: true })).toEqual({
      kind: "confirm",
      question: "deleteWebhook with drop_pending_updates deletes every update waiting for delivery. Send it?",
    });
    expect(await ask("setWebhook", { url: "" })).toEqual({ kind: "confirm", question: "The url is empty, so this removes the webhook. Send it?" });
    expect(await ask("setWebhook", { url: "https://a.example/h", drop_pending_updates: true })).toMatchObject({ kind: "confirm" });
    expect(await ask("setWebhook", { url: "https://a.example/h" })).toEqual({ kind: "none" });
  });
  it("finds every descriptor in its method's folder, each a method of the schema", () => {
    const names = new Set(schema.methods.map((m) => m.name));
    expect(DESCRIBED_METHODS.length).toBeGreaterThan(0);
    for (const m of DESCRIBED_METHODS) expect(names.has(m), m).toBe(true);
  });
});
