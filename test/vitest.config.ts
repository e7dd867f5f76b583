import { defineConfig } from "vitest/config";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("..", import.meta.url));

// No test may depend on machine speed: waits end on a condition, with bounds far above what a
// busy 2-core machine needs (expect.poll's own default is 1 s).
const poll = { poll: { timeout: 30_000, interval: 50 } };

export default defineConfig({
  test: {
    root,
    projects: [
      {
        test: {
          name: "unit",
          root,
          include: ["test/unit/**/*.test.ts"],
          testTimeout: 60_000,
          expect: poll,
        },
      },
      {
        test: {
          name: "proof",
          root,
          include: ["test/proof/**/*.test.ts"],
          testTimeout: 120_000,
          hookTimeout: 120_000,
          expect: poll,
        },
      },
      {
        test: {
          name: "browser",
          root,
          include: ["test/browser/**/*.test.ts"],
          globalSetup: ["test/browser/globalSetup.ts"],
          testTimeout: 60_000,
          hookTimeout: 60_000,
          expect: poll,
          // One Chromium at a time on a 2-core machine.
          fileParallelism: false,
        },
      },
    ],
  },
});
