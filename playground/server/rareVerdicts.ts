/**
 * The verdicts of the readings and checks few methods have, loaded with a slice that needs
 * them (`needsRareVerdicts` in `readingKinds.ts`): lists of ids (Client.cpp get_message_ids,
 * get_user_ids), poll options (get_input_poll_options), names td cleans (td/telegram/misc.cpp
 * clean_name) and a poll's checks (process_send_poll_query; td's MessageContent.cpp,
 * PollOption.cpp, PollManager.cpp).
 */
import { badRequest } from "../facts/badRequest";
import { toInt32, wireText } from "./integerArg";
import { idList, POLL_CONTENT, POLL_OPTIONS, QUIZ_IDS, SCOPE, type CallVerdict, type JsonValueKind, type CheckedReading, type ReadingVerdict } from "./readingKinds";
import { toIntegerSafe, utf8Length } from "./td";
import { cleanInputString, cleanName } from "./tdNames";
import { readAdministratorRights, readKeyboardButton, readReplyMarkup } from "./replyMarkup";

// The readers object rules read a value with (`../objects/`), loaded with a slice whose types need them.
export { readInlineKeyboardButton, readKeyboardButton } from "./replyMarkup";
export { readBotCommand } from "./jsonValues";
import { JSON_VALUE_MESSAGES, readLinkPreviewOptions, readReplyParameters, readSuggestedPostParameters } from "./jsonValues";
import type { FileParts } from "./inputMedia";
import { formatPorts, SPECIAL_JSON_KINDS, specialPorts } from "./rareKinds";
import { parsedWithMode, readParseMode } from "./parseMode";
import { firstRefusalOf, jsonKindOf, numberOrStringText, tdJsonDecode, TdJsonNumber, type TdStatus, type TdJsonObject, type TdJsonValue } from "./tdJson";

const readEntityList = firstRefusalOf((value) => formatPorts().readTextEntities(value as TdJsonValue[]));

/**
 * A JSON value as the server's `json_decode` reads what was sent (`tdJson.ts`): text as it is,
 * a value tree as the request sends it (JSON); undefined when nothing was sent or td refuses it.
 */
export function jsonOf(value: unknown): { readonly value: TdJsonValue } | undefined {
  if (value === undefined) return undefined;
  return tdJsonDecode(typeof value === "string" ? value : JSON.stringify(value));
}

export const isObject = (value: TdJsonValue | undefined): value is TdJsonObject => typeof value === "object" && value !== null && !Array.isArray(value) && !(value instanceof TdJsonNumber);

/** td's `JsonObject::get_required_string_field` (tdutils/td/utils/JsonBuilder.cpp): text or a number is taken; its refusal otherwise. */
function requiredStringField(object: TdJsonObject, name: string): string | undefined {
  const v = object[name];
  if (numberOrStringText(v ?? null) !== undefined) return undefined;
  return v === undefined ? `Can't find field "${name}"` : `Field "${name}" must be of type String`;
}


const preview = (text: string) => `“${text.length > 40 ? `${text.slice(0, 40)}…` : text}”`;

/**
 * td's requests clean a name or title (`CLEAN_INPUT_STRING`, then `clean_name` to its length):
 * what is left is used; nothing left is refused where td refuses it, dropped elsewhere.
 */
export function cleanNameVerdict(reading: CheckedReading, value: unknown): ReadingVerdict {
  const text = wireText(value);
  const max = reading.max ?? Infinity;
  const input = cleanInputString(text);
  const cleaned = cleanName(input, max);
  if (cleaned === "") {
    if (text === "" && reading.keepsNothing) return undefined;
    if (!reading.blank) return text === "" ? undefined : { reads: "td cleans it to nothing (blank characters and spaces only): the link gets no name." };
    return { refused: text === "" ? "is required." : "is blank once td cleans it (spaces and blank characters only); td checks it once the chat is found.", answer: badRequest(reading.blank) };
  }
  if (cleaned === text) return undefined;
  const cut = utf8Length(cleanName(input, Infinity)) > max;
  return { reads: cut ? `td cuts it to ${max} characters: ${preview(cleaned)}.` : `td stores it as ${preview(cleaned)} (blank characters out, spaces collapsed, trimmed).` };
}

/** Client.cpp, get_message_ids / get_user_ids: a JSON array of at most `max` positive ids, as numbers or text. */
export function idListVerdict(kind: "message_ids" | "user_ids", param: string, value: unknown, max: number): ReadingVerdict {
  const what = kind === "message_ids" ? "message" : "user";
  const says = idList(what, param);
  if (value === undefined || value === "") return { refused: "is required.", answer: badRequest(says.missing) };
  const parsed = jsonOf(value);
  if (!parsed) return { refused: "is not JSON.", answer: badRequest(says.parse) };
  if (!Array.isArray(parsed.value)) return { refused: `must be a list of ${what} identifiers.`, answer: badRequest(says.array) };
  if (parsed.value.length > max) return { refused: `has ${parsed.value.length} items; the server takes at most ${max}.`, answer: badRequest(says.many) };
  const texts: number[] = [];
  for (const [i, item] of parsed.value.entries()) {
    const text = numberOrStringText(item);
    if (text === undefined) return { refused: `item ${i} is neither a number nor text.`, answer: badRequest(says.type) };
    const id = toIntegerSafe(text, kind === "message_ids" ? 32 : 64);
    if (id === undefined) return { refused: `item ${i} is not a whole number the server reads (${kind === "message_ids" ? "32" : "64"}-bit, written plainly).`, answer: badRequest(says.number) };
    if (id <= 0n) return { refused: `item ${i} is ${id}: identifiers are positive.`, answer: badRequest(says.positive) };
    if (typeof item === "string") texts.push(i);
  }
  if (texts.length === 0) return undefined;
  return { reads: `the server reads text items as numbers (item${texts.length > 1 ? "s" : ""} ${texts.join(", ")}); GramIO's types take numbers.` };
}


/** Client.cpp, get_input_poll_options: the JSON parsed, each item text (the option's text) or an object with `text`. */
export function pollOptionsVerdict(value: unknown): ReadingVerdict {
  const parsed = value === "" ? undefined : jsonOf(value);
  if (!parsed) return { refused: value === undefined || value === "" ? "is required." : "is not JSON.", answer: badRequest(POLL_OPTIONS.parse) };
  if (!Array.isArray(parsed.value)) return { refused: "must be a list of options.", answer: badRequest(POLL_OPTIONS.array) };
  const texts: number[] = [];
  for (const [i, item] of parsed.value.entries()) {
    if (typeof item === "string") {
      texts.push(i);
      continue;
    }
    if (!isObject(item)) return { refused: `item ${i} is ${jsonKindOf(item)}: an option is text or an object.`, answer: badRequest(POLL_OPTIONS.item) };
    const refusal = requiredStringField(item, "text");
    if (refusal) return { refused: `item ${i} ${refusal.startsWith("Can't") ? "has no text" : "has a text that is neither text nor a number"}.`, answer: badRequest(refusal) };
    // get_optional_string_field("text_parse_mode"), then get_formatted_text on the option's text (../format).
    const mode = item.text_parse_mode;
    if (mode !== undefined && numberOrStringText(mode) === undefined) return { refused: `item ${i} has a text_parse_mode that is neither text nor a number.`, answer: badRequest('Field "text_parse_mode" must be of type String') };
    const text = numberOrStringText(item.text!)!;
    const parseMode = mode === undefined ? "" : numberOrStringText(mode)!;
    if (text !== "" && readParseMode(parseMode).kind === "refused") return { refused: `item ${i} has a text_parse_mode other than HTML, MarkdownV2 or Markdown (any case).`, answer: badRequest(JSON_VALUE_MESSAGES.parseMode) };
    const formatted = formatPorts().formattedTextVerdict(text, parseMode);
    if (formatted) return { ...formatted, refused: `item ${i}'s text ${formatted.refused}` };
    // extract_field("text_entities"), then get_formatted_text: a list is read item by item when no parse mode makes the entities.
    const entities = item.text_entities;
    if (Array.isArray(entities) && !parsedWithMode(text, parseMode)) {
      const [refusal] = readEntityList(entities);
      if (refusal) return { refused: `item ${i}'s text_entities: ${refusal.why}`, answer: badRequest(refusal.message) };
    }
  }
  if (texts.length === 0) return undefined;
  return { reads: `the server takes text as the option's text (item${texts.length > 1 ? "s" : ""} ${texts.join(", ")}); GramIO's types take { text: "…" }.` };
}


/**
 * Client.cpp, process_send_poll_query: a quiz's correct options as the server reads them
 * (`correct_option_ids` as JSON, else `correct_option_id` through get_integer_arg with -1 for
 * nothing); undefined for a poll that is not a quiz (`type` is exactly “quiz”).
 */
function quizOptionIds(params: Readonly<Record<string, unknown>>): { readonly param: string; readonly ids: readonly number[] } | CallVerdict | undefined {
  if (wireText(params.type) !== "quiz") return undefined;
  const given = params.correct_option_ids;
  if (given !== undefined && given !== "") {
    const param = "correct_option_ids";
    const parsed = jsonOf(given);
    if (!parsed) return { param, refused: "is not JSON.", answer: badRequest(QUIZ_IDS.parse) };
    if (!Array.isArray(parsed.value)) return { param, refused: "must be a list of option numbers.", answer: badRequest(QUIZ_IDS.array) };
    const ids: number[] = [];
    for (const [i, id] of parsed.value.entries()) {
      if (!(id instanceof TdJsonNumber)) return { param, refused: `item ${i} is not a number.`, answer: badRequest(QUIZ_IDS.number) };
      // to_integer_safe<int32> of the number's text: “1.0” is not an integer.
      const read = toIntegerSafe(id.text, 32);
      if (read === undefined) return { param, refused: `item ${i} is not a 32-bit integer written plainly (“${id.text}”).`, answer: badRequest(QUIZ_IDS.int32) };
      ids.push(Number(read));
    }
    return { param, ids };
  }
  const one = params.correct_option_id;
  if (one !== undefined && one !== "") return { param: "correct_option_id", ids: [toInt32(wireText(one))] };
  return { param: "correct_option_ids", ids: [] };
}


/** Client.cpp, process_send_poll_query: a quiz's correct options refused as the server reads them. */
export function quizOptionIdsVerdict(params: Readonly<Record<string, unknown>>): CallVerdict | undefined {
  const read = quizOptionIds(params);
  return read && "refused" in read ? read : undefined;
}

/** td (MessageContent.cpp get_input_message_content): at least one option; a quiz's correct options non-empty, increasing, existing. */
export function pollContentVerdict(params: Readonly<Record<string, unknown>>): CallVerdict | undefined {
  // td reads what the server made of the options: nothing to say when it refused them first.
  const options = jsonOf(params.options);
  if (!options || !Array.isArray(options.value)) return undefined;
  if (options.value.length === 0) return { param: "options", refused: "needs at least one option; td checks it once the chat is found.", answer: badRequest(POLL_CONTENT.noOptions) };
  const quiz = quizOptionIds(params);
  if (!quiz || "refused" in quiz) return undefined;
  const { param, ids } = quiz;
  if (ids.length === 0) return { param, refused: "a quiz needs its correct options (correct_option_ids); td checks it once the chat is found.", answer: badRequest(POLL_CONTENT.noCorrect) };
  if (ids.some((id, i) => i > 0 && id <= ids[i - 1]!)) return { param, refused: "must be in increasing order, without repeats; td checks it once the chat is found.", answer: badRequest(POLL_CONTENT.increasing) };
  const count = options.value.length;
  if (ids.some((id) => id < 0 || id >= count)) return { param, refused: `names an option that does not exist (the poll has options 0-${count - 1}); td checks it once the chat is found.`, answer: badRequest(POLL_CONTENT.wrong) };
  return undefined;
}

/** The types of BotCommandScope that name no chat. */
const CHATLESS_SCOPES = ["default", "all_private_chats", "all_group_chats", "all_chat_administrators"];
const CHAT_SCOPES = ["chat", "chat_administrators", "chat_member"];

/** Client.cpp, get_bot_command_scope: nothing is the default scope; a JSON object is checked field by field. */
export function botCommandScopeVerdict(value: unknown): ReadingVerdict {
  if (value === undefined || value === "") return undefined;
  const refuse = (refused: string, message: string): ReadingVerdict => ({ refused, answer: badRequest(SCOPE.prefix + message) });
  const parsed = jsonOf(value);
  if (!parsed) return { refused: "is not JSON.", answer: badRequest(SCOPE.parse) };
  const object = parsed.value;
  if (!isObject(object)) return refuse("must be a BotCommandScope object.", SCOPE.object);
  const noType = requiredStringField(object, "type");
  if (noType) return refuse(object.type === undefined ? "has no type." : "has a type that is neither text nor a number.", noType);
  const type = numberOrStringText(object.type!)!;
  if (CHATLESS_SCOPES.includes(type)) return undefined;
  if (!CHAT_SCOPES.includes(type)) return refuse(`has a type the server does not know (“${type}”).`, SCOPE.type);
  const noChat = requiredStringField(object, "chat_id");
  if (noChat) return refuse(object.chat_id === undefined ? `a “${type}” scope needs chat_id.` : "has a chat_id that is neither text nor a number.", noChat);
  if (object.chat_id === "") return refuse("has an empty chat_id.", SCOPE.emptyChat);
  if (type !== "chat_member") return undefined;
  // td's JsonObject::get_required_long_field: text or a number, read back by to_integer_safe<int64>.
  const user = object.user_id;
  if (user === undefined) return refuse("a “chat_member” scope needs user_id.", `Can't find field "user_id"`);
  const userText = numberOrStringText(user);
  if (userText === undefined) return refuse("has a user_id that is neither a number nor text.", `Field "user_id" must be a Number`);
  const id = toIntegerSafe(userText, 64);
  if (id === undefined) return refuse("has a user_id that is not a whole 64-bit number written plainly.", `Field "user_id" must be a valid Number`);
  if (id <= 0n) return refuse(`has user_id ${id}: user identifiers are positive.`, SCOPE.user);
  return typeof user === "string" ? { reads: `the server reads user_id “${user}” as the number ${id}; GramIO's types take a number.` } : undefined;
}

/**
 * The port that reads each JSON value kind, returning its refusals in the server's order (reply
 * markup: every button's); `parts` are the request's file parts. The kinds few methods have are
 * read by `specialPorts.ts`, loaded with their slice.
 */
const JSON_READERS: Readonly<Record<JsonValueKind, (value: TdJsonValue, parts: FileParts) => readonly TdStatus[]>> = {
  reply_markup: readReplyMarkup,
  link_preview_options: firstRefusalOf(readLinkPreviewOptions),
  reply_parameters: firstRefusalOf(readReplyParameters),
  suggested_post: firstRefusalOf(readSuggestedPostParameters),
  keyboard_button: firstRefusalOf((value) => readKeyboardButton(value, [])),
  administrator_rights: firstRefusalOf((value) => readAdministratorRights(value, [])),
  ...(Object.fromEntries(SPECIAL_JSON_KINDS.map((kind) => [kind, (value: TdJsonValue, parts: FileParts) => specialPorts().SPECIAL_READERS[kind](value, parts)])) as Record<(typeof SPECIAL_JSON_KINDS)[number], (value: TdJsonValue, parts: FileParts) => readonly TdStatus[]>),
};

/**
 * A JSON value read by its port (`replyMarkup.ts`, `jsonValues.ts`), as td's parser read it
 * (`verdictOf` refuses text it cannot parse first): the first refusal as the server's answer,
 * at its place in the value, and any others as those it would make next.
 */
export function jsonValueVerdict(kind: JsonValueKind, value: TdJsonValue, parts: FileParts): ReadingVerdict {
  const [first, ...next] = JSON_READERS[kind](value, parts).map((s) => ({ refused: s.why, answer: badRequest(s.message), at: s.at }));
  return first && { ...first, ...(next.length ? { next } : {}) };
}
