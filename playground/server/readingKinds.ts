/**
 * The ways the Bot API server reads a parameter (telegram-bot-api/Client.cpp), each once:
 * what it does to the text it receives, what it refuses and with which answer. A method's
 * readings (`readings.json`, from `extract.ts`) pick a kind per parameter; a method with
 * nothing special needs no code. Answers are formed as `fail_query_with_error` forms them
 * (`../facts/badRequest.ts`).
 */
import { badRequest } from "../facts/badRequest";
import type { CallCheckKind } from "./tdChecks";
import { toInt32, wireText } from "./integerArg";
import { tdTrim } from "./td";

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
  /** Another helper given the field's name (entities, media, a mask position…), named in the reading. */
  | "helper"
  /** `query->arg`: the text as sent, checked later if at all. */
  | "string"
  /** A string td checks as a bot's language code (`tdChecks.ts`): nothing, or two letters a-z. */
  | "bot_language_code";

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
  /** For integers: what the server uses for nothing, and its clamp range. */
  readonly default?: number;
  readonly min?: number;
  readonly max?: number;
}

/** The kinds whose reading decides something without the chat: validation and pages use these. */
export const CHECKED_KINDS = ["user_id", "message_id", "topic_id", "required_string", "bot_language_code"] as const;
export type CheckedKind = (typeof CHECKED_KINDS)[number];
export const isCheckedKind = (kind: ReadingKind): kind is CheckedKind => (CHECKED_KINDS as readonly string[]).includes(kind);

/** Client.cpp, `to_bool`: true only for "true", "yes" or "1", in any case, trimmed with td's spaces. */
export const toBool = (value: unknown) => ["true", "yes", "1"].includes(tdTrim(wireText(value).toLowerCase()));

/** td's `to_integer<int64>` (wrapping, digits after an optional minus, stops at the first other character). */
export function toInt64(text: string): bigint {
  const m = /^(-?)(\d*)/.exec(text)!;
  const digits = m[2] ? BigInt(m[2]) : 0n;
  return BigInt.asIntN(64, m[1] ? -digits : digits);
}

/** Where each checked kind is decided, file and function: the pages cite it. */
export const READER: Readonly<Record<CheckedKind, string>> = {
  user_id: "Client.cpp, get_user_id",
  message_id: "Client.cpp, get_message_id",
  topic_id: "Client.cpp, get_forum_topic_id",
  required_string: "Client.cpp, get_required_string_arg",
  bot_language_code: "td/telegram/misc.cpp, validate_bot_language_code",
};

/** The server's answer when a reading refuses, word for word; undefined for a kind that never refuses. */
export function answerOf(kind: CheckedKind, param: string): string | undefined {
  if (kind === "user_id") return badRequest(`Invalid ${param} specified`);
  if (kind === "required_string") return badRequest(`Parameter "${param}" is required`);
  if (kind === "bot_language_code") return badRequest("Invalid language code specified");
  return undefined;
}

/**
 * What a reading does to what it is sent, in words for a page: `text` for the parameter,
 * and where it refuses, `when` (the values it refuses) and the server's `answer`.
 */
export function readingRule(reading: CheckedReading, param: string): { readonly text: string; readonly when?: string; readonly answer?: string } {
  if (reading.empty) {
    const answer = badRequest(reading.empty);
    return { text: `empty is refused with “${answer}”`, when: "empty", answer };
  }
  const kind = reading.kind!;
  const answer = answerOf(kind, param);
  switch (kind) {
    case "user_id":
      return { text: `empty, 0, a negative number or text is refused with “${answer}”`, when: "empty, 0, negative or not a number", answer };
    case "required_string":
      return { text: `empty is refused with “${answer}”`, when: "empty", answer };
    case "bot_language_code":
      return { text: `empty or two lowercase letters a-z; anything else is refused with “${answer}”`, when: "neither empty nor two lowercase letters a-z", answer };
    case "message_id":
      return { text: "empty, negative or not a number is read as 0 (no message)" };
    case "topic_id":
      return { text: "empty, negative or not a number is read as 0 (no topic)" };
  }
}

/** A reading that decides something without the chat, as a method's slice carries it. */
export interface CheckedReading {
  readonly kind?: CheckedKind;
  /** The server's message when the parameter is empty (a file, coordinates, message ids…). */
  readonly empty?: string;
}

/** The part of a reading that decides something without the chat; undefined for one that decides nothing. */
export function checkedReading(reading: Reading): CheckedReading | undefined {
  const kind = isCheckedKind(reading.kind) ? reading.kind : undefined;
  if (!kind && !reading.empty) return undefined;
  return { ...(kind ? { kind } : {}), ...(reading.empty ? { empty: reading.empty } : {}) };
}

/** Nothing, as a guard after a reading sees it: no text, or an empty list. */
const isNothing = (value: unknown) => value === undefined || value === "" || (Array.isArray(value) && value.length === 0);

/** What the server does with `value` for a parameter read this way (the guard for nothing first, then the kind). */
export function verdictOf(reading: CheckedReading, param: string, value: unknown): ReadingVerdict {
  if (reading.empty && isNothing(value)) return { refused: "is required.", answer: badRequest(reading.empty) };
  return reading.kind ? readingVerdict(reading.kind, param, value) : undefined;
}

/**
 * What a reading makes of a value: refused (why, and the server's answer word for word), or
 * used as another value (what it reads).
 */
export type ReadingVerdict = { readonly refused: string; readonly answer: string } | { readonly reads: string } | undefined;

/**
 * What the server does with `value` for a parameter read this way; undefined when it uses it
 * as sent. Empty values (`undefined`, `""`) are read too: the server cannot tell them apart.
 */
export function readingVerdict(kind: CheckedKind, param: string, value: unknown): ReadingVerdict {
  const text = wireText(value);
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
  }
}

/** A check of several parameters together, in words for a page: the parameter it is about, when it refuses, and the answer. */
export function callCheckRule(kind: CallCheckKind): { readonly param: string; readonly when: string; readonly answer: string } {
  switch (kind) {
    case "join_request_limit":
      return { param: "member_limit", when: "set on a link with `creates_join_request`, once the chat is found", answer: badRequest("Member limit can't be specified for links requiring administrator approval") };
  }
}

/**
 * What td refuses in several parameters together (`tdChecks.ts`), as the server reads them:
 * the parameter it is about, why, and the answer; undefined when it passes.
 */
export function callCheckVerdict(kind: CallCheckKind, params: Readonly<Record<string, unknown>>): { readonly param: string; readonly refused: string; readonly answer: string } | undefined {
  const { param, answer } = callCheckRule(kind);
  switch (kind) {
    case "join_request_limit":
      // A link that needs an administrator's approval takes no member limit (to_bool, get_integer_arg: clamped at 0).
      if (!toBool(params.creates_join_request) || toInt32(wireText(params.member_limit)) <= 0) return undefined;
      return { param, refused: "can't be set on a link that needs an administrator's approval (creates_join_request); td checks it once the chat is found.", answer };
  }
}
