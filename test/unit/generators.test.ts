import { describe, expect, it } from "vitest";
import { webhookInput } from "../support/setWebhookCall";
import { GENERATORS, generatorById } from "../../playground/generators";
import type { SetWebhookInput } from "../../playground/methods/setWebhook/input";
import type { RequestOptions, Runtime } from "../../playground/request";

const gen = (id: string, params: SetWebhookInput, runtime: Runtime = "node") => generatorById(id)!.generate(webhookInput(params, runtime));

const PEM = "-----BEGIN CERTIFICATE-----\nAB\n-----END CERTIFICATE-----\n";
const HOSTILE = "https://example.com/it's/$(touch /tmp/pwned)`id`;a&&b\\\"x\"\n🎉";

describe("registry", () => {
  it("has one generator per output, in tab order, each covered below", () => {
    expect(GENERATORS.map((g) => [g.id, g.title, g.lang])).toEqual([
      ["gramio", "GramIO", "ts"],
      ["http", "HTTP", "http"],
      ["curl", "cURL", "bash"],
    ]);
  });
  it("gives every generator a trailing newline and no token", () => {
    for (const g of GENERATORS) {
      const out = g.generate(webhookInput({ url: "https://example.com/hook" }, "node"));
      expect(out.endsWith("\n"), g.id).toBe(true);
      expect(out).not.toMatch(/\d{6,}:[A-Za-z0-9_-]{30,}/);
    }
  });
});

describe("GramIO", () => {
  it("omits parameters left at their defaults", () => {
    expect(gen("gramio", { url: "https://example.com/hook" })).toBe(
      `import { Bot } from "gramio";

const bot = new Bot(process.env.BOT_TOKEN as string);

await bot.api.setWebhook({
    url: "https://example.com/hook",
});
`,
    );
  });
  it("writes every parameter, the certificate as a MediaUpload", () => {
    expect(
      gen("gramio", {
        url: "https://example.com/hook",
        certificate: { name: "cert.pem", size: PEM.length, text: PEM },
        ip_address: "203.0.114.7",
        max_connections: 100,
        allowed_updates: ["message", "chat_member"],
        drop_pending_updates: true,
        secret_token: "a-b_C",
      }),
    ).toBe(`import { Bot, MediaUpload } from "gramio";

const bot = new Bot(process.env.BOT_TOKEN as string);

await bot.api.setWebhook({
    url: "https://example.com/hook",
    certificate: await MediaUpload.path("./cert.pem"),
    ip_address: "203.0.114.7",
    max_connections: 100,
    allowed_updates: ["message", "chat_member"],
    drop_pending_updates: true,
    secret_token: process.env.WEBHOOK_SECRET,
});
`);
  });
  it("escapes quotes, backslashes and newlines, keeps $ and emoji", () => {
    expect(gen("gramio", { url: HOSTILE })).toContain(
      `    url: "https://example.com/it's/$(touch /tmp/pwned)\`id\`;a&&b\\\\\\"x\\"\\n🎉",\n`,
    );
  });
  it("writes an empty url (delete) and an empty allowed_updates list", () => {
    expect(gen("gramio", { url: "", allowed_updates: [] })).toContain(`    url: "",\n    allowed_updates: [],\n`);
  });
  it("escapes a hostile certificate file name", () => {
    expect(gen("gramio", { url: "https://e.com/h", certificate: { name: 'a"b\\c.pem', size: 1, text: "x" } })).toContain(
      `MediaUpload.path("./a\\"b\\\\c.pem")`,
    );
  });
});

describe("HTTP", () => {
  it("sends JSON when there is no file", () => {
    expect(gen("http", { url: "https://example.com/hook", max_connections: 40, drop_pending_updates: true })).toBe(
      `POST /bot<token>/setWebhook HTTP/1.1
Host: api.telegram.org
Content-Type: application/json
Content-Length: 83

{"url":"https://example.com/hook","max_connections":40,"drop_pending_updates":true}
`,
    );
  });
  it("counts Content-Length in UTF-8 bytes and JSON-escapes hostile text", () => {
    expect(gen("http", { url: HOSTILE })).toBe(
      `POST /bot<token>/setWebhook HTTP/1.1
Host: api.telegram.org
Content-Type: application/json
Content-Length: 76

{"url":"https://example.com/it's/$(touch /tmp/pwned)\`id\`;a&&b\\\\\\"x\\"\\n🎉"}
`,
    );
  });
  it("on Node.js puts the file in the body and the rest in the query string", () => {
    expect(
      gen("http", { url: "https://example.com/hook;type=x", certificate: { name: "my cert.pem", size: PEM.length, text: PEM }, allowed_updates: ["message"], secret_token: "tok" }),
    ).toBe(`POST /bot<token>/setWebhook?url=https%3A%2F%2Fexample.com%2Fhook%3Btype%3Dx&allowed_updates=%5B%22message%22%5D&secret_token=tok HTTP/1.1
Host: api.telegram.org
Content-Type: multipart/form-data; boundary=----formdata-undici-012345678901
Content-Length: 251

------formdata-undici-012345678901
Content-Disposition: form-data; name="certificate"; filename="my cert.pem"
Content-Type: application/octet-stream

${PEM}
------formdata-undici-012345678901--
`);
  });
  it("on Bun puts every parameter in the body, in call order", () => {
    expect(
      gen("http", { url: "https://example.com/hook", certificate: { name: "c.pem", size: PEM.length, text: PEM }, drop_pending_updates: true }, "bun"),
    ).toBe(`POST /bot<token>/setWebhook HTTP/1.1
Host: api.telegram.org
Content-Type: multipart/form-data; boundary=-WebkitFormBoundary3f2a9c4e8b7d6150
Content-Length: 470

---WebkitFormBoundary3f2a9c4e8b7d6150
Content-Disposition: form-data; name="url"

https://example.com/hook
---WebkitFormBoundary3f2a9c4e8b7d6150
Content-Disposition: form-data; name="certificate"; filename="c.pem"
Content-Type: application/octet-stream

${PEM}
---WebkitFormBoundary3f2a9c4e8b7d6150
Content-Disposition: form-data; name="drop_pending_updates"

true
---WebkitFormBoundary3f2a9c4e8b7d6150--
`);
  });
  it("percent-encodes a quote in the file name as fetch does", () => {
    expect(gen("http", { url: "https://e.com/h", certificate: { name: 'a"b.pem', size: 1, text: "x" } })).toContain(
      'filename="a%22b.pem"',
    );
  });
  it("shortens a huge file in the view", () => {
    const big = "A".repeat(20_000);
    const out = gen("http", { url: "https://e.com/h", certificate: { name: "big.pem", size: big.length, text: big } });
    expect(out).toContain("… 3616 more characters of big.pem");
  });
});

describe("cURL", () => {
  it("sends JSON with the token from $BOT_TOKEN and the secret from $WEBHOOK_SECRET", () => {
    expect(gen("curl", { url: "https://example.com/hook", secret_token: "tok" })).toBe(
      `curl -sS "https://api.telegram.org/bot\${BOT_TOKEN}"/setWebhook \\
  -H 'Content-Type: application/json' \\
  --data-raw '{"url":"https://example.com/hook","secret_token":"'"\${WEBHOOK_SECRET}"'"}'
`,
    );
  });
  it("reads the secret from $WEBHOOK_SECRET in the query string and in a form part too", () => {
    const cert = { name: "c.pem", size: 1, text: "x" };
    expect(gen("curl", { url: "https://e.com/h", certificate: cert, secret_token: "abc" })).toBe(
      `curl -sS "https://api.telegram.org/bot\${BOT_TOKEN}"'/setWebhook?url=https%3A%2F%2Fe.com%2Fh&secret_token='"\${WEBHOOK_SECRET}" \\
  -F certificate=@c.pem
`,
    );
    expect(gen("curl", { url: "https://e.com/h", certificate: cert, secret_token: "abc" }, "bun")).toContain(`  --form-string 'secret_token='"\${WEBHOOK_SECRET}"\n`);
  });
  it("leaves a value that holds the placeholder's text alone", () => {
    expect(gen("curl", { url: "https://e.com/WEBHOOKSECRET", secret_token: "abc" })).toContain(
      `--data-raw '{"url":"https://e.com/WEBHOOKSECRET","secret_token":"'"\${WEBHOOK_SECRET}"'"}'`,
    );
  });
  it("writes a secret the server would refuse as it is (it cannot be a variable's safe value)", () => {
    expect(gen("curl", { url: "https://e.com/h", secret_token: "a'b" })).toContain(`"secret_token":"a'\\''b"}'`);
    expect(gen("gramio", { url: "https://e.com/h", secret_token: "a b" })).toContain(`    secret_token: "a b",\n`);
  });
  it("single-quotes hostile values with '\\'' escaping", () => {
    expect(gen("curl", { url: HOSTILE })).toBe(
      `curl -sS "https://api.telegram.org/bot\${BOT_TOKEN}"/setWebhook \\
  -H 'Content-Type: application/json' \\
  --data-raw '{"url":"https://example.com/it'\\''s/$(touch /tmp/pwned)\`id\`;a&&b\\\\\\"x\\"\\n🎉"}'
`,
    );
  });
  it("on Node.js uploads the file with -F and sends the rest in the query string", () => {
    expect(
      gen("curl", { url: "https://example.com/hook;type=x", certificate: { name: "my cert.pem", size: 1, text: "x" }, allowed_updates: ["message"] }),
    ).toBe(
      `curl -sS "https://api.telegram.org/bot\${BOT_TOKEN}"'/setWebhook?url=https%3A%2F%2Fexample.com%2Fhook%3Btype%3Dx&allowed_updates=%5B%22message%22%5D' \\
  -F 'certificate=@"my cert.pem"'
`,
    );
  });
  it("on Bun sends text parts with --form-string, so @, < and ;type= stay literal", () => {
    expect(
      gen("curl", { url: "@/etc/passwd", certificate: { name: "c.pem", size: 1, text: "x" }, secret_token: "<file;type=x" }, "bun"),
    ).toBe(
      `curl -sS "https://api.telegram.org/bot\${BOT_TOKEN}"/setWebhook \\
  --form-string url=@/etc/passwd \\
  -F certificate=@c.pem \\
  --form-string 'secret_token=<file;type=x'
`,
    );
  });
});

/** The request `bot.api.setWebhook(params)` sends. */
async function buildRequest(params: SetWebhookInput, options: RequestOptions) {
  const { buildMethodRequest } = await import("../../playground/request");
  const { sliceOf } = await import("../support/slices");
  return buildMethodRequest(sliceOf("setWebhook"), params as Record<string, unknown>, options).request!;
}

describe("multipart body", () => {
  it("is byte for byte what Node's fetch sends for the same FormData", async () => {
    const { serializeBody } = await import("../../playground/request");
    const boundary = "----formdata-undici-000000000042";
    const request = await buildRequest(
      { url: "https://e.com/h", certificate: { name: 'my "c".pem', size: PEM.length, text: PEM }, secret_token: "a\nb", drop_pending_updates: true },
      { runtime: "bun", token: "1:x", boundary },
    );
    const form = new FormData();
    form.append("url", "https://e.com/h");
    form.append("certificate", new File([PEM], 'my "c".pem'));
    form.append("secret_token", "a\nb");
    form.append("drop_pending_updates", "true");
    const sent = new Request("http://127.0.0.1/", { method: "POST", body: form });
    const real = (await sent.text()).replaceAll(/----formdata-undici-\d+/g, boundary);
    expect(serializeBody(request.body)).toBe(real);
    expect(request.headers.find(([k]) => k === "Content-Length")?.[1]).toBe(String(Buffer.byteLength(real)));
  });
});

describe("HTTP view of a large certificate", () => {
  const big = `-----BEGIN CERTIFICATE-----\n${"QUJD".repeat(200_000)}\n-----END CERTIFICATE-----\n`;
  it("shortens the file where it stands, whatever its name (no replacement patterns)", () => {
    for (const name of ["x$&.pem", "$'$`.pem", "$1.pem"]) {
      const out = gen("http", { url: "https://e.com/h", certificate: { name, size: big.length, text: big } });
      expect(out.length, name).toBeLessThan(20_000);
      expect(out, name).toContain(`filename="${name}"`);
      expect(out, name).toContain(`… ${big.length - 16_384} more characters of ${name}`);
      // The length still counts the whole file.
      expect(Number(out.match(/Content-Length: (\d+)/)![1]), name).toBeGreaterThan(big.length);
    }
  });
});

describe("bodyLength", () => {
  it("counts exactly the bytes serializeBody writes, without writing them", async () => {
    const { bodyLength, serializeBody } = await import("../../playground/request");
    const { fixedCases } = await import("../support/cases");
    for (const c of fixedCases("/tmp/m")) {
      for (const runtime of ["node", "bun"] as const) {
        const { body } = await buildRequest(c.params, { runtime, token: "t" });
        expect(bodyLength(body), `${c.name} ${runtime}`).toBe(new TextEncoder().encode(serializeBody(body)).length);
      }
    }
  });
});

describe("a __proto__ key in the call", () => {
  it("is written as a computed key, which JavaScript sends as a key instead of setting the prototype", async () => {
    const { gramioCall } = await import("../../playground/generators/gramioCall");
    const { sliceOf } = await import("../support/slices");
    const slice = sliceOf("sendMessage");
    const markup: Record<string, unknown> = JSON.parse('{"__proto__":{"x":1},"inline_keyboard":[]}');
    const code = gramioCall(slice.method, slice.objects, { chat_id: 1, text: "a", reply_markup: markup });
    expect(code).toContain(`    reply_markup: {\n        ["__proto__"]: {\n            x: 1,\n        },\n        inline_keyboard: [],\n    },\n`);
    // The literal as written, evaluated, has the key as its own.
    const literal = code.slice(code.indexOf("reply_markup: ") + "reply_markup: ".length, code.indexOf("\n    },\n") + 6);
    const value = new Function(`return ${literal};`)() as object;
    expect(Object.keys(value)).toEqual(["__proto__", "inline_keyboard"]);
    expect(Object.getPrototypeOf(value)).toBe(Object.prototype);
  });
});
