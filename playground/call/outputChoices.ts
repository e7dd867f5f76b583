/**
 * The outputs' own controls (the Server tab's framework) in a playground's link, beside what
 * the method's link format carries: `&framework=fastify&update=chat_member`. Only values that
 * differ from the default go in; a value from a link is taken only when the control offers it.
 */
import type { OutputInfo } from "../generators/types";

/** Longest text a link may carry for a text control (a target url). */
export const MAX_CHOICE_TEXT = 2048;

const choicesOf = (outputs: readonly OutputInfo[]) => outputs.flatMap((o) => o.choices ?? []);

/** The link's query with the choices that differ from their defaults added. */
export function withChoices(query: string, outputs: readonly OutputInfo[], choices: Readonly<Record<string, string>>): string {
  const q = new URLSearchParams(query);
  for (const c of choicesOf(outputs)) {
    const value = choices[c.id];
    if (value === undefined || value === c.default || value.length > MAX_CHOICE_TEXT) continue;
    if (c.options && !c.options.some((o) => o.value === value)) continue;
    q.set(c.id, value);
  }
  return q.toString();
}

export interface SplitChoices {
  /** The defaults, with what the link set. */
  readonly choices: Record<string, string>;
  /** The query without the choices' keys, for the method's own link format. */
  readonly rest: string;
  readonly notices: readonly string[];
}

/** Takes the choices out of a link's query. Never throws. */
export function splitChoices(search: string, outputs: readonly OutputInfo[]): SplitChoices {
  const all = choicesOf(outputs);
  const choices = Object.fromEntries(all.map((c) => [c.id, c.default]));
  const notices: string[] = [];
  let q: URLSearchParams;
  try {
    q = new URLSearchParams(search);
  } catch {
    return { choices, rest: search, notices };
  }
  for (const c of all) {
    const values = q.getAll(c.id);
    if (values.length === 0) continue;
    q.delete(c.id);
    const value = values[0]!;
    const shown = `“${value.slice(0, 40)}${value.length > 40 ? "…" : ""}”`;
    if (c.options && !c.options.some((o) => o.value === value)) notices.push(`Ignored ${c.label} from the link: ${shown} is not one of its choices.`);
    else if (value.length > MAX_CHOICE_TEXT) notices.push(`Ignored ${c.label} from the link: it is longer than ${MAX_CHOICE_TEXT} characters.`);
    else choices[c.id] = value;
  }
  return { choices, rest: q.toString(), notices };
}
