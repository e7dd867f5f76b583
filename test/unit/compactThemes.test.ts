import { codeToHtml, createShikiInternal } from "shiki/core";
import { createJavaScriptRawEngine } from "@shikijs/engine-javascript/raw";
import { describe, expect, it } from "vitest";
import { compactCodeThemes } from "../../.vitepress/compactThemes";
import { codeThemes, compactTheme } from "../../.vitepress/theme/codeThemes";
import { curlGrammar, GRAMMAR_FOR, httpRequestGrammar, jsonGrammar, tsSnippetGrammar } from "../../components/grammars";
import { GENERATORS } from "../../playground/generators";
import githubDark from "shiki/themes/github-dark.mjs";
import githubLight from "shiki/themes/github-light.mjs";
import { webhookInput } from "../support/setWebhookCall";

const THEMES = { light: "github-light", dark: "github-dark" } as const;
const LANGS = [import("@shikijs/langs-precompiled/typescript"), import("@shikijs/langs-precompiled/shellscript"), jsonGrammar, tsSnippetGrammar, curlGrammar, httpRequestGrammar];

describe("compactTheme", () => {
  it("keeps only the editor's foreground and background of the workbench colours", () => {
    for (const theme of Object.values(codeThemes)) {
      const compact = compactTheme(theme);
      expect(Object.keys(compact.colors ?? {}).sort()).toEqual(["editor.background", "editor.foreground"]);
      expect(Object.keys(theme.colors ?? {}).length).toBeGreaterThan(100);
      const { colors: _a, ...rest } = compact;
      const { colors: _b, ...full } = theme;
      expect(rest).toEqual(full);
    }
  });

  it("highlights every output and a full TypeScript and shell file to the same HTML as the full themes", async () => {
    const [full, compact] = await Promise.all(
      [[codeThemes.light, codeThemes.dark], [compactTheme(codeThemes.light), compactTheme(codeThemes.dark)]].map((themes) =>
        createShikiInternal({ engine: createJavaScriptRawEngine(), themes, langs: LANGS }),
      ),
    );
    const samples: [string, string][] = GENERATORS.map((g) => [g.generate(webhookInput({ url: "https://example.com/hook", secret_token: "s3cr3t", max_connections: 40 })), GRAMMAR_FOR[g.lang] ?? g.lang]);
    samples.push(['import { Bot } from "gramio";\nconst bot = new Bot(process.env.BOT_TOKEN!);\nbot.on("message", (ctx) => ctx.send(`hi ${ctx.from?.id}`));', "typescript"]);
    samples.push(['#!/bin/sh\nopenssl req -newkey rsa:2048 -sha256 -nodes -keyout key.pem -x509 -days 365 -out cert.pem -subj "/CN=$HOST"', "shellscript"]);
    for (const [code, lang] of samples) {
      expect(full!.getLoadedLanguages()).toContain(lang);
      const html = (shiki: typeof full) => codeToHtml(shiki!, code, { lang, themes: THEMES, defaultColor: false });
      expect(html(compact), `${lang}: ${code.slice(0, 40)}`).toBe(html(full));
    }
  });
});

describe("the compact-code-themes plugin", () => {
  it("turns shiki's theme modules into the compact themes and leaves other modules alone", async () => {
    const plugin = compactCodeThemes();
    const transform = plugin.transform as (code: string, id: string) => Promise<{ code: string } | undefined>;
    for (const [name, original] of [["github-light", githubLight], ["github-dark", githubDark]] as const) {
      const themeFile = new URL(`../../node_modules/@shikijs/themes/dist/${name}.mjs`, import.meta.url).pathname;
      const out = await transform("", themeFile);
      expect(out).toBeDefined();
      const emitted = (await import(`data:text/javascript,${encodeURIComponent(out!.code)}`)).default;
      expect(emitted).toEqual(compactTheme(original));
      expect(out!.code.length).toBeLessThan(JSON.stringify(original).length / 2);
    }
    expect(await transform("export default 1", "/x/node_modules/shiki/dist/core.mjs")).toBeUndefined();
  });
});
