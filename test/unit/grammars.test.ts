import { codeToTokens, createShikiInternal, type ShikiInternal } from "shiki/core";
import { webhookInput } from "../support/setWebhookCall";
import { createJavaScriptRawEngine } from "@shikijs/engine-javascript/raw";
import { beforeAll, describe, expect, it } from "vitest";
import { codeThemes } from "../../.vitepress/theme/codeThemes";
import { curlGrammar, GRAMMAR_FOR, httpRequestGrammar, jsonGrammar, tsSnippetGrammar } from "../../components/grammars";
import { GENERATORS, generatorById } from "../../playground/generators";
import { capLines, styleText, withTails } from "../../playground/codeTokens";
import { fixedCases, randomCases } from "../support/cases";
import { pairedLineTokenizer, pairThemes, sameStack, type GrammarStack, type LineGrammar } from "../../playground/themePair";
import { FRAMEWORKS } from "../../playground/webhook/frameworks";
import { serverFile, serverShape } from "../../playground/webhook/server";
import { selfSignedCommands } from "../../playground/webhook/selfSigned";
import { testUpdateCurl, testUpdateFetch, testUpdateOptions } from "../../playground/webhook/testUpdate";

let shiki: ShikiInternal;
/** Characters the tokenizer's regex searches covered: from where each search started to where it matched, or to the line's end. */
let searched = 0;

/** The raw engine, with every scanner's searches measured (a count, not a time). */
function countingEngine() {
  const engine = createJavaScriptRawEngine();
  const createScanner = engine.createScanner.bind(engine);
  engine.createScanner = (patterns) => {
    const scanner = createScanner(patterns) as ReturnType<typeof createScanner> & { regexps?: (RegExp | null)[] };
    const regexps = scanner.regexps ?? [];
    const find = scanner.findNextMatchSync.bind(scanner);
    scanner.findNextMatchSync = (string, start, options) => {
      const text = typeof string === "string" ? string : string.content;
      for (const re of regexps) {
        if (!re) continue;
        re.lastIndex = start;
        const m = re.exec(text);
        searched += (m ? m.index : text.length) - start;
        if (m && m.index === start) break;
      }
      return find(string, start, options);
    };
    return scanner;
  };
  return engine;
}

beforeAll(async () => {
  shiki = await createShikiInternal({
    engine: countingEngine(),
    themes: [codeThemes.light, codeThemes.dark],
    langs: [
      import("@shikijs/langs-precompiled/typescript"),
      import("@shikijs/langs-precompiled/shellscript"),
      import("@shikijs/langs-precompiled/json"),
      jsonGrammar,
      tsSnippetGrammar,
      curlGrammar,
      httpRequestGrammar,
    ],
  });
});

/** The light and dark colour of every non-blank character. */
function colours(code: string, lang: string): string[] {
  // tokenizeTimeLimit 0: shiki otherwise gives up on a line after 500 ms and returns it
  // uncoloured, which a busy machine reaches on the 2,000-character hostile lines.
  const { tokens } = codeToTokens(shiki, code, { lang, themes: { light: "github-light", dark: "github-dark" }, defaultColor: false, tokenizeTimeLimit: 0 });
  const out: string[] = [];
  for (const line of tokens)
    for (const t of line) {
      const style = typeof t.htmlStyle === "object" ? `${t.htmlStyle["--shiki-light"]}/${t.htmlStyle["--shiki-dark"]}` : "";
      for (const ch of t.content) if (ch.trim()) out.push(`${ch}${style.toLowerCase()}`);
    }
  return out;
}

/** Both themes' tokens from shiki, tokenizing once per theme: what the paired tokenizer must draw. */
const twoThemes = (code: string, lang: string, light = "github-light", dark = "github-dark") =>
  codeToTokens(shiki, code, { lang, themes: { light, dark }, defaultColor: false, tokenizeTimeLimit: 0 }).tokens;

/** The playground's line tokenizer (themePair.ts) in the pair of `light` and `dark`, as the highlighter sets it up. */
async function pairedTokenizer(lang: string, light = "github-light", dark = "github-dark") {
  const pair = pairThemes(shiki.getTheme(light), shiki.getTheme(dark));
  await shiki.loadTheme(pair.theme);
  return () => {
    // The registry colours by its current theme: set it each time, as other tests switch it.
    const { colorMap } = shiki.setTheme(pair.theme.name);
    return pairedLineTokenizer(shiki.getLanguage(lang) as unknown as LineGrammar<GrammarStack>, colorMap, pair.styleOf);
  };
}

/** A whole code's lines through a line tokenizer, each line starting in the state the last left. */
function byLines<T, S>(code: string, tokenize: (line: string, state: S | undefined) => { tokens: T[]; state: S | undefined }): T[][] {
  let state: S | undefined;
  return code.split("\n").map((line) => {
    const r = tokenize(line, state);
    state = r.state;
    return r.tokens;
  });
}

/** Every character's style (both themes' colours and font styles), as drawn. */
const styled = (lines: readonly (readonly { content: string; htmlStyle?: unknown }[])[]) =>
  lines.map((line) => line.flatMap((t) => [...t.content].map((ch) => `${ch} ${JSON.stringify(t.htmlStyle)}`)));

const scopes = (code: string, lang: string) =>
  codeToTokens(shiki, code, { lang, theme: "github-light", includeExplanation: true, tokenizeTimeLimit: 0 })
    .tokens.flat()
    .filter((t) => t.content.trim())
    .map((t) => [t.content, t.explanation?.[0]?.scopes.at(-1)?.scopeName ?? ""]);

describe("the playground's TypeScript grammar", () => {
  it("colours every generated snippet exactly as the site's full TypeScript grammar", () => {
    const cases = [...fixedCases("/tmp/marker"), ...randomCases()];
    const extra = [{ url: "u", max_connections: -5 }, { url: "u", max_connections: 1e21 }, { url: "\u0000\u2028\ud800'`${x}`" }];
    for (const params of [...cases.map((c) => c.params), ...extra]) {
      const code = generatorById("gramio")!.generate(webhookInput(params));
      expect(colours(code, "ts-snippet"), code).toEqual(colours(code, "typescript"));
    }
  });
});

describe("the playground's JSON grammar", () => {
  it("colours every HTTP body exactly as shiki's full JSON grammar", () => {
    const cases = [...fixedCases("/tmp/marker"), ...randomCases()];
    for (const params of cases.map((c) => c.params)) {
      const code = generatorById("http")!.generate(webhookInput({ ...params, certificate: undefined }, "node"));
      const body = code.slice(code.indexOf("\n\n") + 2);
      expect(colours(body, "json-lite"), body).toEqual(colours(body, "json"));
    }
  });
});

describe("highlighting long values", () => {
  /** Characters searched to tokenize `code`, per character of it. */
  function searchedPerChar(code: string, lang: string): number {
    searched = 0;
    codeToTokens(shiki, code, { lang, theme: "github-light", tokenizeTimeLimit: 0 });
    return searched / code.length;
  }
  const outputs = [
    ["gramio", "ts-snippet"],
    ["http", "http"],
    ["curl", "curl-bash"],
  ] as const;

  it.each(["a", "a/", '"', "\\", "\u2028", "'"])("searches each character a bounded number of times, whatever the length (%j repeated)", (unit) => {
    for (const [id, lang] of outputs) {
      const code = (n: number) => generatorById(id)!.generate(webhookInput({ url: `https://example.com/${unit.repeat(n)}` }, "node"));
      // Twenty times the value costs at most twenty times the work: linear, not quadratic
      // (before the fix, 4 times the escapes searched 16 times as far).
      const small = searchedPerChar(code(500), lang);
      const large = searchedPerChar(code(10_000), lang);
      expect(large, `${id} ${JSON.stringify(unit)}`).toBeLessThanOrEqual(small * 1.2 + 1);
    }
  });

  it("starts a function name only where a name starts, so a long word is scanned once", () => {
    const fn = (tsSnippetGrammar as unknown as { patterns: { name?: string; match?: RegExp }[] }).patterns.find((p) => p.name === "entity.name.function.ts")!.match!;
    const word = "a".repeat(50) + "(";
    for (let start = 1; start < 50; start++) {
      fn.lastIndex = start;
      expect(fn.exec(word)).toBeNull();
    }
    fn.lastIndex = 0;
    expect(fn.exec(word)?.[0]).toBe("a".repeat(50));
  });

  it("highlights a line up to the cap and shows the rest of it plain", () => {
    expect(capLines("abcdef\nxy\n1234", 3)).toEqual({ head: "abc\nxy\n123", tails: ["def", "", "4"] });
    expect(withTails([[{ content: "abc", htmlStyle: { color: "red" } }], [{ content: "xy" }], [{ content: "123" }]], ["def", "", "4"])).toEqual([
      [{ content: "abc", htmlStyle: { color: "red" } }, { content: "def" }],
      [{ content: "xy" }],
      [{ content: "123" }, { content: "4" }],
    ]);
    // A line without a tail stays the same array, so its HTML is not made again.
    const line = [{ content: "x" }];
    expect(withTails([line], [""])[0]).toBe(line);
  });
});

describe("the playground's cURL grammar", () => {
  it("marks the command, options, strings, the token variable and continuations", () => {
    const code = generatorById("curl")!.generate(webhookInput({ url: "it's" , secret_token: "x" }, "node"));
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
      // Strings of the same colour merge into one token.
      [`'s","secret_token":"'"`, "string.quoted.single.shell"],
      ["${WEBHOOK_SECRET}", "variable.other.normal.shell"],
      [`"'"}'`, "string.quoted.double.shell"],
    ]);
  });
  it("keeps a quoted value that spans lines one string", () => {
    const code = generatorById("curl")!.generate(webhookInput({ url: "u", certificate: { name: "c.pem", size: 1, text: "x" }, secret_token: "a\nb" }, "bun"));
    expect(scopes(code, "curl-bash")).toContainEqual(["'secret_token=a", "string.quoted.single.shell"]);
    expect(scopes(code, "curl-bash")).toContainEqual(["b'", "string.quoted.single.shell"]);
  });
});

describe("the playground's HTTP grammar", () => {
  it("marks the request line, headers and the JSON body", () => {
    const code = generatorById("http")!.generate(webhookInput({ url: "u", max_connections: 5 }, "node"));
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

describe("code tokens", () => {
  it("writes a token's style attribute once per style, and none for a plain tail", () => {
    const style = { "--shiki-light": "#24292E", "--shiki-dark": "#E1E4E8", "--shiki-light-font-style": "italic" };
    expect(styleText({ content: "x", htmlStyle: style })).toBe("--shiki-light:#24292E;--shiki-dark:#E1E4E8;--shiki-light-font-style:italic");
    expect(styleText({ content: "<tail>" })).toBeUndefined();
  });
  it("is used for every output", () => {
    expect(GENERATORS.map((g) => g.lang).sort()).toEqual(["bash", "http", "ts"]);
  });
});

describe("highlighting line by line from the first changed line", () => {
  it("gives every output the same tokens as highlighting the whole code, however it was typed", async () => {
    const { tokenizeFromChange } = await import("../../playground/lineCache");
    let compared = 0;
    for (const g of GENERATORS) {
      const lang = GRAMMAR_FOR[g.lang] ?? g.lang;
      const tokenizer = await pairedTokenizer(lang);
      let cache: ReturnType<typeof tokenizeFromChange<{ content: string }, GrammarStack>> | undefined;
      // Typing a url and a secret one character at a time, then a hostile one, as a reader would.
      const url = "https://bot.example.com/hook?a=`${x}`'\"";
      for (let n = 0; n <= url.length; n += 3) {
        for (const params of [{ url: url.slice(0, n) }, { url: url.slice(0, n), secret_token: "s/*".repeat(n % 4), max_connections: n }]) {
          const code = g.generate(webhookInput(params));
          cache = tokenizeFromChange(cache, lang, code, tokenizer(), sameStack);
          expect(styled(cache.tokens), `${g.id} ${JSON.stringify(params)}`).toEqual(styled(twoThemes(code, lang)));
          compared++;
        }
      }
    }
    expect(compared).toBeGreaterThan(60);
  });
  it("keeps the lines before the first change and tokenizes from there", async () => {
    const { tokenizeFromChange } = await import("../../playground/lineCache");
    const seen: string[] = [];
    const tokenize = (line: string, state: number | undefined) => (seen.push(line), { tokens: [line.length], state: (state ?? 0) + 1 });
    const first = tokenizeFromChange(undefined, "ts", "a\nbb\nccc", tokenize);
    expect(first).toEqual({ key: "ts", lines: ["a", "bb", "ccc"], tokens: [[1], [2], [3]], states: [1, 2, 3] });
    seen.length = 0;
    expect(tokenizeFromChange(first, "ts", "a\nbbX\nccc\nd", tokenize).tokens).toEqual([[1], [3], [3], [1]]);
    expect(seen).toEqual(["bbX", "ccc", "d"]);
    seen.length = 0;
    tokenizeFromChange(first, "http", "a\nbb\nccc", tokenize);
    expect(seen).toEqual(["a", "bb", "ccc"]);
  });
  it("keeps the old lines after the change once the state entering them is the old one", async () => {
    const { tokenizeFromChange } = await import("../../playground/lineCache");
    const seen: string[] = [];
    // The state is whether an unclosed quote is open: a line with one quote flips it.
    const tokenize = (line: string, state: boolean | undefined) => (seen.push(line), { tokens: [line.length], state: (line.split('"').length % 2 === 0) !== !!state });
    const same = (a: boolean | undefined, b: boolean | undefined) => !!a === !!b;
    const first = tokenizeFromChange(undefined, "ts", "a\nbb\nccc\ndddd", tokenize, same);
    seen.length = 0;
    // A changed line that leaves the state as it was: the lines after it keep their tokens.
    expect(tokenizeFromChange(first, "ts", "a\nbbX\nccc\ndddd", tokenize, same).tokens).toEqual([[1], [3], [3], [4]]);
    expect(seen).toEqual(["bbX"]);
    seen.length = 0;
    // A line added: the old tail is found where it moved to.
    expect(tokenizeFromChange(first, "ts", "a\nbb\nnew\nccc\ndddd", tokenize, same).tokens).toEqual([[1], [2], [3], [3], [4]]);
    expect(seen).toEqual(["new"]);
    seen.length = 0;
    // A changed line that opens a quote: the same lines after it tokenize again in the new state.
    const quoted = tokenizeFromChange(first, "ts", 'a\nb"b\nccc\ndddd', tokenize, same);
    expect(seen).toEqual(['b"b', "ccc", "dddd"]);
    expect(quoted.states).toEqual([false, true, true, true]);
  });
});

describe("both themes from one tokenization", () => {
  it("styles every output, in every grammar, exactly as shiki's tokenization per theme", async () => {
    const samples: [string, string][] = [];
    const cases = [...fixedCases("/tmp/marker"), ...randomCases().slice(0, 40)];
    for (const params of cases.map((c) => c.params)) {
      for (const g of GENERATORS) samples.push([g.generate(webhookInput(params, "node")), GRAMMAR_FOR[g.lang] ?? g.lang]);
    }
    for (const framework of FRAMEWORKS) samples.push([serverFile(serverShape({ url: "https://x.example/hook/a'b", secret_token: "s" }, framework.id)), "typescript"]);
    samples.push([testUpdateCurl({ url: "https://x.example/h", secret_token: "t" }, testUpdateOptions({})), "shellscript"]);
    samples.push([testUpdateFetch({ url: "https://x.example/h", secret_token: "t" }, testUpdateOptions({ as: "fetch" })), "typescript"]);
    samples.push([selfSignedCommands(webhookInput({ url: "https://1.2.3.4:8443/hook" }, "node")), "shellscript"]);
    // Comments, regexes, templates, decorators, and empty lines inside a multi-line comment.
    samples.push(["/** doc\n\n */ // note\nconst re = /a+\\/g; let t = `x${1}\n\n`; @dec class A<T> extends B { #p = 1 }", "typescript"]);
    for (const [code, lang] of samples) {
      const tokenizer = await pairedTokenizer(lang);
      expect(styled(byLines(code, tokenizer())), `${lang}: ${code.slice(0, 80)}`).toEqual(styled(twoThemes(code, lang)));
    }
    expect(samples.length).toBeGreaterThan(100);
  });

  it("carries font styles into both themes' styles", async () => {
    // GitHub's themes style no TypeScript token in italics or bold: themes that do, to see it.
    const styledTheme = (name: string, into: string) => {
      const t = shiki.getTheme(name);
      return { ...t, name: into, settings: t.settings.map((r) => (JSON.stringify(r.scope ?? "").includes("comment") ? { ...r, settings: { ...r.settings, fontStyle: "italic bold" } } : r.scope === "keyword" ? { ...r, settings: { ...r.settings, fontStyle: "underline" } } : r)) };
    };
    await shiki.loadTheme(styledTheme("github-light", "styled-light"), styledTheme("github-dark", "styled-dark"));
    const code = "/** doc */ // note\nif (a) { return b } // end";
    const once = byLines(code, (await pairedTokenizer("typescript", "styled-light", "styled-dark"))());
    expect(styled(once)).toEqual(styled(twoThemes(code, "typescript", "styled-light", "styled-dark")));
    expect(once.flat().find((t) => t.content.includes("note"))?.htmlStyle).toMatchObject({ "--shiki-light-font-style": "italic", "--shiki-dark-font-weight": "bold" });
  });

  it("joins neighbours of the same style and keeps one style object per style", async () => {
    const pair = pairThemes(shiki.getTheme("github-light"), shiki.getTheme("github-dark"));
    const rules = pair.theme.settings.length;
    expect(rules).toBe(shiki.getTheme("github-light").settings.length);
    expect(pair.styleOf("#000000", 0)).toEqual({ "--shiki-light": shiki.getTheme("github-light").fg.toUpperCase(), "--shiki-dark": shiki.getTheme("github-dark").fg.toUpperCase() });
    expect(pair.styleOf("#000000", 0)).toBe(pair.styleOf("#000000", 0));
    expect(() => pair.styleOf(`#${rules.toString(16).padStart(6, "0")}`, 0)).toThrow(/names no rule/);
    // In JSON, a key's quotes and text are separate tokens of one colour: one span.
    const [line] = byLines('{"url": 1}', (await pairedTokenizer("json-lite"))());
    expect(line!.map((t) => t.content)).toContain('"url"');
  });

  it("refuses two themes whose rules differ beyond their colours", () => {
    const light = shiki.getTheme("github-light");
    const other = { ...light, name: "other", settings: light.settings.map((r, i) => (i === 3 ? { ...r, scope: "keyword.other" } : r)) };
    expect(() => pairThemes(light, other)).toThrow(/rule 3 .* differs between github-light and other/);
  });
});
