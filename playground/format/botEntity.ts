/**
 * td's entities in the Bot API's shape (telegram-bot-api/Client.cpp, `JsonEntity::store`: type
 * names, a pre's language, a text_link's url, a mention's user, a date's `date_time_format`
 * written back from td's flags).
 */
import { DATE_FLAGS, type EntityType, type ParsedEntity } from "./markdownV2";
import type { BotEntity, BotEntityType } from "./tree";

const TYPE_NAMES: Readonly<Record<EntityType, BotEntityType>> = {
  Bold: "bold",
  Italic: "italic",
  Underline: "underline",
  Strikethrough: "strikethrough",
  Spoiler: "spoiler",
  Code: "code",
  Pre: "pre",
  PreCode: "pre",
  TextUrl: "text_link",
  MentionName: "text_mention",
  CustomEmoji: "custom_emoji",
  BlockQuote: "blockquote",
  ExpandableBlockQuote: "expandable_blockquote",
  FormattedDate: "date_time",
};

/** Client.cpp, JsonEntity::store for textEntityTypeDateTime: “r”, or w, then d or D, then t or T. */
export function dateTimeFormat(flags: number): string {
  if (flags & DATE_FLAGS.Relative) return "r";
  return (flags & DATE_FLAGS.DayOfWeek ? "w" : "") + (flags & DATE_FLAGS.ShortDate ? "d" : flags & DATE_FLAGS.LongDate ? "D" : "") + (flags & DATE_FLAGS.ShortTime ? "t" : flags & DATE_FLAGS.LongTime ? "T" : "");
}

/** One entity td's parser made, as the Bot API writes it. */
export function botEntity(e: ParsedEntity): BotEntity {
  const base = { type: TYPE_NAMES[e.type], offset: e.offset, length: e.length };
  switch (e.type) {
    case "PreCode":
      return { ...base, language: e.language ?? "" };
    case "TextUrl":
      return { ...base, url: e.url ?? "" };
    case "MentionName":
      return { ...base, user: { id: Number(e.userId) } };
    case "CustomEmoji":
      return { ...base, custom_emoji_id: String(e.customEmojiId) };
    case "FormattedDate":
      return { ...base, unix_time: e.date ?? 0, date_time_format: dateTimeFormat(e.dateFlags ?? 0) };
    default:
      return base;
  }
}
