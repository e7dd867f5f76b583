/**
 * How the server reads a parse mode (telegram-bot-api/Client.cpp, `Client::get_formatted_text`):
 * lower-cased; empty or "none" parses nothing (the entities are used instead); "markdown",
 * "markdownv2" and "html" in any case; anything else is refused with "Unsupported parse_mode"
 * (when there is text to parse). A parameter is a parse mode when its values are these three.
 */
import { badRequest } from "../facts/badRequest";
import { tdToLower } from "./td";

export const PARSE_MODES = ["HTML", "MarkdownV2", "Markdown"] as const;

export function isParseModeEnum(values: readonly (string | number)[]): boolean {
  return values.length === PARSE_MODES.length && PARSE_MODES.every((m) => values.includes(m));
}

export type ParseModeReading =
  | { readonly kind: "exact" }
  | { readonly kind: "none" }
  | { readonly kind: "folded"; readonly mode: (typeof PARSE_MODES)[number] }
  | { readonly kind: "refused"; readonly answer: string };

export function readParseMode(value: string): ParseModeReading {
  if ((PARSE_MODES as readonly string[]).includes(value)) return { kind: "exact" };
  const lower = tdToLower(value);
  if (lower === "" || lower === "none") return { kind: "none" };
  const mode = PARSE_MODES.find((m) => m.toLowerCase() === lower);
  return mode ? { kind: "folded", mode } : { kind: "refused", answer: badRequest("Unsupported parse_mode") };
}

/**
 * Client.cpp, get_formatted_text: with text and a parse mode other than none, td's parser makes
 * the entities, and the entities sent beside the text are not read.
 */
export const parsedWithMode = (text: string, parseMode: string): boolean => text !== "" && readParseMode(parseMode).kind !== "none";
