import type { HighlighterCore } from "shiki/core";

let highlighter: Promise<HighlighterCore> | undefined;

/**
 * The playground's one highlighter: shiki's fine-grained core, the JavaScript regex engine
 * (no WebAssembly), the site's light and dark themes (the same objects as the static blocks) and only the three languages shown.
 * Created on first use, then shared.
 */
export function loadHighlighter(): Promise<HighlighterCore> {
  highlighter ??= (async () => {
    const [{ createHighlighterCore }, { createJavaScriptRegexEngine }, { httpRequestGrammar }, { codeThemes }] = await Promise.all([
      import("shiki/core"),
      import("shiki/engine/javascript"),
      import("./httpGrammar"),
      import("../.vitepress/theme/codeThemes"),
    ]);
    return createHighlighterCore({
      engine: createJavaScriptRegexEngine(),
      themes: [codeThemes.light, codeThemes.dark],
      langs: [
        import("shiki/langs/typescript.mjs"),
        import("shiki/langs/shellscript.mjs"),
        import("shiki/langs/json.mjs"),
        httpRequestGrammar,
      ],
    });
  })();
  return highlighter;
}

/** HTML for a code block styled like VitePress's own (dual themes through CSS variables). */
export function highlight(h: HighlighterCore, code: string, lang: string): string {
  return h.codeToHtml(code, {
    lang,
    themes: { light: "github-light", dark: "github-dark" },
    defaultColor: false,
    transformers: [
      {
        pre(node) {
          this.addClassToHast(node, "vp-code");
          // The tab panel around the code is the focusable element.
          delete node.properties.tabindex;
        },
      },
    ],
  });
}
