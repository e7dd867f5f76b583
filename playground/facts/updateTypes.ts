/**
 * Update types a bot can ask for in `allowed_updates`, in the order of the `Update` object
 * of the installed `@gramio/types`. `test/types/facts.types.ts` proves the
 * list equals the package's union, so it cannot drift.
 */
export const UPDATE_TYPES = [
  "message",
  "edited_message",
  "channel_post",
  "edited_channel_post",
  "business_connection",
  "business_message",
  "edited_business_message",
  "deleted_business_messages",
  "guest_message",
  "message_reaction",
  "message_reaction_count",
  "inline_query",
  "chosen_inline_result",
  "callback_query",
  "shipping_query",
  "pre_checkout_query",
  "purchased_paid_media",
  "poll",
  "poll_answer",
  "my_chat_member",
  "chat_member",
  "chat_join_request",
  "chat_boost",
  "removed_chat_boost",
  "managed_bot",
  "subscription",
  "stopped_message_generation",
] as const;

export type UpdateType = (typeof UPDATE_TYPES)[number];

/** Types the server leaves out unless a bot asks for them by name. */
export const OPT_IN_UPDATE_TYPES = ["chat_member", "message_reaction", "message_reaction_count"] as const satisfies readonly UpdateType[];

/** What the server delivers when `allowed_updates` is `[]` or names no known type. */
export const DEFAULT_UPDATE_TYPES: readonly UpdateType[] = UPDATE_TYPES.filter(
  (t) => !(OPT_IN_UPDATE_TYPES as readonly string[]).includes(t),
);

/** The opt-in types in words: "chat_member, message_reaction and message_reaction_count". */
export const OPT_IN_WORDS = `${OPT_IN_UPDATE_TYPES.slice(0, -1).join(", ")} and ${OPT_IN_UPDATE_TYPES.at(-1)}`;
