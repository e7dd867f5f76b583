/**
 * What a formatted text parameter becomes, for the preview beside it: td's refusal at its
 * character (and, for MarkdownV2, whether an escape answers it), or the text and the
 * entities the server stores, nested for drawing (`tree.ts`). A parse mode makes the entities
 * from the text; without one, the entities sent beside it are taken. Either way the text is what
 * td keeps of it (`fixText.ts`, fix_formatted_text: cleaned, spaces and line breaks trimmed, the
 * entities moved with it), as the chat shows it and the sent message's entities count.
 */
import { badRequest } from "../facts/badRequest";
import { readParseMode, type PARSE_MODES } from "../server/parseMode";
import { formatPorts } from "../server/rareKinds";
import { fixFormatted } from "./fixText";
import { BOT_ENTITY_TYPES, formatTree, type BotEntity, type FormatChild } from "./tree";

export interface Preview {
  /** Where the entities come from: td's parser of a parse mode, the entities sent, or none. */
  readonly from: (typeof PARSE_MODES)[number] | "entities" | "plain";
  readonly text: string;
  readonly entities: readonly BotEntity[];
  readonly tree: readonly FormatChild[];
}
export interface PreviewRefusal {
  /** The server's answer, word for word (“Bad Request: can't parse entities: …”). */
  readonly refused: string;
  /** The character td stopped at or names, in UTF-16 code units of the field, [start, end); undefined when td names none. */
  readonly at?: { readonly start: number; readonly end: number; readonly index: number };
  /** MarkdownV2 only: true when an escape answers the refusal (`escapeRefused` makes it, when asked). */
  readonly escapable?: true;
}

/** The entities sent beside a text, as far as they are entities the server reads; items it would refuse are the field's to say. */
function sentEntities(value: unknown): BotEntity[] {
  if (!Array.isArray(value)) return [];
  return value.filter(
    (e): e is BotEntity =>
      typeof e === "object" && e !== null && (BOT_ENTITY_TYPES as readonly unknown[]).includes((e as BotEntity).type) && Number.isInteger((e as BotEntity).offset) && Number.isInteger((e as BotEntity).length),
  );
}

/** The UTF-16 range of the character a byte of the text's UTF-8 is in. */
function rangeOfByte(text: string, byte: number): { start: number; end: number; index: number } {
  const { index, start, char } = formatPorts().characterAt(text, byte);
  return { start, end: start + (char?.length ?? 0), index };
}

/**
 * The preview of `text` sent with `parseMode` (a parameter's value, "" when not sent) and
 * `entities` (the entities parameter's value): undefined when there is no text, nothing is left
 * of it once td has trimmed it, or the parse mode is one the server refuses (its field says so).
 */
export function formattedPreview(text: string, parseMode: string, entities: unknown): Preview | PreviewRefusal | undefined {
  if (text === "") return undefined;
  const read = readParseMode(parseMode);
  if (read.kind === "refused") return undefined;
  if (read.kind === "none") {
    const sent = sentEntities(entities);
    return kept(sent.length ? "entities" : "plain", text, sent);
  }
  const mode = read.kind === "folded" ? read.mode : (parseMode as (typeof PARSE_MODES)[number]);
  const { parseWith, isEscapable, CANT_PARSE, botEntity } = formatPorts();
  const result = parseWith(mode, text);
  if ("error" in result) {
    const escapable = mode === "MarkdownV2" && isEscapable(result.error, result.byte);
    return { refused: badRequest(CANT_PARSE + result.error), ...(result.byte === undefined ? {} : { at: rangeOfByte(text, result.byte) }), ...(escapable ? { escapable } : {}) };
  }
  return kept(mode, result.text, result.entities.map(botEntity));
}

/** What td keeps of a text and its entities (`fixFormatted`), drawn; undefined when nothing is left. */
function kept(from: Preview["from"], text: string, entities: readonly BotEntity[]): Preview | undefined {
  const fixed = fixFormatted(text, entities);
  return fixed && { from, text: fixed.text, entities: fixed.entities, tree: formatTree(fixed.text, fixed.entities) };
}

/** A date entity's moment in words for its title: the UTC date and time, and the format td keeps. */
export function dateTitle(unixTime: number, format: string | undefined): string {
  const when = new Date(unixTime * 1000).toISOString().replace("T", " ").replace(/\.\d+Z$/, " UTC");
  return `${when}${format ? `, shown as “${format}”` : ""}`;
}

/**
 * What a block (a quote, a pre) shows: the new line that ends a block quote is the block's end,
 * not an empty line in it, as Telegram's apps draw it.
 */
export function shownChildren(node: FormatChild): readonly FormatChild[] {
  if (typeof node === "string") return [];
  const last = node.children.at(-1);
  const block = node.entity.type === "blockquote" || node.entity.type === "expandable_blockquote";
  if (!block || typeof last !== "string" || !last.endsWith("\n")) return node.children;
  return last === "\n" ? node.children.slice(0, -1) : [...node.children.slice(0, -1), last.slice(0, -1)];
}
