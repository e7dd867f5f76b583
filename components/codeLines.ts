/**
 * The code panel's lines, patched in place: a keystroke changes one line of the code, and only
 * that line's element is written. Rendering the panel through Vue made every line a vnode to
 * create and compare on each keystroke; here the work is the changed lines'.
 *
 * The `<code>` holds one `<span class="line">` a line with a "\n" text node between lines, as
 * VitePress writes its code blocks (selecting and copying the code gives its lines).
 */
export interface CodeLines {
  /** Shows `lines` (each line's inner HTML, escaped by the highlighter). */
  render(lines: readonly string[]): void;
}

export function codeLines(code: HTMLElement): CodeLines {
  let shown: readonly string[] = [];
  const spans: HTMLSpanElement[] = [];
  code.replaceChildren();
  return {
    render(lines) {
      const kept = Math.min(lines.length, shown.length);
      for (let i = 0; i < kept; i++) if (lines[i] !== shown[i]) spans[i]!.innerHTML = lines[i]!;
      for (let i = kept; i < lines.length; i++) {
        const span = document.createElement("span");
        span.className = "line";
        span.innerHTML = lines[i]!;
        if (i > 0) code.append("\n");
        code.append(span);
        spans.push(span);
      }
      // Lines gone: each with the line break before it.
      for (let i = shown.length - 1; i >= lines.length; i--) {
        const span = spans.pop()!;
        if (span.previousSibling) span.previousSibling.remove();
        span.remove();
      }
      shown = lines;
    },
  };
}
