/**
 * How the Bot API server reads an integer parameter (telegram-bot-api/Client.cpp,
 * `Client::get_integer_arg`): the text it received, empty for the default, else td's
 * `to_integer<int32>` (tdutils/td/utils/misc.h: an optional `-` and the digits after it, into a
 * 32-bit integer that wraps around; the first other character ends it), then clamped to the
 * parameter's range. Such a parameter is never refused, only changed.
 */

export interface IntegerArg {
  readonly default: number;
  readonly min: number;
  readonly max: number;
}

export const INT32 = { min: -(2 ** 31), max: 2 ** 31 - 1 } as const;

/** td's `to_integer<int32>` of a text. */
export function toInt32(text: string): number {
  const [, minus, digits] = /^(-?)(\d*)/.exec(text)!;
  let n = 0;
  for (const d of digits!) n = (n * 10 + Number(d)) % 2 ** 32;
  if (minus) n = (2 ** 32 - n) % 2 ** 32;
  return n >= 2 ** 31 ? n - 2 ** 32 : n;
}

/** The text the server receives for a value as GramIO sends it (JSON: a number's own text). */
export function wireText(value: unknown): string {
  if (value === undefined || value === null) return "";
  if (typeof value === "string") return value;
  return JSON.stringify(value);
}

/** The value the server uses for what was sent. */
export function readIntegerArg(value: unknown, arg: IntegerArg): number {
  const text = wireText(value);
  const read = text === "" ? arg.default : toInt32(text);
  return Math.min(arg.max, Math.max(arg.min, read));
}

/** "1-100", "at least 0", "at most 20": the range in words. */
export function rangeWords(arg: IntegerArg): string {
  const fmt = (n: number) => n.toLocaleString("en-US");
  if (arg.min !== INT32.min && arg.max !== INT32.max) return `${fmt(arg.min)}-${fmt(arg.max)}`;
  if (arg.min !== INT32.min) return `at least ${fmt(arg.min)}`;
  if (arg.max !== INT32.max) return `at most ${fmt(arg.max)}`;
  return "any 32-bit integer";
}

/**
 * What the server does with a value, in words, when it does not use it as sent (undefined when
 * it does): `clamps 0 to 1 (it takes 1-100)`, `reads 1.5 as 1`.
 */
export function integerChange(value: unknown, arg: IntegerArg): string | undefined {
  const text = wireText(value);
  if (text === "") return undefined;
  const read = toInt32(text);
  const used = readIntegerArg(value, arg);
  if (used === read) return String(read) === text ? undefined : `the server reads “${text}” as ${read}.`;
  const shown = String(read) === text ? text : `“${text}” (read as ${read})`;
  return `the server clamps ${shown} to ${used} (it takes ${rangeWords(arg)}).`;
}
