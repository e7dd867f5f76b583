import { describe, expect, it } from "vitest";
import { withParameterHeadings } from "../../../.vitepress/searchSections";

describe("search entries for parameters", () => {
  it("puts before each ApiParam the heading its component renders, with its anchor", () => {
    expect(withParameterHeadings('<h2 id="parameters">Parameters</h2>\n<ApiParam name="parse_mode" type="String"><p>Mode.</p></ApiParam>')).toBe(
      '<h2 id="parameters">Parameters</h2>\n<h3 id="parse_mode" tabindex="-1">parse_mode <a class="header-anchor" href="#parse_mode">​</a></h3><ApiParam name="parse_mode" type="String"><p>Mode.</p></ApiParam>',
    );
  });
  it("gives no second entry to a name that is already an anchor of the page", () => {
    expect(withParameterHeadings('<h1 id="gifts">Gifts</h1><ApiParam name="gifts"></ApiParam><ApiParam name="gifts"></ApiParam>')).toBe('<h1 id="gifts">Gifts</h1><ApiParam name="gifts"></ApiParam><ApiParam name="gifts"></ApiParam>');
  });
  it("leaves a page without parameters alone", () => {
    expect(withParameterHeadings("<p>ApiParam name=\"x\" in prose</p>")).toBe("<p>ApiParam name=\"x\" in prose</p>");
  });
});
