import { describe, expect, it } from "vitest";
import { formEntries, hasFiles } from "../../../playground/call/form";
import { readFileSync } from "node:fs";
import { SCHEMA_FILE } from "../../../playground/schema/fromGramioTypes";
import type { BotApiSchema } from "../../../playground/schema/model";
import { sliceFor } from "../../../playground/schema/slice";

const schema = JSON.parse(readFileSync(SCHEMA_FILE, "utf8")) as BotApiSchema;
const sendMessage = sliceFor(schema, "sendMessage");
const sendMediaGroup = sliceFor(schema, "sendMediaGroup");

describe("formEntries: what the browser sends", () => {
  it("writes objects as JSON and files under their names or as attach://", () => {
    const photo = { id: "u1", name: "a.jpg" };
    const entries = formEntries(sendMediaGroup, {
      chat_id: 1,
      media: [
        { type: "photo", media: photo },
        { type: "photo", media: "AgAC" },
      ],
    });
    expect(entries).toEqual([
      ["chat_id", "1"],
      ["media", '[{"type":"photo","media":"attach://file-0"},{"type":"photo","media":"AgAC"}]'],
      ["file-0", photo],
    ]);
    expect(hasFiles(entries)).toBe(true);
    const sendPhoto = sliceFor(schema, "sendPhoto");
    expect(formEntries(sendPhoto, { chat_id: "@c", photo })).toEqual([
      ["chat_id", "@c"],
      ["photo", photo],
    ]);
    expect(hasFiles(formEntries(sendMessage, { chat_id: 1, text: "a" }))).toBe(false);
  });
});
