import { readFile, readdir } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const dist = fileURLToPath(new URL("../../.vitepress/dist", import.meta.url));

const schema = JSON.parse(await readFile(fileURLToPath(new URL("../../playground/schema/botApi.json", import.meta.url)), "utf8")) as {
  methods: { name: string }[];
  objects: { name: string }[];
};

describe("built site", () => {
  it("has a page, and a Markdown copy, for every method and type of the schema", async () => {
    const files = new Set(await readdir(dist, { recursive: true }));
    const missing = [
      ...schema.methods.flatMap((m) => [`methods/${m.name}.html`, `methods/${m.name}.md`]),
      ...schema.objects.flatMap((o) => [`types/${o.name}.html`, `types/${o.name}.md`]),
    ].filter((f) => !files.has(f));
    expect(missing).toEqual([]);
  });

  it("renders a playground on every method page, in the server-rendered HTML", async () => {
    const without: string[] = [];
    for (const m of schema.methods) {
      const html = await readFile(`${dist}/methods/${m.name}.html`, "utf8");
      if (!html.includes(`aria-label="${m.name} playground"`)) without.push(m.name);
    }
    expect(without).toEqual([]);
  });

  it("writes llms.txt with every method, and Markdown pages that carry the parameter table the HTML does not", async () => {
    const llms = await readFile(`${dist}/llms.txt`, "utf8");
    for (const m of schema.methods) expect(llms, m.name).toContain(`(/methods/${m.name}.md)`);
    const md = await readFile(`${dist}/methods/sendMessage.md`, "utf8");
    expect(md).toContain("| chat_id | Number or String | Yes | Unique identifier for the target chat");
    expect(md).not.toContain("<llm-only>");
    const setWebhook = await readFile(`${dist}/methods/setWebhook.md`, "utf8");
    expect(setWebhook).toMatch(/\| max_connections \| Number \| Optional \|/);
    // Each description once, in the table with its parameter's name: not again after it.
    expect(md.split("Unique identifier for the target chat or username").length - 1).toBe(1);
    const html = await readFile(`${dist}/methods/sendMessage.html`, "utf8");
    expect(html).not.toContain("| chat_id |");
    expect(html).toContain("Unique identifier for the target chat or username");
    expect(html).not.toContain("llm-exclude");
    expect(html).not.toContain("llm-only");
  });

  it("lists every page in llms.txt once, under headings that are each used once, each with a description", async () => {
    const llms = await readFile(`${dist}/llms.txt`, "utf8");
    const headings = [...llms.matchAll(/^#{2,3} (.+)$/gm)].map((m) => m[1]!);
    expect(headings.filter((h, i) => headings.indexOf(h) !== i)).toEqual([]);
    const entries = [...llms.matchAll(/^- \[([^\]]+)\]\(([^)]+)\)(.*)$/gm)];
    const links = entries.map((m) => m[2]!);
    expect(links.filter((l, i) => links.indexOf(l) !== i)).toEqual([]);
    expect(entries.filter((m) => !m[3]!.startsWith(": ")).map((m) => m[1])).toEqual([]);
    expect(links).toEqual(expect.arrayContaining(["/methods/setWebhook.md", "/methods/deleteWebhook.md", "/methods/getWebhookInfo.md", "/types/WebhookInfo.md"]));
  });

  it("has a page for each webhook method and type, and no placeholder text", async () => {
    const html = (await readdir(dist, { recursive: true })).filter((f) => f.endsWith(".html"));
    for (const page of ["methods/setWebhook.html", "methods/getWebhookInfo.html", "methods/deleteWebhook.html", "types/WebhookInfo.html", "guide/webhooks.html", "index.html"]) {
      expect(html).toContain(page);
    }
    for (const file of html) {
      const text = await readFile(`${dist}/${file}`, "utf8");
      expect(text, file).not.toMatch(/TODO|lorem ipsum|coming soon/i);
    }
  });
});
