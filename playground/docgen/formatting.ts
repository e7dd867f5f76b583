/**
 * The tables of the guide page “Formatting messages” (docs/guide/formatting.md), written from
 * the parsers and writers themselves (`playground/format/`, proven against td): each entity in
 * MarkdownV2, HTML and GramIO's `format`, the characters MarkdownV2 reserves, the HTML tags and
 * references td reads, what each mode cannot nest, and common mistakes with td's answer to each.
 * `npm run generate` fills the page's block; `--check` finds it stale.
 */
import { badRequest } from "../facts/badRequest";
import { HTML_NAMED_REFERENCES, HTML_TAGS } from "../format/html";
import { CANT_PARSE, characterAt, PARSERS, sentMessageVerdict } from "../format/index";
import { botEntity } from "../format/botEntity";
import type { BotEntity } from "../format/tree";
import { MARKDOWN_V2_RESERVED, toGramioFormat, toHtml, toMarkdownV2, type Written } from "../format/write";
import { MAX_RAW_TEXT_BYTES } from "../format/rawText";
import { utf8Length } from "../escape";

export const FORMATTING_BLOCK = { start: "<!-- generated: formatting tables (npm run generate) -->", end: "<!-- /generated -->" } as const;

/** A table cell's text: a '|' escaped (GFM reads “\\|” as '|' in code too), a new line shown as ↵. */
const cell = (text: string) => text.replaceAll("|", "\\|").replaceAll("\n", "↵");
const code = (text: string) => {
  const body = cell(text);
  const ticks = body.includes("`") ? "``" : "`";
  return `${ticks}${ticks === "``" ? " " : ""}${body}${ticks === "``" ? " " : ""}${ticks}`;
};
const shown = (w: Written) => ("code" in w ? code(w.code) : `cannot: ${w.cannot}`);

/** One example of each entity: its text, and the entity over all of it. */
const EXAMPLES: readonly { readonly name: string; readonly text: string; readonly entity: Omit<BotEntity, "offset" | "length"> }[] = [
  { name: "bold", text: "bold", entity: { type: "bold" } },
  { name: "italic", text: "italic", entity: { type: "italic" } },
  { name: "underline", text: "underline", entity: { type: "underline" } },
  { name: "strikethrough", text: "strike", entity: { type: "strikethrough" } },
  { name: "spoiler", text: "spoiler", entity: { type: "spoiler" } },
  { name: "code", text: "code", entity: { type: "code" } },
  { name: "pre", text: "x = 1", entity: { type: "pre" } },
  { name: "pre with a language", text: "x = 1", entity: { type: "pre", language: "python" } },
  { name: "text_link", text: "GramIO", entity: { type: "text_link", url: "https://gramio.dev/" } },
  { name: "text_mention", text: "Ann", entity: { type: "text_mention", user: { id: 123456789 } } },
  { name: "custom_emoji", text: "👍", entity: { type: "custom_emoji", custom_emoji_id: "5368324170671202286" } },
  { name: "date_time", text: "17 March", entity: { type: "date_time", unix_time: 1647531900, date_time_format: "wD" } },
  { name: "blockquote", text: "quote", entity: { type: "blockquote" } },
  { name: "expandable_blockquote", text: "long quote", entity: { type: "expandable_blockquote" } },
];

function entityTable(): string {
  const rows = EXAMPLES.map(({ name, text, entity }) => {
    const entities = [{ ...entity, offset: 0, length: text.length } as BotEntity];
    return `| ${name} | ${shown(toMarkdownV2(text, entities))} | ${shown(toHtml(text, entities))} | ${shown(toGramioFormat(text, entities))} |`;
  });
  return ["| Entity | MarkdownV2 | HTML | GramIO `format` |", "| --- | --- | --- | --- |", ...rows].join("\n");
}

/** Nestings td's HTML parser accepts and MarkdownV2 cannot write, each with the writer's reason. */
const NESTINGS: readonly { readonly text: string; readonly entities: readonly BotEntity[]; readonly html: string }[] = [
  { text: "ab", entities: [{ type: "code", offset: 0, length: 2 }, { type: "bold", offset: 0, length: 1 }], html: "<code><b>a</b>b</code>" },
  { text: "ab", entities: [{ type: "bold", offset: 0, length: 2 }, { type: "bold", offset: 1, length: 1 }], html: "<b>a<b>b</b></b>" },
  { text: "aq", entities: [{ type: "blockquote", offset: 1, length: 1 }], html: "a<blockquote>q</blockquote>" },
  { text: "qb", entities: [{ type: "blockquote", offset: 0, length: 1 }], html: "<blockquote>q</blockquote>b" },
  { text: "me", entities: [{ type: "text_link", offset: 0, length: 2, url: "tg://user?id=5" }], html: '<a href="tg://user?id=5">me</a>' },
];

function nestingTable(): string {
  const rows = NESTINGS.map(({ text, entities, html }) => {
    const written = toMarkdownV2(text, entities);
    return `| ${code(html)} | ${"cannot" in written ? written.cannot : code(written.code)} |`;
  });
  return ["| td's HTML parser accepts | MarkdownV2 |", "| --- | --- |", ...rows].join("\n");
}

/** Texts developers send that the server refuses, with td's answer from the ported parsers. */
const MISTAKES: readonly { readonly mode: keyof typeof PARSERS; readonly text: string; readonly why: string }[] = [
  { mode: "MarkdownV2", text: "Price: 5.99!", why: "'.' and '!' are reserved everywhere, not only in markup" },
  { mode: "MarkdownV2", text: "*Total:* 1+1=2", why: "so are '+' and '='" },
  { mode: "MarkdownV2", text: "snake_case_name", why: "a pair of '_' is italic: no error, and the underscores are gone" },
  { mode: "MarkdownV2", text: "Look (here)", why: "'(' outside a link" },
  { mode: "MarkdownV2", text: "[docs](https://gramio.dev/a_(b))", why: "a ')' inside a URL ends it unless escaped" },
  { mode: "MarkdownV2", text: "👍👍 a.b", why: "td counts UTF-8 bytes: each 👍 is 4" },
  { mode: "HTML", text: "1 < 2", why: "a '<' starts a tag: write &lt;" },
  { mode: "HTML", text: "<b>bold<b>", why: "a tag left open" },
  { mode: "HTML", text: '<a href="x">x</b>', why: "end tags must match" },
  { mode: "HTML", text: "<br>", why: "only Telegram's tags are read" },
  { mode: "Markdown", text: "snake_case", why: "an '_' with no partner opens italic that never ends: write \\_" },
  { mode: "HTML", text: "<b> </b>", why: "parsed, nothing is left once td trims spaces and line breaks: sendMessage refuses it once the chat is found (a caption may be empty)" },
];

function mistakeTable(): string {
  const rows = MISTAKES.map(({ mode, text, why }) => {
    const result = PARSERS[mode](text);
    // Parsed: what td refuses as it builds the message (sendMessage's text), else what is sent.
    const sent = "error" in result ? undefined : sentMessageVerdict("message_text", { text, parse_mode: mode }, undefined);
    if (sent) return `| ${mode} | ${code(text)} | ${code(sent.answer)} | ${why} |`;
    if (!("error" in result)) {
      const entities = result.entities.map((e) => `${botEntity(e).type} over ${code(result.text.slice(e.offset, e.offset + e.length))}`).join(", ");
      return `| ${mode} | ${code(text)} | sent as ${code(result.text)}${entities ? `, ${entities}` : ""} | ${why} |`;
    }
    const at = result.byte === undefined ? "" : (() => {
      const c = characterAt(text, result.byte);
      return ` byte ${result.byte} = character ${c.index}${c.char === undefined ? " (the end)" : ` (${code(c.char)})`}`;
    })();
    return `| ${mode} | ${code(text)} | ${code(badRequest(CANT_PARSE + result.error))} | ${why}${at ? `;${at}` : ""} |`;
  });
  return ["| Mode | Text | The server answers, or makes of it | Why |", "| --- | --- | --- | --- |", ...rows].join("\n");
}

/** The generated block: every table, from the code that checks texts on this site. */
export function formattingTables(): string {
  const example = "👍👍 a.b";
  const parsed = PARSERS.MarkdownV2(example);
  const byte = "error" in parsed ? parsed.byte! : 0;
  return [
    FORMATTING_BLOCK.start,
    "",
    "### Each entity in each form",
    "",
    "Written by this site's converters, which are proven against td's parsers and `@gramio/format` on every text of the test corpus.",
    "",
    entityTable(),
    "",
    "### Characters MarkdownV2 reserves",
    "",
    `Outside code, each of these must be written after a \`\\\`: ${[...MARKDOWN_V2_RESERVED].map((c) => code(c)).join(" ")}. Inside \`code\` and \`pre\`, only ${code("`")} and ${code("\\")} are. Any ASCII character may be escaped; a new line is never markup but ends a block quote line.`,
    "",
    "### HTML tags and references td reads",
    "",
    `Tags: ${HTML_TAGS.map((t) => code(`<${t}>`)).join(" ")} (lower or upper case). Named references: ${Object.keys(HTML_NAMED_REFERENCES).map((n) => code(`&${n};`)).join(" ")}; numeric ones (${code("&#65;")}, ${code("&#x1F600;")}) for anything else. Every other tag is refused, and every other name is kept as text.`,
    "",
    "### Nestings MarkdownV2 cannot write",
    "",
    nestingTable(),
    "",
    "### Common mistakes and the server's answer",
    "",
    `The answer counts bytes of UTF-8, while entities count UTF-16 code units: in ${code(example)} the ${code(".")} is at byte ${byte}, character ${characterAt(example, byte).index}, and UTF-16 offset ${characterAt(example, byte).start}. Every text is at most ${MAX_RAW_TEXT_BYTES.toLocaleString("en-US")} bytes of UTF-8 before parsing (${code("é")} is ${utf8Length("é")}).`,
    "",
    mistakeTable(),
    "",
    FORMATTING_BLOCK.end,
  ].join("\n");
}

/** The page with its block filled. */
export function withFormattingTables(page: string): string {
  const start = page.indexOf(FORMATTING_BLOCK.start);
  const end = page.indexOf(FORMATTING_BLOCK.end);
  if (start === -1 || end === -1) return page;
  return page.slice(0, start) + formattingTables() + page.slice(end + FORMATTING_BLOCK.end.length);
}
