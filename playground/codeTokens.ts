/**
 * Highlighted code as the playground's panel draws it: lines of tokens, each with its style in
 * both themes (`--shiki-light`/`--shiki-dark` variables, as VitePress's code blocks), and the
 * cap that keeps a pasted megabyte cheap.
 */

export interface Token {
  readonly content: string;
  readonly htmlStyle?: Readonly<Record<string, string>>;
}

/** Each style's `style` attribute text, made once per style object. */
const styleTexts = new WeakMap<Readonly<Record<string, string>>, string>();

/** A token's `style` attribute, or undefined when it has no style (a capped line's plain tail). */
export function styleText(token: Token): string | undefined {
  const style = token.htmlStyle;
  if (!style) return undefined;
  let text = styleTexts.get(style);
  if (text === undefined) {
    text = Object.entries(style)
      .map(([k, v]) => `${k}:${v}`)
      .join(";");
    styleTexts.set(style, text);
  }
  return text;
}

/** The `<pre>`'s classes, as VitePress writes them for its code blocks. */
export const preClasses = (themeNames: readonly string[]) => ["shiki", "shiki-themes", ...themeNames, "vp-code"].join(" ");

/** Longest part of one line that is highlighted; the rest of a longer line is shown plain. */
export const HIGHLIGHT_LINE_CAP = 10_000;

/**
 * Cuts every line to `cap` characters for the tokenizer, keeping what was cut per line, so a
 * pasted megabyte costs what `cap` characters cost. `withTails` puts the cut parts back as
 * plain tokens after the highlighted ones.
 */
export function capLines(code: string, cap = HIGHLIGHT_LINE_CAP): { head: string; tails: readonly string[] } {
  const tails: string[] = [];
  const lines = code.split("\n").map((line) => {
    tails.push(line.length > cap ? line.slice(cap) : "");
    return line.length > cap ? line.slice(0, cap) : line;
  });
  return { head: lines.join("\n"), tails };
}

/** A line without a tail is returned as it was (the same array), so the panel sees it unchanged. */
export function withTails(lines: readonly (readonly Token[])[], tails: readonly string[]): (readonly Token[])[] {
  return lines.map((line, i) => (tails[i] ? [...line, { content: tails[i]! }] : line));
}
