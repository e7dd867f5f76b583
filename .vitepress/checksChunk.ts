import type { Plugin } from "vite";

/**
 * The modules every method's playground loads with it: validation (the server's readings and
 * td's helpers they use), the slice loader, the request model and the cURL writer, the send
 * helpers, the link, the shell escaping, the methods' registry and the store. Nothing else
 * imports them before a playground is wanted.
 */
const CORE = new RegExp(
  String.raw`[\\/](?:playground[\\/](?:call[\\/](?:validate|link|form)|server[\\/](?:readingKinds|integerArg|td|parseMode|rareKinds)|schema[\\/](?:loadSlice|uploads)|methods[\\/](?:index|folders)|generators[\\/]curl|request|send|escape)\.ts|components[\\/](?:methods[\\/]index\.ts|call[\\/]store\.ts|PlaygroundBadge\.vue(?:\?.*)?))$`,
);

/**
 * The facts the webhook doctor shares with the playground (update types, versions, errors): their
 * own chunk, or Rollup would pull them into the core and the doctor would load all of it.
 */
const FACTS = /[\\/]playground[\\/]facts[\\/](?:updateTypes|versions|errors)\.ts$/;

/**
 * Keeps those modules in one chunk, `playgroundCore`. Left to itself, Rollup gives each module
 * shared by two lazily loaded ones (the playground and `rareVerdicts.ts`, the webhook tabs) a
 * file of its own, and every file's overhead (its imports, its exports, a request) added up on
 * the playground's first load. VitePress sets its own `manualChunks` (framework and theme), so
 * this wraps it rather than replacing it.
 */
export function checksChunk(): Plugin {
  return {
    name: "gramio:playground-core-chunk",
    apply: "build",
    outputOptions(output) {
      const theirs = output.manualChunks;
      if (typeof theirs !== "function") return undefined;
      return { ...output, manualChunks: (id, meta) => (CORE.test(id) ? "playgroundCore" : FACTS.test(id) ? "facts" : theirs(id, meta)) };
    },
  };
}
