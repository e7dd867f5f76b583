/**
 * The server that receives the updates of the webhook in the form: one runnable file per
 * framework, with GramIO's `webhookHandler`. Where the installed gramio's adapter is wrong (proven by
 * `test/proof/webhookHandler.test.ts`), the file checks the secret itself and says why in one
 * comment. Pure: the form's call and a framework in, TypeScript out.
 */
import { tsString } from "../escape";
import { SECRET_HEADER } from "../facts/secretHeader";
import { SECRET_ENV } from "../methods/setWebhook/secretEnv";
import { frameworkById, type Framework, type FrameworkId } from "./frameworks";
import { webhookPath } from "./path";
import { GRAMIO } from "../facts/versions";

export interface ServerShape {
  readonly framework: Framework;
  /** The request path Telegram posts to, as its request line carries it (before any `?`). */
  readonly rawPath: string;
  /** True when the routers take the path as plain text: unreserved characters, no dot segments. */
  readonly literal: boolean;
  /** True when the form sets a secret_token: the server then checks it. */
  readonly secret: boolean;
}

/** Path segments that every router and the URL parser take as they are. */
const LITERAL_PATH = /^(\/(?!\.\.?(\/|$))[A-Za-z0-9._~-]*)*$/;

export function serverShape(params: Readonly<Record<string, unknown>>, framework: string): ServerShape {
  const rawPath = webhookPath(params.url);
  return {
    framework: frameworkById(framework),
    rawPath,
    literal: LITERAL_PATH.test(rawPath),
    secret: typeof params.secret_token === "string" && params.secret_token !== "",
  };
}


const HEADER_LOWER = SECRET_HEADER.toLowerCase();
const UNAUTHORIZED = "secret token is invalid";

/** Why each framework's file checks the secret itself, in one comment (none: the adapter is right). */
const OWN_CHECK: Readonly<Record<FrameworkId, string | undefined>> = {
  express: undefined,
  fastify: `${GRAMIO}'s fastify adapter reads the header in mixed case, but Fastify hands it over in lower case: it would refuse every genuine update.`,
  hono: `${GRAMIO}'s hono adapter starts parsing the body before it checks the secret: a forged body that is not JSON stops the process.`,
  koa: `${GRAMIO}'s koa adapter writes \`ctx.status === 401\` (a comparison): a forged update would be answered 200.`,
  elysia: `${GRAMIO}'s elysia adapter is written as (...args), so Elysia parses nothing for it and every request fails with 500.`,
  "node-http": `${GRAMIO}'s http adapter parses the body in an event listener: a forged body that is not JSON stops the process.`,
  request: `${GRAMIO} starts parsing the body before it checks the secret: a forged body that is not JSON stops the process.`,
  deno: `${GRAMIO} starts parsing the body before it checks the secret: a forged body that is not JSON stops the process.`,
  bun: `${GRAMIO} starts parsing the body before it checks the secret: a forged body that is not JSON is an unhandled rejection.`,
  workers: `${GRAMIO} starts parsing the body before it checks the secret: a forged body that is not JSON is an unhandled rejection.`,
};

/** The bot: it logs each update as it arrives ("update 10001: message") and answers messages. */
function botLines(token: string, indent = ""): string[] {
  return [
    `const bot = new Bot(${token})`,
    "    .use((context, next) => {",
    '        console.log(`update ${context.updateId}: ${Object.keys(context.update ?? {}).filter((key) => key !== "update_id")}`);',
    "        return next();",
    "    })",
    '    .on("message", (context) => context.send("Received over the webhook"));',
  ].map((line) => indent + line);
}
const BOT = botLines("process.env.BOT_TOKEN as string");
const SECRET_LINES = [
  `const secret = process.env.${SECRET_ENV};`,
  `if (!secret) throw new Error("Set ${SECRET_ENV} to the secret_token given to setWebhook");`,
];
const NO_SECRET = "// No secret_token in the form: anyone who learns the url can post updates here. Set one in setWebhook.";
const QUICK = [
  "// webhookHandler answers as soon as the update is queued and the bot handles it after (shouldWait: false, the default):",
  "// Telegram waits for the answer, and one that comes too slowly makes it send the update again.",
];
const LISTEN_NOTE = [
  "// Plain HTTP: Telegram posts only to HTTPS, so put a reverse proxy (or a tunnel) with the certificate in front.",
  "// HOST=0.0.0.0 listens on every interface instead of this machine only.",
];
const NODE_PLACE = [...LISTEN_NOTE, "const port = Number(process.env.PORT ?? 3000);", 'const host = process.env.HOST ?? "127.0.0.1";'];
const LOG = "console.log(`Listening on http://${host}:${port}${webhookPath}`)";

function header(shape: ServerShape): string[] {
  return [...shape.framework.install.map((line) => `// ${line}`), `// ${shape.framework.run}`];
}

/** The comment over a file's own secret check, and over a path compared by hand. */
function ownCheckComment(shape: ServerShape): string[] {
  const why = OWN_CHECK[shape.framework.id];
  return shape.secret && why ? [`// The secret is checked here: ${why}`] : [];
}
const pathComment = (shape: ServerShape, framework: string) =>
  shape.literal ? [] : [`// The url's path has characters ${framework} reads as route syntax: every POST is matched and its path compared as it is.`];

const pathConst = (value: string) => `const webhookPath = ${tsString(value)};`;
/**
 * The path as `new URL(request.url).pathname` gives it in the runtime that runs the file.
 * Runtimes' URL parsers differ in what they percent-encode (Chromium encodes ^ and |, Node
 * does not), so a path that is not plain text is read by the same parser that reads each
 * request, once at start. The origin is joined as text: as a base, `//a/b` would read `a` as a host.
 */
function webPathConst(shape: ServerShape): string {
  if (shape.literal) return pathConst(shape.rawPath);
  return [
    "// The path as this runtime's URL parser reads a request's url, so both sides are read alike.",
    `const webhookPath = new URL(${tsString(`http://localhost${shape.rawPath}`)}).pathname;`,
  ].join("\n");
}

/** `inner`, or the refusal when the header read by `header` is not the secret (just `inner` without a secret). */
const guarded = (shape: ServerShape, header: string, inner: string, refusal: string) => (shape.secret ? `${header} === secret ? ${inner} : ${refusal}` : inner);

/** The framework-specific part of each file: imports, and the lines after `const bot`. */
interface Body {
  readonly imports: readonly string[];
  readonly lines: readonly string[];
  /** False for runtimes without process.env (the bot and secret lines are then inside the body). */
  readonly usesProcess?: boolean;
}

function express(shape: ServerShape): Body {
  const handler = shape.secret ? 'webhookHandler(bot, "express", { secretToken: secret })' : 'webhookHandler(bot, "express")';
  const route = shape.literal
    ? [...QUICK, ...(shape.secret ? [`// Answers 401 when the ${SECRET_HEADER} header is not the secret.`] : []), `app.post(webhookPath, ${handler});`]
    : [
        ...QUICK,
        ...pathComment(shape, "Express"),
        `const handle = ${handler};`,
        'app.post("/{*any}", (req, res, next) => (req.originalUrl.split("?")[0] === webhookPath ? handle(req, res) : next()));',
      ];
  return {
    imports: ['import express from "express";'],
    lines: [pathConst(shape.rawPath), "", "const app = express();", "app.use(express.json());", ...route, "", ...NODE_PLACE, `app.listen(port, host, () => ${LOG});`],
  };
}

function fastify(shape: ServerShape): Body {
  const check = (inner: string) => guarded(shape, `request.headers[${tsString(HEADER_LOWER)}]`, inner, `reply.code(401).send(${tsString(UNAUTHORIZED)})`);
  const route = shape.literal
    ? [shape.secret ? `app.post(webhookPath, (request, reply) => (${check("handle(request, reply)")}));` : "app.post(webhookPath, handle);"]
    : [
        ...pathComment(shape, "Fastify"),
        "app.post(\"*\", (request, reply) =>",
        `    request.url.split("?")[0] !== webhookPath ? reply.callNotFound() : ${check("handle(request, reply)")},`,
        ");",
      ];
  return {
    imports: ['import Fastify from "fastify";'],
    lines: [
      pathConst(shape.rawPath),
      "",
      "const app = Fastify();",
      ...QUICK,
      'const handle = webhookHandler(bot, "fastify");',
      ...ownCheckComment(shape),
      ...route,
      "",
      ...NODE_PLACE,
      `app.listen({ port, host }).then(() => ${LOG});`,
    ],
  };
}

function hono(shape: ServerShape): Body {
  const check = (inner: string) => guarded(shape, `c.req.header(${tsString(SECRET_HEADER)})`, inner, `c.text(${tsString(UNAUTHORIZED)}, 401)`);
  const route = shape.literal
    ? [shape.secret ? `app.post(webhookPath, (c) => (${check("handle(c)")}));` : "app.post(webhookPath, handle);"]
    : [...pathComment(shape, "Hono"), `app.post("*", (c) => (new URL(c.req.url).pathname !== webhookPath ? c.notFound() : ${check("handle(c)")}));`];
  return {
    imports: ['import { serve } from "@hono/node-server";', 'import { Hono } from "hono";'],
    lines: [
      webPathConst(shape),
      "",
      "const app = new Hono();",
      ...QUICK,
      'const handle = webhookHandler(bot, "hono");',
      ...ownCheckComment(shape),
      ...route,
      "",
      ...NODE_PLACE,
      `serve({ fetch: app.fetch, port, hostname: host }, () => ${LOG});`,
    ],
  };
}

function koa(shape: ServerShape): Body {
  return {
    imports: ['import Koa from "koa";', 'import bodyParser from "koa-bodyparser";'],
    lines: [
      pathConst(shape.rawPath),
      ...QUICK,
      'const handle = webhookHandler(bot, "koa");',
      "",
      ...NODE_PLACE,
      "new Koa()",
      "    .use(bodyParser())",
      "    .use((ctx) => {",
      '        if (ctx.method !== "POST" || ctx.originalUrl.split("?")[0] !== webhookPath) return;',
      ...ownCheckComment(shape).map((l) => `        ${l}`),
      ...(shape.secret
        ? [`        if (ctx.get(${tsString(SECRET_HEADER)}) !== secret) {`, "            ctx.status = 401;", `            ctx.body = ${tsString(UNAUTHORIZED)};`, "            return;", "        }"]
        : []),
      "        return handle(ctx);",
      "    })",
      `    .listen(port, host, () => ${LOG});`,
    ],
  };
}

function elysia(shape: ServerShape): Body {
  const check = (inner: string) => guarded(shape, `context.headers[${tsString(HEADER_LOWER)}]`, inner, `new Response(${tsString(UNAUTHORIZED)}, { status: 401 })`);
  const why = OWN_CHECK.elysia!;
  const route = shape.literal
    ? [`    .post(webhookPath, (context) => (${check("handle(context)")}))`]
    : [
        ...pathComment(shape, "Elysia").map((l) => `    ${l}`),
        "    .post(\"*\", (context) =>",
        `        new URL(context.request.url).pathname !== webhookPath ? new Response("Not Found", { status: 404 }) : ${check("handle(context)")},`,
        "    )",
      ];
  return {
    imports: ['import { node } from "@elysiajs/node";', 'import { Elysia } from "elysia";'],
    lines: [
      webPathConst(shape),
      ...QUICK,
      'const handle = webhookHandler(bot, "elysia");',
      "",
      ...NODE_PLACE,
      // The handler always takes the whole context, so Elysia parses the body and headers.
      `// The handler takes the whole context: ${why} On Bun, drop the node() adapter.`,
      "new Elysia({ adapter: node() })",
      ...route,
      "    // @elysiajs/node calls this before the port is open: the line may print a moment early.",
      `    .listen({ port, hostname: host }, () => ${LOG});`,
    ],
  };
}

function nodeHttp(shape: ServerShape): Body {
  return {
    imports: ['import { createServer } from "node:http";'],
    lines: [
      pathConst(shape.rawPath),
      ...QUICK,
      'const handle = webhookHandler(bot, "http");',
      "",
      ...NODE_PLACE,
      "createServer((request, response) => {",
      '    if (request.method !== "POST" || request.url?.split("?")[0] !== webhookPath) return void response.writeHead(404).end();',
      ...ownCheckComment(shape).map((l) => `    ${l}`),
      ...(shape.secret
        ? [`    if (request.headers[${tsString(HEADER_LOWER)}] !== secret) return void response.writeHead(401).end(${tsString(UNAUTHORIZED)});`]
        : []),
      "    return handle(request, response);",
      `}).listen(port, host, () => ${LOG});`,
    ],
  };
}

/** The web Request form: the lines of a function from a Request to a Response. */
function requestCheck(shape: ServerShape, secret: string, indent: string): string[] {
  return [
    `${indent}if (request.method !== "POST" || new URL(request.url).pathname !== webhookPath) return new Response("Not Found", { status: 404 });`,
    ...ownCheckComment(shape).map((l) => `${indent}${l}`),
    ...(shape.secret
      ? [`${indent}if (request.headers.get(${tsString(SECRET_HEADER)}) !== ${secret}) return new Response(${tsString(UNAUTHORIZED)}, { status: 401 });`]
      : []),
  ];
}

function request(shape: ServerShape): Body {
  return {
    imports: ['import { serve } from "@hono/node-server";'],
    lines: [
      webPathConst(shape),
      ...QUICK,
      'const handle = webhookHandler(bot, "Request");',
      "",
      "/** Any runtime or framework that hands over a web Request can call this (route handlers of Next.js, Remix, SvelteKit...). */",
      "export async function handleWebhook(request: Request): Promise<Response> {",
      ...requestCheck(shape, "secret", "    "),
      "    return handle(request);",
      "}",
      "",
      "// Here it is served on Node.js.",
      ...NODE_PLACE,
      `serve({ fetch: handleWebhook, port, hostname: host }, () => ${LOG});`,
    ],
  };
}

function deno(shape: ServerShape): Body {
  return {
    usesProcess: false,
    imports: [],
    lines: [
      ...botLines('Deno.env.get("BOT_TOKEN") as string'),
      ...(shape.secret
        ? [`const secret = Deno.env.get(${tsString(SECRET_ENV)});`, `if (!secret) throw new Error("Set ${SECRET_ENV} to the secret_token given to setWebhook");`]
        : [NO_SECRET]),
      webPathConst(shape),
      ...QUICK,
      'const handle = webhookHandler(bot, "std/http");',
      "",
      ...LISTEN_NOTE,
      'const port = Number(Deno.env.get("PORT") ?? 3000);',
      'const hostname = Deno.env.get("HOST") ?? "127.0.0.1";',
      "Deno.serve({ port, hostname }, (request) => {",
      ...requestCheck(shape, "secret", "    "),
      "    return handle(request);",
      "});",
    ],
  };
}

function bun(shape: ServerShape): Body {
  return {
    imports: [],
    lines: [
      webPathConst(shape),
      ...QUICK,
      'const handle = webhookHandler(bot, "Bun.serve");',
      "",
      ...NODE_PLACE,
      "Bun.serve({",
      "    port,",
      "    hostname: host,",
      "    fetch(request) {",
      ...requestCheck(shape, "secret", "        "),
      "        return handle(request);",
      "    },",
      "});",
      `${LOG};`,
    ],
  };
}

function workers(shape: ServerShape): Body {
  return {
    usesProcess: false,
    imports: [],
    lines: [
      webPathConst(shape),
      "",
      "interface Env {",
      "    BOT_TOKEN: string;",
      ...(shape.secret ? [`    ${SECRET_ENV}: string;`] : []),
      "}",
      ...(shape.secret ? [] : [NO_SECRET]),
      "",
      "export default {",
      "    async fetch(request: Request, env: Env): Promise<Response> {",
      ...requestCheck(shape, `env.${SECRET_ENV}`, "        "),
      ...botLines("env.BOT_TOKEN", "        "),
      "        // A Worker stops once it has answered, so the update is handled before the answer (shouldWait).",
      "        // gramio gives up after 30 s by default; keep handlers short, as Telegram sends a slow update again.",
      '        return webhookHandler(bot, "cloudflare", { shouldWait: true })(request);',
      "    },",
      "} satisfies ExportedHandler<Env>;",
    ],
  };
}

const BODIES: Readonly<Record<FrameworkId, (shape: ServerShape) => Body>> = {
  express,
  fastify,
  hono,
  koa,
  elysia,
  "node-http": nodeHttp,
  request,
  deno,
  bun,
  workers,
};

/** The whole file for a shape. */
export function serverFile(shape: ServerShape): string {
  const body = BODIES[shape.framework.id](shape);
  const gramio = shape.framework.runtime === "deno" ? "npm:gramio" : "gramio";
  const processLines = body.usesProcess === false ? [] : [...BOT, ...(shape.secret ? SECRET_LINES : [NO_SECRET])];
  return [
    ...header(shape),
    ...body.imports,
    `import { Bot, webhookHandler } from ${tsString(gramio)};`,
    "",
    ...processLines,
    ...(processLines.length ? [""] : []),
    ...body.lines,
    "",
  ].join("\n");
}
