/**
 * The ports of the JSON values few methods take (`SPECIAL_JSON_KINDS`): bot commands, reactions,
 * menu buttons, gifts, prices, permissions, shipping options, mask positions, tips, custom
 * emoji, media, inline query results, profile photos, stories, checklists, passport errors.
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
import { firstRefusalOf, type TdJsonValue, type TdStatus } from "./tdJson";

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
};
