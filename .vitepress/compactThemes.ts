import { pathToFileURL } from "node:url";
import type { Plugin } from "vite";
import { compactTheme } from "./theme/codeThemes";

/** shiki's theme modules, as the site's code themes import them. */
const THEME_MODULE = /[\\/]@shikijs[\\/]themes[\\/]dist[\\/][\w-]+\.mjs$/;

/**
 * The code themes in the client bundle without the workbench colours no highlighter reads
 * (`compactTheme`): 2.6 KB of gzip (28.9 to 26.3) out of the playground's first load. The static code blocks
 * are highlighted at build time from the full themes, to the same colours.
 */
export function compactCodeThemes(): Plugin {
  return {
    name: "gramio:compact-code-themes",
    enforce: "pre",
    async transform(_code, id) {
      if (!THEME_MODULE.test(id)) return undefined;
      const { default: theme } = await import(pathToFileURL(id).href);
      return { code: `export default Object.freeze(${JSON.stringify(compactTheme(theme))});\n`, map: null };
    },
  };
}
