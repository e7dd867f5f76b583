/**
 * How the Bot API server reads inline query results (answerInlineQuery's `results`, the one
 * result of answerWebAppQuery and savePreparedInlineMessage) and answerInlineQuery's `button`,
 * ported from telegram-bot-api/Client.cpp (01a3679): get_inline_query_results,
 * get_inline_query_result, get_input_message_content, get_inline_query_results_button. Each
 * refuses as the server does (`TdStatus`, td's JSON readers' messages from `tdFields`). Texts
 * are read as get_formatted_text reads them (their bytes and parse mode); what td's parser and
 * the entities make of them is not checked here.
 */
import { readFormattedText, withPath, readLabeledPricesAt, readLinkPreviewOptions, readLocation, readSuggestedTipAmounts, readVenue } from "./jsonValues";
import { readReplyMarkup } from "./replyMarkup";
import { tdToLower } from "./td";
import { isTdObject, refuse, TdStatus, tdFields, withPrefix, type TdFields, type TdJsonObject, type TdJsonValue, type TdPath } from "./tdJson";

/** Client.cpp, get_inline_query_results: MAX_INLINE_QUERY_RESULT_COUNT. */
export const MAX_INLINE_QUERY_RESULTS = 50;

/** The refusals of the inline result readers, each once. */
export const INLINE_RESULT_MESSAGES = {
  results: "Expected an Array of inline query results",
  tooMany: "Too many inline query results specified",
  resultPrefix: "Can't parse inline query result: ",
  object: "Inline query result must be an object",
  noContent: "Input message content is not specified",
  textEmpty: "Message text is empty",
  buttonPrefix: "Can't parse inline query results button: ",
  button: "InlineQueryResultsButton must be an Object",
  buttonField: "InlineQueryResultsButton must have exactly one optional field",
} as const;

/** `type "x" is unsupported for the inline query result`. */
export const unsupportedResult = (type: string) => `type "${type}" is unsupported for the inline query result`;

/** The result types get_inline_query_result reads (lower-cased first). */
export const INLINE_RESULT_TYPES = ["article", "audio", "contact", "document", "game", "gif", "location", "mpeg4_gif", "photo", "sticker", "venue", "video", "voice"] as const;

type Fields = TdFields;

/** Client.cpp, get_input_message_text(text, …): an empty text is refused, then get_formatted_text. */
function readMessageText(text: string, parseMode: string, at: TdPath, entities: TdJsonValue | undefined): void {
  if (text === "") refuse(INLINE_RESULT_MESSAGES.textEmpty, "is needed: the message's text.", [...at, "message_text"]);
  readFormattedText(text, parseMode, { text: [...at, "message_text"], mode: [...at, "parse_mode"], entities: [...at, "entities"] }, entities);
}

/**
 * Client.cpp, get_input_message_content: a text, a venue or location, a contact or an invoice,
 * told apart by the fields present; true when it made a message (nothing matched is none, or
 * refused where the result needs one).
 */
function readInputMessageContent(value: TdJsonObject, required: boolean, at: TdPath): boolean {
  const fields = tdFields(value, at);
  const text = fields.optionalString("message_text");
  if (text !== "") {
    if (fields.has("link_preview_options")) {
      const options = fields.extractRequired("link_preview_options", "Object");
      withPath([...at, "link_preview_options"], () => readLinkPreviewOptions(options));
    } else fields.optionalBool("disable_web_page_preview");
    readMessageText(text, fields.optionalString("parse_mode"), at, fields.raw("entities"));
    return true;
  }
  if (fields.has("latitude") && fields.has("longitude")) {
    if (fields.has("title") && fields.has("address")) return readVenue(fields), true;
    readLocation(fields);
    for (const name of ["live_period", "heading", "proximity_alert_radius"]) fields.optionalInt(name);
    return true;
  }
  if (fields.has("phone_number")) {
    fields.requiredString("phone_number");
    fields.requiredString("first_name");
    fields.optionalString("last_name");
    fields.optionalString("vcard");
    return true;
  }
  if (fields.has("payload")) {
    for (const name of ["title", "description", "payload"]) fields.requiredString(name);
    fields.optionalString("provider_token");
    fields.requiredString("currency");
    readLabeledPricesAt(fields.extractRequired("prices", "Array"), [...at, "prices"]);
    fields.optionalString("provider_data");
    fields.optionalLong("max_tip_amount");
    const tips = fields.extractOptional("suggested_tip_amounts", "Array");
    if (tips !== undefined) withPath([...at, "suggested_tip_amounts"], () => readSuggestedTipAmounts(tips));
    fields.optionalString("photo_url");
    for (const name of ["photo_size", "photo_width", "photo_height"]) fields.optionalInt(name);
    for (const name of ["need_name", "need_phone_number", "need_email", "need_shipping_address", "send_phone_number_to_provider", "send_email_to_provider", "is_flexible"]) fields.optionalBool(name);
    return true;
  }
  if (required) refuse(INLINE_RESULT_MESSAGES.noContent, "needs message_text, a location or venue, a contact, or an invoice (with payload): an article result sends it.", at);
  return false;
}

/** Client.cpp, get_inline_query_result(JsonValue): one result, in the server's order. */
export function readInlineQueryResult(value: TdJsonValue, at: TdPath): void {
  if (!isTdObject(value)) return refuse(INLINE_RESULT_MESSAGES.object, "must be an InlineQueryResult object.", at);
  const fields = tdFields(value, at);
  const type = tdToLower(fields.requiredString("type"));
  fields.requiredString("id");
  const required = type === "article";
  let content: boolean;
  const input = fields.extractOptional("input_message_content", "Object");
  if (input === undefined) {
    // The old fields on the result itself.
    const text = required ? fields.requiredString("message_text") : fields.optionalString("message_text");
    fields.optionalBool("disable_web_page_preview");
    const mode = fields.optionalString("parse_mode");
    content = required || text !== "";
    if (content) readMessageText(text, mode, at, fields.raw("entities"));
  } else content = readInputMessageContent(input as TdJsonObject, required, [...at, "input_message_content"]);
  readFormattedText(fields.optionalString("caption"), fields.optionalString("parse_mode"), { text: [...at, "caption"], mode: [...at, "parse_mode"], entities: [...at, "caption_entities"] }, fields.raw("caption_entities"));
  fields.optionalBool("show_caption_above_media");
  const markup = fields.extractOptional("reply_markup", "Object");
  if (markup !== undefined) {
    const [first] = readReplyMarkup(markup);
    if (first) throw new TdStatus(first.message, first.why, [...at, "reply_markup", ...first.at]);
  }
  const thumbnail = ["thumbnail_url", "thumbnail_width", "thumbnail_height"].some((name) => fields.has(name)) ? "thumbnail" : "thumb";
  fields.optionalString(`${thumbnail}_url`);
  fields.optionalInt(`${thumbnail}_width`);
  fields.optionalInt(`${thumbnail}_height`);
  readResultOfType(fields, type, content, at);
}

function readResultOfType(fields: Fields, type: string, content: boolean, at: TdPath): void {
  const optional = (...names: string[]) => names.forEach((name) => fields.optionalString(name));
  const ints = (...names: string[]) => names.forEach((name) => fields.optionalInt(name));
  switch (type) {
    case "article":
      optional("url");
      fields.optionalBool("hide_url");
      fields.requiredString("title");
      return optional("description");
    case "audio": {
      const url = fields.optionalString("audio_url");
      ints("audio_duration");
      if (url === "") optional("title");
      else fields.requiredString("title");
      optional("performer");
      if (url === "") fields.requiredString("audio_file_id");
      return;
    }
    case "contact":
      fields.requiredString("phone_number");
      fields.requiredString("first_name");
      return optional("last_name", "vcard");
    case "document": {
      fields.requiredString("title");
      optional("description");
      const url = fields.optionalString("document_url");
      if (url === "") optional("mime_type");
      else fields.requiredString("mime_type");
      if (url === "") fields.requiredString("document_file_id");
      return;
    }
    case "game":
      return void fields.requiredString("game_short_name");
    case "gif":
    case "mpeg4_gif":
      optional("title");
      return readUrlOrFileIdAfter(fields, type, () => {
        optional(fields.has("thumbnail_mime_type") ? "thumbnail_mime_type" : "thumb_mime_type");
        ints(`${type}_duration`, `${type}_width`, `${type}_height`);
      });
    case "location":
      if (!content) {
        readLocation(fields);
        ints("live_period", "heading", "proximity_alert_radius");
      }
      readLocation(fields);
      ints("live_period");
      return void fields.requiredString("title");
    case "photo":
      optional("title", "description");
      return readUrlOrFileIdAfter(fields, "photo", () => ints("photo_width", "photo_height"));
    case "sticker":
      return void fields.requiredString("sticker_file_id");
    case "venue":
      return readVenue(fields);
    case "video": {
      fields.requiredString("title");
      optional("description");
      const url = fields.optionalString("video_url");
      if (url === "") optional("mime_type");
      else fields.requiredString("mime_type");
      ints("video_width", "video_height", "video_duration", "video_start_timestamp");
      if (url === "") fields.requiredString("video_file_id");
      return;
    }
    case "voice":
      fields.requiredString("title");
      return readUrlOrFileIdAfter(fields, "voice", () => ints("voice_duration"));
  }
  refuse(unsupportedResult(type), `must be one of ${INLINE_RESULT_TYPES.join(", ")} (any case); this is “${type}”.`, [...at, "type"]);
}

/** `<kind>_url`, then what the server reads between, then `<kind>_file_id` when the URL is empty. */
function readUrlOrFileIdAfter(fields: Fields, kind: string, between: () => void): void {
  const url = fields.optionalString(`${kind}_url`);
  between();
  if (url === "") fields.requiredString(`${kind}_file_id`);
}

/** Client.cpp, get_inline_query_results(JsonValue): null is none; otherwise a list of at most 50, each read after “Can't parse inline query result: ”. */
export function readInlineQueryResults(value: TdJsonValue): void {
  if (value === null) return;
  if (!Array.isArray(value)) return refuse(INLINE_RESULT_MESSAGES.results, "must be a list of InlineQueryResult.");
  if (value.length > MAX_INLINE_QUERY_RESULTS) return refuse(INLINE_RESULT_MESSAGES.tooMany, `has ${value.length} results; the server takes at most ${MAX_INLINE_QUERY_RESULTS}.`);
  for (const [i, item] of value.entries()) withPrefix(INLINE_RESULT_MESSAGES.resultPrefix, () => readInlineQueryResult(item, [i]));
}

/** Client.cpp, get_inline_query_result(query): answerWebAppQuery's and savePreparedInlineMessage's one result, with no prefix. */
export function readOneInlineQueryResult(value: TdJsonValue): void {
  readInlineQueryResult(value, []);
}

/** Client.cpp, get_inline_query_results_button: text, and a start_parameter or a web_app with its url. */
export function readInlineQueryResultsButton(value: TdJsonValue): void {
  withPrefix(INLINE_RESULT_MESSAGES.buttonPrefix, () => {
    if (!isTdObject(value)) return refuse(INLINE_RESULT_MESSAGES.button, "must be an object with text and start_parameter or web_app.");
    const fields = tdFields(value, []);
    fields.requiredString("text");
    if (fields.has("start_parameter")) return void fields.requiredString("start_parameter");
    if (fields.has("web_app")) return void tdFields(fields.extractRequired("web_app", "Object") as TdJsonObject, ["web_app"]).requiredString("url");
    refuse(INLINE_RESULT_MESSAGES.buttonField, "needs start_parameter or web_app.");
  });
}
