/**
 * The HTML parser ported from td (`playground/format/html.ts`) against td itself (`./td.ts`): a
 * fixed corpus of every refusal and every tag, then 20,000 seeded inputs built from tags,
 * attributes and character references, and 20,000 well-formed ones; zero differences in the
 * refusal's words, the text and the entities, links' URLs as td rewrites them.
 */
import { describe, it } from "vitest";
import { parseHtml } from "../../../playground/format/html";
import { inputs, prover, urlNotUtf8 } from "./td";
import { HTML_PIECES, wellFormedHtml } from "./corpus";

// A character reference to half a surrogate pair in an href makes a URL that is not UTF-8 (`urlNotUtf8`).
const { check } = prover("HTML", parseHtml, urlNotUtf8);

describe("HTML, ported from td's parse_html, against td", () => {
  it("says every refusal in td's words, with its byte offset", () => {
    for (const input of [
      "<b", "<x>", "<b>a", "</b>", "<b>a</i>", "<b>a</ b >", "<b>a</b", '<a href="x', "<a href=>", "<a href=x/y>", "<b =1>", "<span>a</span>", '<span class="x">a</span>',
      '<tg-emoji emoji-id="x">a</tg-emoji>', '<tg-time unix="5" format="q">a</tg-time>', "&#xD83D;", "a\u0000<b", "<b c", "<b c=", "<b c='x", "é<q>",
    ])
      check(input);
  });

  it("gives the text and every kind of entity at td's UTF-16 offsets", () => {
    for (const input of [
      "<b>b</b><strong>s</strong><i>i</i><em>e</em><u>u</u><ins>n</ins><s>s</s><strike>k</strike><del>d</del>", "<tg-spoiler>x</tg-spoiler><span class=\"tg-spoiler\">y</span>",
      '<a href="http://example.com/">l</a><a>http://example.com/</a><a href="tg://user?id=42">me</a>', '<code class="language-go">x</code>', '<pre><code class="language-go">x</code></pre>',
      '<code class="language-go"><pre>x</pre></code>', "<pre>p</pre>", "<blockquote>q</blockquote><blockquote expandable>w</blockquote>", '<tg-emoji emoji-id="5368324170671202286">👍</tg-emoji>',
      '<tg-time unix="1647531900" format="wDT">t</tg-time>', '<tg-time format="r">t</tg-time>', "&lt;&gt;&amp;&quot;&#65;&#x1F600;&nbsp;&#0;", "<B>x</B>", "<b>x</>", "<b></b>",
    ])
      check(input);
  });

  it("agrees with td on 20,000 seeded inputs built from tags and references", () => {
    for (const input of inputs(HTML_PIECES, 20_000, 3347)) check(input);
  });

  it("agrees with td on 20,000 seeded well-formed inputs, some with one piece added or removed", () => {
    for (const input of wellFormedHtml(20_000, 3634)) check(input);
  });
});
