import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { findMethods, MOST_USED, type FinderEntry } from "../../playground/finder";
import { finderEntries } from "../../playground/docgen/schemaPages";
import { SCHEMA_FILE } from "../../playground/schema/fromGramioTypes";
import type { BotApiSchema } from "../../playground/schema/model";

const schema = JSON.parse(readFileSync(SCHEMA_FILE, "utf8")) as BotApiSchema;
const entries: FinderEntry[] = finderEntries(schema);
const names = (q: string) => findMethods(q, entries).map((e) => e.name);

describe("the method finder", () => {
  it("ranks the exact name first, then names that start with it, then names that contain it", () => {
    expect(names("sendmessage")[0]).toBe("sendMessage");
    expect(names("sendMessage").slice(0, 2)).toEqual(["sendMessage", "sendMessageDraft"]);
    expect(names("photo").slice(0, 2)).toEqual(["sendPhoto", "sendLivePhoto"]);
    expect(names("photo")).toEqual(expect.arrayContaining(["setChatPhoto", "deleteChatPhoto"]));
    expect(names("Photo").indexOf("sendPhoto")).toBeLessThan(names("photo").findIndex((n) => !/photo/i.test(n)) >>> 0);
  });
  it("finds a method by what it does", () => {
    expect(names("pin message")).toContain("pinChatMessage");
    expect(names("ban user")).toContain("banChatMember");
    expect(names("webhook")).toEqual(expect.arrayContaining(["setWebhook", "deleteWebhook", "getWebhookInfo"]));
  });
  it("finds nothing for nothing, and nothing for nonsense", () => {
    expect(names("  ")).toEqual([]);
    expect(names("zzqx")).toEqual([]);
  });
  it("offers most-used methods that exist", () => {
    for (const m of MOST_USED) expect(schema.methods.some((x) => x.name === m), m).toBe(true);
    expect(entries).toHaveLength(schema.methods.length);
    expect(entries[0]).toEqual({ name: "getUpdates", summary: "Use this method to receive incoming updates using long polling (wiki)." });
  });
});
