/**
 * How the Bot API server reads the JSON objects a method takes beside a message (its link
 * preview, what it replies to, a suggested post), ported from telegram-bot-api/Client.cpp
 * (01a3679), each reader once, refusing as the server does (`TdStatus`, with td's JSON
 * readers' own messages from `tdFields`). The reply markup's reader, and a keyboard button's,
 * are `replyMarkup.ts`.
 */
import { utf8Length as utf8Bytes } from "../escape";
import { isTdObject, numberOrStringText, refuse, tdFields, TdStatus, withPrefix, type TdFields, type TdJsonObject, type TdJsonValue, type TdPath } from "./tdJson";
import { parsedWithMode, readParseMode } from "./parseMode";
import { MAX_RAW_TEXT_BYTES, TEXT_TOO_LONG } from "../format/rawText";
import { formatPorts } from "./rareKinds";
import { tdToLower, tdTrim, toIntegerSafe } from "./td";

export { MAX_RAW_TEXT_BYTES } from "../format/rawText";

/** A reader run on a value inside another: its refusals placed under `at`. */
export function withPath<T>(at: TdPath, read: () => T): T {
  try {
    return read();
  } catch (error) {
    if (error instanceof TdStatus) throw new TdStatus(error.message, error.why, [...at, ...error.at]);
    throw error;
  }
}

/** Client.cpp, get_link_preview_options, get_reply_parameters (with get_formatted_text) and get_input_suggested_post_info (`jsonValues.ts`): their refusals, each once. */
export const JSON_VALUE_MESSAGES = {
  linkPreview: "Object expected as link preview options",
  replyParameters: "Object expected as reply parameters",
  suggestedPost: "Object expected as suggested post parameters",
  tonPrice: "Suggested post price must be divisible by 10000000 nanotoncoins",
  currency: "Invalid suggested post price currency specified",
  textTooLong: TEXT_TOO_LONG,
  parseMode: "Unsupported parse_mode",
  commands: "Expected an Array of BotCommand",
  reactions: "Expected an Array of ReactionType",
  reactionType: "invalid reaction type specified",
  menuButton: "MenuButton must be an Object",
  menuButtonType: "MenuButton has unsupported type",
  acceptedGifts: "Object expected as accepted gift types",
  prices: "Expected an Array of labeled prices",
  price: "LabeledPrice must be an Object",
  priceLabel: "LabeledPrice label must be non-empty",
  noPrice: "There must be at least one price",
  permissions: "Object expected as permissions",
  shippingOptions: "Expected an Array of shipping options",
  shippingOption: "ShippingOption must be an Object",
  shippingOptionId: "ShippingOption identifier must be non-empty",
  shippingOptionTitle: "ShippingOption title must be non-empty",
  noShippingOption: "There must be at least one shipping option",
  maskPosition: "MaskPosition must be an Object",
  maskPoint: "Wrong point specified in MaskPosition",
  tipAmounts: "Expected an Array of suggested tip amounts",
  tipAmountType: "Suggested tip amount must be of type Number or String",
  tipAmount: "Can't parse suggested tip amount as Number",
  customEmojiIds: "Expected an Array of custom emoji identifiers",
  customEmojiIdType: "Custom emoji identifier must be of type String",
  customEmojiId: "Invalid custom emoji identifier specified",
  customEmojiIdsMany: "Too many custom emoji identifiers specified",
} as const;

/** td/telegram/StickersManager.h, MAX_GET_CUSTOM_EMOJI_STICKERS: the most custom emoji identifiers getCustomEmojiStickers takes. */
export const MAX_CUSTOM_EMOJI_IDS = 200;

/** Client.h, MASK_POINTS: the points a mask is placed on, as get_mask_position reads them (lower-cased and trimmed first). */
export const MASK_POINTS = ["forehead", "eyes", "mouth", "chin"] as const;

/** Client.cpp, get_link_preview_options (a JSON value): an object of four booleans and a url. */
export function readLinkPreviewOptions(value: TdJsonValue): void {
  if (!isTdObject(value)) return refuse(JSON_VALUE_MESSAGES.linkPreview, "must be an object.");
  const fields = tdFields(value, []);
  fields.optionalBool("is_disabled");
  fields.optionalString("url");
  fields.optionalBool("prefer_small_media");
  fields.optionalBool("prefer_large_media");
  fields.optionalBool("show_above_text");
}

/**
 * Client.cpp, get_input_suggested_post_info (a JSON value) and get_suggested_post_price: a send
 * date, and a price in Telegram Stars (XTR) or in nanotoncoins (TON, whole multiples of 10⁷).
 */
export function readSuggestedPostParameters(value: TdJsonValue): void {
  if (!isTdObject(value)) return refuse(JSON_VALUE_MESSAGES.suggestedPost, "must be an object.");
  const fields = tdFields(value, []);
  fields.optionalInt("send_date");
  const price = fields.extractOptional("price", "Object");
  if (!isTdObject(price)) return;
  const priceFields = tdFields(price, ["price"]);
  const currency = priceFields.requiredString("currency");
  const amount = priceFields.requiredLong("amount");
  if (currency === "XTR") return;
  if (currency !== "TON") return refuse(JSON_VALUE_MESSAGES.currency, `must be “XTR” (Telegram Stars) or “TON”; this is “${currency}”.`, ["price", "currency"]);
  if (amount % 10_000_000n !== 0n) refuse(JSON_VALUE_MESSAGES.tonPrice, `is in nanotoncoins and must be a whole multiple of 10,000,000 (0.01 TON); ${amount} is not.`, ["price", "amount"]);
}

/**
 * Client.cpp, get_reply_parameters (a JSON value): no fields is no reply; otherwise the message
 * replied to is required, then the quote as get_formatted_text reads it (its length in bytes and
 * its parse mode; what td's parser makes of the text is not checked here), then the rest. The
 * source read requires `message_id`; `ephemeral_message_id` is newer, so a value with it is not checked.
 */
export function readReplyParameters(value: TdJsonValue): void {
  if (!isTdObject(value)) return refuse(JSON_VALUE_MESSAGES.replyParameters, "must be an object.");
  const names = Object.keys(value);
  if (names.length === 0 || names.includes("ephemeral_message_id")) return;
  const fields = tdFields(value, []);
  fields.optionalString("chat_id");
  if (!fields.has("message_id")) refuse(`Can't find field "message_id"`, "is needed when reply_parameters has any other field (ephemeral_message_id instead, to reply to an ephemeral message).", ["message_id"]);
  fields.requiredInt("message_id");
  fields.optionalBool("allow_sending_without_reply");
  const quote = fields.optionalString("quote");
  const mode = fields.optionalString("quote_parse_mode");
  readFormattedText(quote, mode, { text: ["quote"], mode: ["quote_parse_mode"], entities: ["quote_entities"] }, fields.raw("quote_entities"));
  fields.optionalInt("quote_position");
  fields.optionalInt("checklist_task_id");
  fields.optionalString("poll_option_id");
}

/**
 * Client.cpp, get_formatted_text, on a text inside a JSON value (a quote, a caption): its bytes
 * first, then its parse mode when there is text, then td's parser (`../format`, loaded with any
 * slice whose JSON values hold such a text: `needsFormat`); without text or a parse mode, the
 * entities beside it (`quote_entities`, `caption_entities`…), when they are a list, each item as
 * get_text_entity reads it (`../format/entities.ts`).
 */
export function readFormattedText(text: string, parseMode: string, at: { readonly text: TdPath; readonly mode: TdPath; readonly entities?: TdPath }, entities?: TdJsonValue): void {
  const bytes = utf8Bytes(text);
  if (bytes > MAX_RAW_TEXT_BYTES) refuse(JSON_VALUE_MESSAGES.textTooLong, `is ${bytes.toLocaleString("en-US")} bytes in UTF-8; the server reads at most ${MAX_RAW_TEXT_BYTES.toLocaleString("en-US")}.`, at.text);
  if (text !== "" && readParseMode(parseMode).kind === "refused") refuse(JSON_VALUE_MESSAGES.parseMode, "must be “HTML”, “MarkdownV2” or “Markdown” (any case), or left out.", at.mode);
  // Then td's parser, as for a text of its own (../format): its refusal after “Can't parse entities: ”.
  const parsed = formatPorts().parseRefusal(text, parseMode);
  if (parsed) refuse(parsed.message, parsed.why, at.text);
  if (parsedWithMode(text, parseMode)) return;
  if (Array.isArray(entities) && at.entities) withPath(at.entities, () => formatPorts().readTextEntities(entities));
}

/** Client.cpp, get_location(JsonObject): two JSON numbers and an optional third. */
export function readLocation(fields: TdFields): void {
  fields.requiredDouble("latitude");
  fields.requiredDouble("longitude");
  fields.optionalDouble("horizontal_accuracy");
}

/** Client.cpp, get_venue(JsonObject): a location, a title and an address, and optional provider ids. */
export function readVenue(fields: TdFields): void {
  readLocation(fields);
  fields.requiredString("title");
  fields.requiredString("address");
  for (const name of ["foursquare_id", "foursquare_type", "google_place_id", "google_place_type"]) fields.optionalString(name);
}

/** A list's items read one by one by `item`, which words its own refusals. */
function readList(value: TdJsonValue, notList: string, item: (value: TdJsonValue, at: TdPath) => void, at: TdPath = []): void {
  if (!Array.isArray(value)) return refuse(notList, "must be a list.", at);
  for (const [i, v] of value.entries()) item(v, [...at, i]);
}

/** Client.cpp, get_bot_commands and get_bot_command: a list of objects with command and description as text. td's checks of their text are the BotCommand object rules'. */
export function readBotCommands(value: TdJsonValue): void {
  readList(value, JSON_VALUE_MESSAGES.commands, readBotCommand);
}

/** Client.cpp, get_bot_command, as get_bot_commands words its refusals (“Can't parse BotCommand: …”). */
export function readBotCommand(item: TdJsonValue, at: TdPath): void {
  withPrefix("Can't parse BotCommand: ", () => {
    if (!isTdObject(item)) return refuse("expected an Object", "must be an object with command and description.", at);
    const fields = tdFields(item, at);
    fields.requiredString("command");
    fields.requiredString("description");
  });
}



/** Client.cpp, get_reaction_types and get_reaction_type: a list of emoji or custom emoji reactions. */
export function readReactionTypes(value: TdJsonValue): void {
  readList(value, JSON_VALUE_MESSAGES.reactions, (item, at) => withPrefix("Can't parse ReactionType: ", () => readReactionType(item, at)));
}

/** Client.cpp, get_reaction_type (a JSON value): an emoji or a custom emoji reaction. */
export function readReactionType(item: TdJsonValue, at: TdPath): void {
  if (!isTdObject(item)) return refuse("expected an Object", "must be an object with a type.", at);
  const fields = tdFields(item, at);
  const type = fields.requiredString("type");
  if (type === "emoji") return void fields.requiredString("emoji");
  if (type === "custom_emoji") return void fields.requiredLong("custom_emoji_id");
  refuse(JSON_VALUE_MESSAGES.reactionType, `must be “emoji” or “custom_emoji” (paid reactions are not a bot's to set); this is “${type}”.`, [...at, "type"]);
}

/** Client.cpp, get_bot_menu_button: an object of a known type; a Web App button needs its text and url. Refusals after “Can't parse menu button: ”. */
export function readMenuButton(value: TdJsonValue): void {
  withPrefix("Can't parse menu button: ", () => {
    if (!isTdObject(value)) return refuse(JSON_VALUE_MESSAGES.menuButton, "must be an object with a type.");
    const fields = tdFields(value, []);
    const type = fields.requiredString("type");
    if (type === "default" || type === "commands") return;
    if (type !== "web_app") return refuse(JSON_VALUE_MESSAGES.menuButtonType, `must be “default”, “commands” or “web_app”; this is “${type}”.`, ["type"]);
    fields.requiredString("text");
    tdFields(fields.extractRequired("web_app", "Object") as TdJsonObject, ["web_app"]).requiredString("url");
  });
}

/** Client.cpp, get_accepted_gift_types (a JSON value): four required booleans, and gifts_from_channels (true when absent). */
export function readAcceptedGiftTypes(value: TdJsonValue): void {
  if (!isTdObject(value)) return refuse(JSON_VALUE_MESSAGES.acceptedGifts, "must be an object.");
  const fields = tdFields(value, []);
  for (const name of ["unlimited_gifts", "limited_gifts", "unique_gifts", "premium_subscription"]) fields.requiredBool(name);
  if (fields.has("gifts_from_channels")) fields.optionalBool("gifts_from_channels");
}

/** Client.cpp, get_labeled_price_parts and get_labeled_price_part: a non-empty list of objects with a non-empty label and a 64-bit amount. */
export function readLabeledPrices(value: TdJsonValue): void {
  readLabeledPricesAt(value, []);
}

export function readLabeledPricesAt(value: TdJsonValue, at: TdPath): void {
  readList(value, JSON_VALUE_MESSAGES.prices, (item, at) =>
    withPrefix("Can't parse labeled price: ", () => {
      if (!isTdObject(item)) return refuse(JSON_VALUE_MESSAGES.price, "must be an object with label and amount.", at);
      const fields = tdFields(item, at);
      if (fields.requiredString("label") === "") refuse(JSON_VALUE_MESSAGES.priceLabel, "must not be empty.", [...at, "label"]);
      fields.requiredLong("amount");
    }),
    at,
  );
  if (Array.isArray(value) && value.length === 0) refuse(JSON_VALUE_MESSAGES.noPrice, "needs at least one price.", at);
}

/**
 * Client.cpp, get_chat_permissions (a JSON value; refusals after “Can't parse chat
 * permissions: ”): booleans, read in the server's order. The six media fields are read only
 * when one of them is there; otherwise the old can_send_media_messages is.
 */
export function readChatPermissions(value: TdJsonValue): void {
  if (!isTdObject(value)) return refuse(JSON_VALUE_MESSAGES.permissions, "must be an object of booleans.");
  withPrefix("Can't parse chat permissions: ", () => {
    const fields = tdFields(value, []);
    for (const name of CHAT_PERMISSIONS.first) fields.optionalBool(name);
    if (fields.has("can_manage_topics")) fields.optionalBool("can_manage_topics");
    const media = CHAT_PERMISSIONS.media.some((name) => fields.has(name));
    for (const name of media ? CHAT_PERMISSIONS.media : ["can_send_media_messages"]) fields.optionalBool(name);
    for (const name of CHAT_PERMISSIONS.last) if (fields.has(name)) fields.optionalBool(name);
  });
}

/** Client.cpp, get_chat_permissions: the fields it reads, in its order (media: the six it reads instead of can_send_media_messages when one is sent). */
export const CHAT_PERMISSIONS = {
  first: ["can_send_messages", "can_send_polls", "can_send_other_messages", "can_add_web_page_previews", "can_change_info", "can_invite_users", "can_pin_messages"],
  media: ["can_send_audios", "can_send_documents", "can_send_photos", "can_send_videos", "can_send_video_notes", "can_send_voice_notes"],
  last: ["can_edit_tag", "can_react_to_messages"],
} as const;

/**
 * Client.cpp, get_shipping_options and get_shipping_option: a non-empty list of options, each
 * with an id and a title that are not empty and a list of prices read as get_labeled_price_parts
 * reads them (its refusals after “Can't parse shipping option prices: ”).
 */
export function readShippingOptions(value: TdJsonValue): void {
  readList(value, JSON_VALUE_MESSAGES.shippingOptions, (item, at) =>
    withPrefix("Can't parse shipping option: ", () => {
      if (!isTdObject(item)) return refuse(JSON_VALUE_MESSAGES.shippingOption, "must be an object with id, title and prices.", at);
      const fields = tdFields(item, at);
      if (fields.requiredString("id") === "") refuse(JSON_VALUE_MESSAGES.shippingOptionId, "must not be empty.", [...at, "id"]);
      if (fields.requiredString("title") === "") refuse(JSON_VALUE_MESSAGES.shippingOptionTitle, "must not be empty.", [...at, "title"]);
      const prices = fields.extractRequired("prices", "Array");
      withPrefix("Can't parse shipping option prices: ", () => readLabeledPricesAt(prices, [...at, "prices"]));
    }),
  );
  if (Array.isArray(value) && value.length === 0) refuse(JSON_VALUE_MESSAGES.noShippingOption, "needs at least one shipping option.");
}

/**
 * Client.cpp, get_mask_position (a JSON value; the query's reader puts “Can't parse mask
 * position: ” before its refusals): null is no mask position; otherwise a point (any case,
 * trimmed) and three JSON numbers.
 */
export function readMaskPosition(value: TdJsonValue): void {
  withPrefix("Can't parse mask position: ", () => readMaskPositionAt(value, []));
}

/** Client.cpp, get_mask_position (a JSON value, as get_input_sticker reads a sticker's): null is none; refusals without a prefix. */
export function readMaskPositionAt(value: TdJsonValue, at: TdPath): void {
  if (value === null) return;
  if (!isTdObject(value)) return refuse(JSON_VALUE_MESSAGES.maskPosition, "must be an object with point, x_shift, y_shift and scale.", at);
  const fields = tdFields(value, at);
  const point = fields.requiredString("point");
  if (!(MASK_POINTS as readonly string[]).includes(tdTrim(tdToLower(point)))) refuse(JSON_VALUE_MESSAGES.maskPoint, `must be ${MASK_POINTS.map((p) => `“${p}”`).join(", ")} (any case); this is “${point}”.`, [...at, "point"]);
  for (const name of ["x_shift", "y_shift", "scale"]) fields.requiredDouble(name);
}

/** Client.cpp, get_suggested_tip_amounts: a list of whole 64-bit numbers, as numbers or text. td's checks of the amounts (positive, at most max_tip_amount, at most 4) come once the chat is found. */
export function readSuggestedTipAmounts(value: TdJsonValue): void {
  readList(value, JSON_VALUE_MESSAGES.tipAmounts, (item, at) => {
    const text = numberOrStringText(item);
    if (text === undefined) return refuse(JSON_VALUE_MESSAGES.tipAmountType, "must be a number (or its text).", at);
    if (toIntegerSafe(text, 64) === undefined) refuse(JSON_VALUE_MESSAGES.tipAmount, `must be a whole 64-bit number written plainly (“${text}” is not).`, at);
  });
}

/**
 * Client.cpp, process_get_custom_emoji_stickers_query: a list of custom emoji identifiers, each
 * text holding a whole 64-bit number (a JSON number is refused); then td's
 * StickersManager::get_custom_emoji_stickers, which the server calls at once: at most 200.
 */
export function readCustomEmojiIds(value: TdJsonValue): void {
  readList(value, JSON_VALUE_MESSAGES.customEmojiIds, (item, at) => {
    if (typeof item !== "string") return refuse(JSON_VALUE_MESSAGES.customEmojiIdType, "must be text (the identifier as a string, not a number).", at);
    if (toIntegerSafe(item, 64) === undefined) refuse(JSON_VALUE_MESSAGES.customEmojiId, `must be a whole 64-bit number written plainly (“${item}” is not).`, at);
  });
  if (Array.isArray(value) && value.length > MAX_CUSTOM_EMOJI_IDS) refuse(JSON_VALUE_MESSAGES.customEmojiIdsMany, `has ${value.length} identifiers; td takes at most ${MAX_CUSTOM_EMOJI_IDS}.`);
}

/**
 * Client.cpp, get_input_checklist (a JSON value; its caller puts “Can't parse InputChecklist: ”
 * before a refusal): a title read as get_formatted_text reads it, two booleans, and tasks,
 * each with an id and a text (after “Can't parse InputChecklistTask: ”). td's limits on the
 * title, the tasks and their count come once the chat is found.
 */
export function readInputChecklist(value: TdJsonValue): void {
  withPrefix("Can't parse InputChecklist: ", () => {
    if (!isTdObject(value)) return refuse("expected an Object", "must be an InputChecklist object.");
    const fields = tdFields(value, []);
    const title = fields.requiredString("title");
    readFormattedText(title, fields.optionalString("parse_mode"), { text: ["title"], mode: ["parse_mode"], entities: ["title_entities"] }, fields.raw("title_entities"));
    fields.optionalBool("others_can_add_tasks");
    fields.optionalBool("others_can_mark_tasks_as_done");
    const tasks = fields.extractRequired("tasks", "Array") as TdJsonValue[];
    for (const [i, task] of tasks.entries()) {
      withPrefix("Can't parse InputChecklistTask: ", () => {
        const at = ["tasks", i];
        if (!isTdObject(task)) return refuse("expected an Object", "must be an InputChecklistTask object.", at);
        const taskFields = tdFields(task, at);
        taskFields.requiredInt("id");
        const text = taskFields.requiredString("text");
        readFormattedText(text, taskFields.optionalString("parse_mode"), { text: [...at, "text"], mode: [...at, "parse_mode"], entities: [...at, "text_entities"] }, taskFields.raw("text_entities"));
      });
    }
  });
}

/** Client.cpp, get_passport_element_type: the element types an error can be about. */
export const PASSPORT_ELEMENT_TYPES = ["personal_details", "passport", "driver_license", "identity_card", "internal_passport", "address", "utility_bill", "bank_statement", "rental_agreement", "passport_registration", "temporary_registration", "phone_number", "email"] as const;

/** Client.cpp, get_passport_element_errors and get_passport_element_error(_source): their refusals. */
export const PASSPORT_MESSAGES = {
  errors: "Expected an Array of PassportElementError",
  prefix: "Can't parse PassportElementError: ",
  object: "expected an Object",
  type: "wrong Telegram Passport element type specified",
  source: "wrong source specified",
  hash: "hash isn't a valid base64-encoded string",
  hashType: "hash must be a string",
} as const;

const BASE64 = /^[A-Za-z0-9+/]*$/;
const BASE64_VALUES = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

/** tdutils/td/utils/base64.cpp, is_base64: padded standard base64 whose unused low bits are zero. */
export function isBase64(text: string): boolean {
  const body = text.replace(/=+$/, "");
  const padding = text.length - body.length;
  if (padding >= 3 || (body.length + padding) % 4 !== 0 || !BASE64.test(body)) return false;
  const last = BASE64_VALUES.indexOf(body.at(-1) ?? "A");
  if (body.length % 4 === 2) return (last & 15) === 0;
  if (body.length % 4 === 3) return (last & 3) === 0;
  return true;
}

/** Client.cpp, get_passport_element_errors: a list of errors, each with a known type, a message and a source with base64 hashes. */
export function readPassportElementErrors(value: TdJsonValue): void {
  readList(value, PASSPORT_MESSAGES.errors, (item, at) =>
    withPrefix(PASSPORT_MESSAGES.prefix, () => {
      if (!isTdObject(item)) return refuse(PASSPORT_MESSAGES.object, "must be a PassportElementError object.", at);
      const fields = tdFields(item, at);
      const type = fields.requiredString("type");
      if (!(PASSPORT_ELEMENT_TYPES as readonly string[]).includes(type)) refuse(PASSPORT_MESSAGES.type, `must be one of ${PASSPORT_ELEMENT_TYPES.join(", ")}; this is “${type}”.`, [...at, "type"]);
      fields.requiredString("message");
      const hash = (name: string) => {
        if (!isBase64(fields.requiredString(name))) refuse(PASSPORT_MESSAGES.hash, "must be base64 (the hash Telegram gave, as it gave it).", [...at, name]);
      };
      const source = fields.optionalString("source");
      if (source === "" || source === "unspecified") return hash("element_hash");
      if (source === "data") {
        hash("data_hash");
        return void fields.requiredString("field_name");
      }
      if (["file", "selfie", "translation_file", "front_side", "reverse_side"].includes(source)) return hash("file_hash");
      if (source === "files" || source === "translation_files") {
        const hashes = fields.extractRequired("file_hashes", "Array") as TdJsonValue[];
        for (const [i, h] of hashes.entries()) {
          if (typeof h !== "string") refuse(PASSPORT_MESSAGES.hashType, "must be text.", [...at, "file_hashes", i]);
          else if (!isBase64(h)) refuse(PASSPORT_MESSAGES.hash, "must be base64 (the hash Telegram gave, as it gave it).", [...at, "file_hashes", i]);
        }
        return;
      }
      refuse(PASSPORT_MESSAGES.source, `must be one of unspecified, data, file, selfie, translation_file, front_side, reverse_side, files, translation_files; this is “${source}”.`, [...at, "source"]);
    }),
  );
}

/** Client.cpp, get_input_story_areas and get_input_story_area(_type): their refusals. */
export const STORY_AREA_MESSAGES = {
  areas: "Expected an Array of InputStoryArea",
  prefix: "Can't parse InputStoryArea: ",
  object: "expected an Object",
  type: "invalid story area type specified",
  color: "invalid background color specified",
  reactionPrefix: "can't parse ReactionType: ",
} as const;

/** The story area types get_input_story_area_type reads. */
export const STORY_AREA_TYPES = ["location", "suggested_reaction", "link", "weather", "unique_gift"] as const;

/** Client.cpp, get_input_story_areas: nothing is none; a list of areas, each a position of six JSON numbers and a type. */
export function readStoryAreas(value: TdJsonValue): void {
  readList(value, STORY_AREA_MESSAGES.areas, (item, at) =>
    withPrefix(STORY_AREA_MESSAGES.prefix, () => {
      if (!isTdObject(item)) return refuse(STORY_AREA_MESSAGES.object, "must be an InputStoryArea object.", at);
      const fields = tdFields(item, at);
      const position = tdFields(fields.extractRequired("position", "Object") as TdJsonObject, [...at, "position"]);
      for (const name of ["x_percentage", "y_percentage", "width_percentage", "height_percentage", "rotation_angle", "corner_radius_percentage"]) position.requiredDouble(name);
      const typeAt = [...at, "type"];
      const type = tdFields(fields.extractRequired("type", "Object") as TdJsonObject, typeAt);
      const kind = type.requiredString("type");
      if (kind === "location") {
        readLocation(type);
        const address = type.extractOptional("address", "Object");
        if (address === undefined) return;
        const fields = tdFields(address as TdJsonObject, [...typeAt, "address"]);
        fields.requiredString("country_code");
        for (const name of ["state", "city", "street"]) fields.optionalString(name);
        return;
      }
      if (kind === "suggested_reaction") {
        const reaction = type.extractRequired("reaction_type", "Object");
        withPrefix(STORY_AREA_MESSAGES.reactionPrefix, () => readReactionType(reaction, [...typeAt, "reaction_type"]));
        type.optionalBool("is_dark");
        type.optionalBool("is_flipped");
        return;
      }
      if (kind === "link") return void type.requiredString("url");
      if (kind === "weather") {
        type.requiredDouble("temperature");
        type.requiredString("emoji");
        const color = type.requiredLong("background_color");
        if (color < 0n || color > 0xffffffffn) refuse(STORY_AREA_MESSAGES.color, `must be an RGB or ARGB colour, 0 to 4294967295; this is ${color}.`, [...typeAt, "background_color"]);
        return;
      }
      if (kind === "unique_gift") return void type.requiredString("name");
      refuse(STORY_AREA_MESSAGES.type, `must be one of ${STORY_AREA_TYPES.join(", ")}; this is “${kind}”.`, [...typeAt, "type"]);
    }),
  );
}
