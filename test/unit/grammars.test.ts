import { codeToTokens, createShikiInternal, type ShikiInternal } from "shiki/core";
import { createJavaScriptRawEngine } from "@shikijs/engine-javascript/raw";
import { beforeAll, describe, expect, it } from "vitest";
import { codeThemes } from "../../.vitepress/theme/codeThemes";
import { curlGrammar, httpRequestGrammar, tsSnippetGrammar } from "../../components/grammars";
import { GENERATORS, generatorById } from "../../playground/generators";
import { escapeHtml, tokensToHtml } from "../../playground/tokensToHtml";
import { fixedCases, randomCases } from "../support/cases";

let shiki: ShikiInternal;

beforeAll(async () => {
  shiki = await createShikiInternal({
    engine: createJavaScriptRawEngine(),
    themes: [codeThemes.light, codeThemes.dark],
    langs: [
      import("@shikijs/langs-precompiled/typescript"),
      import("@shikijs/langs-precompiled/json"),
      tsSnippetGrammar,
      curlGrammar,
      httpRequestGrammar,
    ],
  });
});

/** The light and dark colour of every non-blank character. */
function colours(code: string, lang: string): string[] {
  const { tokens } = codeToTokens(shiki, code, { lang, themes: { light: "github-light", dark: "github-dark" }, defaultColor: false });
  const out: string[] = [];
  for (const line of tokens)
    for (const t of line) {
      const style = typeof t.htmlStyle === "object" ? `${t.htmlStyle["--shiki-light"]}/${t.htmlStyle["--shiki-dark"]}` : "";
      for (const ch of t.content) if (ch.trim()) out.push(`${ch}${style.toLowerCase()}`);
    }
  return out;
}

const scopes = (code: string, lang: string) =>
  codeToTokens(shiki, code, { lang, theme: "github-light", includeExplanation: true })
    .tokens.flat()
    .filter((t) => t.content.trim())
    .map((t) => [t.content, t.explanation?.[0]?.scopes.at(-1)?.scopeName ?? ""]);

describe("the playground's TypeScript grammar", () => {
  it("colours every generated snippet exactly as the site's full TypeScript grammar", () => {
    const cases = [...fixedCases("/tmp/marker"), ...randomCases()];
    const extra = [{ url: "u", max_connections: -5 }, { url: "u", max_connections: 1e21 }, { url: "\u0000\u2028\ud800'`${x}`" }];
    for (const params of [...cases.map((c) => c.params), ...extra]) {
      const code = generatorById("gramio")!.generate({ params, runtime: "node" });
      expect(colours(code, "ts-snippet"), code).toEqual(colours(code, "typescript"));
    }
  });
});

describe("the playground's cURL grammar", () => {
  it("marks the command, options, strings, the token variable and continuations", () => {
    const code = generatorById("curl")!.generate({ params: { url: "it's" , secret_token: "x" }, runtime: "node" });
    expect(scopes(code, "curl-bash")).toEqual([
      ["curl", "entity.name.command.shell"],
      ["-sS", "constant.other.option.shell"],
      ['"https://api.telegram.org/bot', "string.quoted.double.shell"],
      ["${BOT_TOKEN}", "variable.other.normal.shell"],
      ['"', "string.quoted.double.shell"],
      ["/setWebhook ", "source.curl-bash"],
      ["\\", "constant.character.escape.line-continuation.shell"],
      ["-H", "constant.other.option.shell"],
      ["'Content-Type: application/json'", "string.quoted.single.shell"],
      ["\\", "constant.character.escape.line-continuation.shell"],
      ["--data-raw", "constant.other.option.shell"],
      [`'{"url":"it'`, "string.quoted.single.shell"],
      ["\\'", "constant.character.escape.shell"],
      [`'s","secret_token":"x"}'`, "string.quoted.single.shell"],
    ]);
  });
  it("keeps a quoted value that spans lines one string", () => {
    const code = generatorById("curl")!.generate({ params: { url: "u", certificate: { name: "c.pem", size: 1, text: "x" }, secret_token: "a\nb" }, runtime: "bun" });
    expect(scopes(code, "curl-bash")).toContainEqual(["'secret_token=a", "string.quoted.single.shell"]);
    expect(scopes(code, "curl-bash")).toContainEqual(["b'", "string.quoted.single.shell"]);
  });
});

describe("the playground's HTTP grammar", () => {
  it("marks the request line, headers and the JSON body", () => {
    const code = generatorById("http")!.generate({ params: { url: "u", max_connections: 5 }, runtime: "node" });
    const s = scopes(code, "http");
    expect(s.slice(0, 4)).toEqual([
      ["POST", "keyword.control.http"],
      ["/bot<token>/setWebhook", "string.unquoted.uri.http"],
      ["HTTP/1.1", "constant.language.http"],
      ["Host", "entity.name.tag.header.http"],
    ]);
    expect(s).toContainEqual(["5", "constant.numeric.json"]);
  });
});

describe("tokensToHtml", () => {
  it("escapes code and styles, one span a line", () => {
    expect(tokensToHtml([[{ content: "<a href='x'>&", htmlStyle: { "--shiki-light": "#fff" } }], []], "--x:1", ["a", "b"])).toBe(
      `<pre class="shiki shiki-themes a b vp-code" style="--x:1"><code><span class="line"><span style="--shiki-light:#fff">&lt;a href=&#39;x&#39;&gt;&amp;</span></span>\n<span class="line"></span></code></pre>`,
    );
    expect(escapeHtml(`"'<>&`)).toBe("&quot;&#39;&lt;&gt;&amp;");
  });
  it("is used for every output", () => {
    expect(GENERATORS.map((g) => g.lang).sort()).toEqual(["bash", "http", "ts"]);
  });
});
