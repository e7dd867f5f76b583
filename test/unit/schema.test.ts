import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { extractConstraints } from "../../playground/schema/constraints";
import { readSchema, SCHEMA_FILE, schemaText, SLICES_DIR, sliceTexts } from "../../playground/schema/fromGramioTypes";
import { sliceFor } from "../../playground/schema/slice";
import type { BotApiSchema } from "../../playground/schema/model";
import { SET_WEBHOOK_PARAMS } from "../../playground/methods/setWebhook/facts";

const committed = readFileSync(SCHEMA_FILE, "utf8");
const schema = JSON.parse(committed) as BotApiSchema;
const method = (name: string) => schema.methods.find((m) => m.name === name)!;
const object = (name: string) => schema.objects.find((o) => o.name === name)!;

describe("the committed schema", () => {
  it("is exactly what the installed @gramio/types gives (run npm run schema after updating it)", () => {
    expect(committed).toBe(schemaText(readSchema()));
  }, 60_000);

  it("has one committed slice per method, as the schema gives it (run npm run schema)", () => {
    const expected = sliceTexts(schema);
    expect(readdirSync(SLICES_DIR).sort()).toEqual([...expected.keys()].sort());
    for (const [file, text] of expected) expect(readFileSync(SLICES_DIR + file, "utf8"), file).toBe(text);
  });

  it("slices a method to the object types its parameters reach, without the prose", () => {
    const slice = sliceFor(schema, "sendMessage");
    expect(Object.keys(slice.objects)).toContain("InlineKeyboardButton");
    expect(Object.keys(slice.objects)).not.toContain("Message");
    expect(slice.method.description).toBe("");
    expect(slice.method.fields.every((f) => f.description === "")).toBe(true);
    expect(Object.keys(sliceFor(schema, "setWebhook").objects)).toEqual([]);
  });

  it("holds every method and type of the package, in its order", () => {
    const out = new URL("../../node_modules/@gramio/types/out/", import.meta.url);
    const methods = readFileSync(new URL("methods.d.ts", out), "utf8");
    const objects = readFileSync(new URL("objects.d.ts", out), "utf8");
    const methodNames = [...methods.matchAll(/^ {4}([a-zA-Z]+): CallAPI/gm)].map((m) => m[1]);
    expect(schema.methods.map((m) => m.name)).toEqual(methodNames);
    expect(schema.methods).toHaveLength(185);
    expect(schema.objects.filter((o) => o.kind === "fields")).toHaveLength([...objects.matchAll(/^export interface /gm)].length);
    expect(schema.botApiVersion).toMatch(/^\d+\.\d+$/);
    expect(schema.gramioVersion).toBe(JSON.parse(readFileSync(new URL("../../node_modules/gramio/package.json", import.meta.url), "utf8")).version);
    expect(schema.methods[0]!.name).toBe("getUpdates");
  });

  it("agrees with the setWebhook specification the page is built from", () => {
    const fields = method("setWebhook").fields;
    expect(fields.map((f) => f.name)).toEqual([...SET_WEBHOOK_PARAMS]);
    expect(fields.find((f) => f.name === "certificate")!.type).toEqual({ kind: "file", reference: false });
    expect(fields.find((f) => f.name === "max_connections")!.type).toEqual({ kind: "number" });
    expect(method("setWebhook")).toMatchObject({ params: "required", returns: { kind: "true" }, docUrl: "https://core.telegram.org/bots/api/#setwebhook" });
    expect(method("getWebhookInfo")).toMatchObject({ params: "none", fields: [], returns: { kind: "object", name: "WebhookInfo" } });
    expect(method("deleteWebhook").params).toBe("optional");
  });

  it("types sendMessage's parameters as the union the issue names", () => {
    const f = (name: string) => method("sendMessage").fields.find((x) => x.name === name)!;
    expect(f("chat_id")).toMatchObject({ required: true, type: { kind: "union", of: [{ kind: "number" }, { kind: "string" }] } });
    expect(f("text")).toMatchObject({ required: true, type: { kind: "string", formattable: true }, constraints: { minLength: 1, maxLength: 4096 } });
    expect(f("parse_mode").type).toEqual({ kind: "enum", values: ["HTML", "MarkdownV2", "Markdown"] });
    expect(f("entities").type).toEqual({ kind: "array", of: { kind: "object", name: "MessageEntity" } });
    expect(f("reply_markup").type).toEqual({
      kind: "union",
      of: [
        { kind: "object", name: "InlineKeyboardMarkup" },
        { kind: "object", name: "ReplyKeyboardMarkup" },
        { kind: "object", name: "ReplyKeyboardRemove" },
        { kind: "object", name: "ForceReply" },
      ],
    });
    expect(method("sendMessage").returns).toEqual({ kind: "object", name: "Message" });
  });

  it("reads files, unions of objects and named sets of values", () => {
    expect(method("sendPhoto").fields.find((x) => x.name === "photo")!.type).toEqual({ kind: "file", reference: true });
    expect(object("InputMedia")).toMatchObject({ kind: "oneOf" });
    expect(object("ChatType")).toMatchObject({ kind: "enum", values: ["private", "group", "supergroup", "channel"] });
    expect(object("WebhookInfo")).toMatchObject({ kind: "fields", docUrl: "https://core.telegram.org/bots/api/#webhookinfo" });
    // Every object a type refers to exists.
    const names = new Set(schema.objects.map((o) => o.name));
    const refs = new Set<string>();
    const walk = (t: unknown): void => {
      if (!t || typeof t !== "object") return;
      const node = t as { kind?: string; name?: string };
      if (node.kind === "object" && node.name) refs.add(node.name);
      for (const v of Object.values(t)) walk(v);
    };
    walk(schema);
    expect([...refs].filter((r) => !names.has(r))).toEqual([]);
  });
});

describe("extractConstraints", () => {
  it.each([
    ["Text of the message to be sent, 1-4096 characters after entities parsing", { minLength: 1, maxLength: 4096 }],
    ["Media caption, 0-1024 characters after entities parsing", { minLength: 0, maxLength: 1024 }],
    ["Limits the number of updates to be retrieved. Values between 1-100 are accepted. Defaults to 100.", { min: 1, max: 100, default: 100 }],
    ["The maximum allowed number of simultaneous HTTPS connections to the webhook for update delivery, 1-100. Defaults to *40*. Use lower values", { default: 40 }],
    ["Timeout in seconds for long polling. Defaults to 0, i.e. usual short polling.", { default: 0 }],
    ["For live locations, a direction in which the user is moving, in degrees. Must be between 1 and 360 if specified.", { min: 1, max: 360 }],
    ["Pass *True* if the poll allows multiple answers, ignored for polls in quiz mode, defaults to *False*", { default: false }],
    ["Defaults to *False*.", { default: false }],
    ["A JSON-serialized array describing messages to be sent, must include 2-10 items", { minItems: 2, maxItems: 10 }],
    ["A JSON-serialized list of 1-12 answer options", { minItems: 1, maxItems: 12 }],
  ] as const)("reads %j", (description, expected) => {
    expect(extractConstraints(description)).toEqual(expected);
  });
  it("leaves what it cannot read as free text, never a guess", () => {
    expect(extractConstraints("Period in seconds … must be between 60 and 86400, or 0x7FFFFFFF for live locations that can be edited indefinitely.")).toBeUndefined();
    expect(extractConstraints("Defaults to [BotCommandScopeDefault](https://core.telegram.org/bots/api#botcommandscopedefault).")).toBeUndefined();
    expect(extractConstraints("Unique identifier for the target chat")).toBeUndefined();
  });
});
