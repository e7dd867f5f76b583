/** Client.cpp, get_formatted_text: the most UTF-8 bytes of a text it reads (`1 << 15`), and its refusal of more, before any parse mode. */
export const MAX_RAW_TEXT_BYTES = 1 << 15;
export const TEXT_TOO_LONG = "Text is too long";
/** td/telegram/MessageEntity.cpp, fix_formatted_text: a message text with nothing left after cleaning and trimming. */
export const TEXT_MUST_BE_NON_EMPTY = "Text must be non-empty";
/**
 * td/telegram/MessageContent.cpp, get_input_message_content: a bot's message text, and its
 * caption, longer than the server's options `message_text_length_max` / `message_caption_length_max`
 * (in Unicode code points, `utf8_length`, after fix_formatted_text).
 */
export const SENT_TEXT_TOO_LONG = { text: "Message is too long", caption: "Message caption is too long" } as const;
