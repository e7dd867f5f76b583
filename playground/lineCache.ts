/**
 * Highlighting a code panel line by line, again only where it changed: a keystroke changes one
 * line of the call, and the lines above it keep their tokens and the grammar state after each.
 * A line's tokens depend only on its text and the state it starts in, so once the lines after
 * the change are the old ones again and the state entering them is the old one (`sameState`),
 * the old tokens are kept for the rest. The result is the whole code's, token for token (a test
 * compares them).
 */

export interface LineCache<T, S> {
  /** What the cache is for (the language): another key starts afresh. */
  readonly key: string;
  readonly lines: readonly string[];
  readonly tokens: readonly (readonly T[])[];
  /** The grammar state after each line. */
  readonly states: readonly (S | undefined)[];
}

export type LineTokenizer<T, S> = (line: string, state: S | undefined) => { readonly tokens: readonly T[]; readonly state: S | undefined };

export function tokenizeFromChange<T, S>(
  cache: LineCache<T, S> | undefined,
  key: string,
  code: string,
  tokenizeLine: LineTokenizer<T, S>,
  sameState: (a: S | undefined, b: S | undefined) => boolean = () => false,
): LineCache<T, S> {
  const lines = code.split("\n");
  const same = cache?.key === key ? cache : undefined;
  let first = 0;
  // Lines at the end that are the old ones, not reaching back over the first change.
  let tail = 0;
  if (same) {
    const n = Math.min(lines.length, same.lines.length);
    while (first < n && lines[first] === same.lines[first]) first++;
    while (tail < n - first && lines[lines.length - 1 - tail] === same.lines[same.lines.length - 1 - tail]) tail++;
  }
  const tokens = same ? same.tokens.slice(0, first) : [];
  const states = same ? same.states.slice(0, first) : [];
  let state = first > 0 ? states[first - 1] : undefined;
  const shift = same ? same.lines.length - lines.length : 0;
  for (let i = first; i < lines.length; i++) {
    if (same && i >= lines.length - tail) {
      const old = i + shift;
      if (sameState(state, old > 0 ? same.states[old - 1] : undefined)) {
        tokens.push(...same.tokens.slice(old));
        states.push(...same.states.slice(old));
        break;
      }
    }
    const line = tokenizeLine(lines[i]!, state);
    tokens.push(line.tokens);
    states.push(line.state);
    state = line.state;
  }
  return { key, lines, tokens, states };
}
