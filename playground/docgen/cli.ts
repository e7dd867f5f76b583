/**
 * `npm run generate`: writes every page the schema gives (`schemaPages.ts`), with what each
 * method's folder adds (`playground/methods/<method>/reference.ts`), fills the generated blocks
 * of the hand-written pages (the formatting guide's tables: `formatting.ts`), writes the page of
 * each Bot API version of the history (`changelog.ts`), writes the home page's counts, and removes generated pages the
 * schema no longer has. `--check` writes nothing and exits 1 when a page is out of date.
 */
import { historyWith } from "../schema/historyFile";
import { mkdir, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import type { BotApiSchema } from "../schema/model";
import { SCHEMA_FILE } from "../schema/fromGramioTypes";
import { loadReferences } from "./references";
import { withFormattingTables } from "./formatting";
import { changelogPages } from "./changelog";
import { GENERATED_NOTICE, schemaPages, withGramioVersion, withHomeTagline } from "./schemaPages";

const docsDir = fileURLToPath(new URL("../../docs/", import.meta.url));
const check = process.argv.includes("--check");
let stale = 0;

async function put(file: string, next: string, current: string | undefined): Promise<void> {
  if (next === current) return;
  stale++;
  if (check) console.error(`out of date: docs/${file} (run npm run generate)`);
  else await writeFile(docsDir + file, next);
}

/** Each page on disk, read once: the generator sees it, and `put` compares with it. */
const onDisk = new Map<string, string | undefined>();
const existing = (file: string) => {
  if (!onDisk.has(file)) {
    try {
      onDisk.set(file, readFileSync(docsDir + file, "utf8"));
    } catch {
      onDisk.set(file, undefined);
    }
  }
  return onDisk.get(file);
};

const schema = JSON.parse(await readFile(SCHEMA_FILE, "utf8")) as BotApiSchema;
const history = historyWith(schema);
const pages = new Map([...schemaPages(schema, await loadReferences(), existing, history), ...changelogPages(schema, history)]);
await mkdir(docsDir + "changes", { recursive: true });
for (const [file, text] of pages) await put(file, text, existing(file));
const home = await readFile(docsDir + "index.md", "utf8");
await put("index.md", withGramioVersion(withHomeTagline(home, schema), schema.gramioVersion), home);
for (const name of await readdir(docsDir + "guide")) {
  const file = `guide/${name}`;
  const text = await readFile(docsDir + file, "utf8");
  await put(file, withFormattingTables(withGramioVersion(text, schema.gramioVersion)), text);
}
for (const dir of ["methods", "types", "changes"]) {
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
