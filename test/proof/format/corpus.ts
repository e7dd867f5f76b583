/**
 * The inputs the proofs send to td and to the ports: pieces of each mode's markup for random
 * inputs (`inputs`), and generators of well-formed text with a mutation now and then. Shared by
 * the parsers' proofs and the conversions' proof (`convert.test.ts`).
 */
import { random } from "./td";

/** Pieces of markup and text, favouring what MarkdownV2 reserves. */
export const MARKDOWN_V2_PIECES = [
  "*", "_", "__", "~", "||", "`", "```", "```python\n", "```\n", "[", "]", "](", ")", "(", "![", "](http://example.com/a)", "](https://t.me/gramio)",
  "](tg://user?id=123456)", "](tg://emoji?id=5368324170671202286)", "](tg://time?unix=1647531900&format=wDT)", "](tg://time?unix=1647531900&format=r)",
  "](tg://time?unix=0)", "](tg://emoji?id=x)", "](tg://time?unix=1&format=q)", ">", "\n", "\n>", "**>", "||\n", "\\", "\\*", "\\.", "\\\\", ".", "!", "#", "+", "-", "=", "{", "}",
  "a", "b", "text", " ", "  ", "\t", "\r", "\r\n", "é", "👍", "👨‍💻", "e\u0301", "日本", "\u200b", "0", "42",
];


/** Text with MarkdownV2's reserved characters escaped, from a pool of plain, wide and combining characters. */
const PLAIN = ["a", "b", "word", " ", "é", "👍", "👨‍💻", "e\u0301", "日本", "\u200b", "42", "\\.", "\\!", "\\*", "\\_", "\\[", "\\]", "\\(", "\\)", "\\`", "\\\\", "\\-", "\\#", "\\>", "\\|", "\\~"];
const URLS = ["http://example.com/a", "https://t.me/gramio", "tg://user?id=123456", "http://example.com/a\\)b"];

/** Well-formed MarkdownV2 (nested styles, links, code, pre with a language, custom emoji, dates, block quotes), then maybe one piece inserted or removed. */
export function wellFormedMarkdownV2(count: number, seed: number): string[] {
  const next = random(seed);
  const pick = <T>(list: readonly T[]) => list[Math.floor(next() * list.length)]!;
  const text = () => Array.from({ length: 1 + Math.floor(next() * 4) }, () => pick(PLAIN)).join("");
  const node = (depth: number): string => {
    const roll = next();
    if (depth > 3 || roll < 0.3) return text();
    if (roll < 0.6) {
      const [open, close] = pick([["*", "*"], ["_", "_"], ["__", "__"], ["~", "~"], ["||", "||"]] as const);
      return `${open}${node(depth + 1)}${close}`;
    }
    if (roll < 0.68) return `\`${text().replaceAll("`", "")}\``;
    if (roll < 0.74) return `\`\`\`${pick(["", "python", "go x"])}${pick(["\n", "", "\r\n"])}${text()}\`\`\``;
    if (roll < 0.84) return `[${node(depth + 1)}](${pick(URLS)})`;
    if (roll < 0.9) return `![👍](${pick(["tg://emoji?id=5368324170671202286", "tg://time?unix=1647531900&format=wDT", "tg://time?unix=1647531900&format=r", "tg://time?unix=1647531900"])})`;
    return node(depth + 1) + node(depth + 1);
  };
  return Array.from({ length: count }, () => {
    const lines = Array.from({ length: 1 + Math.floor(next() * 3) }, () => node(0));
    const input = next() < 0.2 ? `${next() < 0.5 ? "**" : ""}>${lines.join("\n>")}${next() < 0.5 ? "||" : ""}` : lines.join(next() < 0.5 ? "\n" : " ");
    // Mutations by code point, so no surrogate pair is split.
    const chars = [...input];
    const mutation = next();
    if (mutation < 0.15) chars.splice(Math.floor(next() * (chars.length + 1)), 0, pick(MARKDOWN_V2_PIECES));
    else if (mutation < 0.3 && chars.length > 1) chars.splice(Math.floor(next() * chars.length), 1);
    return chars.join("");
  });
}

/** Tags (known, unknown, broken), attributes quoted and not, character references, and text. */
export const HTML_PIECES = [
  "<b>", "</b>", "<strong>", "</strong>", "<i>", "</i>", "<em>", "<u>", "</u>", "<ins>", "<s>", "</s>", "<strike>", "<del>", "<tg-spoiler>", "</tg-spoiler>",
  '<span class="tg-spoiler">', "<span>", "</span>", '<a href="http://example.com/">', '<a href="tg://user?id=5">', "<a>", "</a>", "<A HREF='x'>", "<code>",
  '<code class="language-python">', "</code>", "<pre>", "</pre>", "<blockquote>", "<blockquote expandable>", "</blockquote>", '<tg-emoji emoji-id="5368324170671202286">',
  '<tg-emoji emoji-id="0">', "</tg-emoji>", '<tg-time unix="1647531900" format="wDT">', '<tg-time unix="1647531900" format="x">', "</tg-time>",
  "&lt;", "&gt;", "&amp;", "&quot;", "&#65;", "&#x1F600;", "&#xD83D;", "&#1114111;", "&nbsp;", "&", "&#", "<", ">", "</", "<x>", "<b", "< b>", "</ b>", "</>",
  "<a href=x.y-z>", "<a href=x/y>", "<a href='a&amp;b'>", '<b =x>', "<b c>", "<b c=>", '<b c="', "a", "b", "text", " ", "\n", "é", "👍", "👨‍💻", "e\u0301", "日本",
];

/** Well-formed HTML: nested tags with their attributes around text with references, then maybe one piece added or removed. */
export function wellFormedHtml(count: number, seed: number): string[] {
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
    if (mutation < 0.15) chars.splice(Math.floor(next() * (chars.length + 1)), 0, pick(HTML_PIECES));
    else if (mutation < 0.3 && chars.length > 1) chars.splice(Math.floor(next() * chars.length), 1);
    return chars.join("");
  });
}

/** Pieces of legacy Markdown and text: its four markers, escapes, links, pre with a language. */
export const MARKDOWN_PIECES = [
  "*", "_", "`", "```", "```python\n", "```\r\n", "[", "]", "(", ")", "](http://example.com/a)", "](tg://user?id=42)", "](", "\\", "\\_", "\\*", "\\`", "\\[", "\\]",
  "a", "b", "text", " ", "\n", "\r", "é", "👍", "👨‍💻", "e\u0301", "日本", ".", "!", "~", "|", ">", "#",
];
