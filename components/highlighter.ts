/**
 * The playground's one highlighter. This module is itself loaded with a dynamic import when
 * the playground mounts, so its static imports below (named, hence tree-shaken) stay out of
 * every page's first payload.
 */
import { codeToTokens, createShikiInternal } from "shiki/core";
import { createJavaScriptRawEngine } from "@shikijs/engine-javascript/raw";
import json from "@shikijs/langs-precompiled/json";
import { codeThemes } from "../.vitepress/theme/codeThemes";
import { tokensToHtml } from "../playground/tokensToHtml";
import { curlGrammar, GRAMMAR_FOR, httpRequestGrammar, tsSnippetGrammar } from "./grammars";

/** Highlights code in one of the playground's languages (`ts`, `http`, `bash`) as HTML. */
export type Highlight = (code: string, lang: string) => string;

let highlighter: Promise<Highlight> | undefined;

const THEMES = { light: "github-light", dark: "github-dark" } as const;

/**
 * Shiki's core tokenizer with the raw JavaScript regex engine and precompiled grammars (no
 * WebAssembly, no regex translation at run time), the site's two themes (the same objects as
 * the static code blocks) and only the grammars the outputs need. Created once, then shared.
 */
export function loadHighlighter(): Promise<Highlight> {
  highlighter ??= (async () => {
    performance.mark("pg-highlighter-start");
    const internal = await createShikiInternal({
      engine: createJavaScriptRawEngine(),
      themes: [codeThemes.light, codeThemes.dark],
      langs: [json, tsSnippetGrammar, curlGrammar, httpRequestGrammar],
    });
    const rootStyle = [
      `--shiki-light:${codeThemes.light.fg};--shiki-dark:${codeThemes.dark.fg}`,
      `--shiki-light-bg:${codeThemes.light.bg};--shiki-dark-bg:${codeThemes.dark.bg}`,
    ].join(";");
    performance.measure("pg-highlighter", "pg-highlighter-start");
    return (code: string, lang: string) => {
      const { tokens } = codeToTokens(internal, code, { lang: GRAMMAR_FOR[lang] ?? lang, themes: THEMES, defaultColor: false });
      return tokensToHtml(tokens, rootStyle, Object.values(THEMES));
    };
  })();
  return highlighter;
}
