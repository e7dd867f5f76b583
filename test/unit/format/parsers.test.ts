/**
 * td's three parsers as ported (`playground/format/`), on a few texts each, with the answers
 * TDLib gave for them; the proofs (test/proof/format) compare them with TDLib on 100,000 more.
 */
import { describe, expect, it } from "vitest";
import { parseHtml } from "../../../playground/format/html";
import { parseMarkdown } from "../../../playground/format/markdown";
import { parseMarkdownV2 } from "../../../playground/format/markdownV2";

describe("MarkdownV2", () => {
  it("refuses a reserved character, naming it, and an entity with no end at its byte offset; the byte it is about beside", () => {
    expect(parseMarkdownV2("*bold* and a.dot")).toEqual({ error: "Character '.' is reserved and must be escaped with the preceding '\\'", byte: 12 });
    expect(parseMarkdownV2("é*")).toEqual({ error: "Can't find end of Bold entity at byte offset 2", byte: 2 });
    expect(parseMarkdownV2("[a](http://x")).toEqual({ error: "Can't find end of a URL at byte offset 4", byte: 4 });
  });

  it("gives the text and entities at UTF-16 offsets, links as td rewrites them", () => {
    expect(parseMarkdownV2("*a _b_*")).toEqual({ text: "a b", entities: [{ type: "Bold", offset: 0, length: 3 }, { type: "Italic", offset: 2, length: 1 }] });
    expect(parseMarkdownV2("👍 [x](HTTP://Example.COM) ||s||")).toEqual({ text: "👍 x s", entities: [{ type: "TextUrl", offset: 3, length: 1, url: "http://example.com/" }, { type: "Spoiler", offset: 5, length: 1 }] });
    expect(parseMarkdownV2(">q\n>w||")).toEqual({ text: "q\nw", entities: [{ type: "ExpandableBlockQuote", offset: 0, length: 3 }] });
    expect(parseMarkdownV2("```py\ncode```")).toEqual({ text: "code", entities: [{ type: "PreCode", offset: 0, length: 4, language: "py" }] });
  });
});

describe("Markdown", () => {
  it("refuses an entity with no end, and reads a [text] link from the bytes td overwrote", () => {
    expect(parseMarkdown("a [b")).toEqual({ error: "Can't find end of the entity starting at byte offset 2", byte: 2 });
    expect(parseMarkdown("*bold* _italic_ `code`")).toEqual({ text: "bold italic code", entities: [{ type: "Bold", offset: 0, length: 4 }, { type: "Italic", offset: 5, length: 6 }, { type: "Code", offset: 12, length: 4 }] });
    // td reads the URL of `[abc]` from bytes it has already shifted left by the escape: “cbc”, which is no link.
    expect(parseMarkdown("\\_[abc]")).toEqual({ text: "_abc", entities: [] });
  });
});

describe("HTML", () => {
  it("refuses unknown and unclosed tags at their byte offsets, in td's words", () => {
    expect(parseHtml("é<q>")).toEqual({ error: 'Unsupported start tag "q" at byte offset 2', byte: 2 });
    expect(parseHtml("<b>a</ b >")).toEqual({ error: "Unclosed end tag at byte offset 4", byte: 4 });
    expect(parseHtml("a\u0000<b")).toEqual({ error: "Unclosed start tag at byte offset 2", byte: 2 });
    expect(parseHtml("&#xD83D;")).toEqual({ error: "Text contains invalid Unicode characters after decoding HTML entities, check for unmatched surrogate code units" });
  });

  it("decodes the four named references and numeric ones, and merges pre with code", () => {
    expect(parseHtml("&lt;&gt;&amp;&quot;&#65;&#x1F600;&nbsp;&#0;")).toEqual({ text: '<>&"A😀&nbsp;&#0;', entities: [] });
    expect(parseHtml('<pre><code class="language-go">x</code></pre>')).toEqual({ text: "x", entities: [{ type: "PreCode", offset: 0, length: 1, language: "go" }] });
  });
});
