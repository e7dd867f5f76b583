import { entryHistory, sinceWords } from "../../playground/schema/history";
import { changelogPages, changePageFile } from "../../playground/docgen/changelog";
import { readHistory } from "../../playground/schema/historyFile";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { loadReferences } from "../../playground/docgen/references";
import {
  gramioNotes,
  isHandWritten,
  METHOD_PAGE_FRONTMATTER,
  linkResolver,
  methodSections,
  plainSummary,
  renderSchemaField,
  safeMarkdown,
  schemaPages,
  typeSections,
  usageExample,
  usedBy,
} from "../../playground/docgen/schemaPages";
import { SCHEMA_FILE } from "../../playground/schema/fromGramioTypes";
import { groupBySection } from "../../playground/schema/groups";
import type { BotApiSchema } from "../../playground/schema/model";
import { sliceFor } from "../../playground/schema/slice";
import { typeCheck } from "../support/snippets";

const schema = JSON.parse(readFileSync(SCHEMA_FILE, "utf8")) as BotApiSchema;
const docs = fileURLToPath(new URL("../../docs/", import.meta.url));
const onDisk = (file: string) => {
  try {
    return readFileSync(docs + file, "utf8");
  } catch {
    return undefined;
  }
};
const pages = schemaPages(schema, await loadReferences(), onDisk, readHistory());

describe("the pages of each Bot API version", () => {
  const history = readHistory();
  const changes = changelogPages(schema, history);
  it("are on disk exactly as the generator writes them, one per version of the history and an index", () => {
    for (const [file, text] of changes) expect(readFileSync(docs + file, "utf8"), file).toBe(text);
    expect([...changes.keys()].sort()).toEqual(["changes/index.md", ...history.snapshots.map((s) => changePageFile(s.botApiVersion))].sort());
  });
  it("list what a version added, each linked where it has a page, with its GramIO example", () => {
    const newest = history.snapshots.at(-1)!;
    const before = history.snapshots.at(-2)!;
    const added = Object.keys(newest.methods).filter((m) => !(m in before.methods));
    const page = changes.get(changePageFile(newest.botApiVersion))!;
    expect(page).toContain(`## Methods added (${added.length})`);
    for (const m of added) {
      expect(page).toContain(`### [${m}](/methods/${m})`);
      expect(page).toContain(`await bot.api.${m}(`);
    }
    // Every parameter and field says since when in its header, and the page's badge says the method's.
    const send = pages.get("methods/sendMessage.md")!;
    const past = entryHistory(history, "methods", "sendMessage")!;
    expect(send).toContain(`<span class="api-badge since">Since ${sinceWords(past.since)}</span>`);
    for (const [name, f] of Object.entries(past.fields)) expect(send).toMatch(new RegExp(`<ApiParam name="${name}"[^>]* since="${sinceWords(f.since).replace(/[.()]/g, "\\$&")}"`));
    // The version picker on the reference, with the page's own since where it is newer than the history's start.
    expect(send).toContain(`<ApiVersionPicker :versions='${JSON.stringify(history.snapshots.map((x) => x.botApiVersion)).replaceAll('"', "&quot;")}' kind="method" />`);
    expect(pages.get("methods/sendChecklist.md")).toMatch(/<ApiVersionPicker [^>]* since="9\.2" kind="method" \/>/);
    expect(send).toMatch(/<ApiParam name="direct_messages_topic_id"[^>]* since-version="9\.2"/);
    // The index lists the versions newest first.
    const index = changes.get("changes/index.md")!;
    const order = history.snapshots.map((s) => index.indexOf(`[${s.botApiVersion}](`));
    expect([...order].sort((a, b) => b - a)).toEqual(order);
  });
});

describe("pages generated from the schema", () => {
  it("are on disk exactly as the generator writes them (run npm run generate)", () => {
    for (const [file, text] of pages) expect(readFileSync(docs + file, "utf8"), file).toBe(text);
  });

  it("cover every method and type, the webhook family's hand-written pages around their generated block", () => {
    for (const m of schema.methods) expect(pages.has(`methods/${m.name}.md`), m.name).toBe(true);
    for (const o of schema.objects) expect(pages.has(`types/${o.name}.md`), o.name).toBe(true);
    expect(pages.size).toBe(schema.methods.length + schema.objects.length + 2);
    const hand = [...pages].filter(([file]) => isHandWritten(onDisk(file))).map(([file]) => file);
    expect(hand.sort()).toEqual(["methods/deleteWebhook.md", "methods/getWebhookInfo.md", "methods/setWebhook.md", "types/WebhookInfo.md"]);
    // Every method page, generated or hand-written, has the layout: its frontmatter lines, the
    // reference column, then the playground column holding the playground.
    for (const m of schema.methods) {
      const text = pages.get(`methods/${m.name}.md`)!;
      const front = text.slice(0, text.indexOf("\n---\n", 4) + 1);
      for (const line of METHOD_PAGE_FRONTMATTER.trim().split("\n")) expect(front, m.name).toContain(`\n${line}\n`);
      const reference = text.indexOf('<div class="MethodLayout-reference">');
      const playground = text.indexOf('<div class="MethodLayout-playground">');
      expect(text.indexOf('<div class="MethodLayout">'), m.name).toBeGreaterThan(0);
      expect(reference, m.name).toBeGreaterThan(0);
      expect(playground, m.name).toBeGreaterThan(reference);
      expect(text.indexOf(`<CallPlayground method="${m.name}" />`), m.name).toBeGreaterThan(playground);
    }
  });

  it("give every method a GramIO example that compiles against the installed gramio", () => {
    const examples = schema.methods.map((m) => usageExample(schema, m));
    const diagnostics = typeCheck(examples);
    const failures = schema.methods.map((m, i) => [m.name, diagnostics[i]!] as const).filter(([, d]) => d.length > 0);
    expect(failures).toEqual([]);
    expect(examples).toHaveLength(185);
  }, 120_000);

  it("show the example of sendMessage as a reader copies it", () => {
    const sendMessage = schema.methods.find((m) => m.name === "sendMessage")!;
    expect(usageExample(schema, sendMessage)).toBe(
      [
        'import { Bot } from "gramio";',
        "",
        "const bot = new Bot(process.env.BOT_TOKEN as string);",
        "",
        "const message = await bot.api.sendMessage({",
        "    chat_id: 123456789,",
        '    text: "Hello from GramIO!",',
        "});",
        "",
        "console.log(message);",
        "",
      ].join("\n"),
    );
    const sendPhoto = schema.methods.find((m) => m.name === "sendPhoto")!;
    expect(usageExample(schema, sendPhoto)).toContain('import { Bot, MediaUpload } from "gramio";');
    expect(usageExample(schema, sendPhoto)).toContain('    photo: await MediaUpload.path("./photo.jpg"),\n');
    const getMe = schema.methods.find((m) => m.name === "getMe")!;
    expect(usageExample(schema, getMe)).toContain("const user = await bot.api.getMe();\n");
  });

  it("respect an array's minimum length in examples (sendMediaGroup takes 2-10 items)", () => {
    const example = usageExample(schema, schema.methods.find((m) => m.name === "sendMediaGroup")!);
    expect(example.match(/type: "audio"/g)).toHaveLength(2);
  });
});

describe("what GramIO does wrong with files, on the pages", () => {
  const notesOf = (name: string) => {
    const method = schema.methods.find((m) => m.name === name)!;
    const slice = sliceFor(schema, name);
    return gramioNotes(slice.objects, method, schema.gramioVersion);
  };
  it("says where a file is lost, and what to do instead", () => {
    expect(notesOf("addStickerToSet")).toEqual([
      "GramIO 0.10.0 does not upload a file put at `sticker.sticker`: it sends it inside the JSON as `{}`, so it never reaches Telegram. Pass a file_id or an HTTP URL there instead (upload the file first with a method that returns a file_id, such as sendDocument or uploadStickerFile).",
    ]);
    expect(notesOf("editEphemeralMessageMedia")[0]).toContain("`media.media`, `media.thumbnail`, `media.photo`, `media.cover`:");
  });
  it("says which parameters must be set when a file is uploaded (GramIO throws otherwise)", () => {
    expect(notesOf("sendPoll")[1]).toBe(
      "GramIO 0.10.0 reads `explanation_media` and `media` while it looks for files to upload, and throws a `TypeError` before sending when a file is uploaded and one of them is not set. Set each of them when you upload a file, or send files by file_id or URL.",
    );
  });
  it("says nothing where GramIO uploads correctly", () => {
    for (const name of ["sendPhoto", "sendMediaGroup", "setWebhook", "sendMessage", "createNewStickerSet"]) expect(notesOf(name), name).toEqual([]);
  });
  it("puts the notes on the page", () => {
    expect(pages.get("methods/addStickerToSet.md")).toContain("## GramIO notes\n\n::: warning Found by the wire proof\n- GramIO 0.10.0 does not upload a file put at `sticker.sticker`");
  });
});

describe("page pieces", () => {
  const resolve = linkResolver(schema);
  it("link official anchors of methods and types to their pages, and leave other anchors", () => {
    expect(resolve("the sent [Message](https://core.telegram.org/bots/api#message) and [getUpdates](https://core.telegram.org/bots/api#getupdates)")).toBe(
      "the sent [Message](/types/Message) and [getUpdates](/methods/getUpdates)",
    );
    expect(resolve("[formatting options](https://core.telegram.org/bots/api#formatting-options)")).toBe(
      "[formatting options](https://core.telegram.org/bots/api#formatting-options)",
    );
  });

  it("escape < outside code spans, and refuse text Vue would interpolate", () => {
    expect(safeMarkdown("pass “attach://<file\\_attach\\_name>” or `bot<token>/<file_path>`")).toBe(
      "pass “attach://&lt;file\\_attach\\_name>” or `bot<token>/<file_path>`",
    );
    expect(() => safeMarkdown("a {{ b }}")).toThrow(/interpolate/);
  });

  it("summarise a description as its first plain sentence", () => {
    expect(plainSummary("Use this method to send text messages. On success, the sent [Message](https://x) is returned.")).toBe("Use this method to send text messages.");
    expect(plainSummary("*Optional*. Unique\\_id of `x`")).toBe("Optional.");
  });

  it("render a field with linked type parts, limits and the default", () => {
    expect(
      renderSchemaField(
        { name: "limit", type: { kind: "number" }, required: false, description: "Values between 1-100 are accepted. Defaults to 100.", constraints: { min: 1, max: 100, default: 100 } },
        resolve,
      ),
    ).toBe(
      `<ApiParam name="limit" type="Number" default-value="100" :constraints='[{&quot;label&quot;:&quot;Range&quot;,&quot;text&quot;:&quot;1-100&quot;}]'>\n\nValues between 1-100 are accepted. Defaults to 100.\n\n</ApiParam>`,
    );
    expect(renderSchemaField({ name: "entities", type: { kind: "array", of: { kind: "object", name: "MessageEntity" } }, required: false, description: "" }, resolve)).toBe(
      `<ApiParam name="entities" type="Array of MessageEntity" :type-parts='[{&quot;text&quot;:&quot;Array of &quot;},{&quot;text&quot;:&quot;MessageEntity&quot;,&quot;href&quot;:&quot;/types/MessageEntity&quot;}]'>\n</ApiParam>`,
    );
  });

  it("list where a type is used", () => {
    const users = usedBy(schema, "WebhookInfo");
    expect(users).toEqual({ methods: ["getWebhookInfo"], types: [] });
    expect(usedBy(schema, "MessageEntity").methods).toContain("sendMessage");
  });
});

describe("sections", () => {
  it("group every method and type once, in the package's order, as the official page does", () => {
    const methods = methodSections(schema);
    expect(methods.map((s) => s.title)).toEqual([
      "Getting updates",
      "Available methods",
      "Updating messages",
      "Stickers",
      "Rich messages",
      "Inline mode",
      "Payments",
      "Telegram Passport",
      "Games",
    ]);
    expect(methods[0]!.items.map((m) => m.name)).toEqual(["getUpdates", "setWebhook", "deleteWebhook", "getWebhookInfo"]);
    expect(methods.flatMap((s) => s.items)).toEqual(schema.methods);
    expect(typeSections(schema).flatMap((s) => s.items)).toEqual(schema.objects);
    expect(typeSections(schema)[0]!.items.map((o) => o.name)).toEqual(["Update", "WebhookInfo"]);
  });

  it("fail loudly when a section's first member is gone or out of order", () => {
    const items = ["a", "b", "c"];
    expect(() => groupBySection(items, (x) => x, [{ title: "A", first: "a" }, { title: "Z", first: "z" }])).toThrow(/no z/);
    expect(() => groupBySection(items, (x) => x, [{ title: "A", first: "a" }, { title: "C", first: "c" }, { title: "B", first: "b" }])).toThrow(/before/);
    expect(groupBySection(items, (x) => x, [{ title: "A", first: "a" }, { title: "C", first: "c" }])).toEqual([
      { title: "A", items: ["a", "b"] },
      { title: "C", items: ["c"] },
    ]);
  });
});

describe("type pages at a glance", () => {
  it("split a field's description after its first sentence, never inside code or a link, nor before a lowercase word", async () => {
    const { splitFirstSentence } = await import("../../playground/docgen/schemaPages");
    expect(splitFirstSentence("Sender of the message; may be empty. For backward compatibility, the field contains a fake sender user in non-channel chats.")).toEqual({
      first: "Sender of the message; may be empty.",
      rest: "For backward compatibility, the field contains a fake sender user in non-channel chats.",
    });
    expect(splitFirstSentence("Use `a. B` and [x. Y](https://e.com/a. B), e.g. this. Short.")).toBeUndefined();
    expect(splitFirstSentence("One sentence only.")).toBeUndefined();
  });
  it("render a type's fields as compact rows with the rest of a long description on demand, a method's as cards", () => {
    const message = pages.get("types/Message.md")!;
    expect(message).toMatch(/<ApiParam name="from" [^>]*compact>\n\nSender of the message; may be empty for messages sent to channels\.\n\n<details><summary>More<\/summary>\n\nFor backward compatibility/);
    expect(pages.get("methods/sendMessage.md")!).not.toMatch(/<ApiParam [^>]*compact>/);
  });
});
