/**
 * The "Server" output, proven: every generated file type-checks against its runtime's
 * published types, and every file for a runtime this machine has (Node.js) is started as a user
 * would start it and sent real updates on 127.0.0.1. With the right secret an update is handled
 * exactly once and answered 2xx; with a wrong or missing secret, or a forged body that is not
 * JSON, it is refused with 401, not handled, and the server keeps running; another path is 404.
 */
import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { request } from "node:http";
import { tmpdir } from "node:os";
import ts from "typescript";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { SECRET_HEADER } from "../../playground/facts/secretHeader";
import { FRAMEWORKS, type Framework } from "../../playground/webhook/frameworks";
import { sampleUpdate, sampleUpdateId, SAMPLE_TYPES } from "../../playground/webhook/sampleUpdates";
import { testUpdateCurl, testUpdateFetch } from "../../playground/webhook/testUpdate";
import { startRecorder, type Recorder } from "../support/recorder";
import { serverFile, serverShape } from "../../playground/webhook/server";
import { runGenerated, scratchProject, type RunningServer } from "../support/generatedServer";

const SECRET = "proof_Secret-123";
const TOKEN = "123456:AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA";

/** The forms a url's path takes: plain, full of what routers read as syntax, and what URL parsers read differently. */
const SHAPES = {
  plain: { url: "https://bot.example.com/telegram/webhook?from=telegram", secret_token: SECRET },
  "route syntax in the path": { url: "https://bot.example.com/tg/bot123456:AA-h_Z*(x)+%41!/./hook?q=1", secret_token: SECRET },
  "no secret": { url: "https://bot.example.com/telegram/webhook" },
  // Chromium's URL parser encodes ^ and |, Node's does not; as a base, `//tg` would read tg as a host.
  "a leading // and characters URL parsers disagree on": { url: "https://bot.example.com//tg/a^b|c`d/hook", secret_token: SECRET },
} as const;

const RUNNABLE = FRAMEWORKS.filter((f) => f.runtime === "node");

/** The raw path of a url, as the Bot API server writes it on the request line. */
const requestTarget = (url: string) => url.slice(url.indexOf("/", "https://".length));

interface Answer {
  readonly status: number;
}

/** One POST with an exact request target (fetch would normalise it). */
function post(origin: string, target: string, body: string, secret: string | undefined): Promise<Answer> {
  const { hostname, port } = new URL(origin);
  const headers: Record<string, string> = { "content-type": "application/json", "content-length": String(Buffer.byteLength(body)) };
  if (secret !== undefined) headers[SECRET_HEADER] = secret;
  return new Promise((ok, fail) => {
    const req = request({ hostname, port, path: target, method: "POST", headers }, (res) => {
      res.resume();
      res.on("end", () => ok({ status: res.statusCode ?? 0 }));
    });
    req.on("error", fail);
    req.end(body);
  });
}

let nextId = 5000;
/** A message update whose chat id is its update_id, so the bot's answer can be told apart. */
const messageUpdate = () => {
  const id = nextId++;
  const update = sampleUpdate("message", id);
  const body = { ...update, message: { ...update.message!, chat: { ...update.message!.chat, id } } };
  return { id, body: JSON.stringify(body) };
};
const handledCount = (server: RunningServer, id: number) => server.lines.filter((l) => l.startsWith(`update ${id}: `)).length;

describe("the generated server type-checks", () => {
  /** Compiler options of each runtime: its own published types and nothing else. */
  const RUNTIME_TYPES: Record<Framework["runtime"], ts.CompilerOptions> = {
    node: { types: ["node"], lib: ["lib.es2023.d.ts"] },
    bun: { types: ["bun"], lib: ["lib.es2023.d.ts", "lib.dom.d.ts"] },
    deno: { types: ["deno"], lib: ["lib.es2023.d.ts", "lib.dom.d.ts"], paths: { "npm:gramio": ["./node_modules/gramio"] } },
    workers: { types: ["@cloudflare/workers-types"], lib: ["lib.es2023.d.ts"] },
  };

  it.each(Object.keys(RUNTIME_TYPES))("%s: every framework and url shape", (runtime) => {
    const files: Record<string, string> = {};
    for (const framework of FRAMEWORKS.filter((f) => f.runtime === runtime))
      for (const [name, params] of Object.entries(SHAPES)) files[`${framework.id}-${name.replace(/\W+/g, "-")}.ts`] = serverFile(serverShape(params, framework.id));
    const project = scratchProject(files);
    try {
      const options: ts.CompilerOptions = {
        strict: true,
        noEmit: true,
        skipLibCheck: true,
        target: ts.ScriptTarget.ES2022,
        module: ts.ModuleKind.Preserve,
        moduleResolution: ts.ModuleResolutionKind.Bundler,
        esModuleInterop: true,
        moduleDetection: ts.ModuleDetectionKind.Force,
        baseUrl: project.dir,
        typeRoots: [`${project.dir}/node_modules/@types`, `${project.dir}/node_modules/@cloudflare`],
        ...RUNTIME_TYPES[runtime as Framework["runtime"]],
      };
      if (runtime === "workers") options.types = ["workers-types"];
      const program = ts.createProgram(
        Object.keys(files).map((f) => `${project.dir}/${f}`),
        options,
      );
      const problems = ts
        .getPreEmitDiagnostics(program)
        .map((d) => `${d.file ? d.file.fileName.slice(project.dir.length + 1) : ""}: ${ts.flattenDiagnosticMessageText(d.messageText, "\n")}`);
      expect(problems).toEqual([]);
      expect(Object.keys(files).length).toBe(FRAMEWORKS.filter((f) => f.runtime === runtime).length * Object.keys(SHAPES).length);
    } finally {
      project.remove();
    }
  });
});

describe.each(RUNNABLE.map((f) => [f.label, f] as const))("the generated %s server, run on Node.js", (_label, framework) => {
  describe.each(Object.entries(SHAPES))("url %s", (shapeName, params) => {
    let server: RunningServer;
    const target = requestTarget(params.url);
    const secret = "secret_token" in params ? params.secret_token : undefined;

    beforeAll(async () => {
      server = await runGenerated(serverFile(serverShape(params, framework.id)), { BOT_TOKEN: TOKEN, ...(secret ? { WEBHOOK_SECRET: secret } : {}) });
    });
    afterAll(() => server?.stop());

    it("handles a genuine update exactly once, answers 2xx, and replies through the Bot API", async () => {
      const genuine = messageUpdate();
      const answer = await post(server.origin, target, genuine.body, secret);
      expect(answer.status).toBeGreaterThanOrEqual(200);
      expect(answer.status).toBeLessThan(300);
      await server.waitForLine((l) => l.startsWith(`update ${genuine.id}: message`));
      // The bot's answer to this update's chat went to the (stubbed) Bot API.
      await server.waitForLine((l) => l.startsWith("botapi sendMessage ") && l.includes(`"chat_id":${genuine.id},`));
      // A later update is handled after this one: once it is in, a repeat would have shown.
      const later = messageUpdate();
      expect((await post(server.origin, target, later.body, secret)).status).toBeLessThan(300);
      await server.waitForLine((l) => l.startsWith(`update ${later.id}: message`));
      expect(handledCount(server, genuine.id)).toBe(1);
    });

    // Only a url with a secret has a secret to refuse (a url without one is covered above and below).
    if (secret) it("refuses a wrong or missing secret, and a forged body that is not JSON, with 401, handles none, and keeps running", async () => {
      const wrong = messageUpdate();
      const missing = messageUpdate();
      expect((await post(server.origin, target, wrong.body, "not-the-secret")).status).toBe(401);
      expect((await post(server.origin, target, missing.body, undefined)).status).toBe(401);
      // Refused before anything reads it as an update: 401, or 400 where the framework parses JSON first.
      expect([400, 401]).toContain((await post(server.origin, target, "not json", "not-the-secret")).status);
      const after = messageUpdate();
      expect((await post(server.origin, target, after.body, secret)).status).toBeLessThan(300);
      await server.waitForLine((l) => l.startsWith(`update ${after.id}: message`));
      expect([handledCount(server, wrong.id), handledCount(server, missing.id)]).toEqual([0, 0]);
      expect(server.exited()).toBeNull();
    });

    it("answers 404 on another path and handles nothing there", async () => {
      const stray = messageUpdate();
      expect((await post(server.origin, "/another/path", stray.body, secret)).status).toBe(404);
      const after = messageUpdate();
      expect((await post(server.origin, target, after.body, secret)).status).toBeLessThan(300);
      await server.waitForLine((l) => l.startsWith(`update ${after.id}: message`));
      expect(handledCount(server, stray.id)).toBe(0);
    });

    it(`(${shapeName}) printed where it listens`, () => {
      expect(server.lines[0]).toMatch(/^Listening on http:\/\/127\.0\.0\.1:\d+\//);
    });
  });
});

/** Runs a command and collects what it prints. */
function capture(command: string, args: string[], cwd: string, env: Record<string, string>): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((ok, fail) => {
    const child = spawn(command, args, { cwd, env: { PATH: process.env.PATH ?? "/usr/bin:/bin", ...env }, stdio: ["ignore", "pipe", "pipe"] });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (d) => (stdout += d));
    child.stderr.on("data", (d) => (stderr += d));
    child.on("error", fail);
    child.on("close", (code) => ok({ code: code ?? -1, stdout, stderr }));
  });
}

describe("the Test update output, sent to the generated Express server", () => {
  const params = SHAPES.plain;
  let server: RunningServer;
  let to: string;
  beforeAll(async () => {
    if (!existsSync("/usr/bin/curl")) throw new Error("These checks run curl: install it with sudo apt-get install -y curl");
    server = await runGenerated(serverFile(serverShape(params, "express")), { BOT_TOKEN: TOKEN, WEBHOOK_SECRET: SECRET });
    to = `${server.origin}${requestTarget(params.url)}`;
  });
  afterAll(() => server?.stop());

  it.each(SAMPLE_TYPES)("cURL: a %s update arrives and is handled once", async (type) => {
    const command = testUpdateCurl(params, { type, to, as: "curl" });
    const result = await capture("bash", ["-c", command], tmpdir(), { WEBHOOK_SECRET: SECRET });
    expect(result, command).toMatchObject({ code: 0, stdout: "ok!", stderr: "" });
    await server.waitForLine((l) => l === `update ${sampleUpdateId(type)}: ${type}`);
  });

  it("cURL without the secret in the environment: the server refuses it, curl fails", async () => {
    const result = await capture("bash", ["-c", testUpdateCurl(params, { type: "message", to, as: "curl" })], tmpdir(), {});
    expect(result).toMatchObject({ code: 22, stdout: "secret token is invalid" });
  });

  it("fetch: every sample type-checks against @gramio/types and arrives", async () => {
    const files = Object.fromEntries(SAMPLE_TYPES.map((type) => [`${type}.ts`, testUpdateFetch(params, { type, to, as: "fetch" })]));
    const project = scratchProject(files);
    try {
      const program = ts.createProgram(
        Object.keys(files).map((f) => `${project.dir}/${f}`),
        { strict: true, noEmit: true, skipLibCheck: true, target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.Preserve, moduleResolution: ts.ModuleResolutionKind.Bundler, moduleDetection: ts.ModuleDetectionKind.Force, types: ["node"], lib: ["lib.es2023.d.ts"] },
      );
      expect(ts.getPreEmitDiagnostics(program).map((d) => ts.flattenDiagnosticMessageText(d.messageText, "\n"))).toEqual([]);
      for (const type of SAMPLE_TYPES) {
        const result = await capture(process.execPath, ["--import", "tsx", `${type}.ts`], project.dir, { WEBHOOK_SECRET: SECRET });
        expect(result, type).toMatchObject({ code: 0, stdout: "200 ok!\n", stderr: "" });
        await server.waitForLine((l) => l === `update ${sampleUpdateId(type)}: ${type}`);
      }
    } finally {
      project.remove();
    }
  });

  it("handled each test update exactly once", () => {
    for (const type of SAMPLE_TYPES) expect(server.lines.filter((l) => l === `update ${sampleUpdateId(type)}: ${type}`), type).toHaveLength(2);
  });
});

describe("the Test update cURL command with a hostile 'send to' url", () => {
  let recorder: Recorder;
  beforeAll(async () => {
    recorder = await startRecorder();
  });
  afterAll(() => recorder?.close());

  it("sends one request to the url as written: curl neither globs {a,b} or [1-5] nor reads a leading - as an option", async () => {
    for (const path of ["/hook{a,b}", "/hook[1-5]", "/h{x,y}[0-9]"]) {
      const before = recorder.requests.length;
      const command = testUpdateCurl({ secret_token: "s" }, { type: "message", to: `${recorder.origin}${path}`, as: "curl" });
      const result = await capture("bash", ["-c", command], tmpdir(), { WEBHOOK_SECRET: SECRET });
      expect(result.code, command).toBe(0);
      expect(recorder.requests.slice(before).map((r) => r.target)).toEqual([path]);
    }
    const option = testUpdateCurl({}, { type: "message", to: "-o/tmp/owned-by-test-update", as: "curl" });
    const result = await capture("bash", ["-c", option], tmpdir(), {});
    expect(result.code).not.toBe(0);
    expect(existsSync("/tmp/owned-by-test-update")).toBe(false);
  });
});
