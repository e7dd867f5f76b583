import { createServer, type Server } from "node:http";
import { readFile, stat } from "node:fs/promises";
import { extname, join, normalize, sep } from "node:path";
import { gzipSync } from "node:zlib";

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".ico": "image/x-icon",
  ".woff2": "font/woff2",
  ".txt": "text/plain; charset=utf-8",
  ".md": "text/markdown; charset=utf-8",
};

async function isFile(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isFile();
  } catch {
    return false;
  }
}

/** Finds the file for a clean URL the way a static host does for `cleanUrls: true`. */
async function resolve(root: string, urlPath: string): Promise<string | undefined> {
  const decoded = decodeURIComponent(urlPath);
  const base = normalize(join(root, decoded));
  if (base !== root && !base.startsWith(root + sep)) return undefined;
  for (const candidate of [base, `${base}.html`, join(base, "index.html")]) {
    if (await isFile(candidate)) return candidate;
  }
  return undefined;
}

export interface StaticServer {
  readonly url: string;
  close(): Promise<void>;
}

/**
 * Serves a built site on 127.0.0.1 (a free port unless `port` is given). With `compress`, text is sent gzipped to
 * clients that accept it, as any production static host does (the benchmark uses this).
 */
export async function startStaticServer(
  root: string,
  options: { compress?: boolean; port?: number; headers?: Record<string, string> } = {},
): Promise<StaticServer> {
  const gzipped = new Map<string, Buffer>();
  const server: Server = createServer(async (req, res) => {
    try {
      const path = new URL(req.url ?? "/", "http://127.0.0.1").pathname;
      const file = await resolve(root, path);
      if (!file) {
        res.writeHead(404, { "content-type": TYPES[".html"] });
        res.end(await readFile(join(root, "404.html")).catch(() => "Not found"));
        return;
      }
      const type = TYPES[extname(file)] ?? "application/octet-stream";
      const body = await readFile(file);
      if (options.compress && /text|json|svg/.test(type) && /\bgzip\b/.test(String(req.headers["accept-encoding"]))) {
        if (!gzipped.has(file)) gzipped.set(file, gzipSync(body));
        const cache = path.startsWith("/assets/") ? "public, max-age=31536000, immutable" : "no-cache";
        res.writeHead(200, { ...options.headers, "content-type": type, "content-encoding": "gzip", "cache-control": cache });
        res.end(gzipped.get(file));
        return;
      }
      res.writeHead(200, { ...options.headers, "content-type": type });
      res.end(body);
    } catch {
      res.writeHead(400).end();
    }
  });
  // Loopback only: nothing on the network can reach a preview or a test run.
  await new Promise<void>((ok, fail) => server.once("error", fail).listen(options.port ?? 0, "127.0.0.1", ok));
  const address = server.address();
  if (!address || typeof address === "string") throw new Error("static server has no port");
  return {
    url: `http://127.0.0.1:${address.port}`,
    close: () => new Promise<void>((ok) => server.close(() => ok())),
  };
}
