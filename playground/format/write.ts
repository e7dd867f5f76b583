/**
 * A formatted text written again in each form the Bot API or GramIO takes: MarkdownV2 and HTML
 * (as td's parsers read them back: `markdownV2.ts`, `html.ts`), the entities as JSON, and
 * GramIO's `format` template (`@gramio/format`). Each is proven to give the same text and
 * entities (test/proof/format/convert.test.ts). Where a mode cannot say a nesting, the writer
 * says why instead of writing something else.
 */
import { linkUserId, MARKDOWN_V2_MARKUP } from "./markdownV2";
import { formatTree, type BotEntity, type FormatChild, type FormatNode } from "./tree";

export type Written = { readonly code: string } | { readonly cannot: string };

export const WRITERS = ["MarkdownV2", "HTML", "entities", "format"] as const;
export type WriterName = (typeof WRITERS)[number];

class Cannot {
  constructor(readonly why: string) {}
}
const written = (write: () => string): Written => {
  try {
    return { code: write() };
  } catch (error) {
    if (error instanceof Cannot) return { cannot: error.why };
    throw error;
  }
};

/** What MarkdownV2 reserves outside code, each written after '\': td's markup, and '\' itself. */
export const MARKDOWN_V2_RESERVED = `${MARKDOWN_V2_MARKUP}\\`;
const RESERVED_PATTERN = new RegExp(`[${MARKDOWN_V2_RESERVED.replace(/[\]\\^-]/g, "\\$&")}]`, "g");
const escapeMarkdownV2 = (text: string) => text.replace(RESERVED_PATTERN, "\\$&");
/** Inside code and pre, only '`' and '\' are markup. */
const escapeCode = (text: string) => text.replace(/[`\\]/g, "\\$&");

const SEPARATORS = [["bold", "**"], ["strikethrough", "~~"], ["spoiler", "||||"]] as const;
const MARKS: Partial<Record<BotEntity["type"], string>> = { bold: "*", italic: "_", underline: "__", strikethrough: "~", spoiler: "||", code: "`" };

const url = (e: BotEntity, mode: string): string => {
  switch (e.type) {
    case "text_link":
      // LinkManager::get_link_user_id, before the URL is checked: such a link is read as a mention.
      if (linkUserId(e.url!) !== undefined) throw new Cannot(`${mode} reads a link to ${e.url} as a mention of that user, not as a link.`);
      return e.url!;
    case "text_mention":
      return `tg://user?id=${e.user!.id}`;
    case "custom_emoji":
      return `tg://emoji?id=${e.custom_emoji_id}`;
    default:
      return `tg://time?unix=${e.unix_time}${e.date_time_format ? `&format=${e.date_time_format}` : ""}`;
  }
};

/**
 * MarkdownV2 that td parses into this text and these entities: text escaped, a pre on its own
 * line after its fence, a block quote's lines each after '>', and an empty bold (or
 * strikethrough) between two underscores of different marks, as td reads “__” as underline.
 */
export function toMarkdownV2(text: string, entities: readonly BotEntity[]): Written {
  return written(() => {
    let out = "";
    /** The last thing written was an underscore of markup. */
    let underscore = false;
    const open: BotEntity["type"][] = [];
    const mark = (token: string) => {
      // An empty entity td skips, of a type neither the entity nor its parent is (either is td's top here).
      if (underscore && token.startsWith("_")) out += SEPARATORS.find(([type]) => !open.slice(-2).includes(type))![1];
      out += token;
      underscore = token.endsWith("_");
    };
    const plain = (piece: string, quoted: boolean, inCode: boolean) => {
      if (piece === "") return;
      const escaped = inCode ? escapeCode(piece) : escapeMarkdownV2(piece);
      out += quoted && !inCode ? escaped.replaceAll("\n", "\n>") : escaped;
      underscore = false;
    };
    const walk = (nodes: readonly FormatChild[], quoted: boolean, inCode: boolean, depth: number) => {
      nodes.forEach((node) => {
        if (typeof node === "string") return plain(node, quoted, inCode);
        const e = node.entity;
        if (inCode) throw new Cannot(`MarkdownV2 cannot put ${e.type} inside code or pre: everything there is text.`);
        if (open.at(-1) === e.type && MARKS[e.type]) throw new Cannot(`MarkdownV2 cannot put ${e.type} directly inside ${e.type}: its mark would close the outer one.`);
        open.push(e.type);
        if (e.type === "blockquote" || e.type === "expandable_blockquote") quote(node, depth);
        else if (e.type === "pre") {
          if (e.language && /[\s`\0]/.test(e.language)) throw new Cannot(`MarkdownV2 ends a pre's language at a space or '\`'; this one is “${e.language}”.`);
          mark("```");
          out += `${e.language ?? ""}\n`;
          const first = node.children[0];
          // td skips one new line after the fence, and “\n\r” as one: a leading '\r' is escaped.
          if (typeof first === "string" && first.startsWith("\r")) {
            out += "\\\r";
            walk([first.slice(1), ...node.children.slice(1)], quoted, true, depth + 1);
          } else walk(node.children, quoted, true, depth + 1);
          mark("```");
        } else if (MARKS[e.type]) {
          mark(MARKS[e.type]!);
          walk(node.children, quoted, e.type === "code", depth + 1);
          mark(MARKS[e.type]!);
        } else {
          mark(e.type === "text_link" || e.type === "text_mention" ? "[" : "![");
          walk(node.children, quoted, false, depth + 1);
          mark(`](${url(e, "MarkdownV2").replace(/[)\\]/g, "\\$&")})`);
        }
        open.pop();
      });
    };
    const quote = (node: FormatNode, depth: number) => {
      if (depth > 0) throw new Cannot("MarkdownV2 writes a block quote only at the start of a line, outside other entities.");
      if (out !== "" && !/\n\r*$/.test(out)) throw new Cannot("MarkdownV2 starts a block quote only at the start of a line.");
      const body = node.children;
      const last = body.at(-1);
      const endsLine = typeof last === "string" && last.endsWith("\n");
      if (!endsLine && node.end !== text.length) throw new Cannot("MarkdownV2 ends a block quote at the end of a line; this one ends inside a line.");
      mark(">");
      // The quote's last new line ends it: written after the expandable mark, without a '>' after it.
      const inner = endsLine ? [...body.slice(0, -1), (last as string).slice(0, -1)] : body;
      const crlf = endsLine && (last as string).endsWith("\r\n");
      const innerFinal = crlf ? [...inner.slice(0, -1), (inner.at(-1) as string).slice(0, -1)] : inner;
      walk(innerFinal, true, false, depth + 1);
      if (node.entity.type === "expandable_blockquote") mark("||");
      if (crlf) out += "\r";
      if (endsLine) out += "\n";
      underscore = false;
    };
    walk(formatTree(text, entities), false, false, 0);
    return out;
  });
}

const escapeHtml = (text: string) => text.replace(/[&<>]/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;" })[c]!);
const attribute = (text: string) => escapeHtml(text).replaceAll('"', "&quot;");

const TAGS: Partial<Record<BotEntity["type"], string>> = { bold: "b", italic: "i", underline: "u", strikethrough: "s", spoiler: "tg-spoiler", code: "code", blockquote: "blockquote" };

/** HTML that td's parse_html reads into this text and these entities. */
export function toHtml(text: string, entities: readonly BotEntity[]): Written {
  return written(() => {
    const walk = (nodes: readonly FormatChild[]): string =>
      nodes
        .map((node) => {
          if (typeof node === "string") return escapeHtml(node);
          const e = node.entity;
          const inner = walk(node.children);
          if (TAGS[e.type]) return `<${TAGS[e.type]}>${inner}</${TAGS[e.type]}>`;
          switch (e.type) {
            case "expandable_blockquote":
              return `<blockquote expandable>${inner}</blockquote>`;
            case "pre":
              return e.language ? `<pre><code class="language-${attribute(e.language)}">${inner}</code></pre>` : `<pre>${inner}</pre>`;
            case "custom_emoji":
              return `<tg-emoji emoji-id="${e.custom_emoji_id}">${inner}</tg-emoji>`;
            case "date_time":
              return `<tg-time unix="${e.unix_time}"${e.date_time_format ? ` format="${attribute(e.date_time_format)}"` : ""}>${inner}</tg-time>`;
            default:
              return `<a href="${attribute(url(e, "HTML"))}">${inner}</a>`;
          }
        })
        .join("");
    return walk(formatTree(text, entities));
  });
}

/** The entities as the `entities` (or `caption_entities`…) parameter takes them. */
export function toEntitiesJson(entities: readonly BotEntity[]): string {
  return JSON.stringify(entities, null, 2);
}

/** @gramio/format, `format`: a literal's new line and the spaces after it are dropped unless kept by formatSaveIndents. */
const FORMAT_DROPS = /(?!\n\s+\n)\n(?!\n)\s+/g;

/** A string in a template literal: '\', '`', '${', '\r' (read as '\n') and lone surrogates escaped. */
const templateText = (text: string) =>
  text.replace(/\\|`|\$\{|\r|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, (c) => (c === "\r" ? "\\r" : c.length === 1 && c >= "\uD800" ? `\\u${c.charCodeAt(0).toString(16)}` : `\\${c}`));

const CALLS: Readonly<Record<BotEntity["type"], string>> = {
  bold: "bold",
  italic: "italic",
  underline: "underline",
  strikethrough: "strikethrough",
  spoiler: "spoiler",
  code: "code",
  pre: "pre",
  text_link: "link",
  text_mention: "mention",
  custom_emoji: "customEmoji",
  blockquote: "blockquote",
  expandable_blockquote: "expandableBlockquote",
  date_time: "dateTime",
};

/** The names a template uses, for its import line. */
export function formatImports(code: string): string[] {
  const used = new Set([...code.matchAll(/\b(format|formatSaveIndents|[a-zA-Z]+)(?=[`(])/g)].map((m) => m[1]!));
  return ["format", "formatSaveIndents", ...Object.values(CALLS)].filter((name) => used.has(name));
}

/**
 * GramIO's template (`@gramio/format`) that builds this text and these entities: `format` around
 * the text, a call per entity (`bold(…)`, `link(…, url)`, `pre(…, language)`…), and
 * `formatSaveIndents` where `format` would drop a new line's indentation.
 */
export function toGramioFormat(text: string, entities: readonly BotEntity[]): Written {
  return written(() => {
    const tree = formatTree(text, entities);
    const literals: string[] = [];
    const collect = (nodes: readonly FormatChild[]) => nodes.forEach((n) => (typeof n === "string" ? literals.push(n) : collect(n.children)));
    collect(tree);
    const tag = literals.some((l) => l.replace(FORMAT_DROPS, "\n") !== l) ? "formatSaveIndents" : "format";
    const template = (nodes: readonly FormatChild[]) => `${tag}\`${nodes.map((n) => (typeof n === "string" ? templateText(n) : `\${${call(n)}}`)).join("")}\``;
    const call = (node: FormatNode): string => {
      const e = node.entity;
      const only = node.children.length === 1 ? node.children[0]! : undefined;
      const inner = only === undefined ? template(node.children) : typeof only === "string" ? JSON.stringify(only) : call(only);
      const name = CALLS[e.type];
      switch (e.type) {
        case "pre":
          return e.language ? `${name}(${inner}, ${JSON.stringify(e.language)})` : `${name}(${inner})`;
        case "text_link":
          return `${name}(${inner}, ${JSON.stringify(e.url)})`;
        case "text_mention":
          return `${name}(${inner}, { id: ${e.user!.id}, is_bot: false, first_name: "" })`;
        case "custom_emoji":
          return `${name}(${inner}, ${JSON.stringify(e.custom_emoji_id)})`;
        case "date_time":
          return e.date_time_format ? `${name}(${inner}, ${e.unix_time}, ${JSON.stringify(e.date_time_format)})` : `${name}(${inner}, ${e.unix_time})`;
        default:
          return `${name}(${inner})`;
      }
    };
    return template(tree);
  });
}

/** The template as a reader copies it: GramIO's import (gramio re-exports @gramio/format) and the text. */
export function gramioFormatSnippet(code: string): string {
  return `import { ${formatImports(code).join(", ")} } from "gramio";\n\nconst text = ${code};\n`;
}

/** Each form of one formatted text. */
export function writeAll(text: string, entities: readonly BotEntity[]): Readonly<Record<WriterName, Written>> {
  return { MarkdownV2: toMarkdownV2(text, entities), HTML: toHtml(text, entities), entities: { code: toEntitiesJson(entities) }, format: toGramioFormat(text, entities) };
}
