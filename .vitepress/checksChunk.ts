import type { Plugin } from "vite";

/** The modules every method's validation runs: the server's readings and td's helpers they use. */
const CHECKS = /[\\/]playground[\\/](?:call[\\/]validate|server[\\/](?:readingKinds|integerArg|td|parseMode|rareKinds))\.ts$/;

/**
 * Keeps the modules of every method's validation in one chunk. Left to itself, Rollup gives
 * each module shared with a lazily loaded one (`rareVerdicts.ts`) a file of its own, and the
 * playground's first load grew by their files' overhead. VitePress sets its own
 * `manualChunks` (framework and theme), so this wraps it rather than replacing it.
 */
export function checksChunk(): Plugin {
  return {
    name: "gramio:checks-chunk",
    apply: "build",
    outputOptions(output) {
      const theirs = output.manualChunks;
      if (typeof theirs !== "function") return undefined;
      return { ...output, manualChunks: (id, meta) => (CHECKS.test(id) ? "checks" : theirs(id, meta)) };
    },
  };
}
