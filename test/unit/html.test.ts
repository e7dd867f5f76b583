import { describe, expect, it } from "vitest";
import { escapeAttr } from "../../playground/html";

describe("escapeAttr", () => {
  it("escapes every character that could end an attribute or open a tag", () => {
    expect(escapeAttr(`a&b"c'd<e>f`)).toBe("a&amp;b&quot;c&#39;d&lt;e&gt;f");
  });
});
