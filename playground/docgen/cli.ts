/**
 * `npm run generate`: rewrites the GENERATED block of every hand-written page in
 * GENERATED_PAGES from the specification, and every page generated whole from the schema
 * (`schemaPages.ts`) and the home page's counts, removing generated pages the schema no longer has. `--check` writes
 * nothing and exits 1 when a page is out of date.
 */
import { readdir, readFile, rm, writeFile } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import type { BotApiSchema } from "../schema/model";
import { SCHEMA_FILE } from "../schema/fromGramioTypes";
import { GENERATED_BLOCKS, GENERATED_PAGES } from "./pages";
import { renderGeneratedBlock, replaceBlock, replaceGenerated } from "./render";
import { GENERATED_NOTICE, schemaPages, withHomeTagline } from "./schemaPages";

const docsDir = fileURLToPath(new URL("../../docs/", import.meta.url));
const check = process.argv.includes("--check");
let stale = 0;

async function put(file: string, next: string, current: string | undefined): Promise<void> {
  if (next === current) return;
  stale++;
  if (check) console.error(`out of date: docs/${file} (run npm run generate)`);
  else await writeFile(docsDir + file, next);
}

const readOrUndefined = (path: string) => readFile(path, "utf8").catch(() => undefined);

for (const { file, spec } of GENERATED_PAGES) {
  const current = await readFile(docsDir + file, "utf8");
  let next = replaceGenerated(current, renderGeneratedBlock(spec));
  for (const block of GENERATED_BLOCKS.filter((b) => b.file === file)) next = replaceBlock(next, block.name, block.render());
  await put(file, next, current);
}

const schema = JSON.parse(await readFile(SCHEMA_FILE, "utf8")) as BotApiSchema;
const pages = schemaPages(schema);
for (const [file, text] of pages) await put(file, text, await readOrUndefined(docsDir + file));
const home = await readFile(docsDir + "index.md", "utf8");
await put("index.md", withHomeTagline(home, schema), home);
for (const dir of ["methods", "types"]) {
  for (const name of await readdir(docsDir + dir)) {
    const file = `${dir}/${name}`;
    if (pages.has(file) || !(await readFile(docsDir + file, "utf8")).includes(GENERATED_NOTICE)) continue;
    stale++;
    if (check) console.error(`no longer in the schema: docs/${file} (run npm run generate)`);
    else await rm(docsDir + file);
  }
}

if (check && stale) process.exit(1);
console.log(stale ? `${check ? "stale" : "wrote"}: ${stale} page(s); ${pages.size} pages come from the schema` : "all generated pages are up to date");
