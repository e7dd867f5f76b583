import { describe, expect, it } from "vitest";
import { webhookInput } from "../support/setWebhookCall";
import { descriptor as setWebhookDescriptor } from "../../playground/methods/setWebhook";
import { FRAMEWORK_IDS, FRAMEWORKS } from "../../playground/webhook/frameworks";
import { WEBHOOK_OUTPUTS } from "../../playground/webhook/outputs";
import { DEFAULT_WEBHOOK_PATH, localWebhookUrl, webhookPath } from "../../playground/webhook/path";
import { sampleUpdate, sampleUpdateId, SAMPLE_TYPES } from "../../playground/webhook/sampleUpdates";
import { certificateNames, selfSignedCommands } from "../../playground/webhook/selfSigned";
import { serverFile, serverShape } from "../../playground/webhook/server";
import { testUpdateCurl, testUpdateFetch, testUpdateOptions, testUpdateTarget } from "../../playground/webhook/testUpdate";

const BOT_LINES = [
  "const bot = new Bot(process.env.BOT_TOKEN as string)",
  "    .use((context, next) => {",
  '        console.log(`update ${context.updateId}: ${Object.keys(context.update ?? {}).filter((key) => key !== "update_id")}`);',
  "        return next();",
  "    })",
  '    .on("message", (context) => context.send("Received over the webhook"));',
];

describe("the served path", () => {
  it.each([
    ["https://bot.example.com/tg/hook?from=telegram", "/tg/hook"],
    ["https://bot.example.com", "/"],
    ["https://bot.example.com:8443/a b", "/a%20b"],
    ["", DEFAULT_WEBHOOK_PATH],
    ["ftp://bot.example.com/hook", DEFAULT_WEBHOOK_PATH],
    [42, DEFAULT_WEBHOOK_PATH],
  ])("%j → %s (the request line the Bot API server writes)", (url, path) => {
    expect(webhookPath(url)).toBe(path);
  });

  it("takes a path literally only when every router does", () => {
    const literal = (url: string) => serverShape({ url }, "express").literal;
    expect(literal("https://x.example/telegram/webhook-1_a.b~c")).toBe(true);
    for (const url of ["https://x.example/bot1:AA", "https://x.example/a*", "https://x.example/(x)", "https://x.example/a/../b", "https://x.example/a/./b", "https://x.example/%41"])
      expect(literal(url), url).toBe(false);
  });

  it("suggests the local url of the Server tab's file", () => {
    expect(localWebhookUrl("https://bot.example.com/tg/hook?x=1")).toBe("http://localhost:3000/tg/hook");
  });
});

describe("the Server output", () => {
  it("writes the Express file with gramio's adapter checking the secret", () => {
    expect(serverFile(serverShape({ url: "https://bot.example.com/tg/hook?x=1", secret_token: "abc" }, "express"))).toBe(
      [
        "// npm install gramio express",
        "// npm install -D tsx @types/express",
        "// BOT_TOKEN=... WEBHOOK_SECRET=... npx tsx server.ts",
        'import express from "express";',
        'import { Bot, webhookHandler } from "gramio";',
        "",
        ...BOT_LINES,
        "const secret = process.env.WEBHOOK_SECRET;",
        'if (!secret) throw new Error("Set WEBHOOK_SECRET to the secret_token given to setWebhook");',
        "",
        'const webhookPath = "/tg/hook";',
        "",
        "const app = express();",
        "app.use(express.json());",
        "// webhookHandler answers as soon as the update is queued and the bot handles it after (shouldWait: false, the default):",
        "// Telegram waits for the answer, and one that comes too slowly makes it send the update again.",
        "// Answers 401 when the X-Telegram-Bot-Api-Secret-Token header is not the secret.",
        'app.post(webhookPath, webhookHandler(bot, "express", { secretToken: secret }));',
        "",
        "// Plain HTTP: Telegram posts only to HTTPS, so put a reverse proxy (or a tunnel) with the certificate in front.",
        "// HOST=0.0.0.0 listens on every interface instead of this machine only.",
        "const port = Number(process.env.PORT ?? 3000);",
        'const host = process.env.HOST ?? "127.0.0.1";',
        "app.listen(port, host, () => console.log(`Listening on http://${host}:${port}${webhookPath}`));",
        "",
      ].join("\n"),
    );
  });

  it("checks the secret itself where gramio 0.10.0's adapter is wrong, and says why", () => {
    const fastify = serverFile(serverShape({ url: "https://bot.example.com/hook", secret_token: "abc" }, "fastify"));
    expect(fastify).toContain(
      [
        "// The secret is checked here: gramio 0.10.0's fastify adapter reads the header in mixed case, but Fastify hands it over in lower case: it would refuse every genuine update.",
        'app.post(webhookPath, (request, reply) => (request.headers["x-telegram-bot-api-secret-token"] === secret ? handle(request, reply) : reply.code(401).send("secret token is invalid")));',
      ].join("\n"),
    );
    const koa = serverFile(serverShape({ url: "https://bot.example.com/hook", secret_token: "abc" }, "koa"));
    expect(koa).toContain('        if (ctx.get("X-Telegram-Bot-Api-Secret-Token") !== secret) {\n            ctx.status = 401;');
    // Elysia's adapter fails with or without a secret: its file always says why it takes the whole context.
    expect(serverFile(serverShape({ url: "https://bot.example.com/hook" }, "elysia"))).toContain(
      "// The handler takes the whole context: gramio 0.10.0's elysia adapter is written as (...args), so Elysia parses nothing for it and every request fails with 500. On Bun, drop the node() adapter.",
    );
    for (const id of FRAMEWORK_IDS.filter((f) => f !== "express" && f !== "elysia")) {
      expect(serverFile(serverShape({ url: "https://bot.example.com/hook", secret_token: "abc" }, id)), id).toContain("// The secret is checked here: gramio 0.10.0");
      expect(serverFile(serverShape({ url: "https://bot.example.com/hook" }, id)), id).not.toContain("The secret is checked here");
    }
  });

  it("matches every POST and compares the path where the routers would read it as syntax", () => {
    expect(serverFile(serverShape({ url: "https://bot.example.com/a:b" }, "hono"))).toContain(
      [
        "// The url's path has characters Hono reads as route syntax: every POST is matched and its path compared as it is.",
        'app.post("*", (c) => (new URL(c.req.url).pathname !== webhookPath ? c.notFound() : handle(c)));',
      ].join("\n"),
    );
    // Escaped as a TypeScript string, whatever the path holds.
    expect(serverFile(serverShape({ url: 'https://bot.example.com/a"b\\c' }, "node-http"))).toContain('const webhookPath = "/a\\"b\\\\c";');
  });

  it("reads the environment of each runtime and waits for the handler on Workers", () => {
    const deno = serverFile(serverShape({ url: "https://bot.example.com/hook", secret_token: "abc" }, "deno"));
    expect(deno).toContain('import { Bot, webhookHandler } from "npm:gramio";');
    expect(deno).toContain('const secret = Deno.env.get("WEBHOOK_SECRET");');
    expect(deno).not.toContain("process.env");
    const workers = serverFile(serverShape({ url: "https://bot.example.com/hook", secret_token: "abc" }, "workers"));
    expect(workers).toContain('if (request.headers.get("X-Telegram-Bot-Api-Secret-Token") !== env.WEBHOOK_SECRET) return new Response("secret token is invalid", { status: 401 });');
    expect(workers).toContain('return webhookHandler(bot, "cloudflare", { shouldWait: true })(request);');
    expect(workers).not.toContain("process.env");
  });

  it("lists every framework of gramio's webhookHandler once, and the control offers them", () => {
    expect(FRAMEWORKS.map((f) => f.adapter)).toEqual(["express", "fastify", "hono", "koa", "elysia", "http", "Request", "std/http", "Bun.serve", "cloudflare"]);
    const server = WEBHOOK_OUTPUTS.find((o) => o.id === "server")!;
    expect(server.choices?.[0]?.options?.map((o) => o.value)).toEqual([...FRAMEWORK_IDS]);
  });
});

describe("the Test update output", () => {
  it("posts the sample as Telegram does, the secret from the environment", () => {
    const command = testUpdateCurl({ url: "https://bot.example.com/tg", secret_token: "abc" }, { type: "message", to: "http://localhost:3000/tg", as: "curl" });
    expect(command.split("\n").slice(0, 5)).toEqual([
      "# A message update, sent the way Telegram sends it.",
      "curl --globoff --fail-with-body --show-error --silent -X POST --url http://localhost:3000/tg \\",
      "  -H 'Content-Type: application/json' \\",
      `  -H 'X-Telegram-Bot-Api-Secret-Token: '"\${WEBHOOK_SECRET}" \\`,
      "  --data-binary '{",
    ]);
    expect(JSON.parse(command.slice(command.indexOf("'{") + 1, command.lastIndexOf("}'") + 1))).toEqual(sampleUpdate("message", sampleUpdateId("message")));
  });

  it("quotes a target url and sample text for bash, and leaves the header out without a secret", () => {
    const command = testUpdateCurl({ url: "https://bot.example.com/it's" }, testUpdateOptions({ update: "nonsense" }));
    expect(command).toContain("-X POST --url 'https://bot.example.com/it'\\''s' \\");
    expect(command).not.toContain("Secret-Token");
  });

  it("writes a fetch script whose update is typed as TelegramUpdate", () => {
    const script = testUpdateFetch({ url: "https://bot.example.com/tg", secret_token: "abc" }, { type: "callback_query", to: "", as: "fetch" });
    expect(script).toContain('import type { TelegramUpdate } from "@gramio/types";\n\nconst update: TelegramUpdate = {\n    "update_id": 900000004,');
    expect(script).toContain('fetch("https://bot.example.com/tg", {');
    expect(script).toContain('        "X-Telegram-Bot-Api-Secret-Token": process.env.WEBHOOK_SECRET as string,');
  });

  it("sends to the url unless told otherwise, and numbers each type's sample", () => {
    expect(testUpdateTarget({ url: " https://bot.example.com/x " }, "")).toEqual({ url: "https://bot.example.com/x", secret: false });
    expect(testUpdateTarget({}, "")).toEqual({ url: "http://localhost:3000/telegram/webhook", secret: false });
    expect(new Set(SAMPLE_TYPES.map(sampleUpdateId)).size).toBe(SAMPLE_TYPES.length);
    for (const type of SAMPLE_TYPES) expect(Object.keys(sampleUpdate(type, 1))).toEqual(["update_id", type]);
  });
});

describe("the Certificate output", () => {
  it("puts an IP host in the CN (the server reads no IP-type names) and a name in a DNS name", () => {
    expect(certificateNames("203.0.113.7")).toEqual({ cn: "203.0.113.7", kind: "IP", name: "203.0.113.7" });
    expect(certificateNames("bot.example.com")).toEqual({ cn: "bot.example.com", kind: "DNS", name: "bot.example.com" });
  });

  it("writes the commands, the upload and the checks for the url", () => {
    const out = selfSignedCommands(webhookInput({ url: "https://bot.example.com:8443/hook" }, "node"));
    expect(out).toContain(
      [
        "openssl req -x509 -newkey rsa:2048 -sha256 -nodes -days 365 \\",
        "  -keyout private.key -out public.pem \\",
        "  -subj /CN=bot.example.com -addext subjectAltName=DNS:bot.example.com",
      ].join("\n"),
    );
    expect(out).toContain(`curl -sS "https://api.telegram.org/bot\${BOT_TOKEN}"'/setWebhook?url=https%3A%2F%2Fbot.example.com%3A8443%2Fhook' \\\n  -F certificate=@public.pem`);
    expect(out).toContain("openssl s_client -connect bot.example.com:8443 -servername bot.example.com -CAfile public.pem -verify_hostname bot.example.com </dev/null 2>&1 | grep -m 1 \"Verify return code\"");
    expect(selfSignedCommands(webhookInput({ url: "https://it's,a$b.example/hook" }))).toContain(
      [
        "cat > openssl.cnf <<'CONF'",
        "[req]",
        "prompt = no",
        "utf8 = yes",
        "string_mask = utf8only",
        "distinguished_name = subject",
        "x509_extensions = names",
        "[subject]",
        "CN = it\\'s,a\\$b.example",
        "[names]",
        "subjectAltName = @alt",
        "[alt]",
        "DNS.1 = it\\'s,a\\$b.example",
        "CONF",
        "openssl req -x509 -newkey rsa:2048 -sha256 -nodes -days 365 -config openssl.cnf \\",
        "  -keyout private.key -out public.pem",
      ].join("\n"),
    );
    expect(selfSignedCommands(webhookInput({}, "node"))).toMatch(/^# No valid url in the form yet: these commands use https:\/\/bot\.example\.com:8443\/telegram\/webhook\./);
  });
});

describe("the setWebhook descriptor", () => {
  it("adds the three webhook tabs after the call's own", () => {
    expect(setWebhookDescriptor.outputs?.map((o) => [o.id, o.title, o.lang])).toEqual([
      ["server", "Server", "typescript"],
      ["test-update", "Test update", "shellscript"],
      ["certificate", "Certificate", "shellscript"],
    ]);
    expect(WEBHOOK_OUTPUTS.find((o) => o.id === "test-update")!.langFor!({ as: "fetch" })).toBe("typescript");
  });
});
