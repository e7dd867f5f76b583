import type { ThemeRegistration } from "shiki";
import githubDark from "shiki/themes/github-dark.mjs";
import githubLight from "shiki/themes/github-light.mjs";
import { readableOn } from "./contrast";

/** VitePress's code block backgrounds (`--vp-code-block-bg`) in light and dark mode. */
export const CODE_BACKGROUND = { light: "#f6f6f7", dark: "#161618" } as const;

/** Every `#rrggbb` foreground a theme uses. */
function foregrounds(theme: ThemeRegistration): string[] {
  const colors = new Set<string>();
  const add = (c: unknown) => typeof c === "string" && /^#[0-9a-f]{6}$/i.test(c) && colors.add(c.toLowerCase());
  add(theme.fg);
  add(theme.colors?.["editor.foreground"]);
  for (const rule of theme.tokenColors ?? theme.settings ?? []) add(rule.settings?.foreground);
  return [...colors];
}

/**
 * The theme with each token colour that falls under WCAG AA (4.5:1) on `background` replaced
 * by the nearest colour that passes, through shiki's `colorReplacements`.
 */
export function readableTheme(theme: ThemeRegistration, background: string): ThemeRegistration {
  const colorReplacements: Record<string, string> = {};
  for (const color of foregrounds(theme)) {
    const fixed = readableOn(color, background);
    if (fixed !== color) colorReplacements[color] = fixed;
  }
  return { ...theme, colorReplacements: { ...theme.colorReplacements, ...colorReplacements } };
}

/** The site's code themes: GitHub light and dark, readable on VitePress's code background. */
export const codeThemes = {
  light: readableTheme(githubLight, CODE_BACKGROUND.light),
  dark: readableTheme(githubDark, CODE_BACKGROUND.dark),
};

/**
 * The workbench colours shiki reads from a theme (`normalizeTheme` in @shikijs/core: the
 * editor's foreground and background); a VS Code theme carries some 200 more for the editor's
 * chrome, which a highlighter never reads.
 */
const COLORS_SHIKI_READS = ["editor.foreground", "editor.background"] as const;

/** The theme as the highlighter needs it: everything but the workbench colours it never reads. */
export function compactTheme<T extends ThemeRegistration>(theme: T): T {
  const colors = Object.fromEntries(COLORS_SHIKI_READS.flatMap((key) => (theme.colors?.[key] === undefined ? [] : [[key, theme.colors[key]]])));
  return { ...theme, colors };
}
