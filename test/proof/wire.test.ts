/**
 * Proof that copied code works: for a fixed table of cases and RANDOM_CASES seeded random
 * ones, the request the real gramio package sends is recorded on 127.0.0.1 and compared with
 * (1) the playground's HTTP view, (2) the generated GramIO snippet, type-checked and run, and
 * (3) the generated cURL command, run by bash, with hostile values that must execute nothing.
 */
import { existsSync } from "node:fs";
import { webhookInput } from "../support/setWebhookCall";
import { mkdir, rm, writeFile } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { curlGenerator } from "../../playground/generators/curl";
import { gramioGenerator } from "../../playground/generators/gramio";
import { SECRET_ENV, secretFromEnv } from "../../playground/methods/setWebhook/secretEnv";
import { httpGenerator } from "../../playground/generators/http";
import { DEFAULT_API_ORIGIN } from "../../playground/request";
import type { Runtime } from "../../playground/request";
import { fixedCases, randomCases, RANDOM_CASES, SEED, type WireCase } from "../support/cases";
import { sendWithGramio, TEST_TOKEN } from "../support/gramioWire";
import { startRecorder, type Recorder } from "../support/recorder";
import { pointAtRecorder, transpile, typeCheck } from "../support/snippets";
import { fromHttpView, fromRecorded, normalized, run, type WireRequest } from "../support/wire";

const work = fileURLToPath(new URL(`../.tmp/wire-${process.pid}/`, import.meta.url));
const marker = `${work}PWNED`;
const cases: WireCase[] = [...fixedCases(marker), ...randomCases()];
const hasNewline = (c: WireCase) => Object.values(c.params).some((v) => typeof v === "string" && /[\r\n]/.test(v));

let recorder: Recorder;
/** What gramio itself sent, per runtime and case index. */
const reference: Record<Runtime, WireRequest[]> = { node: [], bun: [] };

async function record(send: () => Promise<unknown>): Promise<WireRequest> {
  const next = recorder.next();
  await send();
  return fromRecorded(await next);
}


const caseDir = (i: number) => `${work}case-${i}/`;


beforeAll(async () => {
  console.log(`wire proof: ${cases.length} cases (${cases.length - RANDOM_CASES} fixed, ${RANDOM_CASES} random with seed ${SEED})`);
  recorder = await startRecorder();
  await rm(work, { recursive: true, force: true });
  for (const [i, c] of cases.entries()) {
    await mkdir(caseDir(i), { recursive: true });
    if (c.params.certificate) await writeFile(caseDir(i) + c.params.certificate.name, c.params.certificate.text ?? "");
  }
  for (const runtime of ["node", "bun"] as const) {
    for (const c of cases) reference[runtime].push(await record(() => sendWithGramio(recorder.origin, c.params, runtime)));
  }
}, 120_000);

afterAll(async () => {
  await recorder?.close();
  await rm(work, { recursive: true, force: true });
});

describe("1. the HTTP view is what GramIO sends", () => {
  for (const runtime of ["node", "bun"] as const) {
    it(`matches gramio on ${runtime} for every case`, async () => {
      for (const [i, c] of cases.entries()) {
        const view = await fromHttpView(httpGenerator.generate(webhookInput(c.params, runtime)), TEST_TOKEN);
        const expected = reference[runtime][i]!;
        // The HTTP view shows a fixed boundary of the same length as fetch's, so lengths match on Node.js.
        if (runtime === "bun") expect(normalized(view), c.name).toEqual({ ...expected, contentLength: view.contentLength });
        else expect(view, c.name).toEqual(expected);
      }
    });
  }
});

describe("2. the GramIO snippet compiles and sends the same request", () => {
  const snippets = cases.map((c) => gramioGenerator.generate(webhookInput(c.params, "node")));

  it("type-checks every snippet against the installed gramio", () => {
    const diagnostics = typeCheck(snippets);
    const failures = diagnostics.flatMap((d, i) => d.map((m) => `${cases[i]!.name}: ${m}`));
    expect(failures).toEqual([]);
  }, 120_000);

  it("sends, when run with node, what gramio sends", async () => {
    // Each snippet runs with the environment a user would set: the secret in WEBHOOK_SECRET.
    const runner: string[] = ["const runs = ["];
    for (const [i, snippet] of snippets.entries()) {
      await writeFile(`${caseDir(i)}snippet.mjs`, transpile(pointAtRecorder(snippet)));
      const secret = secretFromEnv(cases[i]!.params) ? cases[i]!.params.secret_token : undefined;
      runner.push(`  [${JSON.stringify(caseDir(i))}, ${JSON.stringify(secret ?? null)}],`);
    }
    runner.push(
      "];",
      "for (const [dir, secret] of runs) {",
      "  process.chdir(dir);",
      `  if (secret === null) delete process.env.${SECRET_ENV}; else process.env.${SECRET_ENV} = secret;`,
      '  await import(dir + "snippet.mjs");',
      "}",
    );
    await writeFile(`${work}runner.mjs`, runner.join("\n"));
    const before = recorder.requests.length;
    const result = await run(process.execPath, [`${work}runner.mjs`], work, {
      BOT_TOKEN: TEST_TOKEN,
      BOT_API_BASE_URL: `${recorder.origin}/bot`,
    });
    expect(result.stderr).toBe("");
    expect(result.code).toBe(0);
    const sent = recorder.requests.slice(before);
    expect(sent).toHaveLength(cases.length);
    for (const [i, c] of cases.entries()) expect(await fromRecorded(sent[i]!), c.name).toEqual(reference.node[i]);
  }, 120_000);
});

describe("3. the cURL command sends the same request, and nothing else", () => {
  beforeAll(() => {
    if (!existsSync("/usr/bin/curl")) throw new Error("These checks run curl: install it with sudo apt-get install -y curl");
  });

  for (const runtime of ["node", "bun"] as const) {
    it(`runs every ${runtime} command in bash and matches gramio value for value`, async () => {
      let ran = 0;
      for (const [i, c] of cases.entries()) {
        // With a certificate on Bun, text values travel as multipart parts; fetch turns LF into
        // CRLF there and curl does not, so those few cases are compared on Node.js only.
        if (runtime === "bun" && c.params.certificate && hasNewline(c)) continue;
        const command = curlGenerator.generate(webhookInput(c.params, runtime));
        const local = command.replace(`"${DEFAULT_API_ORIGIN}/bot`, `"${recorder.origin}/bot`);
        expect(local, c.name).not.toBe(command);
        const before = recorder.requests.length;
        const env: Record<string, string> = { BOT_TOKEN: TEST_TOKEN };
        if (secretFromEnv(c.params)) env[SECRET_ENV] = c.params.secret_token;
        const result = await run("bash", ["-c", local], caseDir(i), env);
        expect(result, `${c.name}\n${local}`).toEqual({ code: 0, stderr: "" });
        expect(recorder.requests.length, c.name).toBe(before + 1);
        const sent = await fromRecorded(recorder.requests[before]!);
        const expected = reference[runtime][i]!;
        // curl picks its own boundary (so its own length); every name, value, file name and content must match.
        expect({ ...sent, contentLength: undefined }, `${c.name}\n${local}`).toEqual({ ...expected, contentLength: undefined });
        ran++;
      }
      console.log(`curl (${runtime}): ${ran} commands run`);
      expect(ran).toBeGreaterThan(cases.length * 0.9);
    }, 180_000);
  }

  it("never executed anything from a value", () => {
    expect(existsSync(marker)).toBe(false);
  });

  it("reads valid secrets from the environment, never from the copied code", () => {
    const withSecret = cases.filter((c) => secretFromEnv(c.params));
    expect(withSecret.length).toBeGreaterThan(50);
    for (const c of withSecret) {
      for (const generator of [gramioGenerator, curlGenerator]) {
        const code = generator.generate(webhookInput(c.params, "node"));
        expect(code.includes(SECRET_ENV), c.name).toBe(true);
        // The secret's own text appears only where another value holds it too.
        const secret = c.params.secret_token!;
        const elsewhere = JSON.stringify({ ...c.params, secret_token: undefined }).includes(secret);
        if (!elsewhere) expect(code.includes(secret), `${c.name} ${generator.id}`).toBe(false);
      }
    }
  });

  it("delivered the hostile strings exactly", () => {
    const hostile = cases.filter((c) => c.name.startsWith("hostile #"));
    expect(hostile.length).toBeGreaterThan(20);
    for (const c of hostile) {
      const i = cases.indexOf(c);
      const sent = reference.node[i]!;
      const secret = c.params.secret_token!;
      if ("json" in sent.body) expect(JSON.parse(sent.body.json).secret_token, c.name).toBe(secret);
      else expect(new URL(sent.target, "http://x").searchParams.get("secret_token"), c.name).toBe(secret);
    }
  });
});
