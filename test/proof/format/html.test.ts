/**
 * The HTML parser ported from td (`playground/format/html.ts`) against td itself (`./td.ts`): a
 * fixed corpus of every refusal and every tag, then 20,000 seeded inputs built from tags,
 * attributes and character references, and 20,000 well-formed ones; zero differences in the
 * refusal's words, the text and the entities, links' URLs as td rewrites them.
 */
import { describe, it } from "vitest";
import { parseHtml } from "../../../playground/format/html";
import { inputs, prover, random, urlNotUtf8 } from "./td";

// A character reference to half a surrogate pair in an href makes a URL that is not UTF-8 (`urlNotUtf8`).
const { check } = prover("HTML", parseHtml, urlNotUtf8);

/** Tags (known, unknown, broken), attributes quoted and not, character references, and text. */
const PIECES = [
  "<b>", "</b>", "<strong>", "</strong>", "<i>", "</i>", "<em>", "<u>", "</u>", "<ins>", "<s>", "</s>", "<strike>", "<del>", "<tg-spoiler>", "</tg-spoiler>",
  '<span class="tg-spoiler">', "<span>", "</span>", '<a href="http://example.com/">', '<a href="tg://user?id=5">', "<a>", "</a>", "<A HREF='x'>", "<code>",
  '<code class="language-python">', "</code>", "<pre>", "</pre>", "<blockquote>", "<blockquote expandable>", "</blockquote>", '<tg-emoji emoji-id="5368324170671202286">',
  '<tg-emoji emoji-id="0">', "</tg-emoji>", '<tg-time unix="1647531900" format="wDT">', '<tg-time unix="1647531900" format="x">', "</tg-time>",
  "&lt;", "&gt;", "&amp;", "&quot;", "&#65;", "&#x1F600;", "&#xD83D;", "&#1114111;", "&nbsp;", "&", "&#", "<", ">", "</", "<x>", "<b", "< b>", "</ b>", "</>",
  "<a href=x.y-z>", "<a href=x/y>", "<a href='a&amp;b'>", '<b =x>', "<b c>", "<b c=>", '<b c="', "a", "b", "text", " ", "\n", "é", "👍", "👨‍💻", "e\u0301", "日本",
];

/** Well-formed HTML: nested tags with their attributes around text with references, then maybe one piece added or removed. */
function wellFormed(count: number, seed: number): string[] {
  const next = random(seed);
  const pick = <T>(list: readonly T[]) => list[Math.floor(next() * list.length)]!;
  const TEXT = ["a", "word", " ", "é", "👍", "👨‍💻", "日本", "&lt;", "&amp;", "&#x1F600;", "&quot;", "\n"];
  const WRAPS = [
    ["<b>", "</b>"], ["<i>", "</i>"], ["<u>", "</u>"], ["<s>", "</s>"], ["<tg-spoiler>", "</tg-spoiler>"], ['<span class="tg-spoiler">', "</span>"], ['<a href="http://example.com/">', "</a>"],
    ['<a href="tg://user?id=42">', "</a>"], ["<code>", "</code>"], ["<pre>", "</pre>"], ['<pre><code class="language-go">', "</code></pre>"], ["<blockquote>", "</blockquote>"],
    ["<blockquote expandable>", "</blockquote>"], ['<tg-emoji emoji-id="5368324170671202286">', "</tg-emoji>"], ['<tg-time unix="1647531900" format="r">', "</tg-time>"], ["<b>", "</>"],
  ] as const;
  const node = (depth: number): string => {
    if (depth > 3 || next() < 0.35) return Array.from({ length: 1 + Math.floor(next() * 3) }, () => pick(TEXT)).join("");
    if (next() < 0.2) return node(depth + 1) + node(depth + 1);
    const [open, close] = pick(WRAPS);
    return `${open}${node(depth + 1)}${close}`;
  };
  return Array.from({ length: count }, () => {
    const chars = [...node(0)];
    const mutation = next();
    if (mutation < 0.15) chars.splice(Math.floor(next() * (chars.length + 1)), 0, pick(PIECES));
    else if (mutation < 0.3 && chars.length > 1) chars.splice(Math.floor(next() * chars.length), 1);
    return chars.join("");
  });
}

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
    for (const input of inputs(PIECES, 20_000, 3347)) check(input);
  });

  it("agrees with td on 20,000 seeded well-formed inputs, some with one piece added or removed", () => {
    for (const input of wellFormed(20_000, 3634)) check(input);
  });
});
