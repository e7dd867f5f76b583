import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import type { TestProject } from "vitest/node";
import { startStaticServer } from "../../.vitepress/staticServer";
import { assertChromium } from "./chromium";

const dist = fileURLToPath(new URL("../../.vitepress/dist", import.meta.url));

declare module "vitest" {
  export interface ProvidedContext {
    baseURL: string;
  }
}

/** Serves the production build for every browser test, then stops the server. */
export default async function setup(project: TestProject) {
  assertChromium();
  if (!existsSync(`${dist}/index.html`)) {
    throw new Error("No built site in .vitepress/dist: run `npm run build` first (npm test does).");
  }
  const server = await startStaticServer(dist);
  project.provide("baseURL", server.url);
  return () => server.close();
}
