/**
 * Renders highlighted tokens as the HTML VitePress uses for its code blocks (dual themes
 * through `--shiki-light`/`--shiki-dark` variables). Escaping is done here, once.
 */

export interface Token {
  readonly content: string;
  readonly htmlStyle?: Readonly<Record<string, string>> | string;
}

const ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c]!);
}

function style(s: Token["htmlStyle"]): string {
  if (!s) return "";
  const text = typeof s === "string" ? s : Object.entries(s).map(([k, v]) => `${k}:${v}`).join(";");
  return ` style="${escapeHtml(text)}"`;
}

/** Each line's HTML, by its tokens: a line the highlighter kept is not rendered again. */
const rendered = new WeakMap<readonly Token[], string>();

/** The inner HTML of each line's `<span class="line">`: the view patches only lines that changed. */
export function tokensToLines(lines: readonly (readonly Token[])[]): string[] {
  return lines.map((line) => {
    let html = rendered.get(line);
    if (html === undefined) {
      html = line.map((t) => `<span${style(t.htmlStyle)}>${escapeHtml(t.content)}</span>`).join("");
      rendered.set(line, html);
    }
    return html;
  });
}

/** The `<pre>`'s classes, as VitePress writes them for its code blocks. */
export const preClasses = (themeNames: readonly string[]) => ["shiki", "shiki-themes", ...themeNames, "vp-code"].join(" ");

/** `<pre class="shiki … vp-code"><code>` with one `<span class="line">` per line. */
export function tokensToHtml(lines: readonly (readonly Token[])[], rootStyle: string, themeNames: readonly string[]): string {
  const body = tokensToLines(lines)
    .map((line) => `<span class="line">${line}</span>`)
    .join("\n");
  return `<pre class="${escapeHtml(preClasses(themeNames))}" style="${escapeHtml(rootStyle)}"><code>${body}</code></pre>`;
}

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

/** A line without a tail is returned as it was (the same array), so what was made of it can be kept. */
export function withTails(lines: readonly (readonly Token[])[], tails: readonly string[]): (readonly Token[])[] {
  return lines.map((line, i) => (tails[i] ? [...line, { content: tails[i]! }] : line));
}
