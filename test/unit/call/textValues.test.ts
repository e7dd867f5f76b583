import { describe, expect, it } from "vitest";
import { numberFromText } from "../../../playground/call/numbers";
import { jsonTextFor, readJsonText, valueFromCheck, valueFromChoice, valueFromText } from "../../../playground/call/textValues";

const text = { kind: "text", numeric: false } as const;
const chatId = { kind: "text", numeric: true } as const;
const number = { kind: "number" } as const;

describe("numberFromText", () => {
  it("keeps typed text that is not a number", () => {
    expect(numberFromText("42")).toBe(42);
    expect(numberFromText(" -1001234567890 ")).toBe(-1001234567890);
    expect(numberFromText("4e")).toBe("4e");
    expect(numberFromText("@channel")).toBe("@channel");
    expect(numberFromText("")).toBeUndefined();
    expect(numberFromText("1e400")).toBe("1e400");
  });
});

describe("valueFromText", () => {
  it("leaves a blank top-level parameter out, and keeps a blank nested one as the empty string", () => {
    expect(valueFromText(text, "", { nested: false })).toBeUndefined();
    expect(valueFromText(text, "", { nested: true })).toBe("");
    expect(valueFromText(number, "", { nested: false })).toBeUndefined();
    expect(valueFromText(number, "", { nested: true })).toBe("");
  });
  it("reads numbers where the schema takes them, and keeps other text as typed", () => {
    expect(valueFromText(chatId, "-100123", { nested: false })).toBe(-100123);
    expect(valueFromText(chatId, "@channel", { nested: false })).toBe("@channel");
    expect(valueFromText(text, "42", { nested: false })).toBe("42");
    expect(valueFromText(number, "4e", { nested: false })).toBe("4e");
  });
  it("lets the method read its own parameter", () => {
    expect(valueFromText(number, " 10 ", { nested: false, parse: (t) => `parsed ${t.trim()}` })).toBe("parsed 10");
  });
});

describe("valueFromChoice and valueFromCheck", () => {
  it("reads a pick list's option as the value it stands for", () => {
    expect(valueFromChoice({ kind: "choice", values: ["HTML", 5] }, "5")).toBe(5);
    expect(valueFromChoice({ kind: "choice", values: ["HTML"] }, "")).toBeUndefined();
    expect(valueFromChoice({ kind: "boolean" }, "false")).toBe(false);
  });
  it("sends a flag only when ticked, and a boolean either way", () => {
    expect(valueFromCheck({ kind: "flag" }, false)).toBeUndefined();
    expect(valueFromCheck({ kind: "flag" }, true)).toBe(true);
    expect(valueFromCheck({ kind: "boolean" }, false)).toBe(false);
  });
});

describe("the JSON editor", () => {
  it("reads a value, nothing for blank text, and an error while the text does not parse", () => {
    expect(readJsonText(' {"a": 1} ')).toEqual({ value: { a: 1 }, error: "" });
    expect(readJsonText("  ")).toEqual({ value: undefined, error: "" });
    expect(readJsonText("{").error).toMatch(/^Not valid JSON yet: /);
  });
  it("keeps what was typed while it means the value, and shows the value otherwise", () => {
    expect(jsonTextFor({ a: 1 }, '{"a":1}')).toBe('{"a":1}');
    expect(jsonTextFor({ a: 2 }, '{"a":1}')).toBe('{\n  "a": 2\n}');
    expect(jsonTextFor({ a: 2 }, '{"a":')).toBe('{"a":');
    expect(jsonTextFor(undefined, "")).toBe("");
  });
});
