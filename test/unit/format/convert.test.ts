/**
 * The formatted text's tree, the writers, the escape and the preview (`playground/format/`),
 * with exact strings; the proof (test/proof/format/convert.test.ts) runs the writers' output
 * through td and @gramio/format on 20,000 more.
 */
import { describe, expect, it } from "vitest";
import { escapeRefused } from "../../../playground/format/escapeMarkup";
import { dateTitle, formattedPreview, shownChildren } from "../../../playground/format/preview";
import { botEntity, dateTimeFormat } from "../../../playground/format/botEntity";
import { formatTree, treeEntities, type BotEntity } from "../../../playground/format/tree";
// Registers td's parsers as the slice would load them, for the preview (`formatPorts`).
import "../../../playground/server/readings";
import { formatImports, gramioFormatSnippet, toGramioFormat, toHtml, toMarkdownV2, writeAll } from "../../../playground/format/write";
import { DATE_FLAGS } from "../../../playground/format/markdownV2";

const bold = (offset: number, length: number): BotEntity => ({ type: "bold", offset, length });
const italic = (offset: number, length: number): BotEntity => ({ type: "italic", offset, length });

describe("the Bot API's entities and their tree", () => {
  it("writes td's entities as JsonEntity::store does, a date's flags as its date_time_format", () => {
    expect(botEntity({ type: "PreCode", offset: 0, length: 4, language: "py" })).toEqual({ type: "pre", offset: 0, length: 4, language: "py" });
    expect(botEntity({ type: "MentionName", offset: 1, length: 2, userId: 42n })).toEqual({ type: "text_mention", offset: 1, length: 2, user: { id: 42 } });
    expect(botEntity({ type: "CustomEmoji", offset: 0, length: 2, customEmojiId: 5368324170671202286n })).toEqual({ type: "custom_emoji", offset: 0, length: 2, custom_emoji_id: "5368324170671202286" });
    expect(dateTimeFormat(DATE_FLAGS.DayOfWeek | DATE_FLAGS.LongDate | DATE_FLAGS.ShortTime)).toBe("wDt");
    expect(dateTimeFormat(DATE_FLAGS.Relative | DATE_FLAGS.LongTime)).toBe("r");
    expect(dateTimeFormat(0)).toBe("");
  });

  it("nests entities, the longer outside, a quote outside a style over the same text, and cuts one that crosses another's end", () => {
    expect(formatTree("ab cd", [italic(3, 2), bold(0, 5)])).toEqual([{ entity: bold(0, 5), start: 0, end: 5, split: false, children: ["ab ", { entity: italic(3, 2), start: 3, end: 5, split: false, children: ["cd"] }] }]);
    const crossing = formatTree("abcd", [bold(0, 3), italic(2, 2)]);
    expect(treeEntities(crossing)).toEqual([bold(0, 3), italic(2, 1), italic(3, 1)]);
    expect(formatTree("q", [bold(0, 1), { type: "blockquote", offset: 0, length: 1 }])).toMatchObject([{ entity: { type: "blockquote" }, children: [{ entity: { type: "bold" } }] }]);
    expect(formatTree("ab", [bold(1, 5), italic(0, 0)])).toEqual(["ab"]);
  });
});

describe("the writers", () => {
  it("write MarkdownV2 with the text escaped, an empty bold between two underscores, a pre on its own line and a quote's lines after '>'", () => {
    expect(toMarkdownV2("a.b 1+1", [bold(0, 3)])).toEqual({ code: "*a\\.b* 1\\+1" });
    expect(toMarkdownV2("ab", [italic(0, 1), italic(1, 1)])).toEqual({ code: "_a_**_b_" });
    expect(toMarkdownV2("ab", [{ type: "underline", offset: 0, length: 2 }, italic(1, 1)])).toEqual({ code: "__a_b_**__" });
    expect(toMarkdownV2("x`y", [{ type: "pre", offset: 0, length: 3, language: "go" }])).toEqual({ code: "```go\nx\\`y```" });
    expect(toMarkdownV2("q\nw\nz", [{ type: "expandable_blockquote", offset: 0, length: 4 }])).toEqual({ code: ">q\n>w||\nz" });
    expect(toMarkdownV2("me", [{ type: "text_link", offset: 0, length: 2, url: "http://a.b/(x)" }])).toEqual({ code: "[me](http://a.b/(x\\))" });
    expect(toMarkdownV2("t", [{ type: "date_time", offset: 0, length: 1, unix_time: 1647531900, date_time_format: "wDT" }])).toEqual({ code: "![t](tg://time?unix=1647531900&format=wDT)" });
  });

  it("say why MarkdownV2 cannot write a nesting td's HTML parser makes", () => {
    expect(toMarkdownV2("ab", [{ type: "code", offset: 0, length: 2 }, bold(0, 1)])).toEqual({ cannot: "MarkdownV2 cannot put bold inside code or pre: everything there is text." });
    expect(toMarkdownV2("aq", [{ type: "blockquote", offset: 1, length: 1 }])).toEqual({ cannot: "MarkdownV2 starts a block quote only at the start of a line." });
    expect(toHtml("me", [{ type: "text_link", offset: 0, length: 2, url: "tg://user?id=5" }])).toEqual({ cannot: "HTML reads a link to tg://user?id=5 as a mention of that user, not as a link." });
  });

  it("write HTML with tags td reads, attributes quoted and text escaped", () => {
    expect(toHtml("<a> & b", [bold(0, 3), { type: "pre", offset: 4, length: 3, language: 'x"y' }])).toEqual({ code: '<b>&lt;a&gt;</b> <pre><code class="language-x&quot;y">&amp; b</code></pre>' });
    expect(toHtml("s", [{ type: "expandable_blockquote", offset: 0, length: 1 }])).toEqual({ code: "<blockquote expandable>s</blockquote>" });
    expect(toHtml("t", [{ type: "date_time", offset: 0, length: 1, unix_time: 5, date_time_format: "" }])).toEqual({ code: '<tg-time unix="5">t</tg-time>' });
  });

  it("write GramIO's template: calls for entities, `${`, '`' and '\\r' escaped, formatSaveIndents where format would drop an indent", () => {
    expect(toGramioFormat("Hi `there` ${x}", [bold(0, 2)])).toEqual({ code: 'format`${bold("Hi")} \\`there\\` \\${x}`' });
    expect(toGramioFormat("a\n  b", [italic(0, 1)])).toEqual({ code: 'formatSaveIndents`${italic("a")}\n  b`' });
    expect(toGramioFormat("ab c", [bold(0, 4), italic(3, 1), { type: "text_link", offset: 0, length: 2, url: "https://t.me" }])).toEqual({
      code: 'format`${bold(format`${link("ab", "https://t.me")} ${italic("c")}`)}`',
    });
    expect(toGramioFormat("x", [{ type: "text_mention", offset: 0, length: 1, user: { id: 7 } }])).toEqual({ code: 'format`${mention("x", { id: 7, is_bot: false, first_name: "" })}`' });
    expect(formatImports('format`${bold(link("a", "u"))}`')).toEqual(["format", "bold", "link"]);
    expect(gramioFormatSnippet('format`${bold("a")}`')).toBe('import { format, bold } from "gramio";\n\nconst text = format`${bold("a")}`;\n');
  });

  it("writes every form of one text", () => {
    expect(writeAll("a", [bold(0, 1)])).toEqual({ MarkdownV2: { code: "*a*" }, HTML: { code: "<b>a</b>" }, entities: { code: '[\n  {\n    "type": "bold",\n    "offset": 0,\n    "length": 1\n  }\n]' }, format: { code: 'format`${bold("a")}`' } });
  });
});

describe("the escape of what MarkdownV2 refuses", () => {
  it("escapes each refused character, every character of an unended mark, and keeps the markup that parses", () => {
    expect(escapeRefused("*bold* and a.dot")).toEqual({ text: "*bold* and a\\.dot", escaped: 1 });
    expect(escapeRefused("1+1=2 (maybe)!")).toEqual({ text: "1\\+1\\=2 \\(maybe\\)\\!", escaped: 5 });
    expect(escapeRefused("x ```y")).toEqual({ text: "x \\`\\`\\`y", escaped: 3 });
    expect(escapeRefused("fine")).toBeUndefined();
    // A link without its end is not answered by an escape.
    expect(escapeRefused("[a](http://x")).toBeUndefined();
  });
});

describe("the preview", () => {
  it("gives td's refusal at its character, with the escape for MarkdownV2", () => {
    expect(formattedPreview("👍 a.b", "MarkdownV2", undefined)).toEqual({
      refused: "Bad Request: can't parse entities: Character '.' is reserved and must be escaped with the preceding '\\'",
      at: { start: 4, end: 5, index: 4 },
      escapable: true,
    });
    expect(formattedPreview("<b>x", "html", undefined)).toEqual({ refused: "Bad Request: can't parse entities: Can't find end tag corresponding to start tag \"b\"" });
  });

  it("gives the text and entities of a parse mode, folded as the server folds it, or the entities sent when there is none", () => {
    expect(formattedPreview("*a*", "markdownv2", [bold(0, 1)])).toMatchObject({ from: "MarkdownV2", text: "a", entities: [bold(0, 1)] });
    expect(formattedPreview("ab", "", [italic(0, 1), { type: "mention", offset: 0, length: 1 }])).toMatchObject({ from: "entities", text: "ab", entities: [italic(0, 1)] });
    expect(formattedPreview("ab", "None", undefined)).toMatchObject({ from: "plain", entities: [] });
    expect(formattedPreview("", "HTML", undefined)).toBeUndefined();
    expect(formattedPreview("a", "bbcode", undefined)).toBeUndefined();
    expect(dateTitle(1647531900, "wDT")).toBe("2022-03-17 15:45:00 UTC, shown as “wDT”");
  });

  it("draws and lists what td keeps: trimmed, cleaned, the entities moved with the text (fix_formatted_text)", () => {
    // The start is trimmed up to the first entity, the end always; the entities' offsets follow.
    expect(formattedPreview("  *a* b \n ", "MarkdownV2", undefined)).toMatchObject({ text: "a b", entities: [bold(0, 1)] });
    expect(formattedPreview("  <i>a </i>\n", "HTML", undefined)).toMatchObject({ text: "a", entities: [italic(0, 1)] });
    // An entity that begins before the first non-space keeps the spaces it covers.
    expect(formattedPreview(" <b> a</b>", "HTML", undefined)).toMatchObject({ text: " a", entities: [bold(0, 2)] });
    // '\r' is dropped, a tab becomes a space, and the entity after it moves back.
    expect(formattedPreview("x\r\ty *z*", "MarkdownV2", undefined)).toMatchObject({ text: "x y z", entities: [bold(4, 1)] });
    // Entities sent beside a text: cut at the new end, dropped past it.
    expect(formattedPreview("ab  ", "", [italic(1, 3), bold(3, 1)])).toMatchObject({ from: "entities", text: "ab", entities: [italic(1, 1)] });
    // Nothing left: nothing to draw (sendMessage's field says the server refuses it; a caption may be empty).
    expect(formattedPreview("<b> </b>\n", "HTML", undefined)).toBeUndefined();
  });
});

describe("what the preview draws", () => {
  it("ends a block quote at its closing new line, without an empty line in it", () => {
    const [quote] = formatTree("q\nw\nz", [{ type: "blockquote", offset: 0, length: 4 }]);
    expect(shownChildren(quote!)).toEqual(["q\nw"]);
    const [pre] = formatTree("a\n", [{ type: "pre", offset: 0, length: 2 }]);
    expect(shownChildren(pre!)).toEqual(["a\n"]);
  });
});

describe("the texts a method's slice previews", () => {
  it("names each text the server reads with a parse mode or entities, with those parameters, from the readings", async () => {
    const { readFileSync } = await import("node:fs");
    const { SCHEMA_FILE } = await import("../../../playground/schema/fromGramioTypes");
    const { serverSlice } = await import("../../../playground/server/slices");
    const schema = JSON.parse(readFileSync(SCHEMA_FILE, "utf8"));
    expect(serverSlice(schema, "sendMessage").formatted).toEqual({ text: { mode: "parse_mode", entities: "entities" } });
    expect(serverSlice(schema, "sendPoll").formatted).toEqual({
      question: { mode: "question_parse_mode", entities: "question_entities" },
      description: { mode: "description_parse_mode", entities: "description_entities" },
      explanation: { mode: "explanation_parse_mode", entities: "explanation_entities" },
    });
    expect(serverSlice(schema, "setWebhook").formatted).toBeUndefined();
  });
});
