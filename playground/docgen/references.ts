/**
 * Loads every `playground/methods/<method>/reference.ts` (Node only: `npm run generate` and the
 * tests). A method without the file has nothing to add to its schema page.
 */
import { existsSync, readdirSync } from "node:fs";
import { fileURLToPath, pathToFileURL } from "node:url";
import { indexReferences, type ReferenceExtras, type References } from "./extras";

const methodsDir = fileURLToPath(new URL("../methods/", import.meta.url));

export async function loadReferences(): Promise<References> {
  const entries: [string, ReferenceExtras][] = [];
  for (const method of readdirSync(methodsDir, { withFileTypes: true })) {
    const file = `${methodsDir}${method.name}/reference.ts`;
    if (!method.isDirectory() || !existsSync(file)) continue;
    const module = (await import(pathToFileURL(file).href)) as { reference?: ReferenceExtras };
    if (!module.reference) throw new Error(`${file} exports no reference`);
    entries.push([method.name, module.reference]);
  }
  return indexReferences(entries);
}
