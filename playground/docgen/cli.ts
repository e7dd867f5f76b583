/**
 * `npm run generate`: rewrites the GENERATED block of every page in GENERATED_PAGES from the
 * specification. `--check` writes nothing and exits 1 when a page is out of date.
 */
import { readFile, writeFile } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import { GENERATED_BLOCKS, GENERATED_PAGES } from "./pages";
import { renderGeneratedBlock, replaceBlock, replaceGenerated } from "./render";

const docsDir = fileURLToPath(new URL("../../docs/", import.meta.url));
const check = process.argv.includes("--check");
let stale = 0;

for (const { file, spec } of GENERATED_PAGES) {
  const path = docsDir + file;
  const current = await readFile(path, "utf8");
  let next = replaceGenerated(current, renderGeneratedBlock(spec));
  for (const block of GENERATED_BLOCKS.filter((b) => b.file === file)) next = replaceBlock(next, block.name, block.render());
  if (next === current) continue;
  stale++;
  if (check) console.error(`out of date: docs/${file} (run npm run generate)`);
  else {
    await writeFile(path, next);
    console.log(`wrote docs/${file}`);
  }
}
if (check && stale) process.exit(1);
if (!stale) console.log("all generated blocks are up to date");
