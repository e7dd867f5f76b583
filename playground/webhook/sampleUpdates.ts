/**
 * Updates as Telegram sends them, one per common type, for testing a webhook server before
 * Telegram does. Each one is checked against `@gramio/types`' `TelegramUpdate` by the type
 * check, so a field the Bot API renames breaks the build, not the user's test.
 */
import type { TelegramChat, TelegramUpdate, TelegramUser } from "@gramio/types";
import { SAMPLE_TYPES, type SampleType } from "./sampleTypes";

/** A fixed moment (2026-11-26 12:00 UTC): updates carry a Unix time in seconds. */
export const SAMPLE_DATE = 1_795_694_400;

const user: TelegramUser = { id: 123456789, is_bot: false, first_name: "Ada", last_name: "Lovelace", username: "ada_l", language_code: "en" };
const bot: TelegramUser = { id: 7000000001, is_bot: true, first_name: "Webhook test bot", username: "webhook_test_bot" };
const privateChat: TelegramChat = { id: user.id, type: "private", first_name: "Ada", last_name: "Lovelace", username: "ada_l" };
const group: TelegramChat = { id: -1001234567890, type: "supergroup", title: "Webhook testers" };
const channel: TelegramChat = { id: -1009876543210, type: "channel", title: "Webhook news", username: "webhook_news" };

const message = { message_id: 42, from: user, chat: privateChat, date: SAMPLE_DATE, text: "Hello from a test update" };

/** What follows `update_id` in each sample, by update type, in the order the control lists them. */
const SAMPLES = {
  message: { message },
  edited_message: { edited_message: { ...message, text: "Hello from an edited test update", edit_date: SAMPLE_DATE + 60 } },
  channel_post: { channel_post: { message_id: 7, sender_chat: channel, chat: channel, date: SAMPLE_DATE, text: "A test post" } },
  callback_query: {
    callback_query: {
      id: "4382bfdwdsb323b2d9",
      from: user,
      message: { ...message, from: bot, text: "Pick one", reply_markup: { inline_keyboard: [[{ text: "Yes", callback_data: "answer:yes" }]] } },
      chat_instance: "-8412353405712345678",
      data: "answer:yes",
    },
  },
  inline_query: { inline_query: { id: "1844674407370955161", from: user, query: "webhook", offset: "", chat_type: "private" } },
  chosen_inline_result: { chosen_inline_result: { result_id: "result-1", from: user, query: "webhook" } },
  my_chat_member: {
    my_chat_member: {
      chat: group,
      from: user,
      date: SAMPLE_DATE,
      old_chat_member: { status: "left", user: bot },
      new_chat_member: { status: "member", user: bot },
    },
  },
  chat_member: {
    chat_member: {
      chat: group,
      from: user,
      date: SAMPLE_DATE,
      old_chat_member: { status: "left", user },
      new_chat_member: { status: "member", user },
    },
  },
  chat_join_request: { chat_join_request: { chat: group, from: user, user_chat_id: user.id, date: SAMPLE_DATE } },
  message_reaction: {
    message_reaction: {
      chat: group,
      message_id: 42,
      user,
      date: SAMPLE_DATE,
      old_reaction: [],
      new_reaction: [{ type: "emoji", emoji: "👍" }],
    },
  },
  poll_answer: { poll_answer: { poll_id: "5432109876543210987", user, option_ids: [0], option_persistent_ids: ["0"] } },
  pre_checkout_query: {
    pre_checkout_query: { id: "1234567890123456789", from: user, currency: "XTR", total_amount: 50, invoice_payload: "order-42" },
  },
} satisfies { [K in SampleType]: Pick<Required<TelegramUpdate>, K> };

export { SAMPLE_TYPES, type SampleType };

/** The sample of `type` as a whole update, numbered `updateId`. */
export function sampleUpdate(type: SampleType, updateId: number): TelegramUpdate {
  return { update_id: updateId, ...SAMPLES[type] } satisfies TelegramUpdate;
}

/** Each type's own update_id, so two test updates are never taken for a repeat. */
export const sampleUpdateId = (type: SampleType) => 900_000_001 + SAMPLE_TYPES.indexOf(type);


