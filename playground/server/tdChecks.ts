/**
 * Checks td makes of a parameter's value once the server has read it, that need no chat:
 * ported by hand from tdlib/td at the commit the server pins (49b3bcb), each with the file and
 * function that makes it and, per method, the td function that calls it. `readings.ts` lays
 * them over the server's readings.
 */
import type { CheckedKind } from "./readingKinds";

/** One check of td, by kind: where it is made, and for each method the td function that makes it. */
interface TdCheckSites<K extends string> {
  readonly kind: K;
  /** The file and function of the check. */
  readonly check: string;
  /** Each method, with the td function that calls the check for it. */
  readonly methods: Readonly<Record<string, string>>;
}

/** Where a check is made for a method, as the pages cite it. */
export const checkSource = (c: TdCheckSites<string>, method: string) => `${c.check}, from ${c.methods[method]}`;

export interface TdCheck extends TdCheckSites<CheckedKind> {
  readonly param: string;
  /** Made once the chat is found (after td looked the chat up). */
  readonly afterLookup?: boolean;
  /** For a name td cleans: its length in code points, its refusal when nothing is left, and whether nothing sent is fine. */
  readonly max?: number;
  readonly blank?: string;
  readonly keepsNothing?: boolean;
}

export const TD_CHECKS: readonly TdCheck[] = [
  {
    param: "language_code",
    kind: "bot_language_code",
    check: "td/telegram/misc.cpp validate_bot_language_code",
    methods: {
      setMyCommands: "BotCommand.cpp set_commands",
      deleteMyCommands: "BotCommand.cpp delete_commands",
      getMyCommands: "BotCommand.cpp get_commands",
      setMyName: "BotInfoManager.cpp set_bot_name",
      getMyName: "BotInfoManager.cpp get_bot_name",
      setMyDescription: "BotInfoManager.cpp set_bot_info_description",
      getMyDescription: "BotInfoManager.cpp get_bot_info_description",
      setMyShortDescription: "BotInfoManager.cpp set_bot_info_about",
      getMyShortDescription: "BotInfoManager.cpp get_bot_info_about",
    },
  },
  {
    // ChatManager.h / DialogManager.h: MAX_TITLE_LENGTH = 128.
    param: "title",
    kind: "clean_name",
    check: "td/telegram/misc.cpp clean_name",
    methods: { setChatTitle: "DialogManager.cpp set_dialog_title" },
    afterLookup: true,
    max: 128,
    blank: "Title must be non-empty",
  },
  {
    // ForumTopicManager.h: MAX_FORUM_TOPIC_TITLE_LENGTH = 128.
    param: "name",
    kind: "clean_name",
    check: "td/telegram/misc.cpp clean_name",
    methods: { createForumTopic: "ForumTopicManager.cpp create_forum_topic" },
    afterLookup: true,
    max: 128,
    blank: "Name must be non-empty",
  },
  {
    // An empty name leaves the topic's name as it is (edit_title = !title.empty()).
    param: "name",
    kind: "clean_name",
    check: "td/telegram/misc.cpp clean_name",
    methods: { editForumTopic: "ForumTopicManager.cpp edit_forum_topic" },
    afterLookup: true,
    max: 128,
    blank: "Name must be non-empty",
    keepsNothing: true,
  },
  {
    // DialogInviteLinkManager.h: MAX_INVITE_LINK_TITLE_LENGTH = 32; a link may have no name.
    param: "name",
    kind: "clean_name",
    check: "td/telegram/misc.cpp clean_name",
    methods: {
      createChatInviteLink: "DialogInviteLinkManager.cpp export_dialog_invite_link",
      createChatSubscriptionInviteLink: "DialogInviteLinkManager.cpp export_dialog_invite_link",
      editChatInviteLink: "DialogInviteLinkManager.cpp edit_dialog_invite_link",
      editChatSubscriptionInviteLink: "DialogInviteLinkManager.cpp edit_dialog_invite_link",
    },
    afterLookup: true,
    max: 32,
  },
];

/** A check the server or td makes of several parameters together, by kind (`readingKinds.ts`, `callCheckVerdict`). */
export type CallCheckKind = "join_request_limit" | "quiz_option_ids" | "poll_content" | "media_group_content" | "invoice_amounts" | "message_text" | "message_caption";

export interface CallCheck extends TdCheckSites<CallCheckKind> {
  /** The parameter whose place in the server's reading order the check takes; after every reading when absent. */
  readonly at?: string;
  /** Made once the chat is found (td's checks are): the stand-in, which finds no chat, does not make it. */
  readonly afterLookup: boolean;
  /** Methods with no chat to find, where td makes the check at once (createInvoiceLink). */
  readonly atOnce?: readonly string[];
  /** The parameter the check is about, where it is one: its documented length is the limit the check takes (`slices.ts`). */
  readonly param?: string;
}

/** The methods that send a message with a caption through td's get_input_message_content (Client.cpp's process_send_*_query → td's sendMessage). */
const CAPTIONED_SENDS = ["sendAnimation", "sendAudio", "sendDocument", "sendLivePhoto", "sendPaidMedia", "sendPhoto", "sendVideo", "sendVoice"] as const;

export const CALL_CHECKS: readonly CallCheck[] = [
  {
    kind: "join_request_limit",
    check: "td/telegram/DialogInviteLinkManager.cpp",
    methods: { createChatInviteLink: "export_dialog_invite_link", editChatInviteLink: "edit_dialog_invite_link" },
    afterLookup: true,
  },
  {
    // Read only for a quiz, where the server reads correct_option_ids.
    kind: "quiz_option_ids",
    check: "Client.cpp",
    methods: { sendPoll: "process_send_poll_query" },
    at: "correct_option_ids",
    afterLookup: false,
  },
  {
    kind: "poll_content",
    check: "td/telegram/MessageContent.cpp",
    methods: { sendPoll: "get_input_message_content (PollOption.cpp get_poll_options, PollManager.cpp check_quiz_correct_option_ids)" },
    afterLookup: true,
  },
  {
    // td checks an invoice's amounts as it builds the message: sendInvoice's once the chat is found, a link's at once (export_invoice).
    kind: "invoice_amounts",
    check: "td/telegram/InputInvoice.cpp",
    methods: { sendInvoice: "process_input_message_invoice (misc.cpp check_currency_amount)", createInvoiceLink: "process_input_message_invoice (misc.cpp check_currency_amount)" },
    afterLookup: true,
    atOnce: ["createInvoiceLink"],
  },
  {
    // The text after td's parser: fix_formatted_text (allow_empty only with a link preview's url),
    // then its length in code points against the server's option message_text_length_max.
    kind: "message_text",
    param: "text",
    check: "td/telegram/InputMessageText.cpp",
    methods: { sendMessage: "process_input_message_text (MessageEntity.cpp get_formatted_text, fix_formatted_text), then MessageContent.cpp get_input_message_content" },
    afterLookup: true,
  },
  {
    // A caption may be empty (get_formatted_text with allow_empty); its length against message_caption_length_max.
    kind: "message_caption",
    param: "caption",
    check: "td/telegram/MessageContent.cpp",
    methods: Object.fromEntries(CAPTIONED_SENDS.map((m) => [m, "get_input_message_content (MessageEntity.cpp get_formatted_text, fix_formatted_text)"])),
    afterLookup: true,
  },
  {
    kind: "media_group_content",
    check: "td/telegram/MessageContent.cpp",
    methods: { sendMediaGroup: "check_message_group_message_contents" },
    afterLookup: true,
  },
];

/** The limit a check about one parameter takes: that parameter's documented length (the schema's maxLength, “1-4096 characters after entities parsing”). */
export function limitOf(check: Pick<CallCheck, "param">, fields: readonly { readonly name: string; readonly constraints?: { readonly maxLength?: number } }[]): number | undefined {
  return check.param === undefined ? undefined : fields.find((f) => f.name === check.param)?.constraints?.maxLength;
}

/** The checks of several of a method's parameters together, with where each is made, in the order they are made. */
export function callChecksOf(method: string): (CallCheck & { readonly source: string })[] {
  return CALL_CHECKS.flatMap((c) => {
    const name = Object.keys(c.methods).find((m) => m.toLowerCase() === method.toLowerCase());
    return name ? [{ ...c, afterLookup: c.afterLookup && !c.atOnce?.includes(name), source: `${c.check}, ${c.methods[name]}` }] : [];
  });
}
