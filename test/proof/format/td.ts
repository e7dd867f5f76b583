/**
 * TDLib run in this process (`tdl`, `prebuilt-tdlib`: its `parseTextEntities`, which calls td's
 * own parsers with no network and no account), and the comparison of its answer with a port's:
 * the refusal's words, the text, and the entities with their arguments (a link's URL as td
 * rewrites it). Shared by the proofs of each parse mode.
 */
import { afterAll, expect } from "vitest";
import * as tdl from "tdl";
import { getTdjson } from "prebuilt-tdlib";
import { DATE_FLAGS, type ParsedEntity, type ParseResult } from "../../../playground/format/markdownV2";
import type { BotEntity } from "../../../playground/format/tree";

tdl.configure({ tdjson: getTdjson(), verbosityLevel: 0 });

interface TdEntity {
  readonly offset: number;
  readonly length: number;
  readonly type: { readonly _: string; readonly language?: string; readonly url?: string; readonly user_id?: number; readonly custom_emoji_id?: string; readonly unix_time?: number; readonly formatting_type?: TdFormatting | null };
}
interface TdFormatting {
  readonly _: string;
  readonly time_precision?: { readonly _: string };
  readonly date_precision?: { readonly _: string };
  readonly show_day_of_week?: boolean;
}
type TdResult = { readonly _: "formattedText"; readonly text: string; readonly entities: readonly TdEntity[] } | { readonly _: "error"; readonly message: string };

/** td's parse modes as parseTextEntities names them. */
export const TD_MODES = {
  MarkdownV2: { _: "textParseModeMarkdown", version: 2 },
  Markdown: { _: "textParseModeMarkdown", version: 1 },
  HTML: { _: "textParseModeHTML" },
} as const;
export type Mode = keyof typeof TD_MODES;

function td(text: string, mode: Mode): TdResult {
  try {
    return tdl.execute({ _: "parseTextEntities", text, parse_mode: TD_MODES[mode] }) as TdResult;
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
  const formatting = (f: TdFormatting | null | undefined) =>
    !f ? "none" : f._ === "dateTimeFormattingTypeRelative" ? "relative" : `${f.time_precision?._.replace("dateTimePartPrecision", "")}/${f.date_precision?._.replace("dateTimePartPrecision", "")}/${f.show_day_of_week ? "week" : ""}`;
  const date = e.type.unix_time === undefined ? undefined : `${e.type.unix_time} ${formatting(e.type.formatting_type)}`;
  const argument = e.type.language ?? e.type.url ?? (e.type.user_id === undefined ? undefined : String(e.type.user_id)) ?? e.type.custom_emoji_id ?? date;
  return `${type} ${e.offset}+${e.length}${argument === undefined ? "" : ` ${argument}`}`;
};
const fromPort = (e: ParsedEntity) => {
  const argument = e.language ?? e.url ?? e.userId?.toString() ?? e.customEmojiId?.toString() ?? (e.date === undefined ? undefined : `${e.date} ${dateFormatting(e.dateFlags ?? 0)}`);
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

/** td's get_text_entity_object for a date's flags (MessageEntity.cpp, 49b3bcb), in the words `fromTd` uses. */
function dateFormatting(flags: number): string {
  if (flags & DATE_FLAGS.Relative) return "relative";
  if (flags === 0) return "none";
  const time = flags & DATE_FLAGS.ShortTime ? "Short" : flags & DATE_FLAGS.LongTime ? "Long" : "None";
  const date = flags & DATE_FLAGS.ShortDate ? "Short" : flags & DATE_FLAGS.LongDate ? "Long" : "None";
  return `${time}/${date}/${flags & DATE_FLAGS.DayOfWeek ? "week" : ""}`;
}

/** The two answers side by side, links apart: equal when words, text and every other entity are. */
function compare(input: string, mode: Mode, parse: (text: string) => ParseResult): { readonly same: boolean; readonly versionDiffers: boolean; readonly td: unknown; readonly port: unknown } {
  const theirs = td(input, mode);
  const ours = parse(input);
  if (theirs._ === "error" || "error" in ours) {
    const port = "error" in ours ? `Can't parse entities: ${ours.error}` : "no error";
    const tdWords = theirs._ === "error" ? theirs.message : "no error";
    const versionDiffers = VERSION_DIFFERENCES.some((d) => d.server === port && d.tdlib === tdWords);
    return { same: port === tdWords || versionDiffers, versionDiffers, td: tdWords, port };
  }
  const tdAll = theirs.entities.map(fromTd);
  const portAll = ours.entities.map(fromPort);
  const same = theirs.text === ours.text && JSON.stringify(tdAll) === JSON.stringify(portAll);
  return { same, versionDiffers: false, td: { text: theirs.text, entities: tdAll }, port: { text: ours.text, entities: portAll } };
}

/** mulberry32: the same inputs on every run. */
export function random(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * An input whose answer td cannot write as JSON: a link's URL that is not UTF-8 (the port gives
 * U+FFFD there). td keeps such a URL, and TDLib's JSON interface stops the process on it
 * (JsonBuilder's CHECKs), so it is not sent to td and is counted instead.
 */
export const urlNotUtf8 = (input: string, port: ParseResult) => !input.includes("\uFFFD") && "entities" in port && port.entities.some((e) => e.url?.includes("\uFFFD"));

/** Seeded inputs of 1-14 pieces each. */
export function inputs(pieces: readonly string[], count: number, seed: number): string[] {
  const next = random(seed);
  return Array.from({ length: count }, () => {
    const n = 1 + Math.floor(next() * 14);
    return Array.from({ length: n }, () => pieces[Math.floor(next() * pieces.length)]).join("");
  });
}

/**
 * A proof of one parse mode's port: `check` compares an input's answers and counts it; the
 * counts are printed when the file ends.
 */
export function prover(mode: Mode, parse: (text: string) => ParseResult, unanswerable: (input: string, port: ParseResult) => boolean = () => false) {
  const counts = { inputs: 0, refused: 0, parsed: 0, entities: 0, versionDifferences: 0, tdCannotAnswer: 0 };
  afterAll(() => console.log(`${mode} against TDLib ${String((tdl.execute({ _: "getOption", name: "version" }) as { value: string }).value)}: ${JSON.stringify(counts)}`));
  const check = (input: string) => {
    counts.inputs++;
    const port = parse(input);
    // An input whose answer td cannot write as JSON (it stops the process): not sent to it, counted.
    if (unanswerable(input, port)) {
      counts.tdCannotAnswer++;
      return;
    }
    const result = compare(input, mode, parse);
    if ("error" in port) counts.refused++;
    else {
      counts.parsed++;
      counts.entities += port.entities.length;
    }
    if (result.versionDiffers) counts.versionDifferences++;
    expect(result.port, JSON.stringify(input)).toEqual(result.same ? result.port : result.td);
  };
  return { check, counts };
}

/** Client.cpp, JsonEntity::store: td's date formatting as the Bot API's date_time_format. */
function botDateFormat(f: TdFormatting | null | undefined): string {
  if (!f) return "";
  if (f._ === "dateTimeFormattingTypeRelative") return "r";
  const part = (p: { readonly _: string } | undefined, short: string, long: string) => (p?._ === "dateTimePartPrecisionShort" ? short : p?._ === "dateTimePartPrecisionLong" ? long : "");
  return (f.show_day_of_week ? "w" : "") + part(f.date_precision, "d", "D") + part(f.time_precision, "t", "T");
}

/** td's own answer for a text in a mode, its entities as the Bot API writes them (`JsonEntity::store`). */
export function tdFormatted(text: string, mode: Mode): { readonly text: string; readonly entities: BotEntity[] } | { readonly error: string } {
  const answer = td(text, mode);
  if (answer._ === "error") return { error: answer.message };
  const entities = answer.entities.map((e): BotEntity => {
    const base = { offset: e.offset, length: e.length };
    switch (TD_TYPES[e.type._]) {
      case "PreCode":
        return { type: "pre", ...base, language: e.type.language ?? "" };
      case "TextUrl":
        return { type: "text_link", ...base, url: e.type.url ?? "" };
      case "MentionName":
        return { type: "text_mention", ...base, user: { id: e.type.user_id ?? 0 } };
      case "CustomEmoji":
        return { type: "custom_emoji", ...base, custom_emoji_id: String(e.type.custom_emoji_id) };
      case "FormattedDate":
        return { type: "date_time", ...base, unix_time: e.type.unix_time ?? 0, date_time_format: botDateFormat(e.type.formatting_type) };
      case undefined:
        throw new Error(`td gave an entity the Bot API does not write: ${e.type._}`);
      default:
        return { type: TYPE_OF[TD_TYPES[e.type._]!]!, ...base };
    }
  });
  return { text: answer.text, entities };
}
const TYPE_OF: Partial<Record<ParsedEntity["type"], BotEntity["type"]>> = {
  Bold: "bold", Italic: "italic", Underline: "underline", Strikethrough: "strikethrough", Spoiler: "spoiler", Code: "code", Pre: "pre", BlockQuote: "blockquote", ExpandableBlockQuote: "expandable_blockquote",
};
