import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { DEFAULT_UPDATE_TYPES, OPT_IN_UPDATE_TYPES, OPT_IN_WORDS, UPDATE_TYPES } from "../../../playground/facts/updateTypes";
import { SCHEMA_FILE } from "../../../playground/schema/fromGramioTypes";
import type { BotApiSchema } from "../../../playground/schema/model";

const schema = JSON.parse(readFileSync(SCHEMA_FILE, "utf8")) as BotApiSchema;

describe("update types", () => {
  it("are the values setWebhook's allowed_updates takes in the schema, in its order", () => {
    const field = schema.methods.find((m) => m.name === "setWebhook")!.fields.find((f) => f.name === "allowed_updates")!;
    expect(field.type).toEqual({ kind: "array", of: { kind: "enum", values: [...UPDATE_TYPES] } });
  });
  it("leave out exactly the three opt-in types by default", () => {
    expect(OPT_IN_UPDATE_TYPES).toEqual(["chat_member", "message_reaction", "message_reaction_count"]);
    expect(DEFAULT_UPDATE_TYPES).toEqual(UPDATE_TYPES.filter((t) => !(OPT_IN_UPDATE_TYPES as readonly string[]).includes(t)));
    expect(OPT_IN_WORDS).toBe("chat_member, message_reaction and message_reaction_count");
  });
});
