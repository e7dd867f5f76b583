/** The update types a test update can be, in the order the control lists them (each has a sample in `sampleUpdates.ts`). */
export const SAMPLE_TYPES = [
  "message",
  "edited_message",
  "channel_post",
  "callback_query",
  "inline_query",
  "chosen_inline_result",
  "my_chat_member",
  "chat_member",
  "chat_join_request",
  "message_reaction",
  "poll_answer",
  "pre_checkout_query",
] as const;

export type SampleType = (typeof SAMPLE_TYPES)[number];
