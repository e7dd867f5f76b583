/**
 * The MarkdownV2 parser ported from td (`playground/format/markdownV2.ts`) against td itself:
 * TDLib run in this process by `tdl` and `prebuilt-tdlib` (its `parseTextEntities`, which calls
 * the same `parse_markdown_v2` with no network and no account). A fixed corpus of every refusal
 * and every entity kind, then 20,000 seeded inputs built from markup and 20,000 well-formed ones
 * (some with one piece added or removed); zero differences in the
 * refusal's words, the text and the entities. A link's URL is td's `get_checked_link`'s, not
 * ported yet: links are compared by place where td keeps them, and the inputs where td drops
 * or rewrites one are counted apart.
 */
import { afterAll, describe, expect, it } from "vitest";
import * as tdl from "tdl";
import { getTdjson } from "prebuilt-tdlib";
import { parseMarkdownV2, type ParsedEntity, type ParseResult } from "../../../playground/format/markdownV2";

tdl.configure({ tdjson: getTdjson(), verbosityLevel: 0 });

interface TdEntity {
  readonly offset: number;
  readonly length: number;
  readonly type: { readonly _: string; readonly language?: string; readonly url?: string; readonly user_id?: number; readonly custom_emoji_id?: string; readonly unix_time?: number };
}
type TdResult = { readonly _: "formattedText"; readonly text: string; readonly entities: readonly TdEntity[] } | { readonly _: "error"; readonly message: string };

function td(text: string): TdResult {
  try {
    return tdl.execute({ _: "parseTextEntities", text, parse_mode: { _: "textParseModeMarkdown", version: 2 } }) as TdResult;
  } catch (error) {
    return { _: "error", message: (error as Error).message };
  }
}

/** An entity in one shape for both sides: its kind, place and argument (a link's URL left out). */
const TD_TYPES: Readonly<Record<string, ParsedEntity["type"]>> = {
  textEntityTypeBold: "Bold",
  textEntityTypeItalic: "Italic",
  textEntityTypeUnderline: "Underline",
  textEntityTypeStrikethrough: "Strikethrough",
  textEntityTypeSpoiler: "Spoiler",
  textEntityTypeCode: "Code",
  textEntityTypePre: "Pre",
  textEntityTypePreCode: "PreCode",
  textEntityTypeTextUrl: "TextUrl",
  textEntityTypeMentionName: "MentionName",
  textEntityTypeCustomEmoji: "CustomEmoji",
  textEntityTypeBlockQuote: "BlockQuote",
  textEntityTypeExpandableBlockQuote: "ExpandableBlockQuote",
  textEntityTypeDateTime: "FormattedDate",
};
const fromTd = (e: TdEntity) => {
  const type = TD_TYPES[e.type._] ?? e.type._;
  const argument = e.type.language ?? (e.type.user_id === undefined ? undefined : String(e.type.user_id)) ?? e.type.custom_emoji_id ?? (e.type.unix_time === undefined ? undefined : String(e.type.unix_time));
  return `${type} ${e.offset}+${e.length}${argument === undefined ? "" : ` ${argument}`}`;
};
const fromPort = (e: ParsedEntity) => {
  const argument = e.language ?? e.userId?.toString() ?? e.customEmojiId?.toString() ?? (e.date === undefined ? undefined : String(e.date));
  return `${e.type} ${e.offset}+${e.length}${argument === undefined ? "" : ` ${argument}`}`;
};

/**
 * Where TDLib 1.8.65 (what prebuilt-tdlib runs) answers otherwise than td 49b3bcb (what the Bot
 * API server runs, and what the port follows, as the server's answer is the one a bot gets):
 * from a8f21f523 on, a tg://time link's format is read inside LinkManager::get_link_formatted_date,
 * so a letter td does not know fails the link (“Invalid tg://emoji or tg://time URL specified”)
 * where 49b3bcb's get_date_flags answers “Invalid date format used”.
 */
const VERSION_DIFFERENCES: readonly { readonly server: string; readonly tdlib: string }[] = [
  { server: "Can't parse entities: Invalid date format used", tdlib: "Can't parse entities: Invalid tg://emoji or tg://time URL specified" },
];

/** The two answers side by side, links apart: equal when words, text and every other entity are. */
function compare(input: string): { readonly same: boolean; readonly linksDiffer: boolean; readonly versionDiffers: boolean; readonly td: unknown; readonly port: unknown } {
  const theirs = td(input);
  const ours: ParseResult = parseMarkdownV2(input);
  if (theirs._ === "error" || "error" in ours) {
    const port = "error" in ours ? `Can't parse entities: ${ours.error}` : "no error";
    const tdWords = theirs._ === "error" ? theirs.message : "no error";
    const versionDiffers = VERSION_DIFFERENCES.some((d) => d.server === port && d.tdlib === tdWords);
    return { same: port === tdWords || versionDiffers, linksDiffer: false, versionDiffers, td: tdWords, port };
  }
  const tdAll = theirs.entities.map(fromTd);
  const portAll = ours.entities.map(fromPort);
  const notLink = (e: string) => !e.startsWith("TextUrl ");
  const same = theirs.text === ours.text && JSON.stringify(tdAll.filter(notLink)) === JSON.stringify(portAll.filter(notLink));
  return { same, linksDiffer: JSON.stringify(tdAll) !== JSON.stringify(portAll), versionDiffers: false, td: { text: theirs.text, entities: tdAll }, port: { text: ours.text, entities: portAll } };
}

/** mulberry32: the same inputs on every run. */
function random(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Pieces of markup and text, favouring what MarkdownV2 reserves. */
const PIECES = [
  "*", "_", "__", "~", "||", "`", "```", "```python\n", "```\n", "[", "]", "](", ")", "(", "![", "](http://example.com/a)", "](https://t.me/gramio)",
  "](tg://user?id=123456)", "](tg://emoji?id=5368324170671202286)", "](tg://time?unix=1647531900&format=wDT)", "](tg://time?unix=1647531900&format=r)",
  "](tg://time?unix=0)", "](tg://emoji?id=x)", "](tg://time?unix=1&format=q)", ">", "\n", "\n>", "**>", "||\n", "\\", "\\*", "\\.", "\\\\", ".", "!", "#", "+", "-", "=", "{", "}",
  "a", "b", "text", " ", "  ", "\t", "\r", "\r\n", "é", "👍", "👨‍💻", "e\u0301", "日本", "\u200b", "0", "42",
];

function inputs(count: number, seed: number): string[] {
  const next = random(seed);
  return Array.from({ length: count }, () => {
    const n = 1 + Math.floor(next() * 14);
    return Array.from({ length: n }, () => PIECES[Math.floor(next() * PIECES.length)]).join("");
  });
}

/** Text with MarkdownV2's reserved characters escaped, from a pool of plain, wide and combining characters. */
const PLAIN = ["a", "b", "word", " ", "é", "👍", "👨‍💻", "e\u0301", "日本", "\u200b", "42", "\\.", "\\!", "\\*", "\\_", "\\[", "\\]", "\\(", "\\)", "\\`", "\\\\", "\\-", "\\#", "\\>", "\\|", "\\~"];
const URLS = ["http://example.com/a", "https://t.me/gramio", "tg://user?id=123456", "http://example.com/a\\)b"];

/** Well-formed MarkdownV2 (nested styles, links, code, pre with a language, custom emoji, dates, block quotes), then maybe one piece inserted or removed. */
function wellFormed(count: number, seed: number): string[] {
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
    if (mutation < 0.15) chars.splice(Math.floor(next() * (chars.length + 1)), 0, pick(PIECES));
    else if (mutation < 0.3 && chars.length > 1) chars.splice(Math.floor(next() * chars.length), 1);
    return chars.join("");
  });
}

const counts = { inputs: 0, refused: 0, parsed: 0, entities: 0, linkDifferences: 0, versionDifferences: 0 };
afterAll(() => console.log(`MarkdownV2 against TDLib ${String((tdl.execute({ _: "getOption", name: "version" }) as { value: string }).value)}: ${JSON.stringify(counts)}`));

function check(input: string) {
  const result = compare(input);
  counts.inputs++;
  const port = parseMarkdownV2(input);
  if ("error" in port) counts.refused++;
  else {
    counts.parsed++;
    counts.entities += port.entities.length;
  }
  if (result.linksDiffer) counts.linkDifferences++;
  if (result.versionDiffers) counts.versionDifferences++;
  expect(result.port, JSON.stringify(input)).toEqual(result.same ? result.port : result.td);
}

describe("MarkdownV2, ported from td's parse_markdown_v2, against td", () => {
  it("says every refusal in td's words, with its byte offset", () => {
    for (const input of [
      "a.b", "a!b", "#", "+", "-", "=", "{", "}", "(", ")", "]", "|", "a>b", "*a", "_a", "__a", "~a", "||a", "`a", "```a", "[a", "[a](http://x", "![a]", "![a](http://x.com)",
      "![a](tg://emoji?id=0)", "![a](tg://time?unix=5&format=x)", "![a](tg://time?format=t)", "*a\nb*", "é*", "👍_", ">q\n>w||x", "||a\n", "`a\nb` c.", "[a](b\\)",
    ])
      check(input);
  });

  it("gives the text and every kind of entity at td's UTF-16 offsets", () => {
    for (const input of [
      "*bold* _italic_ __underline__ ~strike~ ||spoiler|| `code`", "```\npre```", "```go\nfunc()```", "```go x```", "*a _b __c__ b_ a*", "[link](http://example.com)", "[me](tg://user?id=42)",
      "![👍](tg://emoji?id=5368324170671202286)", "![x](tg://time?unix=1647531900&format=wDT)", "![x](tg://time?unix=1647531900&format=R)", ">quote\n>more", "**>expandable\n>quote||", ">a\n\nb",
      "👍 *👨‍💻*", "e\u0301 _日本_", "\\*not bold\\*", "a\r\n>b", "**", "____", "``````", "[](http://x.com)", "*\\**", "`\\``", "```\r\nx```",
    ])
      check(input);
  });

  it("agrees with td on 20,000 seeded inputs built from markup", () => {
    for (const input of inputs(20_000, 20261201)) check(input);
  });

  it("agrees with td on 20,000 seeded well-formed inputs, some with one piece added or removed", () => {
    for (const input of wellFormed(20_000, 1201)) check(input);
  });
});
