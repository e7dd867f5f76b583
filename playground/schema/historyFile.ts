/** The history of the schema on disk (Node only): where `npm run history` writes it, read back whole. */
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { loadHistory, type History, type StoredHistory } from "./history";

export const HISTORY_FILE = fileURLToPath(new URL("./history.json", import.meta.url));

/** Every snapshot of the committed history, oldest first. */
export function readHistory(): History {
  return loadHistory(JSON.parse(readFileSync(HISTORY_FILE, "utf8")) as StoredHistory);
}
