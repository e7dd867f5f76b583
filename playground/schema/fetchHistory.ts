/**
 * `npm run history`: fetches every published version of `@gramio/types` from the npm registry
 * (`npm view`, `npm pack`), reads each with the same reader as the schema (`readTypesPackage`)
 * and writes `history.json`, one snapshot per Bot API version, oldest first. Where two package
 * versions say the same Bot API version, the newest package is read (a later fix of the same
 * version) and the others are named in the snapshot's `alsoPublished`. Needs the registry: not
 * part of `npm test`, whose drift test checks the newest snapshot against the current schema.
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { readTypesPackage } from "./fromGramioTypes";
import { HISTORY_FILE } from "./historyFile";
import { compareVersions, historyText, snapshotOf, type Snapshot } from "./history";

export const HISTORY_PACKAGE = "@gramio/types";

const npm = (...args: string[]) => execFileSync("npm", args, { encoding: "utf8", stdio: ["ignore", "pipe", "inherit"] });

function readVersion(version: string): Snapshot & { readonly packageVersion: string } {
  const dir = mkdtempSync(join(tmpdir(), "gramio-types-"));
  try {
    npm("pack", `${HISTORY_PACKAGE}@${version}`, "--pack-destination", dir, "--silent");
    const archive = readdirSync(dir).find((f) => f.endsWith(".tgz"));
    if (!archive) throw new Error(`npm pack gave no archive for ${HISTORY_PACKAGE}@${version}`);
    execFileSync("tar", ["-xzf", join(dir, archive), "-C", dir]);
    const read = readTypesPackage(join(dir, "package"));
    return { ...snapshotOf({ ...read, from: `${HISTORY_PACKAGE}@${read.packageVersion}` }), packageVersion: read.packageVersion };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const versions = JSON.parse(npm("view", HISTORY_PACKAGE, "versions", "--json")) as string[];
  const byApi = new Map<string, (Snapshot & { packageVersion: string })[]>();
  for (const version of versions) {
    const snapshot = readVersion(version);
    console.log(`${HISTORY_PACKAGE}@${version}: Bot API ${snapshot.botApiVersion}, ${Object.keys(snapshot.methods).length} methods, ${Object.keys(snapshot.types).length} types`);
    byApi.set(snapshot.botApiVersion, [...(byApi.get(snapshot.botApiVersion) ?? []), snapshot]);
  }
  const snapshots = [...byApi.entries()]
    .sort(([a], [b]) => compareVersions(a, b))
    .map(([, read]) => {
      const sorted = [...read].sort((a, b) => a.packageVersion.localeCompare(b.packageVersion, "en", { numeric: true }));
      const { packageVersion: _, ...newest } = sorted.at(-1)!;
      const others = sorted.slice(0, -1).map((s) => s.from);
      return others.length ? { ...newest, alsoPublished: others } : newest;
    });
  writeFileSync(HISTORY_FILE, historyText({ snapshots }));
  console.log(`wrote ${HISTORY_FILE}: ${snapshots.length} Bot API versions, ${snapshots[0]?.botApiVersion} to ${snapshots.at(-1)?.botApiVersion}`);
}
