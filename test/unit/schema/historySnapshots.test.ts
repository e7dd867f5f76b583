/**
 * The history against the packages it was read from: every older version of `@gramio/types`
 * the history holds is a devDependency under an alias (`gramio-types-7-11-0` is
 * `npm:@gramio/types@7.11.0`), read again here by the schema's reader and compared with its
 * snapshot, so `npm ci && npm test` proves the committed history without the network beyond the
 * registry. The newest is the installed `@gramio/types` (history.test.ts).
 */
import { describe, expect, it } from "vitest";
import { fileURLToPath } from "node:url";
import { readTypesPackage } from "../../../playground/schema/fromGramioTypes";
import { snapshotOf } from "../../../playground/schema/history";
import { readHistory } from "../../../playground/schema/historyFile";

const history = readHistory();
const aliasOf = (from: string) => `gramio-types-${from.replace("@gramio/types@", "").replaceAll(".", "-")}`;

describe("every snapshot of the history, read again from its package", () => {
  for (const snapshot of history.snapshots.slice(0, -1)) {
    it(`Bot API ${snapshot.botApiVersion} is ${snapshot.from} as the schema's reader reads it`, () => {
      const dir = fileURLToPath(new URL(`../../../node_modules/${aliasOf(snapshot.from)}/`, import.meta.url));
      const read = readTypesPackage(dir);
      const { alsoPublished: _, ...kept } = snapshot;
      expect(snapshotOf({ ...read, from: `@gramio/types@${read.packageVersion}` })).toEqual(kept);
    }, 120_000);
  }
});
