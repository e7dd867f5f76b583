/**
 * The playground's one highlighter. This module is itself loaded with a dynamic import when
 * the playground mounts, so its static imports below (named, hence tree-shaken) stay out of
 * every page's first payload.
 */
import { createShikiInternal, type LanguageRegistration } from "shiki/core";
import { createJavaScriptRawEngine } from "@shikijs/engine-javascript/raw";
import { codeThemes } from "../.vitepress/theme/codeThemes";
import { capLines, preClasses, withTails, type Token } from "../playground/codeTokens";
import { tokenizeFromChange, type LineCache } from "../playground/lineCache";
import { pairedLineTokenizer, pairThemes, sameStack, type GrammarStack, type LineGrammar } from "../playground/themePair";
import { curlGrammar, GRAMMAR_FOR, httpRequestGrammar, jsonGrammar, tsSnippetGrammar } from "./grammars";

/** Highlighted code: the `<pre>`'s classes and style, and each line's tokens. */
export interface Highlighted {
  readonly classes: string;
  readonly style: string;
  readonly lines: readonly (readonly Token[])[];
}

/**
 * Highlights code in one of the playground's languages (`ts`, `http`, `bash`, or a full
 * grammar once `loadLanguage` has loaded it); undefined for a language not loaded yet.
 */
export type Highlight = (code: string, lang: string) => Highlighted | undefined;

let highlighter: Promise<Highlight> | undefined;
let shiki: Promise<Awaited<ReturnType<typeof createShikiInternal>>> | undefined;

/**
 * Full grammars for outputs whose code is more than a call (the Server file, shell scripts
 * with openssl): loaded when such an output is first shown, then kept.
 */
const FULL_LANGUAGES: Readonly<Record<string, () => Promise<{ default: LanguageRegistration[] }>>> = {
  typescript: () => import("@shikijs/langs-precompiled/typescript"),
  shellscript: () => import("@shikijs/langs-precompiled/shellscript"),
};
const fullLoaded = new Map<string, Promise<void>>();

/** True when `lang` needs `loadLanguage` before it can be highlighted. */
export const isFullLanguage = (lang: string) => lang in FULL_LANGUAGES;

/** Loads a full grammar into the one highlighter, once. */
export function loadLanguage(lang: string): Promise<void> {
  const load = FULL_LANGUAGES[lang];
  if (!load) return Promise.resolve();
  let loaded = fullLoaded.get(lang);
  if (!loaded) {
    loaded = Promise.all([loadHighlighter(), load()]).then(async ([, grammar]) => (await shiki!).loadLanguage(...grammar.default));
    fullLoaded.set(lang, loaded);
  }
  return loaded;
}
const ready = new Set<string>();
/** The last code highlighted in each grammar, line by line: the next is tokenized from its first changed line. */
const caches = new Map<string, LineCache<Token, GrammarStack>>();

const THEMES = { light: "github-light", dark: "github-dark" } as const;

/**
 * Shiki's core tokenizer with the raw JavaScript regex engine and precompiled grammars (no
 * WebAssembly, no regex translation at run time), the site's two themes (the same objects as
 * the static code blocks) and only the grammars the outputs need. Created once, then shared.
 */
export function loadHighlighter(): Promise<Highlight> {
  highlighter ??= (async () => {
    performance.mark("pg-highlighter-start");
    shiki = createShikiInternal({
      engine: createJavaScriptRawEngine(),
      themes: [codeThemes.light, codeThemes.dark],
      langs: [jsonGrammar, tsSnippetGrammar, curlGrammar, httpRequestGrammar],
    });
    const internal = await shiki;
    // The themes as shiki resolved them: the registrations themselves may leave `fg`/`bg` unset.
    const light = internal.getTheme(THEMES.light);
    const dark = internal.getTheme(THEMES.dark);
    const rootStyle = [
      `--shiki-light:${light.fg};--shiki-dark:${dark.fg}`,
      `--shiki-light-bg:${light.bg};--shiki-dark-bg:${dark.bg}`,
    ].join(";");
    const classes = preClasses(Object.values(THEMES));
    // Both themes from one tokenization (themePair.ts): half the tokenizer's work a keystroke.
    const pair = pairThemes(light, dark);
    await internal.loadTheme(pair.theme);
    const { colorMap } = internal.setTheme(pair.theme.name);
    /** Each grammar's line tokenizer, made once. */
    const tokenizers = new Map<string, ReturnType<typeof pairedLineTokenizer<GrammarStack>>>();
    performance.measure("pg-highlighter", "pg-highlighter-start");
    return (code: string, lang: string) => {
      if (isFullLanguage(lang) && !ready.has(lang)) {
        if (!internal.getLoadedLanguages().includes(lang)) return undefined;
        ready.add(lang);
      }
      // Long lines are highlighted up to a cap and shown plain after it, so a pasted
      // megabyte leaves the page responsive.
      const { head, tails } = capLines(code);
      const grammar = GRAMMAR_FOR[lang] ?? lang;
      let tokenize = tokenizers.get(grammar);
      if (!tokenize) {
        tokenize = pairedLineTokenizer(internal.getLanguage(grammar) as unknown as LineGrammar<GrammarStack>, colorMap, pair.styleOf);
        tokenizers.set(grammar, tokenize);
      }
      const cache = tokenizeFromChange(caches.get(grammar), grammar, head, tokenize, sameStack);
      caches.set(grammar, cache);
      return { classes, style: rootStyle, lines: withTails(cache.tokens, tails) };
    };
  })();
  return highlighter;
}
