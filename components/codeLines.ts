/**
 * The code panel's lines, patched in place: a keystroke changes one line of the code, and only
 * that line is written, usually only the text of the token typed into (the line keeps its
 * tokens' styles). Rendering the panel through Vue made every line a vnode to create and
 * compare on each keystroke, and parsing a line's HTML cost more than the line's text.
 *
 * The `<code>` holds one `<span class="line">` a line with a "\n" text node between lines, as
 * VitePress writes its code blocks (selecting and copying the code gives its lines). Text is
 * set as text, never parsed as HTML.
 */
import { styleText, type Token } from "../playground/codeTokens";

export interface CodeLines {
  /** Shows `lines` of tokens; a line that is the same array as before is not looked at. */
  render(lines: readonly (readonly Token[])[]): void;
}

function tokenSpan(token: Token): HTMLSpanElement {
  const span = document.createElement("span");
  const style = styleText(token);
  if (style !== undefined) span.setAttribute("style", style);
  span.append(document.createTextNode(token.content));
  return span;
}

/** Same tokens but for their text: only the texts that changed are set. */
function patchLine(span: HTMLSpanElement, before: readonly Token[], after: readonly Token[]): void {
  if (before.length === after.length && after.every((t, k) => t.htmlStyle === before[k]!.htmlStyle)) {
    after.forEach((t, k) => {
      if (t.content !== before[k]!.content) (span.childNodes[k]!.firstChild as Text).data = t.content;
    });
  } else span.replaceChildren(...after.map(tokenSpan));
}

export function codeLines(code: HTMLElement): CodeLines {
  let shown: readonly (readonly Token[])[] = [];
  const spans: HTMLSpanElement[] = [];
  code.replaceChildren();
  return {
    render(lines) {
      const kept = Math.min(lines.length, shown.length);
      for (let i = 0; i < kept; i++) if (lines[i] !== shown[i]) patchLine(spans[i]!, shown[i]!, lines[i]!);
      for (let i = kept; i < lines.length; i++) {
        const span = document.createElement("span");
        span.className = "line";
        span.append(...lines[i]!.map(tokenSpan));
        if (i > 0) code.append("\n");
        code.append(span);
        spans.push(span);
      }
      // Lines gone: each with the line break before it.
      for (let i = shown.length - 1; i >= lines.length; i--) {
        const span = spans.pop()!;
        span.previousSibling?.remove();
        span.remove();
      }
      shown = lines;
    },
  };
}
