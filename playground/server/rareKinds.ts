/**
 * The kinds and checks few methods have (lists of ids, poll options, names td cleans, a
 * poll's checks): their verdicts live in `rareVerdicts.ts`, which a slice that needs them
 * loads (`loadSlice`), so no other method's playground carries them. Node code registers them
 * at once (`readings.ts`). This module imports nothing, so loading a slice does not pull the
 * verdicts' helpers into its chunk.
 */
const RARE_KINDS: readonly string[] = ["message_ids", "user_ids", "poll_options", "clean_name", "bot_command_scope", "reply_markup", "link_preview_options", "reply_parameters", "suggested_post", "quiz_option_ids", "poll_content"];
type RareVerdicts = typeof import("./rareVerdicts");
let rare: RareVerdicts | undefined;
export const useRareVerdicts = (module: RareVerdicts) => void (rare = module);
export function rareVerdicts(): RareVerdicts {
  if (!rare) throw new Error("rareVerdicts.ts is not loaded: loadSlice loads it with a slice that needs it");
  return rare;
}
/** True when a slice's readings or checks need `rareVerdicts.ts`. */
export const needsRareVerdicts = (slice: { readonly readings?: Readonly<Record<string, { readonly kind?: string }>>; readonly callChecks?: readonly { readonly kind: string }[] }) =>
  Object.values(slice.readings ?? {}).some((r) => r.kind !== undefined && RARE_KINDS.includes(r.kind)) || (slice.callChecks ?? []).some((c) => RARE_KINDS.includes(c.kind));
