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
/**
 * A part of the checks a slice loads when it needs it (`loadSlice`) and registers once loaded:
 * `use` registers it (Node registers every part at once, `readings.ts`), `get` reads it.
 */
function lazyPart<T>(file: string): { readonly use: (part: T) => void; readonly get: () => T } {
  let loaded: T | undefined;
  return {
    use: (part) => void (loaded = part),
    get: () => {
      if (loaded === undefined) throw new Error(`${file} is not loaded: loadSlice loads it with a slice that needs it`);
      return loaded;
    },
  };
}
const rare = lazyPart<typeof import("./rareVerdicts")>("rareVerdicts.ts");
export const useRareVerdicts = rare.use;
export const rareVerdicts = rare.get;
const special = lazyPart<typeof import("./specialPorts")>("specialPorts.ts");
export const useSpecialPorts = special.use;
export const specialPorts = special.get;
/**
 * td's list of emoji (`tdEmoji.json`, 15 KB), which the sticker ports read (`tdEmoji.ts`,
 * is_emoji): a slice whose readings read emoji loads it (`needsEmojiList`); Node has it at once.
 */
const EMOJI_KINDS: readonly string[] = ["input_stickers", "input_sticker", "sticker_emojis"];
const emoji = lazyPart<{ readonly emoji: string }>("tdEmoji.json");
export const useEmojiList = emoji.use;
export const emojiList = emoji.get;
export const needsEmojiList = (slice: { readonly readings?: Readonly<Record<string, { readonly kind?: string }>> }) =>
  Object.values(slice.readings ?? {}).some((r) => r.kind !== undefined && EMOJI_KINDS.includes(r.kind));
/** td's parsers of formatted text (`../format/index.ts`): a slice with a text read with a parse mode, as a parameter or inside a JSON value, loads them (`needsFormat`). */
const format = lazyPart<typeof import("../format/index")>("format/index.ts");
export const useFormat = format.use;
export const formatPorts = format.get;
/** The JSON value kinds whose ports read a text with its parse mode (a reply's quote, a caption, an inline result's message, a checklist's title and tasks, a poll option). */
const FORMATTED_JSON_KINDS: readonly string[] = ["reply_parameters", "inline_query_results", "inline_query_result", "media_group", "input_media", "checklist", "poll_options"];
export const needsFormat = (slice: { readonly readings?: Readonly<Record<string, { readonly kind?: string; readonly formatted?: string; readonly beside?: unknown }>> }) =>
  Object.values(slice.readings ?? {}).some((r) => r.formatted !== undefined || r.beside !== undefined || (r.kind !== undefined && FORMATTED_JSON_KINDS.includes(r.kind)));
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

/** The parts of the checks a slice loads with it (`loadSlice`), decided once when the slice is written (`serverSlice`), so no page carries these lists. */
export type LazyPartName = "rareVerdicts" | "specialPorts" | "emojiList" | "format";
export function lazyPartsOf(slice: Parameters<typeof needsRareVerdicts>[0] & Parameters<typeof needsSpecialPorts>[0] & Parameters<typeof needsFormat>[0]): LazyPartName[] {
  const parts: [LazyPartName, boolean][] = [
    ["rareVerdicts", needsRareVerdicts(slice)],
    ["specialPorts", needsSpecialPorts(slice)],
    ["emojiList", needsEmojiList(slice)],
    ["format", needsFormat(slice)],
  ];
  return parts.filter(([, needed]) => needed).map(([name]) => name);
}
