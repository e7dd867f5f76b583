/** The history of the schema on disk (Node only): where `npm run history` writes it, read back whole. */
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { loadHistory, snapshotOf, type History, type StoredHistory } from "./history";
import type { BotApiSchema } from "./model";

export const HISTORY_FILE = fileURLToPath(new URL("./history.json", import.meta.url));

/** Every snapshot of the committed history, oldest first. */
export function readHistory(): History {
  return loadHistory(JSON.parse(readFileSync(HISTORY_FILE, "utf8")) as StoredHistory);
}

const withSchema = new WeakMap<BotApiSchema, History>();
/**
 * The committed history, with `schema` as its newest version when the history ends before it
 * (a package upgraded, `npm run history` not yet run): what is new in the schema is then since
 * its version.
 */
export function historyWith(schema: BotApiSchema): History {
  const cached = withSchema.get(schema);
  if (cached) return cached;
  const history = readHistory();
  const newest = history.snapshots.at(-1);
  const out = newest?.botApiVersion === schema.botApiVersion ? history : { snapshots: [...history.snapshots, snapshotOf({ ...schema, from: `@gramio/types@${schema.packageVersion}` })] };
  withSchema.set(schema, out);
  return out;
}
