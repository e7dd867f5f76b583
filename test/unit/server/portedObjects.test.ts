// Without readings.ts (Node's registration): the client's path, where a slice whose object
// types read with the server's ports brings them, even with no reading that needs them.
import { describe, expect, it } from "vitest";
import { validateCall } from "../../../playground/call/validate";
import { OBJECT_RULES } from "../../../playground/objects";
import { loadSlice } from "../../../playground/schema/loadSlice";
import { needsRareVerdicts, rareVerdicts, TYPES_READ_WITH_PORTS } from "../../../playground/server/rareKinds";

describe("object types read with a port of the server's reader", () => {
  it("are exactly the types whose rules need the ports", () => {
    expect(() => rareVerdicts()).toThrow("rareVerdicts.ts is not loaded");
    const needing = Object.keys(OBJECT_RULES).filter((name) => {
      try {
        OBJECT_RULES[name]!.check?.({ text: "a" }, []);
        return false;
      } catch (error) {
        if (String(error).includes("rareVerdicts.ts is not loaded")) return true;
        throw error;
      }
    });
    expect(needing.sort()).toEqual([...TYPES_READ_WITH_PORTS].sort());
  });

  it("load the ports with a slice that reaches them", async () => {
    const slice = await loadSlice("answerWebAppQuery");
    expect(Object.keys(slice.readings ?? {})).not.toContain("reply_markup");
    expect(needsRareVerdicts(slice)).toBe(true);
    const issues = validateCall(slice, {
      web_app_query_id: "q",
      result: { type: "article", id: "1", title: "T", input_message_content: { message_text: "hi" }, reply_markup: { inline_keyboard: [[{ text: "only text" }]] } },
    });
    expect(issues.filter((i) => i.severity === "error").map((i) => i.message)).toEqual([
      "result.reply_markup.inline_keyboard[0][0]: a button with only its text is refused: pick its kind (URL, callback data, Web App…). The server answers “Bad Request: can't parse inline keyboard button: Text buttons are unallowed in the inline keyboard”.",
    ]);
  });
});
