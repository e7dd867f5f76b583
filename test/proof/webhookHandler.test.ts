/**
 * What GramIO's `webhookHandler` really does with the secret token under each framework that
 * installs from npm, run for real on 127.0.0.1: a genuine update (right secret) must be
 * handled and answered 2xx; a forged one (wrong or missing secret) must be refused with 401
 * and not handled. The setWebhook page documents exactly what this proves, including the
 * adapters of gramio 0.10.0 that fail it, and the working alternative for each, proven here too.
 */
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { node } from "@elysiajs/node";
import { serve } from "@hono/node-server";
import { Elysia } from "elysia";
import express from "express";
import Fastify from "fastify";
import { Bot, webhookHandler } from "gramio";
import { Hono } from "hono";
import Koa from "koa";
import bodyParser from "koa-bodyparser";
import { describe, expect, it } from "vitest";
import { runGenerated } from "../support/generatedServer";

const SECRET = "proof_Secret-123";
const HEADER = "X-Telegram-Bot-Api-Secret-Token";
const PATH = "/telegram/webhook";

interface Running {
  readonly url: string;
  close(): Promise<void>;
}

/** A bot that records the update_id of every message it handles; it never calls the API. */
function recordingBot() {
  const bot = new Bot("123456:AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA", { api: { baseURL: "http://127.0.0.1:9/bot" } });
  const handled: number[] = [];
  bot.on("message", (ctx) => {
    const id = ctx.update?.update_id ?? -1;
    handled.push(id);
  });
  return { bot, handled };
}

const closeServer = (server: Server) =>
  new Promise<void>((ok) => {
    server.closeAllConnections();
    server.close(() => ok());
  });
const urlOf = (server: Server) => `http://127.0.0.1:${(server.address() as AddressInfo).port}${PATH}`;
const listen = (server: Server) => new Promise<Server>((ok) => server.listen(0, "127.0.0.1", () => ok(server)));

type Start = (bot: Bot) => Promise<Running>;

/** Each framework with gramio's adapter used as documented: `webhookHandler(bot, name, secret)`. */
const ADAPTERS: Record<string, Start> = {
  express: async (bot) => {
    const app = express();
    app.use(express.json());
    app.post(PATH, webhookHandler(bot, "express", SECRET));
    const server = await listen(createServer(app));
    return { url: urlOf(server), close: () => closeServer(server) };
  },
  fastify: async (bot) => {
    const app = Fastify();
    app.post(PATH, webhookHandler(bot, "fastify", SECRET));
    await app.listen({ port: 0, host: "127.0.0.1" });
    return { url: urlOf(app.server), close: () => app.close() };
  },
  hono: async (bot) => {
    const app = new Hono();
    app.post(PATH, webhookHandler(bot, "hono", SECRET));
    return startHono(app);
  },
  koa: async (bot) => {
    const app = new Koa();
    const handle = webhookHandler(bot, "koa", SECRET);
    app.use(bodyParser());
    app.use((ctx) => (ctx.path === PATH && ctx.method === "POST" ? handle(ctx) : undefined));
    const server = await listen(createServer(app.callback()));
    return { url: urlOf(server), close: () => closeServer(server) };
  },
  elysia: async (bot) => startElysia(new Elysia({ adapter: node() }).post(PATH, webhookHandler(bot, "elysia", SECRET))),
  "node:http": async (bot) => {
    const handle = webhookHandler(bot, "http", SECRET);
    const server = await listen(createServer((req, res) => (req.url === PATH ? handle(req, res) : res.writeHead(404).end())));
    return { url: urlOf(server), close: () => closeServer(server) };
  },
};

/**
 * The working alternative for the adapters that fail: check the header yourself (Node hands
 * over header names in lower case), refuse with 401, and let `webhookHandler` without a
 * secret handle the rest. The setWebhook page shows these same lines.
 */
const ALTERNATIVES: Record<string, Start> = {
  fastify: async (bot) => {
    const app = Fastify();
    const handle = webhookHandler(bot, "fastify");
    app.post(PATH, (request, reply) =>
      request.headers["x-telegram-bot-api-secret-token"] === SECRET ? handle(request, reply) : reply.code(401).send("secret token is invalid"),
    );
    await app.listen({ port: 0, host: "127.0.0.1" });
    return { url: urlOf(app.server), close: () => app.close() };
  },
  koa: async (bot) => {
    const app = new Koa();
    const handle = webhookHandler(bot, "koa");
    app.use(bodyParser());
    app.use((ctx) => {
      if (ctx.path !== PATH || ctx.method !== "POST") return;
      if (ctx.get("X-Telegram-Bot-Api-Secret-Token") !== SECRET) {
        ctx.status = 401;
        ctx.body = "secret token is invalid";
        return;
      }
      return handle(ctx);
    });
    const server = await listen(createServer(app.callback()));
    return { url: urlOf(server), close: () => closeServer(server) };
  },
  elysia: async (bot) => {
    const handle = webhookHandler(bot, "elysia");
    return startElysia(
      new Elysia({ adapter: node() }).post(PATH, (ctx) =>
        ctx.headers["x-telegram-bot-api-secret-token"] === SECRET ? handle(ctx) : new Response("secret token is invalid", { status: 401 }),
      ),
    );
  },
};

function startHono(app: Hono): Promise<Running> {
  return new Promise((ok) => {
    const server = serve({ fetch: app.fetch, port: 0, hostname: "127.0.0.1" }, (info) =>
      ok({ url: `http://127.0.0.1:${info.port}${PATH}`, close: () => closeServer(server as Server) }),
    );
  });
}

/** What is used of an Elysia app (its full type carries every route). */
interface ElysiaApp {
  listen(options: { port: number; hostname: string }, callback: (server: { stop(closeActive?: boolean): unknown }) => void): unknown;
}

async function startElysia(app: ElysiaApp): Promise<Running> {
  // Elysia's Node adapter takes a fixed port: ask the system for a free one first.
  const probe = await listen(createServer());
  const port = (probe.address() as AddressInfo).port;
  await closeServer(probe);
  // The listen callback hands over the running server (with the Node adapter `app.server`
  // stays unset, so `app.stop()` would not find it).
  const server = await new Promise<{ stop(closeActive?: boolean): unknown }>((ok) => void app.listen({ port, hostname: "127.0.0.1" }, ok));
  return { url: `http://127.0.0.1:${port}${PATH}`, close: async () => void (await server.stop(true)) };
}

let nextId = 1000;
const update = (id: number) => ({ update_id: id, message: { message_id: id, date: 1_700_000_000, chat: { id: 1, type: "private" }, text: `update ${id}` } });

async function post(url: string, id: number, secret: string | undefined): Promise<number> {
  const headers: Record<string, string> = { "content-type": "application/json" };
  if (secret !== undefined) headers[HEADER] = secret;
  const response = await fetch(url, { method: "POST", headers, body: JSON.stringify(update(id)) });
  await response.arrayBuffer();
  return response.status;
}

interface Outcome {
  /** Status for a genuine update, and whether it was handled (exactly once). */
  readonly genuine: { status: number; handled: boolean };
  /** Statuses for a wrong and a missing secret, and whether either was handled. */
  readonly forged: { wrong: number; missing: number; handled: boolean };
}

/**
 * Sends a forged update with a wrong and with no secret, then a genuine one, and returns what
 * happened. The adapter queues an update before it answers, so once the three answers are in,
 * waiting for the bot's queue to be idle means every let-through update has been handled: no
 * waiting on a clock.
 */
async function probe(start: Start): Promise<Outcome> {
  const { bot, handled } = recordingBot();
  const running = await start(bot);
  try {
    const [wrongId, missingId, genuineId] = [nextId++, nextId++, nextId++];
    const wrong = await post(running.url, wrongId, "not-the-secret");
    const missing = await post(running.url, missingId, undefined);
    const genuine = await post(running.url, genuineId, SECRET);
    await bot.updates.queue.onIdle();
    return {
      genuine: { status: genuine, handled: handled.filter((i) => i === genuineId).length === 1 },
      forged: { wrong, missing, handled: handled.includes(wrongId) || handled.includes(missingId) },
    };
  } finally {
    await running.close();
  }
}

const WORKS: Outcome = { genuine: { status: 200, handled: true }, forged: { wrong: 401, missing: 401, handled: false } };

describe("webhookHandler with a secret token, as gramio 0.10.0 ships it", () => {
  it.each(["express", "hono", "node:http"])("%s: handles a genuine update and refuses a forged one with 401", async (name) => {
    expect(await probe(ADAPTERS[name]!)).toEqual(WORKS);
  });

  it("koa: a forged update is not handled, but it is answered 200 (ctx.status === 401 is a comparison)", async () => {
    expect(await probe(ADAPTERS.koa!)).toEqual({ genuine: { status: 200, handled: true }, forged: { wrong: 200, missing: 200, handled: false } });
  });

  it("fastify: every genuine update is refused with 401 (the header is looked up in mixed case; Fastify hands it over in lower case)", async () => {
    expect(await probe(ADAPTERS.fastify!)).toEqual({ genuine: { status: 401, handled: false }, forged: { wrong: 401, missing: 401, handled: false } });
  });

  it("elysia on Node: every request is answered 500, with or without a secret (Elysia parses nothing for a handler written as (...args))", async () => {
    expect(await probe(ADAPTERS.elysia!)).toEqual({ genuine: { status: 500, handled: false }, forged: { wrong: 500, missing: 500, handled: false } });
    const noSecret = (bot: Bot) => startElysia(new Elysia({ adapter: node() }).post(PATH, webhookHandler(bot, "elysia")));
    expect((await probe(noSecret)).genuine).toEqual({ status: 500, handled: false });
  });
});

describe("the working alternative: check the header yourself", () => {
  it.each(["fastify", "koa", "elysia"])("%s: handles a genuine update and refuses a forged one with 401", async (name) => {
    expect(await probe(ALTERNATIVES[name]!)).toEqual(WORKS);
  });
});

/**
 * gramio 0.10.0's http, hono and Request adapters start reading the body as JSON before they
 * compare the secret. A forged request whose body is not JSON then throws outside any handler:
 * one request from anyone stops the whole Node.js process. (The generated servers check the
 * secret before handing the request over; `webhookServer.test.ts` proves they keep running.)
 */
describe("a forged body that is not JSON, sent to gramio's own adapter", () => {
  const servers: Record<string, string> = {
    "node:http": [
      'import { createServer } from "node:http";',
      'import { Bot, webhookHandler } from "gramio";',
      'const handle = webhookHandler(new Bot("1:a"), "http", "s3cret");',
      "createServer((req, res) => handle(req, res)).listen(Number(process.env.PORT), \"127.0.0.1\", () => console.log(\"Listening on 127.0.0.1\"));",
    ].join("\n"),
    hono: [
      'import { serve } from "@hono/node-server";',
      'import { Hono } from "hono";',
      'import { Bot, webhookHandler } from "gramio";',
      'const app = new Hono().post("/", webhookHandler(new Bot("1:a"), "hono", "s3cret"));',
      'serve({ fetch: app.fetch, port: Number(process.env.PORT), hostname: "127.0.0.1" }, () => console.log("Listening on 127.0.0.1"));',
    ].join("\n"),
    Request: [
      'import { serve } from "@hono/node-server";',
      'import { Bot, webhookHandler } from "gramio";',
      'const handle = webhookHandler(new Bot("1:a"), "Request", "s3cret");',
      'serve({ fetch: (request: Request) => handle(request), port: Number(process.env.PORT), hostname: "127.0.0.1" }, () => console.log("Listening on 127.0.0.1"));',
    ].join("\n"),
  };

  it.each(Object.keys(servers))("%s: stops the process", async (name) => {
    const server = await runGenerated(servers[name]!, {});
    await fetch(`${server.origin}/`, { method: "POST", headers: { [HEADER]: "wrong", "content-type": "application/json" }, body: "not json" }).catch(() => undefined);
    await server.ended();
    expect(server.lines.some((line) => line.startsWith("SyntaxError: Unexpected token"))).toBe(true);
    expect(server.exited()?.code).not.toBe(0);
    expect(server.exited()?.signal).toBeNull();
  });
});
