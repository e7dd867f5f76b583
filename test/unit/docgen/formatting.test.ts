/**
 * The guide page “Formatting messages”: its tables are what the parsers and converters say
 * (`playground/docgen/formatting.ts`), and the page on disk has them as `npm run generate` writes them.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { FORMATTING_BLOCK, formattingTables, withFormattingTables } from "../../../playground/docgen/formatting";
import { parseMarkdownV2 } from "../../../playground/format/markdownV2";

const page = readFileSync(new URL("../../../docs/guide/formatting.md", import.meta.url), "utf8");

describe("the formatting guide's tables", () => {
  it("are on disk as the generator writes them (run npm run generate)", () => {
    expect(page.includes(FORMATTING_BLOCK.start)).toBe(true);
    expect(withFormattingTables(page)).toBe(page);
  });

  it("give each entity in each form, and td's answer to each mistake word for word", () => {
    const tables = formattingTables();
    expect(tables).toContain("| bold | `*bold*` | `<b>bold</b>` | `` format`${bold(\"bold\")}` `` |");
    expect(tables).toContain("| expandable_blockquote | `>long quote\\|\\|` | `<blockquote expandable>long quote</blockquote>` | `` format`${expandableBlockquote(\"long quote\")}` `` |");
    expect(tables).toContain("| MarkdownV2 | `snake_case_name` | sent as `snakecasename`, italic over `case` |");
    expect(tables).toContain("| HTML | `<b> </b>` | `Bad Request: text must be non-empty` | parsed, nothing is left once td trims spaces and line breaks");
    expect(tables).toContain("| HTML | `<br>` | `Bad Request: can't parse entities: Unsupported start tag \"br\" at byte offset 0` |");
    expect(tables).toContain("in `👍👍 a.b` the `.` is at byte 10, character 5, and UTF-16 offset 6.");
    // The example of the page's MarkdownV2 section, escaped as the page says, parses.
    expect(parseMarkdownV2("*Total:* 5\\.99\\! See [the docs](https://gramio.dev/)\\.")).toMatchObject({ text: "Total: 5.99! See the docs." });
  });
});
