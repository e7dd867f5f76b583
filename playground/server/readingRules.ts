/**
 * What each kind of reading does, in words for the pages (each parameter's "Server" line and a
 * method's generated "Errors" list): the kind's rule and its refusals in the server's order,
 * from the same constants the verdicts (`readingKinds.ts`) and the ports (`replyMarkup.ts`,
 * `jsonValues.ts`) refuse with. Only the page generator reads this module, so no playground
 * carries these words.
 */
import { badRequest } from "../facts/badRequest";
import { conditionWords } from "./conditions";
import { CANT_PARSE } from "../format/tdParsers";
import { SENT_TEXT_TOO_LONG, TEXT_MUST_BE_NON_EMPTY, TEXT_TOO_LONG } from "../format/rawText";
import { COMPUTED_ENTITY_TYPES, ENTITY_MESSAGES, ENTITY_TYPES } from "../format/entities";
import { answerOf, CHAT_ACTIONS, idList, JOIN_REQUEST_LIMIT, POLL_CONTENT, POLL_OPTIONS, QUIZ_IDS, SCOPE, WRONG_CHAT_ACTION, type CheckedKind, type CheckedReading } from "./readingKinds";
import type { CallCheckKind } from "./tdChecks";
import { REPLY_MARKUP } from "./replyMarkup";
import { JSON_VALUE_MESSAGES, MASK_POINTS, MAX_CUSTOM_EMOJI_IDS, MAX_RAW_TEXT_BYTES, PASSPORT_MESSAGES, STORY_AREA_MESSAGES, STORY_AREA_TYPES } from "./jsonValues";
import { INVOICE_AMOUNTS, MEDIA_GROUP } from "./specialPorts";
import { STICKER_FORMATS, STICKER_LIMITS, STICKER_MESSAGES } from "./stickers";
import { INLINE_RESULT_MESSAGES, INLINE_RESULT_TYPES, MAX_INLINE_QUERY_RESULTS, unsupportedResult } from "./inlineResults";
import { INPUT_MEDIA_TYPES, MEDIA_MESSAGES, MEDIA_PREFIXES, notInAlbum, PAID_MEDIA_TYPES, POLL_MEDIA_TYPES, unsupportedType } from "./inputMedia";

/** A refusal in words for a page: when it happens (`is empty`, `has an item…`) and the server's answer. */
export interface RefusalRule {
  readonly when: string;
  readonly answer: string;
}

/**
 * What a reading does to what it is sent, in words for a page: `text` for the parameter, and
 * its refusals in the order the server makes them.
 */
export function readingRule(reading: CheckedReading, param: string): { readonly text: string; readonly refusals: readonly RefusalRule[] } {
  const rule = withFormat(reading, reading.kind || reading.empty || reading.json ? ruleOf(reading, param) : { text: "", refusals: [] });
  if (!reading.when) return rule;
  // Read only under a condition (answerPreCheckoutQuery's error_message, when ok is false; a quiz's explanation).
  const words = `when ${conditionWords(reading.when)}`;
  return { text: `${words}: ${rule.text}`, refusals: rule.refusals.map((r) => ({ ...r, when: `, ${words}, ${r.when.replace(/^, /, "")}` })) };
}

/** A text td parses with a parse mode (get_formatted_text, `../format`): after the reading's own rule, td's parser's refusal. */
function withFormat(reading: CheckedReading, rule: { readonly text: string; readonly refusals: readonly RefusalRule[] }): { readonly text: string; readonly refusals: readonly RefusalRule[] } {
  if (reading.formatted === undefined) return rule;
  const answer = badRequest(`${CANT_PARSE}…`);
  const tooLong = { when: `is over ${MAX_RAW_TEXT_BYTES.toLocaleString("en-US")} UTF-8 bytes`, answer: badRequest(TEXT_TOO_LONG) };
  const text = `at most ${MAX_RAW_TEXT_BYTES.toLocaleString("en-US")} UTF-8 bytes, or refused with “${tooLong.answer}”; with a parse mode in \`${reading.formatted}\` (MarkdownV2, HTML or Markdown, any case), td parses it (td/telegram/MessageEntity.cpp, parse_markdown_v2, parse_html, parse_markdown); markup it cannot parse is refused with “${answer}” and td's reason`;
  return { text: rule.text ? `${rule.text}; ${text}` : text, refusals: [...rule.refusals, tooLong, { when: `is not valid markup for the parse mode in \`${reading.formatted}\``, answer }] };
}

function ruleOf(reading: CheckedReading, param: string): { readonly text: string; readonly refusals: readonly RefusalRule[] } {
  const empty = reading.empty ? { when: "is empty", answer: badRequest(reading.empty) } : undefined;
  if (reading.json && reading.kind) {
    // A JSON value read by its port: td's parser refuses first, then the reader.
    const kinds = kindRule(reading, reading.kind, param);
    return { text: kinds.text, refusals: [...(empty ? [empty] : []), { when: "is not JSON", answer: badRequest(reading.json.replace("{error}", "…")) }, ...kinds.refusals] };
  }
  if (reading.json) {
    const json = { when: reading.jsonTakesEmpty ? "is empty or not JSON" : "is not JSON", answer: badRequest(reading.json.replace("{error}", "…")) };
    const refusals = [...(empty ? [empty] : []), json];
    const text = `JSON, parsed by td's json_decode; ${reading.jsonTakesEmpty ? "empty or text it cannot parse" : "text it cannot parse"} is refused with “${json.answer}”${empty ? `, and empty with “${empty.answer}”` : reading.jsonTakesEmpty ? "" : "; nothing sent is nothing"}`;
    return reading.sentOnly ? { text: `when sent: ${text}`, refusals: refusals.map((r) => ({ ...r, when: `, when sent, ${r.when}` })) } : { text, refusals };
  }
  if (!reading.kind) return { text: `empty is refused with “${empty!.answer}”`, refusals: [empty!] };
  const kinds = kindRule(reading, reading.kind, param);
  const rule = reading.sentOnly ? { text: `when sent: ${kinds.text}`, refusals: kinds.refusals.map((r) => ({ ...r, when: `, when sent, ${r.when}` })) } : kinds;
  // The guard after the reading first; the kind's own refusal of nothing, when it says the same, once.
  return empty ? { text: rule.text, refusals: [empty, ...rule.refusals.filter((r) => r.answer !== empty.answer)] } : rule;
}

function kindRule(reading: CheckedReading, kind: CheckedKind, param: string): { readonly text: string; readonly refusals: readonly RefusalRule[] } {
  const answer = answerOf(kind, param)!;
  switch (kind) {
    case "user_id":
      return { text: `empty, 0, a negative number or text is refused with “${answer}”`, refusals: [{ when: "is empty, 0, negative or not a number", answer }] };
    case "required_string":
      return { text: `empty is refused with “${answer}”`, refusals: [{ when: "is empty", answer }] };
    case "bot_language_code":
      return { text: `empty or two lowercase letters a-z; anything else is refused with “${answer}”`, refusals: [{ when: "is neither empty nor two lowercase letters a-z", answer }] };
    case "message_id":
      return { text: "empty, negative or not a number is read as 0 (no message)", refusals: [] };
    case "topic_id":
      return { text: "empty, negative or not a number is read as 0 (no topic)", refusals: [] };
    case "message_ids":
    case "user_ids": {
      const what = kind === "message_ids" ? "message" : "user";
      const says = idList(what, param);
      const max = reading.max ?? Infinity;
      return {
        text: `a JSON array of at most ${max} positive ${what} identifiers, as numbers or text; anything else is refused`,
        refusals: [
          { when: "is empty", answer },
          { when: "is not JSON", answer: badRequest(says.parse) },
          { when: "is not a list", answer: badRequest(says.array) },
          { when: `has more than ${max} items`, answer: badRequest(says.many) },
          { when: "has an item that is neither a number nor text", answer: badRequest(says.type) },
          { when: `has an item that is not a whole ${kind === "message_ids" ? "32" : "64"}-bit number`, answer: badRequest(says.number) },
          { when: "has an item that is 0 or negative", answer: badRequest(says.positive) },
        ],
      };
    }
    case "clean_name": {
      const max = reading.max ?? Infinity;
      const cleans = `td removes control and blank characters, collapses spaces, trims and cuts to ${max} characters`;
      if (!reading.blank) return { text: `${cleans}; a name with nothing left is no name`, refusals: [] };
      const blank = badRequest(reading.blank);
      return { text: `${cleans}; nothing left is refused with “${blank}”`, refusals: [{ when: reading.keepsNothing ? "is sent but blank once cleaned" : "is empty or blank once cleaned", answer: blank }] };
    }
    case "bot_command_scope": {
      const says = (message: string) => badRequest(SCOPE.prefix + message);
      return {
        text: "nothing is the default scope; otherwise a JSON BotCommandScope object, whose type, chat_id and user_id the server checks",
        refusals: [
          { when: "is not JSON", answer: badRequest(SCOPE.parse) },
          { when: "is not an object", answer: says(SCOPE.object) },
          { when: "has no `type`", answer: says(`Can't find field "type"`) },
          { when: "has a `type` that is neither text nor a number", answer: says(`Field "type" must be of type String`) },
          { when: "has a `type` the server does not know", answer: says(SCOPE.type) },
          { when: "is a chat scope without `chat_id`", answer: says(`Can't find field "chat_id"`) },
          { when: "is a chat scope whose `chat_id` is neither text nor a number", answer: says(`Field "chat_id" must be of type String`) },
          { when: "is a chat scope with an empty `chat_id`", answer: says(SCOPE.emptyChat) },
          { when: "is a chat_member scope without `user_id`", answer: says(`Can't find field "user_id"`) },
          { when: "is a chat_member scope whose `user_id` is neither a number nor text", answer: says(`Field "user_id" must be a Number`) },
          { when: "is a chat_member scope whose `user_id` is not a whole 64-bit number", answer: says(`Field "user_id" must be a valid Number`) },
          { when: "is a chat_member scope whose `user_id` is 0 or negative", answer: says(SCOPE.user) },
        ],
      };
    }
    case "entities": {
      const dropped = "JSON; text td cannot parse, or anything but a list, is dropped, not refused: the message goes without entities";
      if (!reading.beside) return { text: dropped, refusals: [] };
      const m = ENTITY_MESSAGES;
      const says = (message: string) => badRequest(m.prefix + message);
      return {
        text: `${dropped}; with text in \`${reading.beside.text}\` and a parse mode${reading.beside.mode ? ` in \`${reading.beside.mode}\`` : ""}, not read at all; otherwise each item read (get_text_entity: offset, length, a type and what it needs; mention, hashtag, cashtag, bot_command, url, email, phone_number and bank_card_number dropped, as td finds them itself)`,
        refusals: [
          { when: "has an item that is not an object", answer: says(m.object) },
          { when: "has an item without `offset`, `length` or `type`, or one of the wrong kind", answer: says(`Can't find field "…"`) },
          { when: "has an item with an empty type", answer: says(m.noType) },
          { when: "has a text_link without `url`, a text_mention without `user.id`, or a custom_emoji without `custom_emoji_id`", answer: says(`Can't find field "…"`) },
          { when: "has a date_time whose date_time_format has a letter other than t, T, d, D, w or W (or r alone)", answer: says(m.dateFormat) },
          { when: `has a type other than ${[...ENTITY_TYPES, ...COMPUTED_ENTITY_TYPES].join(", ")}`, answer: says(m.type) },
        ],
      };
    }
    case "link_preview_options": {
      const JV = JSON_VALUE_MESSAGES;
      return {
        text: "nothing is the legacy disable_web_page_preview; otherwise a JSON object of the options, each of its type",
        refusals: [
          { when: "is not an object", answer: badRequest(JV.linkPreview) },
          { when: "has is_disabled, prefer_small_media, prefer_large_media or show_above_text that is not true or false", answer: badRequest('Field "…" must be of type Boolean') },
          { when: "has a url that is neither text nor a number", answer: badRequest('Field "url" must be of type String') },
        ],
      };
    }
    case "reply_parameters": {
      const JV = JSON_VALUE_MESSAGES;
      return {
        text: "nothing, or an object with no fields, is no reply; otherwise a JSON object whose message_id is required (ephemeral_message_id is newer than the source read and not checked)",
        refusals: [
          { when: "is not an object", answer: badRequest(JV.replyParameters) },
          { when: "has fields but no message_id", answer: badRequest(`Can't find field "message_id"`) },
          { when: "has a message_id, quote_position or checklist_task_id that is not a 32-bit whole number", answer: badRequest('Field "…" must be a valid Number') },
          { when: `has a quote over ${MAX_RAW_TEXT_BYTES.toLocaleString("en-US")} UTF-8 bytes`, answer: badRequest(JV.textTooLong) },
          { when: "has a quote and a quote_parse_mode other than HTML, MarkdownV2 or Markdown (any case)", answer: badRequest(JV.parseMode) },
        ],
      };
    }
    case "suggested_post": {
      const JV = JSON_VALUE_MESSAGES;
      return {
        text: "nothing is no suggestion; otherwise a JSON object with send_date and a price in XTR or in TON (nanotoncoins, whole multiples of 10,000,000)",
        refusals: [
          { when: "is not an object", answer: badRequest(JV.suggestedPost) },
          { when: "has a send_date that is not a 32-bit whole number", answer: badRequest('Field "send_date" must be a valid Number') },
          { when: "has a price that is not an object", answer: badRequest('Field "price" must be of type Object') },
          { when: "has a price without currency or amount", answer: badRequest(`Can't find field "…"`) },
          { when: "has a price whose currency is neither XTR nor TON", answer: badRequest(JV.currency) },
          { when: "has a TON price that is not a whole multiple of 10,000,000 nanotoncoins", answer: badRequest(JV.tonPrice) },
        ],
      };
    }
    case "int64_safe": {
      const refused = badRequest(reading.notNumber ?? "");
      return { text: `a whole 64-bit number written plainly; anything else is refused with “${refused}”`, refusals: [{ when: "is not a whole 64-bit number", answer: refused }] };
    }
    case "chat_action":
      return {
        text: `one of ${Object.keys(CHAT_ACTIONS).join(", ")}, in any case (record_audio, upload_audio and pick_up_location are read as record_voice, upload_voice and find_location); anything else is refused`,
        refusals: [{ when: "is empty or not an action the server knows", answer: badRequest(WRONG_CHAT_ACTION) }],
      };
    case "keyboard_button":
      return {
        text: "a JSON KeyboardButton, read as a reply keyboard's button is",
        refusals: [
          { when: "is neither text nor an object", answer: badRequest(REPLY_MARKUP.wrap + REPLY_MARKUP.button) },
          { when: "has no `text`", answer: badRequest(`${REPLY_MARKUP.wrap}Can't find field "text"`) },
          { when: "has a `style` other than primary, danger, success or default", answer: badRequest(REPLY_MARKUP.wrap + REPLY_MARKUP.style) },
          { when: "has a field of the wrong type", answer: badRequest(`${REPLY_MARKUP.wrap}Field "…" must be of type …`) },
        ],
      };
    case "administrator_rights":
      return {
        text: "nothing is no rights; otherwise a JSON object of booleans",
        refusals: [
          { when: "is not an object", answer: badRequest(REPLY_MARKUP.rights) },
          { when: "has a right that is not true or false", answer: badRequest('Field "…" must be of type Boolean') },
        ],
      };
    case "bot_commands": {
      const wrap = "Can't parse BotCommand: ";
      return {
        text: "nothing is no commands; otherwise a JSON list of BotCommand objects (td then checks each one's text)",
        refusals: [
          { when: "is not a list", answer: badRequest(JSON_VALUE_MESSAGES.commands) },
          { when: "has an item that is not an object", answer: badRequest(`${wrap}expected an Object`) },
          { when: "has a command without `command` or `description`", answer: badRequest(`${wrap}Can't find field "…"`) },
          { when: "has a `command` or `description` that is neither text nor a number", answer: badRequest(`${wrap}Field "…" must be of type String`) },
        ],
      };
    }
    case "reaction_types": {
      const wrap = "Can't parse ReactionType: ";
      return {
        text: "nothing is no reaction; otherwise a JSON list of emoji or custom emoji reactions",
        refusals: [
          { when: "is not a list", answer: badRequest(JSON_VALUE_MESSAGES.reactions) },
          { when: "has an item that is not an object", answer: badRequest(`${wrap}expected an Object`) },
          { when: "has a reaction without `type`, `emoji` or `custom_emoji_id`", answer: badRequest(`${wrap}Can't find field "…"`) },
          { when: "has a reaction whose `type` is neither emoji nor custom_emoji", answer: badRequest(wrap + JSON_VALUE_MESSAGES.reactionType) },
          { when: "has a `custom_emoji_id` that is not a whole 64-bit number", answer: badRequest(`${wrap}Field "custom_emoji_id" must be a valid Number`) },
        ],
      };
    }
    case "menu_button": {
      const wrap = "Can't parse menu button: ";
      return {
        text: "nothing is the default button; otherwise a JSON MenuButton of type default, commands or web_app",
        refusals: [
          { when: "is not an object", answer: badRequest(wrap + JSON_VALUE_MESSAGES.menuButton) },
          { when: "has no `type`", answer: badRequest(`${wrap}Can't find field "type"`) },
          { when: "has a `type` other than default, commands or web_app", answer: badRequest(wrap + JSON_VALUE_MESSAGES.menuButtonType) },
          { when: "is a web_app button without `text`, `web_app` or its `url`", answer: badRequest(`${wrap}Can't find field "…"`) },
        ],
      };
    }
    case "labeled_prices": {
      const wrap = "Can't parse labeled price: ";
      const m = JSON_VALUE_MESSAGES;
      return {
        text: "a JSON list of at least one LabeledPrice, each with a label that is not empty and an amount in the currency's smallest units",
        refusals: [
          { when: "is not a list", answer: badRequest(m.prices) },
          { when: "has an item that is not an object", answer: badRequest(wrap + m.price) },
          { when: "has a price without `label` or `amount`", answer: badRequest(`${wrap}Can't find field "…"`) },
          { when: "has a price with an empty label", answer: badRequest(wrap + m.priceLabel) },
          { when: "has an amount that is not a whole 64-bit number", answer: badRequest(`${wrap}Field "amount" must be a valid Number`) },
          { when: "is an empty list", answer: badRequest(m.noPrice) },
        ],
      };
    }
    case "chat_permissions": {
      const wrap = "Can't parse chat permissions: ";
      return {
        text: "a JSON ChatPermissions object of booleans (not sent: every permission is false, unless the method reads the old separate booleans instead); a permission left out is false (can_manage_topics and can_edit_tag follow can_pin_messages, can_react_to_messages follows can_send_messages). The six media permissions are read only when one of them is sent, otherwise the old can_send_media_messages sets all six. Unless use_independent_chat_permissions is true, can_send_other_messages or can_add_web_page_previews also allow messages and all media, and can_send_polls or can_send_media_messages also allow messages",
        refusals: [
          { when: "is not an object", answer: badRequest(JSON_VALUE_MESSAGES.permissions) },
          { when: "has a permission that is not true or false", answer: badRequest(`${wrap}Field "…" must be of type Boolean`) },
        ],
      };
    }
    case "shipping_options": {
      const wrap = "Can't parse shipping option: ";
      const m = JSON_VALUE_MESSAGES;
      const prices = `${wrap}Can't parse shipping option prices: `;
      return {
        text: "a JSON list of at least one ShippingOption, each with an id and a title that are not empty and a list of at least one LabeledPrice",
        refusals: [
          { when: "is not a list", answer: badRequest(m.shippingOptions) },
          { when: "has an item that is not an object", answer: badRequest(wrap + m.shippingOption) },
          { when: "has an option without `id`, `title` or `prices`", answer: badRequest(`${wrap}Can't find field "…"`) },
          { when: "has an option with an empty id", answer: badRequest(wrap + m.shippingOptionId) },
          { when: "has an option with an empty title", answer: badRequest(wrap + m.shippingOptionTitle) },
          { when: "has an option whose `prices` is not a list", answer: badRequest(`${wrap}Field "prices" must be of type Array`) },
          { when: "has an option with a price that is not an object, or lacks its label or amount", answer: badRequest(`${prices}Can't parse labeled price: …`) },
          { when: "has an option with no prices", answer: badRequest(prices + m.noPrice) },
          { when: "is an empty list", answer: badRequest(m.noShippingOption) },
        ],
      };
    }
    case "mask_position": {
      const wrap = "Can't parse mask position: ";
      return {
        text: `nothing or null is no mask position; otherwise a JSON MaskPosition: a point (${MASK_POINTS.join(", ")}; any case) and x_shift, y_shift and scale as JSON numbers (their text is refused)`,
        refusals: [
          { when: "is not an object", answer: badRequest(wrap + JSON_VALUE_MESSAGES.maskPosition) },
          { when: "lacks `point`, `x_shift`, `y_shift` or `scale`", answer: badRequest(`${wrap}Can't find field "…"`) },
          { when: "has a point that is not one of the four", answer: badRequest(wrap + JSON_VALUE_MESSAGES.maskPoint) },
          { when: "has an x_shift, y_shift or scale that is not a JSON number", answer: badRequest(`${wrap}Field "…" must be of type Number`) },
        ],
      };
    }
    case "tip_amounts":
      return {
        text: `a JSON list of whole 64-bit numbers, as numbers or text, in the currency's smallest units (td then checks each is positive and at most max_tip_amount, and that there are at most ${INVOICE_AMOUNTS.maxTips})`,
        refusals: [
          { when: "is not a list", answer: badRequest(JSON_VALUE_MESSAGES.tipAmounts) },
          { when: "has an item that is neither a number nor text", answer: badRequest(JSON_VALUE_MESSAGES.tipAmountType) },
          { when: "has an item that is not a whole 64-bit number", answer: badRequest(JSON_VALUE_MESSAGES.tipAmount) },
        ],
      };
    case "custom_emoji_ids":
      return {
        text: `a JSON list of at most ${MAX_CUSTOM_EMOJI_IDS} custom emoji identifiers, each as text holding a whole 64-bit number (a JSON number is refused); td drops 0 and repeats (StickersManager.cpp, get_custom_emoji_stickers)`,
        refusals: [
          { when: "is not a list", answer: badRequest(JSON_VALUE_MESSAGES.customEmojiIds) },
          { when: "has an item that is not text", answer: badRequest(JSON_VALUE_MESSAGES.customEmojiIdType) },
          { when: "has an item that is not a whole 64-bit number", answer: badRequest(JSON_VALUE_MESSAGES.customEmojiId) },
          { when: `has more than ${MAX_CUSTOM_EMOJI_IDS} identifiers (td/telegram/StickersManager.cpp, get_custom_emoji_stickers)`, answer: badRequest(JSON_VALUE_MESSAGES.customEmojiIdsMany) },
        ],
      };
    case "input_stickers":
    case "input_sticker":
      return stickerRule(kind);
    case "sticker_emojis": {
      const m = STICKER_MESSAGES;
      const wrap = m.emojiListPrefix;
      return {
        text: `a JSON list of 1-${STICKER_LIMITS.emoji} emoji, each one emoji as td's list has it (td/utils/emoji.cpp, is_emoji)`,
        refusals: [
          { when: "is not a list", answer: badRequest(wrap + m.emojiArray) },
          { when: "is an empty list", answer: badRequest(wrap + m.emojiEmpty) },
          { when: `has more than ${STICKER_LIMITS.emoji} items`, answer: badRequest(wrap + m.emojiMany) },
          { when: "has an item that is not text", answer: badRequest(wrap + m.emojiString) },
          { when: "has an item that is not one emoji", answer: badRequest(wrap + m.emoji) },
        ],
      };
    }
    case "sticker_keywords":
      return {
        text: "a JSON list of texts",
        refusals: [
          { when: "is not a list", answer: badRequest(STICKER_MESSAGES.keywordsArray) },
          { when: "has an item that is not text", answer: badRequest(STICKER_MESSAGES.keyword) },
        ],
      };
    case "input_media":
    case "media_group":
    case "paid_media":
    case "input_paid_media":
    case "poll_media":
      return mediaRule(kind);
    case "inline_query_results":
    case "inline_query_result":
      return inlineResultsRule(kind);
    case "results_button": {
      const m = INLINE_RESULT_MESSAGES;
      return {
        text: "nothing is no button; otherwise a JSON InlineQueryResultsButton: text, and a start_parameter or a web_app with its url",
        refusals: [
          { when: "is not an object", answer: badRequest(m.buttonPrefix + m.button) },
          { when: "lacks `text`, or a web_app's `url`", answer: badRequest(`${m.buttonPrefix}Can't find field "…"`) },
          { when: "has neither start_parameter nor web_app", answer: badRequest(m.buttonPrefix + m.buttonField) },
        ],
      };
    }
    case "profile_photo": {
      const m = MEDIA_MESSAGES;
      return {
        text: "a JSON InputProfilePhoto: static with a photo, or animated with an animation, uploaded with the request as attach://<name> (a file_id or a URL is refused)",
        refusals: [
          { when: "is not an object", answer: badRequest(m.profilePhoto) },
          { when: "has no `type`, or no `photo` or `animation` for its type", answer: badRequest(`Can't find field "…"`) },
          { when: "has a type other than static or animated", answer: badRequest(m.profilePhotoType) },
          { when: "names a file that is not a part of the request", answer: badRequest(m.photoNotUploaded) },
        ],
      };
    }
    case "story_content": {
      const m = MEDIA_MESSAGES;
      return {
        text: "a JSON InputStoryContent: a photo or a video, uploaded with the request as attach://<name> (a file_id or a URL is refused)",
        refusals: [
          { when: "is not an object", answer: badRequest(m.storyContent) },
          { when: "has no `type`, or no `photo` or `video` for its type", answer: badRequest(`Can't find field "…"`) },
          { when: "has a photo that is not a part of the request", answer: badRequest(m.storyPhotoNotUploaded) },
          { when: "has a type other than photo or video", answer: badRequest(m.storyContentType) },
          { when: "has a video that is not a part of the request", answer: badRequest(m.storyVideoNotUploaded) },
        ],
      };
    }
    case "checklist": {
      const wrap = "Can't parse InputChecklist: ";
      const task = `${wrap}Can't parse InputChecklistTask: `;
      return {
        text: "a JSON InputChecklist: a title, and tasks each with an id and a text, texts read as get_formatted_text reads them (td checks their lengths and count once the chat is found)",
        refusals: [
          { when: "is not an object", answer: badRequest(`${wrap}expected an Object`) },
          { when: "has no `title` or `tasks`", answer: badRequest(`${wrap}Can't find field "…"`) },
          { when: `has a title longer than ${MAX_RAW_TEXT_BYTES.toLocaleString("en-US")} bytes`, answer: badRequest(wrap + JSON_VALUE_MESSAGES.textTooLong) },
          { when: "has a parse_mode other than HTML, MarkdownV2 or Markdown", answer: badRequest(wrap + JSON_VALUE_MESSAGES.parseMode) },
          { when: "has a task that is not an object", answer: badRequest(`${task}expected an Object`) },
          { when: "has a task without `id` or `text`", answer: badRequest(`${task}Can't find field "…"`) },
          { when: "has a field of the wrong type", answer: badRequest(`${wrap}Field "…" must be …`) },
        ],
      };
    }
    case "passport_errors": {
      const m = PASSPORT_MESSAGES;
      return {
        text: "a JSON list of PassportElementError objects, each with a known type, a message, and a source whose hashes are base64",
        refusals: [
          { when: "is not a list", answer: badRequest(m.errors) },
          { when: "has an item that is not an object", answer: badRequest(m.prefix + m.object) },
          { when: "has an error without `type`, `message` or the hash its source needs", answer: badRequest(`${m.prefix}Can't find field "…"`) },
          { when: "has an error of an unknown type", answer: badRequest(m.prefix + m.type) },
          { when: "has a hash that is not base64", answer: badRequest(m.prefix + m.hash) },
          { when: "has an item of file_hashes that is not text", answer: badRequest(m.prefix + m.hashType) },
          { when: "has an unknown source", answer: badRequest(m.prefix + m.source) },
        ],
      };
    }
    case "story_areas": {
      const m = STORY_AREA_MESSAGES;
      return {
        text: `nothing is no areas; otherwise a JSON list of InputStoryArea objects: a position of six JSON numbers and a type (${STORY_AREA_TYPES.join(", ")}) with its fields`,
        refusals: [
          { when: "is not a list", answer: badRequest(m.areas) },
          { when: "has an item that is not an object", answer: badRequest(m.prefix + m.object) },
          { when: "has an area without `position`, `type` or a field its type needs", answer: badRequest(`${m.prefix}Can't find field "…"`) },
          { when: "has a position value that is not a JSON number", answer: badRequest(`${m.prefix}Field "…" must be of type Number`) },
          { when: "has a suggested reaction the server cannot read", answer: badRequest(`${m.prefix}${m.reactionPrefix}…`) },
          { when: "has a weather area whose background_color is outside 0-4294967295", answer: badRequest(m.prefix + m.color) },
          { when: "has an unknown area type", answer: badRequest(m.prefix + m.type) },
        ],
      };
    }
    case "accepted_gift_types":
      return {
        text: "a JSON object with the four booleans unlimited_gifts, limited_gifts, unique_gifts and premium_subscription; gifts_from_channels is true when left out",
        refusals: [
          { when: "is not an object", answer: badRequest(JSON_VALUE_MESSAGES.acceptedGifts) },
          { when: "lacks one of the four booleans", answer: badRequest(`Can't find field "…"`) },
          { when: "has one that is not true or false", answer: badRequest('Field "…" must be of type Boolean') },
        ],
      };
    case "reply_markup": {
      const m = REPLY_MARKUP;
      const both = (what: string, message: string): RefusalRule[] => [
        { when: `has a keyboard button ${what}`, answer: badRequest(m.wrap + message) },
        { when: `has an inline keyboard button ${what}`, answer: badRequest(m.inlineWrap + message) },
      ];
      return {
        text: "nothing is no markup; otherwise a JSON object (a keyboard, an inline keyboard, a keyboard removal or a forced reply) that the server reads row by row and button by button, refusing the first thing it cannot read",
        refusals: [
          { when: "is not an object", answer: badRequest(m.object) },
          { when: "has a `keyboard` that is not a list", answer: badRequest('Field "keyboard" must be of type Array') },
          { when: "has a `keyboard` row that is not a list", answer: badRequest(m.rows) },
          { when: "has a keyboard button that is neither text nor an object", answer: badRequest(m.wrap + m.button) },
          ...both("with no `text`", `Can't find field "text"`),
          ...both("with a `style` other than primary, danger, success or default", m.style),
          ...both("with a field of the wrong type: text, true or false, an object", 'Field "…" must be of type …'),
          ...both("with a number field that is not a whole number: icon_custom_emoji_id, request_id", 'Field "…" must be a valid Number'),
          { when: "has an `inline_keyboard` that is not a list", answer: badRequest('Field "inline_keyboard" must be of type Array') },
          { when: "has an `inline_keyboard` row that is not a list", answer: badRequest(m.inlineRows) },
          { when: "has an inline keyboard button that is not an object", answer: badRequest(m.inlineWrap + m.inlineButton) },
          { when: "has an inline keyboard button with only its text (an empty url or callback_data does not count)", answer: badRequest(m.inlineWrap + m.textOnly) },
          { when: "has a login URL button whose bot_username is not letters, digits and _", answer: badRequest(m.inlineWrap + m.botUsername) },
          { when: "has a flag (remove_keyboard, force_reply, resize_keyboard…) that is not true or false", answer: badRequest('Field "…" must be of type Boolean') },
        ],
      };
    }
    case "poll_options":
      return {
        text: "a JSON array of option objects or plain strings (a string is taken as the option's text); anything else is refused",
        refusals: [
          { when: "is empty or not JSON", answer },
          { when: "is not a list", answer: badRequest(POLL_OPTIONS.array) },
          { when: "has an item that is neither text nor an object", answer: badRequest(POLL_OPTIONS.item) },
          { when: "has an option object without `text`", answer: badRequest(`Can't find field "text"`) },
          { when: "has an option object whose `text` is neither text nor a number", answer: badRequest(`Field "text" must be of type String`) },
        ],
      };
  }
}

/** The media kinds' rule in words (`inputMedia.ts`): what each reads, and its refusals in the server's order. */
/** createNewStickerSet's list of InputSticker and addStickerToSet's one, as get_input_sticker reads each (`stickers.ts`). */
function stickerRule(kind: "input_stickers" | "input_sticker"): { readonly text: string; readonly refusals: readonly RefusalRule[] } {
  const m = STICKER_MESSAGES;
  const list = kind === "input_stickers";
  const wrap = list ? m.inputStickerPrefix : m.stickerPrefix;
  const when = (what: string) => (list ? `has an item that ${what}` : what);
  const formats = STICKER_FORMATS.filter((f) => list || f !== "auto").join(", ");
  return {
    text: `${list ? `a JSON list of at most ${STICKER_LIMITS.stickers} InputSticker` : "a JSON InputSticker"}: a sticker the server finds (a file_id, an HTTP URL, or attach://<name> of a file part sent with the request), its format (${list ? "required" : "“auto” when not named"}: ${STICKER_FORMATS.join(", ")}), 1-${STICKER_LIMITS.emoji} emoji as td's list has them (td/utils/emoji.cpp, is_emoji), a mask position, keywords as texts${list ? "; td refuses an empty list once the user is found" : ""}`,
    refusals: [
      ...(list ? [{ when: "is not a list", answer: badRequest(m.stickersArray) }, { when: `has more than ${STICKER_LIMITS.stickers} items`, answer: badRequest(m.tooManyStickers) }] : []),
      { when: when("is not an object"), answer: badRequest(wrap + m.object) },
      { when: when("has a `sticker` the server cannot find (empty, or attach:// of a part the request does not have)"), answer: badRequest(wrap + m.notFound) },
      ...(list ? [{ when: when("has no `format`"), answer: badRequest(`${wrap}Can't find field "format"`) }] : []),
      { when: when(`has a format other than ${formats}`), answer: badRequest(wrap + m.format) },
      { when: when("has no `emoji_list`"), answer: badRequest(`${wrap}Can't find field "emoji_list"`) },
      { when: when("has an `emoji_list` that is not a list"), answer: badRequest(`${wrap}Field "emoji_list" must be of type Array`) },
      { when: when("has an empty `emoji_list`"), answer: badRequest(wrap + m.emojiEmpty) },
      { when: when(`has more than ${STICKER_LIMITS.emoji} emoji`), answer: badRequest(wrap + m.emojiMany) },
      { when: when("has an emoji that is not text"), answer: badRequest(wrap + m.emojiString) },
      { when: when("has an emoji td's list does not have"), answer: badRequest(wrap + m.emoji) },
      { when: when("has a `mask_position` that is neither null nor an object"), answer: badRequest(wrap + JSON_VALUE_MESSAGES.maskPosition) },
      { when: when("has a `mask_position` that lacks `point`, `x_shift`, `y_shift` or `scale`"), answer: badRequest(`${wrap}Can't find field "…"`) },
      { when: when(`has a \`mask_position\` whose point is not ${MASK_POINTS.join(", ")} (any case)`), answer: badRequest(wrap + JSON_VALUE_MESSAGES.maskPoint) },
      { when: when("has `keywords` that is not a list"), answer: badRequest(`${wrap}Field "keywords" must be of type Array`) },
      { when: when("has a keyword that is not text"), answer: badRequest(wrap + m.keyword) },
      { when: when("has a field of the wrong type"), answer: badRequest(`${wrap}Field "…" must be of type …`) },
    ],
  };
}

function mediaRule(kind: "input_media" | "media_group" | "paid_media" | "input_paid_media" | "poll_media"): { readonly text: string; readonly refusals: readonly RefusalRule[] } {
  const m = MEDIA_MESSAGES;
  const file = "a file_id, an HTTP URL, or attach://<name> of a file part sent with the request";
  const list = kind === "media_group" || kind === "paid_media";
  const paid = kind === "paid_media" || kind === "input_paid_media";
  const wrap = paid ? MEDIA_PREFIXES.paidMedia : kind === "poll_media" ? MEDIA_PREFIXES.pollMedia : MEDIA_PREFIXES.media;
  const when = (what: string) => (list ? `has an item that ${what}` : what);
  const types = paid ? PAID_MEDIA_TYPES : kind === "poll_media" ? POLL_MEDIA_TYPES : INPUT_MEDIA_TYPES;
  const refusals: RefusalRule[] = [
    ...(list ? [{ when: "is not a list", answer: badRequest(paid ? m.paidMedia : m.album) }] : []),
    { when: when("is not an object"), answer: badRequest(wrap + m.object) },
    ...(paid || kind === "poll_media"
      ? []
      : [
          { when: when(`has a caption longer than ${MAX_RAW_TEXT_BYTES.toLocaleString("en-US")} bytes`), answer: badRequest(`${wrap}${JSON_VALUE_MESSAGES.textTooLong}`) },
          { when: when("has a caption with a parse_mode other than HTML, MarkdownV2 or Markdown"), answer: badRequest(`${wrap}${JSON_VALUE_MESSAGES.parseMode}`) },
        ]),
    { when: when("has no `type`"), answer: badRequest(`${wrap}Can't find field "type"`) },
    ...(kind === "poll_media" ? [{ when: `has a type other than ${types.join(", ")}`, answer: badRequest(wrap + m.pollType) }] : []),
    { when: when("has a `media` the server cannot find (empty, or attach:// of a part the request does not have)"), answer: badRequest(wrap + m.mediaNotFound) },
    { when: when("is a live_photo whose `photo` the server cannot find"), answer: badRequest(wrap + m.photoNotFound) },
    ...(kind === "media_group" ? [{ when: "has an animation (an album takes none)", answer: badRequest(wrap + notInAlbum("animation")) }] : []),
    ...(kind === "poll_media" ? [] : [{ when: when(`has a type other than ${types.join(", ")}`), answer: badRequest(wrap + unsupportedType("…")) }]),
    { when: when("has a field of the wrong type (text, a whole number, true or false)"), answer: badRequest(`${wrap}Field "…" must be …`) },
  ];
  const what = {
    input_media: "a JSON InputMedia",
    media_group: "a JSON list of InputMedia (photos, videos, audio, documents; no animations)",
    paid_media: "a JSON list of InputPaidMedia",
    input_paid_media: "a JSON InputPaidMedia",
    poll_media: "nothing or null is none; otherwise a JSON InputPollMedia (a location, a venue, or a file)",
  }[kind];
  return { text: `${what}; each file is ${file}, and one the server cannot find is refused. Widths, heights and durations are clamped, not refused`, refusals };
}

/** The inline result kinds' rule in words (`inlineResults.ts`). */
function inlineResultsRule(kind: "inline_query_results" | "inline_query_result"): { readonly text: string; readonly refusals: readonly RefusalRule[] } {
  const m = INLINE_RESULT_MESSAGES;
  const list = kind === "inline_query_results";
  const wrap = list ? m.resultPrefix : "";
  const when = (what: string) => (list ? `has a result that ${what}` : what);
  return {
    text: list
      ? `nothing or null is no results; otherwise a JSON list of at most ${MAX_INLINE_QUERY_RESULTS} InlineQueryResult objects, each read field by field (a type in any case, an id, the message it sends, its caption, its keyboard, then the fields of its type)`
      : "a JSON InlineQueryResult, read field by field (a type in any case, an id, the message it sends, its caption, its keyboard, then the fields of its type)",
    refusals: [
      ...(list
        ? [
            { when: "is not a list", answer: badRequest(m.results) },
            { when: `has more than ${MAX_INLINE_QUERY_RESULTS} results`, answer: badRequest(m.tooMany) },
          ]
        : []),
      { when: when("is not an object"), answer: badRequest(wrap + m.object) },
      { when: when("lacks `type`, `id` or a field its type requires (an article's title, a file_id when there is no URL…)"), answer: badRequest(`${wrap}Can't find field "…"`) },
      { when: when("is an article with neither message_text nor an input_message_content the server recognises"), answer: badRequest(wrap + m.noContent) },
      { when: when("has an empty message_text where the server reads one"), answer: badRequest(wrap + m.textEmpty) },
      { when: when(`has a text or caption longer than ${MAX_RAW_TEXT_BYTES.toLocaleString("en-US")} bytes`), answer: badRequest(wrap + JSON_VALUE_MESSAGES.textTooLong) },
      { when: when("has a parse_mode other than HTML, MarkdownV2 or Markdown"), answer: badRequest(wrap + JSON_VALUE_MESSAGES.parseMode) },
      { when: when("has a reply_markup the server cannot read"), answer: badRequest(`${wrap}…`) },
      { when: when(`has a type other than ${INLINE_RESULT_TYPES.join(", ")}`), answer: badRequest(wrap + unsupportedResult("…")) },
      { when: when("has a field of the wrong type (text, a whole number, true or false, a JSON number)"), answer: badRequest(`${wrap}Field "…" must be …`) },
    ],
  };
}

/** A refusal of a check of several parameters together, in words for a page: the parameter it is about, when, and the answer. */
export interface CallRefusalRule extends RefusalRule {
  readonly param: string;
}

/** Refusals about one parameter, from when each happens and the server's message. */
const refusalsOf = (param: string, rules: readonly (readonly [when: string, message: string])[]): CallRefusalRule[] =>
  rules.map(([when, message]) => ({ param, when, answer: badRequest(message) }));

/** Each check of several parameters together, its refusals in words, in the order they are made. */
export function callCheckRules(kind: CallCheckKind, limit?: number): readonly CallRefusalRule[] {
  const longer = limit === undefined ? "is longer than the server's limit" : `is longer than ${limit.toLocaleString("en-US")} characters (Unicode code points)`;
  switch (kind) {
    case "message_text":
      return refusalsOf("text", [
        ["has nothing left once td has parsed it, cleaned it and trimmed its spaces and line breaks, unless `link_preview_options` names a url to preview", TEXT_MUST_BE_NON_EMPTY],
        [`${longer} once parsed and trimmed`, SENT_TEXT_TOO_LONG.text],
      ]);
    case "message_caption":
      return refusalsOf("caption", [[`${longer} once parsed and trimmed`, SENT_TEXT_TOO_LONG.caption]]);
    case "join_request_limit":
      return [{ param: "member_limit", when: "is set on a link with `creates_join_request`", answer: badRequest(JOIN_REQUEST_LIMIT) }];
    case "quiz_option_ids":
      return refusalsOf("correct_option_ids", [
        ["is not JSON, in a quiz", QUIZ_IDS.parse],
        ["is not a list, in a quiz", QUIZ_IDS.array],
        ["has an item that is not a number, in a quiz", QUIZ_IDS.number],
        ["has an item that is not a 32-bit integer, in a quiz", QUIZ_IDS.int32],
      ]);
    case "invoice_amounts": {
      const max = INVOICE_AMOUNTS.max.toLocaleString("en-US");
      return [
        ...refusalsOf("prices", [
          [`has an amount beyond ±${max}`, INVOICE_AMOUNTS.price],
          ["adds up to 0 or less", INVOICE_AMOUNTS.totalPositive],
          [`adds up to more than ${max}`, INVOICE_AMOUNTS.totalBig],
        ]),
        ...refusalsOf("max_tip_amount", [[`is negative or more than ${max}`, INVOICE_AMOUNTS.maxTip]]),
        ...refusalsOf("suggested_tip_amounts", [
          ["has a tip of 0 or less", INVOICE_AMOUNTS.tipPositive],
          ["has a tip above max_tip_amount", INVOICE_AMOUNTS.tipOverMax],
          [`has more than ${INVOICE_AMOUNTS.maxTips} tips`, INVOICE_AMOUNTS.tipCount],
        ]),
      ];
    }
    case "media_group_content":
      return refusalsOf("media", [
        [`has more than ${MEDIA_GROUP.max} items`, MEDIA_GROUP.tooMany],
        ["is an empty list", MEDIA_GROUP.none],
        ["has show_caption_above_media on some photos or videos and not on others", MEDIA_GROUP.captionAbove],
        ["mixes audio with other types", MEDIA_GROUP.mixed("Audio")],
        ["mixes documents with other types", MEDIA_GROUP.mixed("Document")],
      ]);
    case "poll_content":
      return [
        ...refusalsOf("options", [["is an empty list", POLL_CONTENT.noOptions]]),
        ...refusalsOf("correct_option_ids", [
          ["is missing or empty in a quiz (and so is `correct_option_id`)", POLL_CONTENT.noCorrect],
          ["is not in increasing order, without repeats", POLL_CONTENT.increasing],
          ["(or `correct_option_id`) names an option that does not exist", POLL_CONTENT.wrong],
        ]),
      ];
  }
}

