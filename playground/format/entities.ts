/**
 * The entities sent beside a text, as the Bot API server reads them (telegram-bot-api/Client.cpp,
 * `get_input_entities`, `get_formatted_text`, `get_text_entity`, `get_text_entity_type`): JSON
 * td cannot parse, or anything but a list, is dropped; each item is read, and the first it
 * cannot read is refused after “Can't parse MessageEntity: ”; types the server computes itself
 * (mention, hashtag, url…) are dropped. With text and a parse mode, the entities are not read:
 * td's parser makes them.
 */
import { isTdObject, refuse, tdFields, withPrefix, type TdJsonValue } from "../server/tdJson";

/** Client.cpp, get_formatted_text and get_text_entity_type: their refusals. */
export const ENTITY_MESSAGES = {
  prefix: "Can't parse MessageEntity: ",
  object: "expected an Object",
  noType: "Type is not specified",
  type: "Unsupported type specified",
  dateFormat: "Invalid date-time format specified",
} as const;

/** The types the server reads, and those it drops because td finds them in the text itself. */
export const ENTITY_TYPES = ["bold", "italic", "underline", "strikethrough", "spoiler", "code", "pre", "text_link", "text_mention", "custom_emoji", "blockquote", "expandable_blockquote", "date_time"] as const;
export const COMPUTED_ENTITY_TYPES = ["mention", "hashtag", "cashtag", "bot_command", "url", "email", "phone_number", "bank_card_number"] as const;

/** Client.cpp, get_text_entity with get_text_entity_type: one item. */
function readTextEntity(value: TdJsonValue, at: number): void {
  if (!isTdObject(value)) return refuse(ENTITY_MESSAGES.object, "must be an object with offset, length and type.", [at]);
  const fields = tdFields(value, [at]);
  fields.requiredInt("offset");
  fields.requiredInt("length");
  const type = fields.requiredString("type");
  if (type === "") return refuse(ENTITY_MESSAGES.noType, "has an empty type.", [at, "type"]);
  if (type === "pre") fields.optionalString("language");
  else if (type === "text_link") fields.requiredString("url");
  else if (type === "text_mention") tdFields(fields.extractRequired("user", "Object") as Record<string, TdJsonValue>, [at, "user"]).requiredLong("id");
  else if (type === "custom_emoji") fields.requiredLong("custom_emoji_id");
  else if (type === "date_time") {
    fields.requiredInt("unix_time");
    const format = fields.optionalString("date_time_format");
    if (format !== "r" && format !== "R" && [...format].some((c) => !"tTdDwW".includes(c)))
      refuse(ENTITY_MESSAGES.dateFormat, `has a date_time_format with a letter other than t, T, d, D, w or W (or r alone); this is “${format}”.`, [at, "date_time_format"]);
  } else if (!(ENTITY_TYPES as readonly string[]).includes(type) && !(COMPUTED_ENTITY_TYPES as readonly string[]).includes(type))
    refuse(ENTITY_MESSAGES.type, `has a type the server does not know (“${type}”).`, [at, "type"]);
}

/** The list of entities, read item by item, each refusal after “Can't parse MessageEntity: ”. */
export function readTextEntities(value: readonly TdJsonValue[]): void {
  value.forEach((item, i) => withPrefix(ENTITY_MESSAGES.prefix, () => readTextEntity(item, i)));
}
