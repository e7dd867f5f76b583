/**
 * Limits read from the official descriptions, by a table of the phrases they really use.
 * What no phrase matches stays in the description as free text: never a guess.
 */
import type { Constraints } from "./model";

interface Phrase {
  /** Matched against the whole description. */
  readonly pattern: RegExp;
  readonly read: (match: RegExpExecArray) => Constraints;
}

const n = (text: string) => Number(text);
/** A default written as a value: `*40*`, `40`, `*False*`, `“🎲”`. */
function defaultValue(text: string): string | number | boolean | undefined {
  const bare = text.replace(/^\*|\*$/g, "").replace(/^“|”$/g, "");
  if (/^-?\d+(\.\d+)?$/.test(bare)) return Number(bare);
  if (/^(true|false)$/i.test(bare)) return bare.toLowerCase() === "true";
  return undefined;
}

/** The phrases, most specific first; each is a real one from the Bot API descriptions. */
export const PHRASES: readonly Phrase[] = [
  // "1-4096 characters after entities parsing", "0-1024 characters", "1-64 characters"
  { pattern: /\b(\d+)-(\d+) characters\b/, read: (m) => ({ minLength: n(m[1]!), maxLength: n(m[2]!) }) },
  // "must include 2-10 items", "A JSON-serialized list of 1-12 answer options"
  { pattern: /\b(\d+)-(\d+) (?:items|answer options)\b/, read: (m) => ({ minItems: n(m[1]!), maxItems: n(m[2]!) }) },
  // "Values between 1-100 are accepted"
  { pattern: /\bValues between (\d+)-(\d+) are accepted\b/, read: (m) => ({ min: n(m[1]!), max: n(m[2]!) }) },
  // "must be between 1 and 100000", "between 1 and 360"
  { pattern: /\bbetween (\d+) and (\d+)\b(?!, or)/, read: (m) => ({ min: n(m[1]!), max: n(m[2]!) }) },
  // "Defaults to *40*." "Defaults to 100." "defaults to *False*"
  {
    pattern: /\b[Dd]efaults to (\*[^*]+\*|-?\d+(?:\.\d+)?)(?=[.,;\s]|$)/,
    read: (m) => {
      const value = defaultValue(m[1]!);
      return value === undefined ? {} : { default: value };
    },
  },
];

/** Every constraint the description states in a known phrase; undefined when none. */
export function extractConstraints(description: string): Constraints | undefined {
  const found: Record<string, unknown> = {};
  for (const phrase of PHRASES) {
    const match = phrase.pattern.exec(description);
    if (!match) continue;
    for (const [key, value] of Object.entries(phrase.read(match))) if (!(key in found)) found[key] = value;
  }
  return Object.keys(found).length ? (found as Constraints) : undefined;
}
