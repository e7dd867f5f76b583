import { readFile, readdir } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import { createMarkdownRenderer } from "vitepress";
import { describe, expect, it } from "vitest";
import { markdown } from "../../.vitepress/config";
import { GENERATED_NOTICE } from "../../playground/docgen/schemaPages";

const docs = fileURLToPath(new URL("../../docs", import.meta.url));

const fence = (code: string) => "```ts twoslash\n" + code + "\n```\n";

describe("GramIO examples are type-checked by the build", () => {
  // The same markdown pipeline `vitepress build` uses; outside `vitepress dev` a twoslash
  // error throws, so a broken example fails the build.
  const renderer = createMarkdownRenderer(docs, markdown);

  it("accepts a correct setWebhook call", async () => {
    const md = await renderer;
    const html = md.render(
      fence(`import { Bot } from "gramio";
const bot = new Bot("123:abc");
await bot.api.setWebhook({ url: "https://example.com/hook", secret_token: "s3cr3t" });`),
    );
    expect(html).toContain("twoslash");
  });

  it("fails on a wrong property name", async () => {
    const md = await renderer;
    expect(() =>
      md.render(
        fence(`import { Bot } from "gramio";
const bot = new Bot("123:abc");
await bot.api.setWebhook({ url: "https://example.com/hook", secretToken: "s3cr3t" });`),
      ),
    ).toThrow(/secretToken/);
  });

  it("leaves no TypeScript example on any page unchecked", async () => {
    const files = (await readdir(docs, { recursive: true })).filter((f) => f.endsWith(".md"));
    let checked = 0;
    for (const file of files) {
      const text = await readFile(`${docs}/${file}`, "utf8");
      // Generated pages' examples are compiled together by test/unit/schemaPages.test.ts.
      if (text.includes(GENERATED_NOTICE)) continue;
      for (const [, info] of text.matchAll(/^```(\S*[^\n]*)$/gm)) {
        if (!info || !/^(ts|typescript|js)\b/.test(info)) continue;
        expect(info, `${file}: ${info}`).toMatch(/\btwoslash\b/);
        checked++;
      }
    }
    expect(checked).toBeGreaterThanOrEqual(10);
  });
});

describe("content", () => {
  it("has no TODO or placeholder text in any page", async () => {
    const files = (await readdir(docs, { recursive: true })).filter((f) => f.endsWith(".md"));
    for (const file of files) {
      const text = await readFile(`${docs}/${file}`, "utf8");
      // Generated pages quote the official descriptions, which use "placeholder" as a word
      // (`input_field_placeholder`, a “Thinking…” placeholder); our own writing never does.
      const words = text.includes(GENERATED_NOTICE) ? /TODO|lorem ipsum|coming soon/i : /TODO|lorem ipsum|coming soon|placeholder/i;
      expect(text, file).not.toMatch(words);
    }
  });
});
