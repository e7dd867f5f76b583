/**
 * How the Bot API server reads the JSON objects a method takes beside a message (its link
 * preview, what it replies to, a suggested post), ported from telegram-bot-api/Client.cpp
 * (01a3679), each reader once, refusing as the server does (`TdStatus`, with td's JSON
 * readers' own messages from `tdFields`). The reply markup's reader is `replyMarkup.ts`.
 */
import { utf8Length as utf8Bytes } from "../escape";
import { isTdObject, TdStatus, tdFields, type TdJsonValue } from "./tdJson";
import { readParseMode } from "./parseMode";
import { JSON_VALUE_MESSAGES, MAX_RAW_TEXT_BYTES } from "./readingKinds";

const refuse = (message: string, why: string, at: readonly (string | number)[] = []): never => {
  throw new TdStatus(message, why, at);
};


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
  if (utf8Bytes(quote) > MAX_RAW_TEXT_BYTES) refuse(JSON_VALUE_MESSAGES.textTooLong, `is ${utf8Bytes(quote).toLocaleString("en-US")} bytes in UTF-8; the server reads at most ${MAX_RAW_TEXT_BYTES.toLocaleString("en-US")}.`, ["quote"]);
  if (quote !== "" && readParseMode(mode).kind === "refused") refuse(JSON_VALUE_MESSAGES.parseMode, "must be “HTML”, “MarkdownV2” or “Markdown” (any case), or left out.", ["quote_parse_mode"]);
  fields.optionalInt("quote_position");
  fields.optionalInt("checklist_task_id");
  fields.optionalString("poll_option_id");
}
