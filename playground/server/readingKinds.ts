/**
 * The ways the Bot API server reads a parameter (telegram-bot-api/Client.cpp), each once:
 * what it does to the text it receives, what it refuses and with which answer. A method's
 * readings (`readings.json`, from `extract.ts`) pick a kind per parameter; a method with
 * nothing special needs no code. Answers are formed as `fail_query_with_error` forms them
 * (`../facts/badRequest.ts`). The same rules in words for the pages are `readingRules.ts`.
 */
import { badRequest } from "../facts/badRequest";
import type { CallCheckKind } from "./tdChecks";
import { toInt32, wireText } from "./integerArg";
import { tdToLower, toInt64, toIntegerSafe } from "./td";
import { formatPorts, JSON_VALUE_KINDS, rareVerdicts, specialPorts } from "./rareKinds";
import { tdJsonDecode, tdJsonRead } from "./tdJson";
import { holds, parseCondition, toBool, type Condition } from "./conditions";

export { toBool };
import { isUpload } from "../schema/slice";

export type ReadingKind =
  /** `get_integer_arg(name, default, min, max)`: clamped, never refused (`integerArg.ts`). */
  | "integer"
  /** `get_user_id`: `to_integer<int64>`, at least 0; 0 is refused. */
  | "user_id"
  /** `get_user_ids`: a JSON array of user identifiers. */
  | "user_ids"
  /** `get_message_id`: `to_integer<int32>`; empty or negative is 0 (no message). */
  | "message_id"
  /** `get_message_ids`: a JSON array of message identifiers. */
  | "message_ids"
  /** `get_forum_topic_id`: `to_integer<int32>`; empty or negative is 0 (no topic). */
  | "topic_id"
  /** `get_inline_message_id`: the text; refused when empty, where the method needs it. */
  | "inline_message_id"
  /** `get_required_string_arg`: refused when empty. */
  | "required_string"
  /** `get_input_file`: an upload, a file_id or a URL. */
  | "file"
  /** `to_bool`: true only for “true”, “yes” or “1” (any case, trimmed). */
  | "bool"
  /** `to_integer<int64>`: what is not a number is 0. */
  | "int64"
  /** `td::to_integer_safe<int64>` when sent: anything but a whole 64-bit number written plainly is refused with the reading's `notNumber`. */
  | "int64_safe"
  /** Another helper given the field's name (entities, media, a mask position…), named in the reading. */
  | "helper"
  /** `query->arg`: the text as sent, checked later if at all. */
  | "string"
  /** A string td checks as a bot's language code (`tdChecks.ts`): nothing, or two letters a-z. */
  | "bot_language_code"
  /** `get_input_poll_options`: a JSON array of option objects or plain strings (`HELPER_KINDS`). */
  | "poll_options"
  /** A name or title td cleans (`clean_name`, `tdChecks.ts`): blank characters out, cut to a length, nothing left maybe refused. */
  | "clean_name"
  /** `get_bot_command_scope`: nothing is the default scope; a JSON object whose type, chat_id and user_id it checks. */
  | "bot_command_scope"
  /** `get_input_entities`: JSON td cannot parse is dropped (the text goes without entities), never refused. */
  | "entities"
  /** `get_reply_markup`: nothing is no markup; a JSON object whose rows and buttons the server reads (`replyMarkup.ts`). */
  | "reply_markup"
  /** `get_link_preview_options`: a JSON object of the preview's options (`jsonValues.ts`). */
  | "link_preview_options"
  /** `get_reply_parameters`: a JSON object naming the message replied to (`jsonValues.ts`). */
  | "reply_parameters"
  /** `get_input_suggested_post_info`: a JSON object with a send date and a price (`jsonValues.ts`). */
  | "suggested_post"
  /** `get_chat_action`: lower-cased (A-Z only), one of the actions or their old names; anything else is refused. */
  | "chat_action"
  /** savePreparedKeyboardButton's `button`, read by `get_keyboard_button` (`replyMarkup.ts`). */
  | "keyboard_button"
  /** `get_chat_administrator_rights`: a JSON object of booleans (`replyMarkup.ts`). */
  | "administrator_rights"
  /** `get_bot_commands`, `get_reaction_types`, `get_bot_menu_button`, `get_accepted_gift_types` (`jsonValues.ts`). */
  | "bot_commands"
  | "reaction_types"
  | "menu_button"
  | "accepted_gift_types"
  /** A JSON list of labeled prices, read after `get_required_string_arg` (`get_labeled_price_parts`, `jsonValues.ts`). */
  | "labeled_prices"
  /** `get_chat_permissions`: a JSON object of booleans (`jsonValues.ts`); without it, the old separate booleans. */
  | "chat_permissions"
  /** `get_shipping_options`: a JSON list of shipping options with their prices (`jsonValues.ts`). */
  | "shipping_options"
  /** `get_mask_position`: nothing or null is none; a JSON object with a point and three numbers (`jsonValues.ts`). */
  | "mask_position"
  /** sendInvoice's `suggested_tip_amounts`, read when sent by `get_suggested_tip_amounts` (`jsonValues.ts`). */
  | "tip_amounts"
  /** getCustomEmojiStickers' `custom_emoji_ids`: a JSON list of identifiers as text (`jsonValues.ts`). */
  | "custom_emoji_ids"
  /** Stickers read as JSON (`stickers.ts`): createNewStickerSet's list, addStickerToSet's and replaceStickerInSet's one, an emoji list, keywords. */
  | "input_stickers"
  | "input_sticker"
  | "sticker_emojis"
  | "sticker_keywords"
  /** Media read as JSON with the files they name (`inputMedia.ts`): editMessageMedia's InputMedia, sendMediaGroup's list, sendPaidMedia's list, sendInvoice's paid media, a poll's media. */
  | "input_media"
  | "media_group"
  | "paid_media"
  | "input_paid_media"
  | "poll_media"
  /** Inline query results (`inlineResults.ts`): answerInlineQuery's list, the one result of answerWebAppQuery and savePreparedInlineMessage, answerInlineQuery's button. */
  | "inline_query_results"
  | "inline_query_result"
  | "results_button"
  /** `get_input_chat_photo`, `get_input_story_content` (`inputMedia.ts`): a profile photo or a story's content, uploaded with the request. */
  | "profile_photo"
  | "story_content"
  /** `get_input_checklist`: a checklist's title and tasks (`jsonValues.ts`). */
  | "checklist"
  /** setPassportDataErrors' `errors` (`get_passport_element_errors`, `jsonValues.ts`). */
  | "passport_errors"
  /** postStory's and editStory's `areas` (`get_input_story_areas`, `jsonValues.ts`). */
  | "story_areas";

export interface Reading {
  readonly param: string;
  readonly kind: ReadingKind;
  /** `Client.cpp:12863 process_get_updates_query`, or a helper `(from process_…_query)`. */
  readonly source: string;
  /** For `helper`: the function that reads it (`get_input_entities`). */
  readonly helper?: string;
  /** The message the server refuses with when the parameter is empty (`if (photo == nullptr) return Status::Error(400, "…")`). */
  readonly empty?: string;
  /** A check td makes of the value after the server read it, file and function (it sets the kind). */
  readonly td?: string;
  /** Read only after the server looked the chat, user, message or file up (in a `check_*` callback). */
  readonly afterLookup?: boolean;
  /**
   * The condition the reading is made under, when it asks whether the parameter was sent
   * (`is_restricted && query->has_arg("added_user_ids")`): not modelled, so such a reading decides nothing here.
   */
  readonly onlyIf?: string;
  /** For a boolean the server does not start from false: the C++ it starts from (`true`, `type != "quiz"`). */
  readonly boolDefault?: string;
  /** For a name td cleans: td's refusal when nothing is left (none: the name is dropped). */
  readonly blank?: string;
  /** For a name td cleans: nothing sent means “leave it as it is” (editForumTopic), not a refusal. */
  readonly keepsNothing?: boolean;
  /**
   * For a text the server parses as JSON at once: its refusal when td's parser cannot (`Can't
   * parse reply keyboard markup JSON object`); `{error}` stands for the parser's own message, where the server adds it.
   */
  readonly json?: string;
  /** For such a text: empty text reaches the parser too (and is refused), not only text that is there. */
  readonly jsonTakesEmpty?: boolean;
  /** For `int64_safe`: the refusal of what is not a whole 64-bit number (`Can't parse "max_tip_amount" as Number`). */
  readonly notNumber?: string;
  /** For integers: what the server uses for nothing, and its clamp range. */
  readonly default?: number;
  readonly min?: number;
  readonly max?: number;
}

export type JsonValueKind = (typeof JSON_VALUE_KINDS)[number];
const isJsonValueKind = (kind: string | undefined): kind is JsonValueKind => (JSON_VALUE_KINDS as readonly (string | undefined)[]).includes(kind);

/** The kinds whose reading decides something without the chat: validation and pages use these. */
export const CHECKED_KINDS = ["user_id", "user_ids", "message_id", "message_ids", "topic_id", "required_string", "bot_language_code", "poll_options", "clean_name", "bot_command_scope", "entities", "chat_action", "int64_safe", ...JSON_VALUE_KINDS] as const;
export type CheckedKind = (typeof CHECKED_KINDS)[number];
export const isCheckedKind = (kind: ReadingKind): kind is CheckedKind => (CHECKED_KINDS as readonly string[]).includes(kind);



/**
 * Client.cpp's helpers that read one parameter their own way, by function: the extractor sees
 * them read the text (`query->arg`), and the kind says what they make of it.
 */
export const HELPER_KINDS: Readonly<Record<string, CheckedKind>> = { get_input_poll_options: "poll_options", get_bot_command_scope: "bot_command_scope", get_input_entities: "entities",
  get_reply_markup: "reply_markup",
  get_link_preview_options: "link_preview_options",
  get_reply_parameters: "reply_parameters",
  get_input_suggested_post_info: "suggested_post",
  get_chat_administrator_rights: "administrator_rights",
  get_chat_action: "chat_action",
  get_bot_commands: "bot_commands",
  get_reaction_types: "reaction_types",
  get_bot_menu_button: "menu_button",
  get_accepted_gift_types: "accepted_gift_types",
  get_chat_permissions: "chat_permissions",
  get_mask_position: "mask_position",
  get_input_media: "input_media",
  get_input_message_contents: "media_group",
  get_paid_media: "paid_media",
  get_input_paid_media: "input_paid_media",
  get_input_poll_media: "poll_media",
  get_inline_query_results: "inline_query_results",
  get_inline_query_result: "inline_query_result",
  get_inline_query_results_button: "results_button",
  get_input_chat_photo: "profile_photo",
  get_input_story_content: "story_content",
  get_input_checklist: "checklist",
  get_passport_element_errors: "passport_errors",
  get_input_story_areas: "story_areas",
  get_sticker_emojis: "sticker_emojis",
  // Not a helper: the method reads the button itself, with get_keyboard_button.
  process_save_prepared_keyboard_button_query: "keyboard_button",
};

/**
 * What a boolean is when it is not sent, from the C++ the server starts from (false when the
 * reading has none): a value, or words for one that depends on another parameter.
 */
export function boolDefaultOf(expression: string | undefined): { readonly value?: boolean; readonly words: string } {
  if (expression === undefined || expression === "false") return { value: false, words: "False" };
  if (expression === "true") return { value: true, words: "True" };
  const compared = /^(\w+) (!=|==) "([^"]*)"$/.exec(expression);
  if (compared) {
    const [, param, op, value] = compared;
    return { words: op === "!=" ? `True, or False when ${param} is “${value}”` : `False, or True when ${param} is “${value}”` };
  }
  return { words: `as the server computes ${expression}` };
}


/**
 * Where the kinds not read by a helper of `HELPER_KINDS` are decided, file and function. A
 * kind read inline, where the method reads it (max_tip_amount, custom_emoji_ids), has none:
 * the page cites the function that reads it.
 */
const OWN_READERS: Readonly<Partial<Record<CheckedKind, string>>> = {
  user_id: "Client.cpp, get_user_id",
  message_id: "Client.cpp, get_message_id",
  topic_id: "Client.cpp, get_forum_topic_id",
  required_string: "Client.cpp, get_required_string_arg",
  bot_language_code: "td/telegram/misc.cpp, validate_bot_language_code",
  message_ids: "Client.cpp, get_message_ids",
  user_ids: "Client.cpp, get_user_ids",
  clean_name: "td/telegram/misc.cpp, clean_name",
  keyboard_button: "Client.cpp, get_keyboard_button",
  labeled_prices: "Client.cpp, get_labeled_price_parts",
  shipping_options: "Client.cpp, get_shipping_options",
  tip_amounts: "Client.cpp, get_suggested_tip_amounts",
  input_stickers: "Client.cpp, get_input_stickers",
  input_sticker: "Client.cpp, get_input_sticker",
  sticker_keywords: "Client.cpp, process_set_sticker_keywords_query",
};

/** Where a checked kind is decided, file and function, as the pages cite it: its own reader, or the helper that reads it. */
export function readerOf(kind: CheckedKind): string | undefined {
  const helper = Object.keys(HELPER_KINDS).find((fn) => HELPER_KINDS[fn] === kind && fn.startsWith("get_"));
  return OWN_READERS[kind] ?? (helper && `Client.cpp, ${helper}`);
}

/**
 * JSON values a method reads inline (after `get_required_string_arg`, or as text it parses
 * when sent) rather than through a helper of its own, by the refusal of text td cannot parse
 * (which the extractor reads).
 */
export const JSON_MESSAGE_KINDS: Readonly<Record<string, CheckedKind>> = {
  "Can't parse prices JSON object": "labeled_prices",
  "Can't parse shipping options JSON object": "shipping_options",
  "Can't parse suggested_tip_amounts JSON object": "tip_amounts",
  "Can't parse custom emoji identifiers JSON object": "custom_emoji_ids",
  "Can't parse stickers JSON object": "input_stickers",
  "Can't parse sticker JSON object": "input_sticker",
  "Can't parse keywords JSON object": "sticker_keywords",
};

/** Client.cpp, get_bot_command_scope: its refusals, each after “Can't parse BotCommandScope: ” but the first. */
export const SCOPE = {
  parse: "Can't parse BotCommandScope JSON object",
  prefix: "Can't parse BotCommandScope: ",
  object: "BotCommandScope must be an Object",
  type: "Unsupported type specified",
  emptyChat: "Empty chat_id specified",
  user: "Invalid user_id specified",
} as const;

/**
 * Client.cpp, get_chat_action: the actions it reads, each with the names it takes for it
 * (lower-cased first), and process_send_chat_action_query's refusal of anything else.
 */
export const CHAT_ACTIONS: Readonly<Record<string, readonly string[]>> = {
  cancel: ["cancel"],
  typing: ["typing"],
  record_video: ["record_video"],
  upload_video: ["upload_video"],
  record_voice: ["record_voice", "record_audio"],
  upload_voice: ["upload_voice", "upload_audio"],
  upload_photo: ["upload_photo"],
  upload_document: ["upload_document"],
  choose_sticker: ["choose_sticker"],
  find_location: ["find_location", "pick_up_location"],
  record_video_note: ["record_video_note"],
  upload_video_note: ["upload_video_note"],
};
export const WRONG_CHAT_ACTION = "Wrong parameter action in request";

/** Client.cpp, get_message_ids and get_user_ids: their refusals, in the order they make them (`what` names the items). */
export const idList = (what: "message" | "user", param: string) => ({
  missing: `${what === "message" ? "Message" : "User"} identifiers are not specified`,
  parse: `Can't parse ${param} JSON object`,
  array: `Expected an Array of ${what} identifiers`,
  many: `Too many ${what} identifiers specified`,
  type: `${what === "message" ? "Message" : "User"} identifier must be a Number`,
  number: `Can't parse ${what} identifier as a Number`,
  positive: `Invalid ${what} identifier specified`,
});

/** Client.cpp, get_input_poll_options: its refusals, in the order it makes them. */
export const POLL_OPTIONS = {
  parse: "Can't parse options JSON object",
  array: "Expected an Array of String as options",
  item: "Expected an option to be of type String",
} as const;

/** The server's answer when a reading refuses, word for word; undefined for a kind that never refuses. */
/** Client.cpp, get_required_string_arg: its refusal of an empty parameter. */
export const requiredArgMessage = (param: string) => `Parameter "${param}" is required`;

export function answerOf(kind: CheckedKind, param: string): string | undefined {
  if (kind === "user_id") return badRequest(`Invalid ${param} specified`);
  if (kind === "required_string") return badRequest(requiredArgMessage(param));
  if (kind === "bot_language_code") return badRequest("Invalid language code specified");
  if (kind === "poll_options") return badRequest(POLL_OPTIONS.parse);
  if (kind === "message_ids") return badRequest(idList("message", param).missing);
  if (kind === "user_ids") return badRequest(idList("user", param).missing);
  return undefined;
}

/** A reading that decides something without the chat, as a method's slice carries it. */
export interface CheckedReading {
  readonly kind?: CheckedKind;
  /** For a list of ids: its most items. */
  readonly max?: number;
  /** Read only when it is sent (`if (query->has_arg("chat_id"))`): nothing is never refused. */
  readonly sentOnly?: boolean;
  /**
   * Read only when the other parameters meet a condition (`if (!ok)`, `if (type == "quiz")`,
   * `if (!query->has_arg("reply_parameters"))`): checked then (`conditions.ts`).
   */
  readonly when?: Condition;
  /** For a name td cleans: its refusal when nothing is left, and whether sending nothing is fine. */
  readonly blank?: string;
  readonly keepsNothing?: boolean;
  /** The server's message when the parameter is empty (a file, coordinates, message ids…). */
  readonly empty?: string;
  /** For a text the server parses as JSON at once: its refusal when td cannot, and whether empty text is parsed too. */
  readonly json?: string;
  readonly jsonTakesEmpty?: boolean;
  /** For `int64_safe`: its refusal. */
  readonly notNumber?: string;
  /** For a text read with a parse mode (get_formatted_text): the parameter that names the mode; td's parser then reads the text (`../format`). */
  readonly formatted?: string;
  /** For entities sent beside a text: that text and the parameter naming its parse mode (with both, the entities are not read). */
  readonly beside?: { readonly text: string; readonly mode?: string };
}

/**
 * The parameter that names the parse mode of a text parameter, among the parameters a method
 * reads: `question_parse_mode` for question, and `parse_mode` for text, or for caption where
 * there is no text (as get_formatted_text is handed them); undefined for a text read without one.
 */
export function parseModeOf(param: string, params: readonly string[]): string | undefined {
  if (params.includes(`${param}_parse_mode`)) return `${param}_parse_mode`;
  if (!params.includes("parse_mode")) return undefined;
  const text = ["text", "caption"].find((p) => params.includes(p));
  return param === text ? "parse_mode" : undefined;
}

/** The text parameter entities are sent beside: `caption` for caption_entities, and text, or caption where there is no text, for entities. */
export function textOfEntities(param: string, params: readonly string[]): string | undefined {
  const named = /^(\w+)_entities$/.exec(param)?.[1];
  if (named) return params.includes(named) ? named : undefined;
  return param === "entities" ? ["text", "caption"].find((p) => params.includes(p)) : undefined;
}

/**
 * The part of a reading that decides something without the chat; undefined for one that decides
 * nothing. `format`: for a text td parses, the parameter naming its parse mode; for entities,
 * the text they are beside and its parse mode's parameter.
 */
export function checkedReading(reading: Reading, format: { readonly mode?: string; readonly text?: string } = {}): CheckedReading | undefined {
  const formatted = format.text === undefined ? format.mode : undefined;
  const beside = format.text === undefined ? undefined : { text: format.text, ...(format.mode ? { mode: format.mode } : {}) };
  // Read only under a condition on the request: checked then. A condition on anything else
  // (a file the server found, a number it computed) is not modelled: not checked.
  const condition = reading.onlyIf === undefined ? undefined : parseCondition(reading.onlyIf);
  if (reading.onlyIf !== undefined && !condition) return undefined;
  // That it is sent itself is the guard for nothing (`sentOnly`); the rest is `when`.
  const conjuncts = condition === undefined ? [] : "all" in condition ? condition.all : [condition];
  // Sent as text or as a file part of its name (`query->has_arg("sticker") || query->file("sticker") != nullptr`) is sent too.
  const itself = (c: Condition): boolean =>
    ("sent" in c && c.sent === reading.param) || ("nonEmpty" in c && c.nonEmpty === reading.param) || ("file" in c && c.file === reading.param) || ("any" in c && c.any.every(itself));
  const sentOnly = conjuncts.some(itself);
  const others = conjuncts.filter((c) => !itself(c));
  const when = others.length === 0 ? undefined : others.length === 1 ? others[0] : { all: others };
  const kind = isCheckedKind(reading.kind) ? reading.kind : undefined;
  // A checked kind parses its own JSON (poll options, a command scope): its refusals say so.
  const json = kind && !isJsonValueKind(kind) ? undefined : reading.json;
  if (!kind && !reading.empty && !json && !formatted) return undefined;
  return {
    ...(kind ? { kind } : {}),
    ...(reading.empty ? { empty: reading.empty } : {}),
    ...(json ? { json, ...(reading.jsonTakesEmpty ? { jsonTakesEmpty: true } : {}) } : {}),
    ...(kind && reading.max !== undefined ? { max: reading.max } : {}),
    ...(sentOnly ? { sentOnly } : {}),
    ...(when ? { when } : {}),
    ...(reading.blank ? { blank: reading.blank } : {}),
    ...(reading.keepsNothing ? { keepsNothing: true } : {}),
    ...(reading.notNumber ? { notNumber: reading.notNumber } : {}),
    ...(formatted ? { formatted } : {}),
    ...(beside && kind === "entities" ? { beside } : {}),
  };
}

/**
 * The text the server receives for a JSON value, and the names of the request's file parts
 * (what `attach://<name>` can point at): a value tree is sent as JSON with each picked file
 * as `attach://file-N` in its place (`../call/form.ts`); a file parameter is a part under its
 * own name, as is an argument the stand-in Bot API marks `attach://<its name>`.
 */
function sentJson(value: unknown, params: Readonly<Record<string, unknown>>): { readonly text: string; readonly parts: ReadonlySet<string> } {
  const parts = new Set(Object.entries(params).flatMap(([name, v]) => (isUpload(v) || v === `attach://${name}` ? [name] : [])));
  if (typeof value === "string" || value === undefined || value === null) return { text: wireText(value), parts };
  let files = 0;
  const text = JSON.stringify(value, (_, v: unknown) => {
    if (!isUpload(v)) return v;
    const name = `file-${files++}`;
    parts.add(name);
    return `attach://${name}`;
  });
  return { text, parts };
}

/**
 * Nothing, as a guard after a reading sees it: no text; and an empty list where the guard tests
 * the list the reading made (deleteMessages' `if (message_ids.empty())` after get_message_ids).
 * Elsewhere an empty list is sent as “[]”, which is text (sendMediaGroup's media then reaches td).
 */
const isNothing = (value: unknown, kind: CheckedKind | undefined) =>
  value === undefined || value === "" || ((kind === "message_ids" || kind === "user_ids") && Array.isArray(value) && value.length === 0);

/**
 * What the server does with `value` for a parameter read this way (the guard for nothing first,
 * then the kind); `params` are the call's others, for a reading made only when one of them is
 * true or false.
 */
export function verdictOf(reading: CheckedReading, param: string, value: unknown, params: Readonly<Record<string, unknown>> = {}): ReadingVerdict {
  if (reading.when && !holds(reading.when, params)) return undefined;
  if (reading.sentOnly && (value === undefined || value === "")) return undefined;
  if (reading.empty && isNothing(value, reading.kind)) return { refused: "is required.", answer: badRequest(reading.empty) };
  if (reading.formatted !== undefined) {
    const parsed = formatPorts().formattedTextVerdict(wireText(value), wireText(params[reading.formatted]));
    if (parsed) return parsed;
  }
  // Entities beside a text: read by the server's get_text_entity unless a parse mode makes them (../format/entities.ts).
  if (reading.beside) return formatPorts().entitiesVerdict(wireText(value), wireText(params[reading.beside.text]), reading.beside.mode === undefined ? "" : wireText(params[reading.beside.mode]));
  if (reading.json) {
    // td's json_decode (tdJson.ts) on the text sent; a value tree is sent as JSON and parses.
    const { text, parts } = sentJson(value, params);
    const read = text !== "" || reading.jsonTakesEmpty ? tdJsonRead(text) : undefined;
    if (read && "error" in read) return { refused: text === "" ? "is required: the server parses it as JSON." : `is not JSON as td reads it (${read.error}).`, answer: badRequest(reading.json.replace("{error}", read.error)) };
    const decoded = read;
    // A JSON value's port reads what the parser read, once; nothing sent is nothing.
    if (isJsonValueKind(reading.kind)) return decoded && rareVerdicts().jsonValueVerdict(reading.kind, decoded.value, parts);
  }
  if (reading.kind === "message_ids" || reading.kind === "user_ids") return rareVerdicts().idListVerdict(reading.kind, param, value, reading.max ?? Infinity);
  if (reading.kind === "clean_name") return rareVerdicts().cleanNameVerdict(reading, value);
  return reading.kind ? readingVerdict(reading.kind, param, value, reading) : undefined;
}

/**
 * What a reading makes of a value: refused (why, and the server's answer word for word), or
 * used as another value (what it reads).
 */
export type ReadingVerdict = ReadingRefusal | { readonly reads: string } | undefined;

/**
 * A refusal: why in words, the server's answer, and, for a JSON value, where inside it
 * (`["inline_keyboard", 0, 1]`) and the refusals the server would make next, once it is fixed.
 */
export interface ReadingRefusal {
  readonly refused: string;
  readonly answer: string;
  readonly at?: readonly (string | number)[];
  readonly next?: readonly Omit<ReadingRefusal, "next">[];
}

/**
 * What the server does with `value` for a parameter read this way; undefined when it uses it
 * as sent. Empty values (`undefined`, `""`) are read too: the server cannot tell them apart.
 */
export function readingVerdict(kind: CheckedKind, param: string, value: unknown, reading: CheckedReading = {}): ReadingVerdict {
  const text = wireText(value);
  if (isJsonValueKind(kind)) {
    // A JSON value's port, on what td's parser reads; nothing sent, or text it cannot parse, is the reading's `json`.
    const decoded = text === "" ? undefined : tdJsonDecode(text);
    return decoded && rareVerdicts().jsonValueVerdict(kind, decoded.value, new Set());
  }
  switch (kind) {
    case "user_id": {
      // Client.cpp, get_user_id: max(to_integer<int64>(arg), 0), and 0 refused.
      const id = toInt64(text);
      if (id <= 0n) return { refused: text === "" ? "is required." : `the server reads “${text}” as 0.`, answer: answerOf(kind, param)! };
      return String(id) === text ? undefined : { reads: `the server reads “${text}” as ${id}.` };
    }
    case "message_id":
    case "topic_id": {
      // Client.cpp, get_message_id / get_forum_topic_id: empty or negative is 0.
      if (text === "") return undefined;
      const id = toInt32(text);
      const none = kind === "message_id" ? "no message" : "no topic";
      if (id < 0) return { reads: `the server reads “${text}” as 0 (${none}).` };
      return String(id) === text ? undefined : { reads: `the server reads “${text}” as ${id}${id === 0 ? ` (${none})` : ""}.` };
    }
    case "required_string":
      // Client.cpp, get_required_string_arg.
      return text === "" ? { refused: "is required.", answer: answerOf(kind, param)! } : undefined;
    case "bot_language_code":
      // td/telegram/misc.cpp, validate_bot_language_code: nothing, or two letters a-z.
      return text === "" || /^[a-z]{2}$/.test(text) ? undefined : { refused: `must be empty or two lowercase letters a-z (an ISO 639-1 code such as “en”); this is “${text}”.`, answer: answerOf(kind, param)! };
    case "poll_options":
      return rareVerdicts().pollOptionsVerdict(value);
    case "message_ids":
    case "user_ids":
      return rareVerdicts().idListVerdict(kind, param, value, Infinity);
    case "clean_name":
      return rareVerdicts().cleanNameVerdict({}, value);
    case "bot_command_scope":
      return rareVerdicts().botCommandScopeVerdict(value);
    case "int64_safe":
      // td::to_integer_safe<int64> (tdutils/td/utils/misc.h): digits with an optional minus, within 64 bits.
      return text === "" || toIntegerSafe(text, 64) !== undefined ? undefined : { refused: `must be a whole 64-bit number written plainly; this is “${text}”.`, answer: badRequest(reading.notNumber ?? "") };
    case "chat_action": {
      // Client.cpp, get_chat_action: lower-cased, then one of its names; nullptr is refused by the method.
      const lower = tdToLower(text);
      const action = Object.keys(CHAT_ACTIONS).find((a) => CHAT_ACTIONS[a]!.includes(lower));
      if (!action) return { refused: `is not an action the server knows (${Object.keys(CHAT_ACTIONS).join(", ")}; any case).`, answer: badRequest(WRONG_CHAT_ACTION) };
      return action === text ? undefined : { reads: `the server reads “${text}” as ${action}; GramIO's types take “${action}”.` };
    }
    case "entities":
      // Client.cpp, get_input_entities: what json_decode refuses is logged and dropped.
      return text === "" || tdJsonDecode(text) ? undefined : { reads: "the server cannot parse it as JSON and drops it: the text goes without entities." };
  }
}


/** td/telegram/DialogInviteLinkManager.cpp: a member limit on a link that needs approval. */
export const JOIN_REQUEST_LIMIT = "Member limit can't be specified for links requiring administrator approval";

/** Client.cpp, process_send_poll_query: its refusals of a quiz's correct option identifiers. */
export const QUIZ_IDS = {
  parse: "Can't parse correct option identifiers JSON object",
  array: "Expected an Array of correct option identifiers",
  number: "Correct option identifier must be of type Number",
  int32: "Invalid correct option identifier specified",
} as const;

/** td's refusals of a poll's content (PollOption.cpp get_poll_options, PollManager.cpp check_quiz_correct_option_ids). */
export const POLL_CONTENT = {
  noOptions: "Poll must have at least one answer option",
  noCorrect: "Correct quiz option list must be non-empty",
  increasing: "Correct quiz option list must be increasing",
  wrong: "Wrong quiz correct_option_id",
} as const;

/** A refusal of a check of several parameters together: the parameter, why, and the server's answer. */
export interface CallVerdict {
  readonly param: string;
  readonly refused: string;
  readonly answer: string;
}

/**
 * What the server or td refuses in several parameters together (`tdChecks.ts`), as the server
 * reads them: the parameter it is about, why, and the answer; undefined when it passes.
 */
export function callCheckVerdict(kind: CallCheckKind, params: Readonly<Record<string, unknown>>, limit?: number): CallVerdict | undefined {
  switch (kind) {
    case "message_text":
    case "message_caption":
      return formatPorts().sentMessageVerdict(kind, params, limit);
    case "join_request_limit":
      // A link that needs an administrator's approval takes no member limit (to_bool, get_integer_arg: clamped at 0).
      if (!toBool(params.creates_join_request) || toInt32(wireText(params.member_limit)) <= 0) return undefined;
      return { param: "member_limit", refused: "can't be set on a link that needs an administrator's approval (creates_join_request); td checks it once the chat is found.", answer: badRequest(JOIN_REQUEST_LIMIT) };
    case "quiz_option_ids":
      return rareVerdicts().quizOptionIdsVerdict(params);
    case "poll_content":
      return rareVerdicts().pollContentVerdict(params);
    case "media_group_content":
      return specialPorts().mediaGroupVerdict(params);
    case "invoice_amounts":
      return specialPorts().invoiceAmountsVerdict(params);
  }
}
