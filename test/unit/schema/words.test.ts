import { describe, expect, it } from "vitest";
import { bytesWords, constraintWords, defaultWords, typeParts, typeText } from "../../../playground/schema/words";

describe("constraintWords", () => {
  it("says a range, a length and an array's items", () => {
    expect(constraintWords({ type: { kind: "number" }, constraints: { min: 1, max: 100 } })).toEqual([{ label: "Range", text: "1-100" }]);
    expect(constraintWords({ type: { kind: "string" }, constraints: { minLength: 1, maxLength: 4096 } })).toEqual([{ label: "Length", text: "1-4096 characters" }]);
    expect(constraintWords({ type: { kind: "array", of: { kind: "string" } }, constraints: { minItems: 2, maxItems: 10 } })).toEqual([{ label: "Items", text: "2-10" }]);
  });
  it("handles one-sided bounds", () => {
    expect(constraintWords({ type: { kind: "number" }, constraints: { min: 1 } })).toEqual([{ label: "Minimum", text: "1" }]);
    expect(constraintWords({ type: { kind: "number" }, constraints: { max: 9 } })).toEqual([{ label: "Maximum", text: "9" }]);
    expect(constraintWords({ type: { kind: "string" }, constraints: { maxLength: 9 } })).toEqual([{ label: "Length", text: "up to 9 characters" }]);
  });
  it("lists the values of an enum, or of an array of one", () => {
    expect(constraintWords({ type: { kind: "array", of: { kind: "enum", values: ["a", "b"] } } })).toEqual([{ label: "Values", values: ["a", "b"] }]);
    expect(constraintWords({ type: { kind: "enum", values: ["only"] } })).toEqual([]);
  });
  it("has nothing to say about a field without limits", () => {
    expect(constraintWords({ type: { kind: "boolean" } })).toEqual([]);
  });
});

describe("defaultWords, bytesWords and types", () => {
  it("writes defaults as the official page does", () => {
    expect(defaultWords({ constraints: { default: 40 } })).toBe("40");
    expect(defaultWords({ constraints: { default: false } })).toBe("False");
    expect(defaultWords({})).toBeUndefined();
  });
  it("writes a size in MB and in bytes", () => {
    expect(bytesWords(3 * 1024 * 1024)).toBe("3 MB (3,145,728 bytes)");
    expect(bytesWords(1536 * 1024)).toBe("1.5 MB (1,572,864 bytes)");
  });
  it("links documented types only", () => {
    expect(typeParts({ kind: "file", reference: false })).toEqual([{ text: "InputFile", href: "https://core.telegram.org/bots/api#inputfile" }]);
    expect(typeParts({ kind: "object", name: "WebhookInfo" })).toEqual([{ text: "WebhookInfo", href: "/types/WebhookInfo" }]);
    expect(typeText({ kind: "union", of: [{ kind: "number" }, { kind: "string" }] })).toBe("Number or String");
  });
});
