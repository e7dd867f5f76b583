/**
 * The frameworks `webhookHandler` of the installed gramio serves, as the "framework" control lists
 * them: small data only (the server generator's templates load with its tab).
 */

export const FRAMEWORK_IDS = ["express", "fastify", "hono", "koa", "elysia", "node-http", "request", "deno", "bun", "workers"] as const;
export type FrameworkId = (typeof FRAMEWORK_IDS)[number];

export interface Framework {
  readonly id: FrameworkId;
  /** The control's option text. */
  readonly label: string;
  /** gramio's name for the adapter (`webhookHandler(bot, name)`). */
  readonly adapter: "express" | "fastify" | "hono" | "koa" | "elysia" | "http" | "Request" | "std/http" | "Bun.serve" | "cloudflare";
  /** The commands that install what the file imports, one per line. */
  readonly install: readonly string[];
  /** The command that runs the file (with the environment it reads). */
  readonly run: string;
  /** Where the generated file runs: Node files are run by this site's proof, the others type-checked. */
  readonly runtime: "node" | "deno" | "bun" | "workers";
}

const NODE_RUN = "BOT_TOKEN=... WEBHOOK_SECRET=... npx tsx server.ts";

export const FRAMEWORKS: readonly Framework[] = [
  { id: "express", label: "Express", adapter: "express", install: ["npm install gramio express", "npm install -D tsx @types/express"], run: NODE_RUN, runtime: "node" },
  { id: "fastify", label: "Fastify", adapter: "fastify", install: ["npm install gramio fastify", "npm install -D tsx"], run: NODE_RUN, runtime: "node" },
  { id: "hono", label: "Hono (Node.js)", adapter: "hono", install: ["npm install gramio hono @hono/node-server", "npm install -D tsx"], run: NODE_RUN, runtime: "node" },
  {
    id: "koa",
    label: "Koa",
    adapter: "koa",
    install: ["npm install gramio koa koa-bodyparser", "npm install -D tsx @types/koa @types/koa-bodyparser"],
    run: NODE_RUN,
    runtime: "node",
  },
  { id: "elysia", label: "Elysia (Node.js)", adapter: "elysia", install: ["npm install gramio elysia @elysiajs/node", "npm install -D tsx"], run: NODE_RUN, runtime: "node" },
  { id: "node-http", label: "node:http", adapter: "http", install: ["npm install gramio", "npm install -D tsx @types/node"], run: NODE_RUN, runtime: "node" },
  {
    id: "request",
    label: "Web Request (any runtime)",
    adapter: "Request",
    install: ["npm install gramio @hono/node-server", "npm install -D tsx"],
    run: NODE_RUN,
    runtime: "node",
  },
  {
    id: "deno",
    label: "Deno",
    adapter: "std/http",
    install: ["(nothing to install: Deno fetches npm:gramio on the first run)"],
    run: "BOT_TOKEN=... WEBHOOK_SECRET=... deno run --allow-net --allow-env server.ts",
    runtime: "deno",
  },
  { id: "bun", label: "Bun.serve", adapter: "Bun.serve", install: ["bun add gramio"], run: "BOT_TOKEN=... WEBHOOK_SECRET=... bun server.ts", runtime: "bun" },
  {
    id: "workers",
    label: "Cloudflare Workers",
    adapter: "cloudflare",
    install: ["npm install gramio", "npm install -D wrangler @cloudflare/workers-types", "npx wrangler secret put BOT_TOKEN", "npx wrangler secret put WEBHOOK_SECRET"],
    run: "npx wrangler deploy server.ts --name my-bot --compatibility-date 2026-11-01 --compatibility-flags nodejs_compat",
    runtime: "workers",
  },
];

export const frameworkById = (id: string): Framework => FRAMEWORKS.find((f) => f.id === id) ?? FRAMEWORKS[0]!;
