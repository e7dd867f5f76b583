import { describe, expect, it } from "vitest";
import { jsonKindOf, numberOrStringText, tdJsonDecode, TdJsonNumber } from "../../../playground/server/tdJson";
import { idListVerdict, jsonOf, quizOptionIdsVerdict } from "../../../playground/server/rareVerdicts";

const parses = (text: string) => tdJsonDecode(text) !== undefined;

describe("td's json_decode (JsonBuilder.cpp do_json_decode)", () => {
  it("reads what JSON.parse reads", () => {
    expect(tdJsonDecode('{"a":[1,"x",true,false,null,{"b":{}}]}')?.value).toEqual({ a: [new TdJsonNumber("1"), "x", true, false, null, { b: {} }] });
    expect(tdJsonDecode(' \t\r\n[ ] \n')?.value).toEqual([]);
  });

  it("keeps a number as its text, and takes any run of -+.0-9eE as one, as td does", () => {
    for (const text of ["1.0", "+5", "1.", ".5", "-", "01", "1e", "1.2.3", "--1"]) {
      expect(parses(text), text).toBe(true);
      expect(tdJsonDecode(text)?.value, text).toEqual(new TdJsonNumber(text));
    }
    expect(() => JSON.parse("+5")).toThrow();
  });

  it("takes any character after a backslash, control characters in strings, and joins a surrogate pair", () => {
    expect(tdJsonDecode('"\\q\\/\\"\\\\"')?.value).toBe('q/"\\');
    expect(tdJsonDecode('"a\u0001\nb"')?.value).toBe("a\u0001\nb");
    expect(tdJsonDecode('"\\ud83d\\ude00 \\u00e9 \\b\\f\\n\\r\\t"')?.value).toBe("😀 é \b\f\n\r\t");
    expect(tdJsonDecode('"\\ud83d"')?.value).toBe("\ud83d");
  });

  it("refuses what td refuses", () => {
    for (const text of ["", " ", "[1,", "{", '{"a" 1}', '{"a":1,}', "[1 2]", "tru", "nul", "x", "'a'", '"a', '"\\u12"', '"\\u12g4"', "{a:1}", "[1]x", "\u00a0[]", "[\u0000]", "é"]) expect(parses(text), JSON.stringify(text)).toBe(false);
  });

  it("refuses nesting deeper than td's 100 levels below the top", () => {
    expect(parses(`${"[".repeat(101)}${"]".repeat(101)}`)).toBe(true);
    expect(parses(`${"[".repeat(102)}${"]".repeat(102)}`)).toBe(false);
  });

  it("reads an object's first field of a name, and __proto__ as a field", () => {
    const v = tdJsonDecode('{"text":"first","text":"second","__proto__":{"x":1}}')?.value as Record<string, unknown>;
    expect(v.text).toBe("first");
    expect(Object.getPrototypeOf(v)).toBeNull();
    expect(Object.keys(v)).toEqual(["text", "__proto__"]);
  });

  it("names kinds and reads numbers or text as td's readers of numbers do", () => {
    expect([null, new TdJsonNumber("1"), [], {}, "a", true].map((v) => jsonKindOf(v))).toEqual(["null", "a number", "a list", "an object", "text", "true or false"]);
    expect([numberOrStringText(new TdJsonNumber("1.0")), numberOrStringText("7"), numberOrStringText(null)]).toEqual(["1.0", "7", undefined]);
  });
});

describe("the verdicts read JSON as td does", () => {
  it("sends a value tree as JSON and reads the text the server gets", () => {
    expect(jsonOf([1, "a"])?.value).toEqual([new TdJsonNumber("1"), "a"]);
    expect(jsonOf(undefined)).toBeUndefined();
  });

  it("refuses an identifier written 1.0, which JSON.parse would have read as 1", () => {
    expect(idListVerdict("message_ids", "message_ids", "[1.0]", 100)).toEqual({
      refused: "item 0 is not a whole number the server reads (32-bit, written plainly).",
      answer: "Bad Request: can't parse message identifier as a Number",
    });
    expect(idListVerdict("message_ids", "message_ids", "[1]", 100)).toBeUndefined();
    expect(quizOptionIdsVerdict({ type: "quiz", correct_option_ids: "[1.0]" })?.answer).toBe("Bad Request: invalid correct option identifier specified");
    expect(quizOptionIdsVerdict({ type: "quiz", correct_option_ids: "[+1]" })?.answer).toBe("Bad Request: invalid correct option identifier specified");
    expect(quizOptionIdsVerdict({ type: "quiz", correct_option_ids: "[1]" })).toBeUndefined();
  });
});
