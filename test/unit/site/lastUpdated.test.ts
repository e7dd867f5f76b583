import { describe, expect, it } from "vitest";
import { lastUpdatedText } from "../../../.vitepress/theme/lastUpdated";

describe("a page's last change", () => {
  it("is written in UTC, the same wherever it is rendered", () => {
    expect(lastUpdatedText(Date.UTC(2026, 11, 1, 22, 5))).toBe("1 Dec 2026, 22:05 UTC");
    expect(lastUpdatedText(Date.UTC(2027, 0, 31, 0, 0))).toBe("31 Jan 2027, 00:00 UTC");
  });
});
