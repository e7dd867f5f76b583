/** What a method's page says is not checked yet (`playground/server/coverage.ts`), from its readings. */
import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { uncheckedOf } from "../../../playground/server/coverage";
import { methodErrors } from "../../../playground/docgen/schemaPages";
import { SCHEMA_FILE } from "../../../playground/schema/fromGramioTypes";
import type { BotApiSchema } from "../../../playground/schema/model";

const schema = JSON.parse(readFileSync(SCHEMA_FILE, "utf8")) as BotApiSchema;

describe("what is not checked yet, parameter by parameter", () => {
  it("names the entities sent beside a text, JSON values without a port, and readings under conditions not modelled", () => {
    // A text and its parse mode are checked (td's parsers, ../format); the entities beside it not yet.
    expect(uncheckedOf("sendMessage")).toEqual({ formatted: ["entities"], jsonInside: [], conditional: [] });
    expect(uncheckedOf("createNewStickerSet").jsonInside).toEqual([]);
    expect(uncheckedOf("setStickerKeywords").jsonInside).toEqual([]);
    expect(uncheckedOf("setPassportDataErrors").jsonInside).toEqual([]);
    // A condition on the request is modelled (a quiz's explanation); one on a file the server found is not.
    expect(uncheckedOf("sendPoll").conditional).toEqual([]);
    expect(uncheckedOf("addStickerToSet").conditional).toEqual(["mask_position"]);
    // Ported values are not listed.
    expect(uncheckedOf("answerInlineQuery")).toEqual({ formatted: [], jsonInside: [], conditional: [] });
    expect(uncheckedOf("sendMediaGroup").jsonInside).toEqual([]);
  });

  it("drift: every JSON value the server parses has a port, and every documented parameter read under a condition is checked then", () => {
    for (const method of schema.methods) {
      const { jsonInside, conditional } = uncheckedOf(method.name);
      const documented = new Set(method.fields.map((f) => f.name));
      expect(jsonInside, method.name).toEqual([]);
      // What stays unmodelled is the legacy upload path (png_sticker, mask_position beside it), which the Bot API no longer documents.
      expect(conditional.filter((p) => documented.has(p)), method.name).toEqual([]);
    }
  });

  it("is said on the page, after the answers", () => {
    const errors = methodErrors(schema.methods.find((m) => m.name === "createNewStickerSet")!).join("\n");
    expect(errors).not.toContain("Not listed or checked here yet");
    const send = methodErrors(schema.methods.find((m) => m.name === "sendMessage")!).join("\n");
    expect(send).toContain("td's checks of the entities in `entities` against the text, made once the chat is found");
    expect(methodErrors(schema.methods.find((m) => m.name === "answerInlineQuery")!).join("\n")).not.toContain("Not listed or checked here yet");
  });
});
