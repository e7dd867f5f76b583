/**
 * `npm run preview`: serves the production build on 127.0.0.1 only (VitePress's own preview
 * listens on every interface and ignores --host), gzipped like a static host. PORT picks the
 * port (default 4173; 0 for any free one); PREVIEW_DIR another built folder.
 */
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { startStaticServer } from "./staticServer";

const dist = process.env.PREVIEW_DIR ?? fileURLToPath(new URL("./dist", import.meta.url));
if (!existsSync(`${dist}/index.html`)) {
  console.error("No build in .vitepress/dist: run `npm run build` first.");
  process.exit(1);
}
const server = await startStaticServer(dist, { compress: true, port: Number(process.env.PORT ?? 4173) });
console.log(`Serving the built site at ${server.url}/ (loopback only; Ctrl+C stops it)`);
const stop = () => void server.close().then(() => process.exit(0));
process.on("SIGINT", stop);
process.on("SIGTERM", stop);
