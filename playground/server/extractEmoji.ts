/**
 * Unpacks td's list of emoji (tdutils/td/utils/emoji.cpp) into `tdEmoji.json`, which `isEmoji`
 * (`tdEmoji.ts`) reads: `npx tsx playground/server/extractEmoji.ts <emoji.cpp> <td commit>`, on
 * the file at the commit the Bot API server pins (`git show 49b3bcb:tdutils/td/utils/emoji.cpp`).
 */
import { readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { inflateSync } from "node:zlib";

/** The packed list in emoji.cpp (base64url of zlib), unpacked: the emoji, space-separated, and how many td says there are. */
export function extractEmoji(source: string): { readonly count: number; readonly emoji: string } {
  const start = source.indexOf("Slice packed_emojis(");
  const packed = [...source.slice(start, source.indexOf(");", start)).matchAll(/"([^"]*)"/g)].map((m) => m[1]).join("");
  const emoji = inflateSync(Buffer.from(packed, "base64url")).toString("utf8").trim();
  const count = Number(/constexpr size_t EMOJI_COUNT = (\d+);/.exec(source)?.[1]);
  if (emoji.split(" ").length !== count) throw new Error(`emoji.cpp unpacks to ${emoji.split(" ").length} emoji, and says ${count}`);
  return { count, emoji };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const [file, commit] = process.argv.slice(2);
  if (!file || !commit) throw new Error("usage: tsx playground/server/tdEmoji.ts <tdutils/td/utils/emoji.cpp> <td commit>");
  const { count, emoji } = extractEmoji(readFileSync(file, "utf8"));
  writeFileSync(new URL("./tdEmoji.json", import.meta.url), `${JSON.stringify({ source: `tdlib/td ${commit}, tdutils/td/utils/emoji.cpp`, count, emoji })}\n`);
  console.log(`${count} emoji`);
}
