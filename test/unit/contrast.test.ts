import { describe, expect, it } from "vitest";
import { CODE_BACKGROUND, codeThemes } from "../../.vitepress/theme/codeThemes";
import { contrast, readableOn } from "../../.vitepress/theme/contrast";

describe("contrast", () => {
  it("computes WCAG ratios", () => {
    expect(contrast("#000000", "#ffffff")).toBeCloseTo(21, 5);
    expect(contrast("#d73a49", "#f6f6f7")).toBeCloseTo(4.24, 2);
  });
  it("keeps colours that pass and darkens or lightens those that do not", () => {
    expect(readableOn("#24292E", "#f6f6f7")).toBe("#24292e");
    const red = readableOn("#d73a49", "#f6f6f7");
    expect(contrast(red, "#f6f6f7")).toBeGreaterThanOrEqual(4.5);
    const grey = readableOn("#6a737d", "#161618");
    expect(contrast(grey, "#161618")).toBeGreaterThanOrEqual(4.5);
  });
  it("makes every replaced colour of both code themes pass AA on the code background", () => {
    for (const mode of ["light", "dark"] as const) {
      const replacements = codeThemes[mode].colorReplacements ?? {};
      expect(Object.keys(replacements).length, mode).toBeGreaterThan(0);
      for (const to of Object.values(replacements)) {
        expect(contrast(to as string, CODE_BACKGROUND[mode])).toBeGreaterThanOrEqual(4.5);
      }
    }
  });
});
