/**
 * The kinds and checks not every method has (lists of ids, poll options, names td cleans, a
 * poll's checks, the JSON values the server reads with a port of its own, and the object
 * types whose rules read with those ports): their verdicts live in `rareVerdicts.ts`, which a
 * slice that needs them loads (`loadSlice`), so no other method's playground carries them.
 * Node code registers them at once (`readings.ts`). This module imports nothing, so loading a
 * slice does not pull the verdicts' helpers into its chunk.
 */
/**
 * The JSON value kinds most sending methods have (reply markup, link preview, reply and
 * suggested post parameters, and the keyboard readers they share): their ports come with
 * `rareVerdicts.ts`.
 */
export const COMMON_JSON_KINDS = ["reply_markup", "link_preview_options", "reply_parameters", "suggested_post", "keyboard_button", "administrator_rights"] as const;
/**
 * The JSON value kinds few methods have: their ports live in `specialPorts.ts`, which a slice
 * loads only when it has one (`needsSpecialPorts`), so sendMessage's playground carries none.
 */
export const SPECIAL_JSON_KINDS = [
  "bot_commands",
  "reaction_types",
  "menu_button",
  "accepted_gift_types",
  "labeled_prices",
  "chat_permissions",
  "shipping_options",
  "mask_position",
  "tip_amounts",
  "custom_emoji_ids",
  "input_media",
  "media_group",
  "paid_media",
  "input_paid_media",
  "poll_media",
  "inline_query_results",
  "inline_query_result",
  "results_button",
  "profile_photo",
  "story_content",
  "checklist",
  "passport_errors",
  "story_areas",
  "input_stickers",
  "input_sticker",
  "sticker_emojis",
  "sticker_keywords",
] as const;
/** The kinds that read a JSON value after td's parser (their reading's `json` is the refusal of text it cannot parse), each by its port. */
export const JSON_VALUE_KINDS = [...COMMON_JSON_KINDS, ...SPECIAL_JSON_KINDS] as const;
/**
 * Kinds of inline button `@gramio/types` has and the server source read does not (newer than
 * it): a button of such a kind is not refused as a text button, nor checked further.
 */
export const NEWER_INLINE_BUTTON_KINDS = ["disabled"] as const;

/** The object types whose rules (`../objects/<Type>.ts`) read a value with a port of the server's reader, through `rareVerdicts()`. */
export const TYPES_READ_WITH_PORTS: readonly string[] = ["InlineKeyboardButton", "KeyboardButton", "BotCommand"];

const RARE_KINDS: readonly string[] = ["message_ids", "user_ids", "poll_options", "clean_name", "bot_command_scope", "quiz_option_ids", "poll_content", "media_group_content", "invoice_amounts", ...JSON_VALUE_KINDS];
type RareVerdicts = typeof import("./rareVerdicts");
let rare: RareVerdicts | undefined;
export const useRareVerdicts = (module: RareVerdicts) => void (rare = module);
export function rareVerdicts(): RareVerdicts {
  if (!rare) throw new Error("rareVerdicts.ts is not loaded: loadSlice loads it with a slice that needs it");
  return rare;
}
type SpecialPorts = typeof import("./specialPorts");
let special: SpecialPorts | undefined;
export const useSpecialPorts = (module: SpecialPorts) => void (special = module);
export function specialPorts(): SpecialPorts {
  if (!special) throw new Error("specialPorts.ts is not loaded: loadSlice loads it with a slice that needs it");
  return special;
}
/**
 * td's list of emoji (`tdEmoji.json`, 15 KB), which the sticker ports read (`tdEmoji.ts`,
 * is_emoji): a slice whose readings read emoji loads it (`needsEmojiList`); Node has it at once.
 */
const EMOJI_KINDS: readonly string[] = ["input_stickers", "input_sticker", "sticker_emojis"];
let emoji: { readonly emoji: string } | undefined;
export const useEmojiList = (table: { readonly emoji: string }) => void (emoji = table);
export function emojiList(): { readonly emoji: string } {
  if (!emoji) throw new Error("tdEmoji.json is not loaded: loadSlice loads it with a slice that needs it");
  return emoji;
}
export const needsEmojiList = (slice: { readonly readings?: Readonly<Record<string, { readonly kind?: string }>> }) =>
  Object.values(slice.readings ?? {}).some((r) => r.kind !== undefined && EMOJI_KINDS.includes(r.kind));
/** td's parsers of formatted text (`../format/index.ts`): a slice with a text read with a parse mode loads them (`needsFormat`). */
type FormatPorts = typeof import("../format/index");
let format: FormatPorts | undefined;
export const useFormat = (module: FormatPorts) => void (format = module);
export function formatPorts(): FormatPorts {
  if (!format) throw new Error("format/index.ts is not loaded: loadSlice loads it with a slice that needs it");
  return format;
}
export const needsFormat = (slice: { readonly readings?: Readonly<Record<string, { readonly formatted?: string; readonly beside?: unknown }>> }) =>
  Object.values(slice.readings ?? {}).some((r) => r.formatted !== undefined || r.beside !== undefined);
/** td's checks of several parameters whose verdicts are in `specialPorts.ts`. */
const SPECIAL_CALL_CHECKS: readonly string[] = ["media_group_content", "invoice_amounts"];
/** True when a slice reads a JSON value whose port is in `specialPorts.ts`, or has a check whose verdict is there. */
export const needsSpecialPorts = (slice: { readonly readings?: Readonly<Record<string, { readonly kind?: string }>>; readonly callChecks?: readonly { readonly kind: string }[] }) =>
  Object.values(slice.readings ?? {}).some((r) => (SPECIAL_JSON_KINDS as readonly (string | undefined)[]).includes(r.kind)) ||
  (slice.callChecks ?? []).some((c) => SPECIAL_CALL_CHECKS.includes(c.kind));
/** True when a slice's readings or checks need `rareVerdicts.ts`. */
export const needsRareVerdicts = (slice: {
  readonly readings?: Readonly<Record<string, { readonly kind?: string }>>;
  readonly callChecks?: readonly { readonly kind: string }[];
  readonly objects?: Readonly<Record<string, unknown>>;
}) =>
  Object.values(slice.readings ?? {}).some((r) => r.kind !== undefined && RARE_KINDS.includes(r.kind)) ||
  (slice.callChecks ?? []).some((c) => RARE_KINDS.includes(c.kind)) ||
  Object.keys(slice.objects ?? {}).some((name) => TYPES_READ_WITH_PORTS.includes(name));
