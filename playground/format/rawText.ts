/** Client.cpp, get_formatted_text: the most UTF-8 bytes of a text it reads (`1 << 15`), and its refusal of more, before any parse mode. */
export const MAX_RAW_TEXT_BYTES = 1 << 15;
export const TEXT_TOO_LONG = "Text is too long";
