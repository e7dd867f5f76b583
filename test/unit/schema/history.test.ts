/**
 * The history of the schema (`playground/schema/history.ts`, `history.json` written by `npm run
 * history`): the file read back is the snapshots it was written from, its newest snapshot is the
 * current schema (the drift test), and "since" and "changed" say what the snapshots say.
 */
import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { SCHEMA_FILE } from "../../../playground/schema/fromGramioTypes";
import { compareVersions, entryHistory, historyText, loadHistory, sinceWords, snapshotOf, storedHistory, type History, type Snapshot } from "../../../playground/schema/history";
import { HISTORY_FILE, readHistory } from "../../../playground/schema/historyFile";
import type { BotApiSchema } from "../../../playground/schema/model";

const schema = JSON.parse(readFileSync(SCHEMA_FILE, "utf8")) as BotApiSchema;
const history = readHistory();

describe("the committed history", () => {
  it("ends with the current schema: run `npm run history` after `npm run schema` when it does not", () => {
    expect(history.snapshots.at(-1)).toEqual(snapshotOf({ ...schema, from: `@gramio/types@${schema.packageVersion}` }));
  });

  it("holds one snapshot per Bot API version, oldest first, each read from a published package", () => {
    const versions = history.snapshots.map((s) => s.botApiVersion);
    expect([...versions].sort(compareVersions)).toEqual(versions);
    expect(new Set(versions).size).toBe(versions.length);
    for (const s of history.snapshots) expect(s.from).toMatch(/^@gramio\/types@\d+\.\d+\.\d+$/);
  });

  it("is kept as the oldest snapshot and each version's changes, and written back the same", () => {
    expect(historyText(history)).toBe(readFileSync(HISTORY_FILE, "utf8"));
    expect(loadHistory(storedHistory(history))).toEqual(history);
  });

  it("says when sendMessage and its newer parameters appeared", () => {
    const send = entryHistory(history, "methods", "sendMessage")!;
    expect(send.since).toEqual({ version: history.snapshots[0]!.botApiVersion, orEarlier: true });
    expect(sinceWords(send.since)).toBe(`Bot API ${history.snapshots[0]!.botApiVersion} or earlier`);
    expect(send.fields.text!.since.orEarlier).toBe(true);
  });
});

const field = (type: string, required = false) => ({ type, required });
const snap = (botApiVersion: string, methods: Snapshot["methods"], types: Snapshot["types"] = {}): Snapshot => ({ botApiVersion, from: `@gramio/types@${botApiVersion}.0`, methods, types });

describe("since and changed, from the snapshots", () => {
  const sample: History = {
    snapshots: [
      snap("7.11", { sendMessage: { chat_id: field("Number", true), flag: field("Boolean") } }, { Chat: { fields: { id: field("Number", true) } } }),
      snap("8.3", { sendMessage: { chat_id: field("Number or String", true), flag: field("True") }, sendGift: { user_id: field("Number", true) } }, { Chat: { fields: { id: field("Number", true) } }, ChatType: { members: ["private"] } }),
      snap("8.4", { sendMessage: { chat_id: field("Number or String", true), flag: field("True"), effect: field("String") }, sendGift: { user_id: field("Number") } }, { Chat: { fields: { id: field("Number", true), title: field("String") } }, ChatType: { members: ["private", "group"] } }),
    ],
  };

  it("gives the first version of an unbroken run up to the newest, 'or earlier' where the history begins, and the version before across a gap", () => {
    const send = entryHistory(sample, "methods", "sendMessage")!;
    expect(send.since).toEqual({ version: "7.11", orEarlier: true });
    expect(send.fields.effect!.since).toEqual({ version: "8.4", orEarlier: false });
    expect(entryHistory(sample, "methods", "sendGift")!.since).toEqual({ version: "8.3", orEarlier: false, after: "7.11" });
    expect(sinceWords({ version: "8.3", orEarlier: false, after: "7.11" })).toBe("Bot API 8.3 (added after 7.11)");
    expect(entryHistory(sample, "types", "Chat")!.fields.title!.since).toEqual({ version: "8.4", orEarlier: false });
    expect(entryHistory(sample, "types", "ChatType")).toEqual({ since: { version: "8.3", orEarlier: false, after: "7.11" }, fields: {} });
    expect(entryHistory(sample, "methods", "getNothing")).toBeUndefined();
  });

  it("records a change of type or optionality, not the package's Boolean for the official True", () => {
    const send = entryHistory(sample, "methods", "sendMessage")!;
    expect(send.fields.chat_id!.changes).toEqual([{ version: "8.3", before: field("Number", true), after: field("Number or String", true) }]);
    expect(send.fields.flag!.changes).toEqual([]);
    expect(entryHistory(sample, "methods", "sendGift")!.fields.user_id!.changes).toEqual([{ version: "8.4", before: field("Number", true), after: field("Number") }]);
  });

  it("orders versions by number, 9.10 after 9.6", () => {
    expect(["9.10", "10.0", "9.6", "7.11"].sort(compareVersions)).toEqual(["7.11", "9.6", "9.10", "10.0"]);
  });
});
