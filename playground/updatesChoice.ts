import { OPT_IN_UPDATE_TYPES, UPDATE_TYPES } from "./facts/updateTypes";

export interface UpdatesChoice {
  /** The preset the choice equals, if any. */
  readonly preset: "omit" | "all" | "none" | undefined;
  /** What the server will do, in words. */
  readonly consequence: string;
}

const OPT_IN = OPT_IN_UPDATE_TYPES.join(", ");

/** The consequence of an `allowed_updates` choice, shown under the presets. */
export function describeUpdatesChoice(mode: "omit" | "list", selected: readonly string[]): UpdatesChoice {
  if (mode === "omit")
    return {
      preset: "omit",
      consequence: `Left out: the server keeps the previous setting (for a bot that never set one: every type except ${OPT_IN}).`,
    };
  const known = UPDATE_TYPES.filter((t) => selected.includes(t));
  if (known.length === 0)
    return { preset: "none", consequence: `Sends []: every type except ${OPT_IN}.` };
  if (known.length === UPDATE_TYPES.length)
    return { preset: "all", consequence: `Sends all ${UPDATE_TYPES.length} types, including ${OPT_IN}.` };
  return {
    preset: undefined,
    consequence: `Sends ${known.length} ${known.length === 1 ? "type" : "types"}: only ${known.length === 1 ? "this one is" : "these are"} delivered.`,
  };
}
