import { describe, expect, it } from "vitest";
import { describeUpdatesChoice } from "../../playground/updatesChoice";

describe("describeUpdatesChoice", () => {
  it("explains each preset and a custom list", () => {
    expect(describeUpdatesChoice("omit", [])).toEqual({
      preset: "omit",
      consequence:
        "Left out: the server keeps the previous setting (for a bot that never set one: every type except chat_member, message_reaction, message_reaction_count).",
    });
    expect(describeUpdatesChoice("list", [])).toEqual({
      preset: "none",
      consequence: "Sends []: every type except chat_member, message_reaction, message_reaction_count.",
    });
    expect(describeUpdatesChoice("list", ["message"])).toEqual({ preset: undefined, consequence: "Sends 1 type: only this one is delivered." });
    expect(describeUpdatesChoice("list", ["message", "poll"]).consequence).toBe("Sends 2 types: only these are delivered.");
  });
});
