/**
 * The legacy Markdown parser ported from td (`playground/format/markdown.ts`) against td itself
 * (`./td.ts`): a fixed corpus, then 20,000 seeded inputs built from its markup; zero
 * differences in the refusal's words, the text and the entities, links' URLs included; the inputs td
 * cannot answer are counted.
 */
import { describe, it } from "vitest";
import { parseMarkdown } from "../../../playground/format/markdown";
import { inputs, prover, urlNotUtf8 } from "./td";
import { MARKDOWN_PIECES } from "./corpus";

// A link written `[text]` takes its URL from bytes td's parser has already overwritten when an
// escape came before it (parse_markdown works in place): the URL can then be invalid UTF-8 (`urlNotUtf8`).
const { check } = prover("Markdown", parseMarkdown, urlNotUtf8);

describe("Markdown, ported from td's parse_markdown, against td", () => {
  it("says its refusal in td's words, with its byte offset", () => {
    for (const input of ["*a", "_a", "`a", "```a", "[a", "a [b", "é*", "```py\ncode``"]) check(input);
  });

  it("gives the text and every kind of entity at td's UTF-16 offsets, links from the bytes td reads", () => {
    for (const input of ["*bold* _italic_ `code`", "```\npre```", "```go\nfunc()```", "[link](http://example.com)", "[me](tg://user?id=42)", "\\_[abc]", "\\*\\*[tg://user?id=7]", "**", "*a _b* c_", "👍 *👨‍💻*"]) check(input);
  });

  it("agrees with td on 20,000 seeded inputs built from markup", () => {
    for (const input of inputs(MARKDOWN_PIECES, 20_000, 1984)) check(input);
  });
});
