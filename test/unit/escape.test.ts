import { describe, expect, it } from "vitest";
import { curlFormFile, multipartQuote, normalizeLinefeeds, shellQuote, shellWordWithVariables, tsString, utf8Length } from "../../playground/escape";

describe("shellQuote", () => {
  it("leaves plain words alone", () => {
    expect(shellQuote("abc-123_x.y/z")).toBe("abc-123_x.y/z");
  });
  it("quotes the empty string", () => {
    expect(shellQuote("")).toBe("''");
  });
  it("handles a single quote", () => {
    expect(shellQuote("it's")).toBe(`'it'\\''s'`);
  });
  it("keeps $, backticks, ; and && literal", () => {
    expect(shellQuote("$(touch /tmp/x); `id` && echo")).toBe("'$(touch /tmp/x); `id` && echo'");
  });
  it("keeps backslashes, newlines and non-ASCII literal", () => {
    expect(shellQuote("a\\b\nc ü 🎉")).toBe("'a\\b\nc ü 🎉'");
  });
  it("quotes a leading @ so curl and the shell see it literally", () => {
    expect(shellQuote("@file")).toBe("'@file'");
  });
});

describe("tsString", () => {
  it("escapes quotes, backslashes and newlines", () => {
    expect(tsString(`a"b\\c\nd`)).toBe(`"a\\"b\\\\c\\nd"`);
  });
  it("keeps $ and backticks (not a template literal) and non-ASCII", () => {
    expect(tsString("${x} `y` ü 🎉")).toBe('"${x} `y` ü 🎉"');
  });
  it("escapes other control characters", () => {
    expect(tsString("\u0000\t\r")).toBe('"\\u0000\\t\\r"');
  });
});

describe("multipart helpers", () => {
  it("percent-encodes CR, LF and double quotes in names as undici does", () => {
    expect(multipartQuote('a"b\r\nc')).toBe('"a%22b%0D%0Ac"');
  });
  it("normalizes every line break to CRLF", () => {
    expect(normalizeLinefeeds("a\nb\r\nc\rd")).toBe("a\r\nb\r\nc\r\nd");
  });
  it("quotes curl file names with separators", () => {
    expect(curlFormFile("cert.pem")).toBe("cert.pem");
    expect(curlFormFile('my "cert";v.pem')).toBe('"my \\"cert\\";v.pem"');
  });
  it("counts UTF-8 bytes", () => {
    expect(utf8Length("aü🎉")).toBe(1 + 2 + 4);
  });
});

describe("shellWordWithVariables", () => {
  it("quotes the text around each hole and reads the variable there", () => {
    expect(shellWordWithVariables("a=SECRET&b", { SECRET: "WEBHOOK_SECRET" })).toBe(`'a='"\${WEBHOOK_SECRET}"'&b'`);
    expect(shellWordWithVariables("SECRET", { SECRET: "V" })).toBe(`"\${V}"`);
    expect(shellWordWithVariables("it's SECRET", { SECRET: "V" })).toBe(`'it'\\''s '"\${V}"`);
  });
  it("is plain shell quoting without a hole", () => {
    expect(shellWordWithVariables("it's", { SECRET: "V" })).toBe(`'it'\\''s'`);
    expect(shellWordWithVariables("plain", {})).toBe("plain");
  });
});
