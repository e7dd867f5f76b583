/**
 * The wire proof for every method of the schema: seeded random valid value trees (files and
 * nested objects included, hostile strings in string positions) go through the real gramio to
 * the recording server, and the HTTP view, the GramIO snippet (type-checked, then run) and
 * the cURL command (run by bash) must send the same request. Where GramIO throws before
 * sending, the request builder must say so.
 */
import { existsSync, readFileSync } from "node:fs";
import { mkdir, rm, writeFile } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import { convertJsonToFormData, isMediaUpload } from "@gramio/files";
import { Bot } from "gramio";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { curlGenerator } from "../../playground/generators/curl";
import { gramioGenerator } from "../../playground/generators/gramio";
import { httpGenerator } from "../../playground/generators/http";
import type { Runtime } from "../../playground/request";
import { buildMethodRequest, DEFAULT_API_ORIGIN } from "../../playground/request";
import { SCHEMA_FILE } from "../../playground/schema/fromGramioTypes";
import type { BotApiSchema, SchemaType } from "../../playground/schema/model";
import { fieldsOf, isUpload, memberFor, sliceFor, type ObjectIndex, type SchemaSlice, type Upload } from "../../playground/schema/slice";
import { seeded } from "../support/cases";
import { TEST_TOKEN } from "../support/gramioWire";
import { randomParams, type RandomContext } from "../support/randomValues";
import { startRecorder, type Recorder } from "../support/recorder";
import { pointAtRecorder, transpile, typeCheck } from "../support/snippets";
import { fromHttpView, fromRecorded, normalized, run, type WireRequest } from "../support/wire";

const SEED = 20261126;
/** Random cases per method, and more for the methods that can upload (plus one all-hostile case each). */
const PER_METHOD = 2;
const PER_UPLOAD_METHOD = 6;

const schema = JSON.parse(readFileSync(SCHEMA_FILE, "utf8")) as BotApiSchema;
const work = fileURLToPath(new URL(`../.tmp/every-${process.pid}/`, import.meta.url));
const marker = `${work}PWNED`;

interface Case {
  readonly name: string;
  readonly slice: SchemaSlice;
  readonly params: Record<string, unknown>;
  readonly uploads: Upload[];
}

function uploadsIn(objects: ObjectIndex, type: SchemaType | undefined, value: unknown, out: Upload[]): void {
  const t = type && memberFor(objects, type, value);
  if (t?.kind === "file" && isUpload(value)) out.push(value);
  else if (Array.isArray(value)) for (const v of value) uploadsIn(objects, t?.kind === "array" ? t.of : undefined, v, out);
  else if (value && typeof value === "object" && t?.kind === "object") {
    const fields = fieldsOf(objects, t.name) ?? [];
    for (const [k, v] of Object.entries(value)) uploadsIn(objects, fields.find((f) => f.name === k)?.type, v, out);
  }
}

/** The call a GramIO user makes: each upload as a File. */
function toGramio(objects: ObjectIndex, type: SchemaType | undefined, value: unknown): unknown {
  const t = type && memberFor(objects, type, value);
  if (t?.kind === "file" && isUpload(value)) return new File([value.text ?? ""], value.name);
  if (Array.isArray(value)) return value.map((v) => toGramio(objects, t?.kind === "array" ? t.of : undefined, v));
  if (value && typeof value === "object") {
    const fields = t?.kind === "object" ? (fieldsOf(objects, t.name) ?? []) : [];
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, toGramio(objects, fields.find((f) => f.name === k)?.type, v)]));
  }
  return value;
}

const gramioParams = (c: Case) =>
  Object.fromEntries(Object.entries(c.params).map(([k, v]) => [k, toGramio(c.slice.objects, c.slice.method.fields.find((f) => f.name === k)?.type, v)]));

function makeCases(): Case[] {
  const rand = seeded(SEED);
  const cases: Case[] = [];
  for (const method of schema.methods) {
    const slice = sliceFor(schema, method.name);
    const count = method.upload ? PER_UPLOAD_METHOD : PER_METHOD;
    for (let i = 0; i < count; i++) {
      const ctx: RandomContext = { rand, marker, uploads: 0 };
      const params = randomParams(ctx, slice);
      const uploads: Upload[] = [];
      for (const f of method.fields) uploadsIn(slice.objects, f.type, params[f.name], uploads);
      cases.push({ name: `${method.name} #${i}`, slice, params, uploads });
    }
  }
  // One more per method with every top-level parameter set and a hostile string in every
  // string position (its own sequence, so the random cases above stay as they were).
  const hostileRand = seeded(SEED + 1);
  for (const method of schema.methods) {
    const slice = sliceFor(schema, method.name);
    const ctx: RandomContext = { rand: hostileRand, marker, uploads: 0, allHostile: { next: 0 } };
    cases.push(withUploads(`${method.name} hostile`, slice, randomParams(ctx, slice)));
  }
  // What GramIO gets wrong, always in the proof: it throws, and it loses a file.
  const photo: Upload = { name: "poll.jpg", text: "JPEG" };
  cases.push(withUploads("sendPoll: a file in media, no explanation_media", sliceFor(schema, "sendPoll"), {
    chat_id: 1,
    question: "Which?",
    options: [{ text: "a" }, { text: "b" }],
    media: { type: "photo", media: photo },
  }));
  cases.push(withUploads("addStickerToSet: an uploaded sticker", sliceFor(schema, "addStickerToSet"), {
    user_id: 1,
    name: "animals_by_gramio_bot",
    sticker: { sticker: { name: "s.webp", text: "WEBP" }, format: "static", emoji_list: ["👍"] },
  }));
  return cases;
}

function withUploads(name: string, slice: SchemaSlice, params: Record<string, unknown>): Case {
  const uploads: Upload[] = [];
  for (const f of slice.method.fields) uploadsIn(slice.objects, f.type, params[f.name], uploads);
  return { name, slice, params, uploads };
}

const cases = makeCases();
const caseDir = (i: number) => `${work}case-${i}/`;
let recorder: Recorder;
/** What gramio sent per runtime and case, or the error it threw. */
const reference: Record<Runtime, (WireRequest | { threw: string })[]> = { node: [], bun: [] };

async function record(send: () => Promise<unknown>): Promise<WireRequest | { threw: string }> {
  const before = recorder.requests.length;
  try {
    await send();
  } catch (error) {
    if (recorder.requests.length === before) return { threw: String(error) };
    throw error;
  }
  return fromRecorded(recorder.requests[before]!);
}



const sentBy = (c: Case, runtime: Runtime) => buildMethodRequest(c.slice, c.params, { runtime, token: TEST_TOKEN });

beforeAll(async () => {
  const uploading = cases.filter((c) => c.slice.method.upload).length;
  console.log(`wire proof, every method: ${schema.methods.length} methods, ${cases.length} cases (${uploading} of methods that can upload), seed ${SEED}`);
  recorder = await startRecorder();
  await rm(work, { recursive: true, force: true });
  for (const [i, c] of cases.entries()) {
    await mkdir(caseDir(i), { recursive: true });
    for (const u of c.uploads) await writeFile(caseDir(i) + u.name, u.text ?? "");
  }
  const bot = new Bot(TEST_TOKEN, { api: { baseURL: `${recorder.origin}/bot` } });
  for (const c of cases) {
    const call = bot.api[c.slice.method.name as keyof typeof bot.api] as unknown as (p: unknown) => Promise<unknown>;
    reference.node.push(await record(() => call(gramioParams(c))));
    // Bun takes its own branch only for an upload: @gramio/files' convertJsonToFormData.
    reference.bun.push(
      await record(async () => {
        const params = gramioParams(c);
        if (!isMediaUpload(c.slice.method.name as never, params as never)) return call(params);
        const body = await convertJsonToFormData(c.slice.method.name as never, params as never);
        await (await fetch(`${recorder.origin}/bot${TEST_TOKEN}/${c.slice.method.name}`, { method: "POST", body })).json();
      }),
    );
  }
}, 300_000);

afterAll(async () => {
  await recorder?.close();
  await rm(work, { recursive: true, force: true });
});

describe("every method: the request builder and the HTTP view are what GramIO sends", () => {
  for (const runtime of ["node", "bun"] as const) {
    it(`matches gramio on ${runtime} for every case`, async () => {
      let multipart = 0;
      for (const [i, c] of cases.entries()) {
        const expected = reference[runtime][i]!;
        const built = sentBy(c, runtime);
        if ("threw" in expected) {
          expect(built.throws, `${c.name}: gramio threw ${expected.threw}`).toBeDefined();
          continue;
        }
        expect(built.throws, c.name).toBeUndefined();
        const view = await fromHttpView(httpGenerator.generate({ slice: c.slice, params: c.params, runtime }), TEST_TOKEN);
        if ("parts" in expected.body) multipart++;
        if (runtime === "bun") expect(normalized(view), c.name).toEqual({ ...expected, contentLength: view.contentLength });
        else expect(view, c.name).toEqual(expected);
      }
      console.log(`${runtime}: ${multipart} multipart requests`);
      expect(multipart).toBeGreaterThan(20);
    });
  }

  it("reports where GramIO loses a file or throws", () => {
    const lost = cases.filter((c) => sentBy(c, "node").lost.length > 0).map((c) => c.name);
    const threwCases = cases.filter((_, i) => "threw" in reference.node[i]!);
    const threw = threwCases.map((c) => c.name);
    expect(threw).toContain("sendPoll: a file in media, no explanation_media");
    expect(lost).toContain("addStickerToSet: an uploaded sticker");
    const sticker = reference.node[cases.findIndex((c) => c.name === "addStickerToSet: an uploaded sticker")]!;
    // Multipart was chosen, but the form is empty: no body, the sticker as {} in the query.
    expect(sticker).toMatchObject({ contentType: "", body: { json: "" } });
    expect(new URL((sticker as WireRequest).target, "http://x").searchParams.get("sticker")).toBe('{"sticker":{},"format":"static","emoji_list":["👍"]}');
    console.log(`files GramIO sends as {}: ${lost.length} cases; GramIO throws: ${threw.length} cases (${[...new Set(threwCases.map((c) => c.slice.method.name))].join(", ")})`);
  });
});

describe("every method: the GramIO snippet compiles and sends the same request", () => {
  const snippets = cases.map((c) => gramioGenerator.generate({ slice: c.slice, params: c.params, runtime: "node" }));

  it("type-checks every snippet against the installed gramio", () => {
    const diagnostics = typeCheck(snippets);
    const failures = diagnostics.flatMap((d, i) => d.map((m) => `${cases[i]!.name}: ${m}`));
    expect(failures).toEqual([]);
  }, 300_000);

  it("sends, when run with node, what gramio sends", async () => {
    const runner: string[] = ["const runs = ["];
    for (const [i, snippet] of snippets.entries()) {
      await writeFile(`${caseDir(i)}snippet.mjs`, transpile(pointAtRecorder(snippet)));
      runner.push(`  ${JSON.stringify(caseDir(i))},`);
    }
    // A snippet GramIO throws in sends nothing; the runner goes on with the next one.
    runner.push("];", "for (const dir of runs) {", "  process.chdir(dir);", '  try { await import(dir + "snippet.mjs"); } catch {}', "}");
    await writeFile(`${work}runner.mjs`, runner.join("\n"));
    const before = recorder.requests.length;
    const result = await run(process.execPath, [`${work}runner.mjs`], work, { BOT_TOKEN: TEST_TOKEN, BOT_API_BASE_URL: `${recorder.origin}/bot` });
    expect(result.stderr).toBe("");
    expect(result.code).toBe(0);
    const sent = recorder.requests.slice(before);
    const expected = reference.node.filter((r): r is WireRequest => !("threw" in r));
    expect(sent).toHaveLength(expected.length);
    for (const [i, r] of sent.entries()) expect(await fromRecorded(r)).toEqual(expected[i]);
  }, 300_000);
});

describe("every method: the cURL command sends the same request, and nothing else", () => {
  beforeAll(() => {
    if (!existsSync("/usr/bin/curl")) throw new Error("These checks run curl: install it with sudo apt-get install -y curl");
  });

  it("runs every node command in bash and matches gramio value for value", async () => {
    let ran = 0;
    for (const [i, c] of cases.entries()) {
      const expected = reference.node[i]!;
      if ("threw" in expected) continue;
      const command = curlGenerator.generate({ slice: c.slice, params: c.params, runtime: "node" });
      const local = command.replace(`"${DEFAULT_API_ORIGIN}/bot`, `"${recorder.origin}/bot`);
      const before = recorder.requests.length;
      const result = await run("bash", ["-c", local], caseDir(i), { BOT_TOKEN: TEST_TOKEN });
      expect(result, `${c.name}\n${local}`).toEqual({ code: 0, stderr: "" });
      expect(recorder.requests.length, c.name).toBe(before + 1);
      const sent = await fromRecorded(recorder.requests[before]!);
      expect({ ...sent, contentLength: undefined }, `${c.name}\n${local}`).toEqual({ ...expected, contentLength: undefined });
      ran++;
    }
    console.log(`curl: ${ran} commands run`);
  }, 300_000);

  it("never executed anything from a value", () => {
    expect(existsSync(marker)).toBe(false);
  });
});
