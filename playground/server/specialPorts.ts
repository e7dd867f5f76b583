/**
 * The ports of the JSON values few methods take (`SPECIAL_JSON_KINDS`): bot commands, reactions,
 * menu buttons, gifts, prices, permissions, shipping options, mask positions, tips, custom
 * emoji, media, inline query results, profile photos, stories, checklists, passport errors,
 * stickers.
 * td's checks of the few methods that take them (an album, an invoice's amounts) are here too.
 * A slice with one of them loads this module (`loadSlice`); Node has it at once (`readings.ts`).
 */
import type { SPECIAL_JSON_KINDS } from "./rareKinds";
import { readInlineQueryResults, readInlineQueryResultsButton, readOneInlineQueryResult } from "./inlineResults";
import { readInputMediaList, readInputProfilePhoto, readInputStoryContent, readOneInputMedia, readOnePaidMedia, readPaidMediaList, readPollMedia, type FileParts } from "./inputMedia";
import {
  readAcceptedGiftTypes,
  readBotCommands,
  readChatPermissions,
  readCustomEmojiIds,
  readInputChecklist,
  readLabeledPrices,
  readMaskPosition,
  readMenuButton,
  readPassportElementErrors,
  readReactionTypes,
  readShippingOptions,
  readStoryAreas,
  readSuggestedTipAmounts,
} from "./jsonValues";
import { readInputStickers, readOneInputSticker, readStickerEmojiList, readStickerKeywords } from "./stickers";
import { firstRefusalOf, numberOrStringText, type TdJsonObject, type TdJsonValue, type TdStatus } from "./tdJson";
import { badRequest } from "../facts/badRequest";
import { wireText } from "./integerArg";
import type { CallVerdict } from "./readingKinds";
import { isObject, jsonOf } from "./rareVerdicts";
import { toIntegerSafe } from "./td";


/** td's refusals of an invoice's amounts (InputInvoice.cpp process_input_message_invoice; misc.cpp check_currency_amount's limit). */
export const INVOICE_AMOUNTS = {
  max: 9999_9999_9999n,
  price: "Too big amount of the currency specified",
  totalPositive: "Total price must be positive",
  totalBig: "Total price is too big",
  maxTip: "Invalid max_tip_amount of the currency specified",
  tipPositive: "Suggested tip amount must be positive",
  tipOverMax: "Suggested tip amount can't be bigger than max_tip_amount",
  tipCount: "There can be at most 4 suggested tip amounts",
  maxTips: 4,
} as const;

/** td's refusals of an album's items (MessageContent.cpp, check_message_group_message_contents). */
export const MEDIA_GROUP = {
  max: 10,
  tooMany: "Too many messages to send as an album",
  none: "There are no messages to send",
  captionAbove: "Parameter show_caption_above_media must be the same for all messages",
  mixed: (type: string) => `${type} can't be mixed with other media types`,
} as const;

export const SPECIAL_READERS: Readonly<Record<(typeof SPECIAL_JSON_KINDS)[number], (value: TdJsonValue, parts: FileParts) => readonly TdStatus[]>> = {
  bot_commands: firstRefusalOf(readBotCommands),
  reaction_types: firstRefusalOf(readReactionTypes),
  menu_button: firstRefusalOf(readMenuButton),
  accepted_gift_types: firstRefusalOf(readAcceptedGiftTypes),
  labeled_prices: firstRefusalOf(readLabeledPrices),
  chat_permissions: firstRefusalOf(readChatPermissions),
  shipping_options: firstRefusalOf(readShippingOptions),
  mask_position: firstRefusalOf(readMaskPosition),
  tip_amounts: firstRefusalOf(readSuggestedTipAmounts),
  custom_emoji_ids: firstRefusalOf(readCustomEmojiIds),
  input_media: firstRefusalOf(readOneInputMedia),
  media_group: firstRefusalOf(readInputMediaList),
  paid_media: firstRefusalOf(readPaidMediaList),
  input_paid_media: firstRefusalOf(readOnePaidMedia),
  poll_media: firstRefusalOf(readPollMedia),
  inline_query_results: firstRefusalOf(readInlineQueryResults),
  inline_query_result: firstRefusalOf(readOneInlineQueryResult),
  results_button: firstRefusalOf(readInlineQueryResultsButton),
  profile_photo: firstRefusalOf(readInputProfilePhoto),
  story_content: firstRefusalOf(readInputStoryContent),
  checklist: firstRefusalOf(readInputChecklist),
  passport_errors: firstRefusalOf(readPassportElementErrors),
  story_areas: firstRefusalOf(readStoryAreas),
  input_stickers: firstRefusalOf(readInputStickers),
  input_sticker: firstRefusalOf(readOneInputSticker),
  sticker_emojis: firstRefusalOf(readStickerEmojiList),
  sticker_keywords: firstRefusalOf(readStickerKeywords),
};

/**
 * td (MessageContent.cpp check_message_group_message_contents), on the album the server read
 * (get_input_message_contents): 1-10 items (one is sent as a single message), the caption above
 * the media the same for all, audio and documents not mixed with other types. td's set of
 * types has no order: with both audio and documents among others, it may name either.
 */
export function mediaGroupVerdict(params: Readonly<Record<string, unknown>>): CallVerdict | undefined {
  const media = jsonOf(params.media);
  // td reads what the server made of the list: nothing to say when the server refused it first.
  if (!media || !Array.isArray(media.value) || media.value.some((item) => !isObject(item))) return undefined;
  const items = media.value as TdJsonObject[];
  const param = "media";
  if (items.length > MEDIA_GROUP.max) return { param, refused: `has ${items.length} items; td sends at most ${MEDIA_GROUP.max} as an album, and checks it once the chat is found.`, answer: badRequest(MEDIA_GROUP.tooMany) };
  if (items.length === 0) return { param, refused: "is an empty list; td checks it once the chat is found.", answer: badRequest(MEDIA_GROUP.none) };
  // invert_media: show_caption_above_media, which only photos and videos carry.
  const above = (item: TdJsonObject) => ["photo", "live_photo", "video"].includes(String(item.type)) && item.show_caption_above_media === true;
  if (items.some((item) => above(item) !== above(items[0]!))) return { param, refused: "has show_caption_above_media on some photos or videos and not on others; td checks it once the chat is found.", answer: badRequest(MEDIA_GROUP.captionAbove) };
  const types = new Set(items.map((item) => String(item.type)));
  const alone = ["audio", "document"].filter((t) => types.has(t));
  if (types.size > 1 && alone.length) {
    const name = alone[0] === "audio" ? "Audio" : "Document";
    return { param, refused: `mixes ${alone.join(" and ")} with other types: an album of audio or of documents has only those${alone.length > 1 ? " (td may name either)" : ""}; td checks it once the chat is found.`, answer: badRequest(MEDIA_GROUP.mixed(name)) };
  }
  return undefined;
}

/**
 * td (InputInvoice.cpp process_input_message_invoice) on the amounts the server read: each
 * price within check_currency_amount's limit, a positive total within it, max_tip_amount from
 * 0 to the limit, each suggested tip positive and at most max_tip_amount, at most 4 of them.
 * Nothing to say where the server refused the values first.
 */
export function invoiceAmountsVerdict(params: Readonly<Record<string, unknown>>): CallVerdict | undefined {
  const prices = jsonOf(params.prices);
  if (!prices || !Array.isArray(prices.value)) return undefined;
  const amounts: bigint[] = [];
  for (const price of prices.value) {
    const text = isObject(price) ? numberOrStringText(price.amount ?? null) : undefined;
    const amount = text === undefined ? undefined : toIntegerSafe(text, 64);
    if (amount === undefined) return undefined;
    amounts.push(amount);
  }
  const { max } = INVOICE_AMOUNTS;
  const within = (n: bigint) => -max <= n && n <= max;
  const words = max.toLocaleString("en-US");
  const limit = `td's limit is ${words} in the currency's smallest units`;
  const at = amounts.findIndex((a) => !within(a));
  if (at >= 0) return { param: "prices", refused: `price ${at} is ${amounts[at]}; ${limit}.`, answer: badRequest(INVOICE_AMOUNTS.price) };
  const total = amounts.reduce((a, b) => a + b, 0n);
  if (total <= 0n) return { param: "prices", refused: `add up to ${total}: the total must be positive.`, answer: badRequest(INVOICE_AMOUNTS.totalPositive) };
  if (!within(total)) return { param: "prices", refused: `add up to ${total}; ${limit}.`, answer: badRequest(INVOICE_AMOUNTS.totalBig) };
  const maxText = wireText(params.max_tip_amount);
  const maxTip = maxText === "" ? 0n : toIntegerSafe(maxText, 64);
  if (maxTip === undefined) return undefined;
  if (maxTip < 0n || !within(maxTip)) return { param: "max_tip_amount", refused: `is ${maxTip}: it must be from 0 to ${words}.`, answer: badRequest(INVOICE_AMOUNTS.maxTip) };
  const tipsText = wireText(params.suggested_tip_amounts);
  const tips = tipsText === "" ? { value: [] } : jsonOf(params.suggested_tip_amounts);
  if (!tips || !Array.isArray(tips.value)) return undefined;
  const tipAmounts = tips.value.map((t) => toIntegerSafe(numberOrStringText(t) ?? "", 64));
  if (tipAmounts.some((t) => t === undefined)) return undefined;
  for (const tip of tipAmounts as bigint[]) {
    if (tip <= 0n) return { param: "suggested_tip_amounts", refused: `has ${tip}: each tip must be positive.`, answer: badRequest(INVOICE_AMOUNTS.tipPositive) };
    if (tip > maxTip) return { param: "suggested_tip_amounts", refused: `has ${tip}, more than max_tip_amount (${maxTip}).`, answer: badRequest(INVOICE_AMOUNTS.tipOverMax) };
  }
  if (tipAmounts.length > INVOICE_AMOUNTS.maxTips) return { param: "suggested_tip_amounts", refused: `has ${tipAmounts.length} tips; td takes at most ${INVOICE_AMOUNTS.maxTips}.`, answer: badRequest(INVOICE_AMOUNTS.tipCount) };
  return undefined;
}

