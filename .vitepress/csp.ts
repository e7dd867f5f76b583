/**
 * A Content-Security-Policy for the built site. VitePress writes a few inline scripts into
 * every page (colour scheme, platform, the page hash map) whose hashes change with each
 * build, so the policy is computed from the build: `npm run csp` prints it for the host's
 * configuration. Styles need 'unsafe-inline': shiki colours code with inline style
 * attributes, and so does VitePress's layout.
 */
import { readdir, readFile } from "node:fs/promises";
import { createHash } from "node:crypto";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { DEFAULT_API_ORIGIN } from "../playground/request";

async function htmlFiles(dir: string): Promise<string[]> {
  const out: string[] = [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...(await htmlFiles(path)));
    else if (entry.name.endsWith(".html")) out.push(path);
  }
  return out;
}

/** The sha256 source expression of every distinct inline script in the build. */
export async function inlineScriptHashes(dist: string): Promise<string[]> {
  const hashes = new Set<string>();
  for (const file of await htmlFiles(dist)) {
    const html = await readFile(file, "utf8");
    for (const [, attrs, body] of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)) {
      if (/\bsrc=/.test(attrs!)) continue;
      hashes.add(`'sha256-${createHash("sha256").update(body!, "utf8").digest("base64")}'`);
    }
  }
  return [...hashes].sort();
}

/**
 * The policy. `connect` lists the Bot API servers the playground may send to (the official
 * one by default; add a self-hosted server's origin).
 */
export async function contentSecurityPolicy(dist: string, connect: readonly string[] = [DEFAULT_API_ORIGIN]): Promise<string> {
  return [
    "default-src 'self'",
    `script-src 'self' ${(await inlineScriptHashes(dist)).join(" ")}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "font-src 'self'",
    `connect-src 'self' ${connect.join(" ")}`,
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'none'",
    "frame-ancestors 'none'",
  ].join("; ");
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const dist = fileURLToPath(new URL("./dist", import.meta.url));
  console.log(await contentSecurityPolicy(dist, process.argv.slice(2).length ? process.argv.slice(2) : undefined));
}
