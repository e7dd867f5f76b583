import type { LanguageRegistration } from "shiki/core";

/**
 * Small TextMate grammars for the three outputs of the playground, written precompiled
 * (RegExp objects with the `d` flag) for shiki's raw JavaScript engine. Lines reach the
 * engine with their trailing newline, so a line ends at `(?=\n|$)`; the `m` flag is not used
 * because it would also end lines at U+2028, which may stand inside a string. Shiki's own
 * TypeScript, shell and HTTP grammars cost over 120 KB gzip between them (HTTP alone embeds
 * GraphQL, XML, Java and JavaScript); these cover exactly what the generators write.
 * `test/unit/grammars.test.ts` proves the TypeScript one colours every generated snippet
 * exactly as the full TypeScript grammar of the site's static code blocks does.
 */

const grammar = (g: object) => g as unknown as LanguageRegistration;

const JSON_ESCAPE = /\\(?:["\\/bfnrt]|u[0-9a-fA-F]{4})/dg;

/**
 * A double-quoted string that costs time linear in its length. The tokenizer searches every
 * pattern from the current position to the end of the line; a string rule's `end` is tried
 * first by default, so a string full of escapes would search to the closing quote once per
 * escape (quadratic: 16,000 backslashes took 3 s). With the end tried last and a pattern that
 * takes a whole run of plain characters, every step matches where it stands and returns.
 */
function quotedString(name: string, escape: RegExp, escapeName: string, quoteName?: string) {
  const quote = quoteName ? { 0: { name: quoteName } } : undefined;
  return {
    begin: /"/dg,
    end: /"|(?=\n|$)/dg,
    applyEndPatternLast: 1,
    name,
    ...(quote && { beginCaptures: quote, endCaptures: quote }),
    patterns: [{ match: escape, name: escapeName }, { match: /[^"\\\n]+/dg }],
  };
}

/** The GramIO snippet: imports, `const`, `new`, `await`, calls, strings, numbers, booleans. */
export const tsSnippetGrammar = grammar({
  name: "ts-snippet",
  scopeName: "source.ts-snippet",
  displayName: "TypeScript",
  repository: {},
  patterns: [
    quotedString(
      "string.quoted.double.ts",
      /\\(?:x[0-9A-Fa-f]{2}|u[0-9A-Fa-f]{4}|u\{[0-9A-Fa-f]+\}|[0-2][0-7]{0,2}|3[0-6][0-7]?|37[0-7]?|[4-7][0-7]?|.|$)/dg,
      "constant.character.escape.ts",
    ),
    { match: /\b(?:import|from|as|await)\b/dg, name: "keyword.control.ts" },
    { match: /\bconst\b/dg, name: "storage.type.ts" },
    { match: /\bnew\b/dg, name: "keyword.operator.new.ts" },
    { match: /(?<![=!<>])=(?!=)/dg, name: "keyword.operator.assignment.ts" },
    { match: /-(?=\d)/dg, name: "keyword.operator.arithmetic.ts" },
    { match: /(?<=\bconst\s+)[A-Za-z_$][\w$]*/dg, name: "variable.other.constant.ts" },
    { match: /(?<=\bas\s+)(?:string|number|boolean)\b/dg, name: "support.type.primitive.ts" },
    // Only where a name starts: otherwise every position inside a long word would scan to its end.
    { match: /(?<![\w$])[A-Za-z_$][\w$]*(?=\s*\()/dg, name: "entity.name.function.ts" },
    { match: /(?<=\.)[A-Z][A-Z0-9_]*\b/dg, name: "variable.other.constant.property.ts" },
    { match: /\b(?:true|false)\b/dg, name: "constant.language.boolean.ts" },
    { match: /\b\d+(?:\.\d+)?(?:[eE][+-]?\d+)?\b/dg, name: "constant.numeric.decimal.ts" },
  ],
});

/** The cURL command: the command, options, quoted strings, `${VAR}`, `'\''` and line continuations. */
export const curlGrammar = grammar({
  name: "curl-bash",
  scopeName: "source.curl-bash",
  displayName: "Shell",
  repository: {},
  // A quoted value with many `'` is a long run of `'\''`: the two patterns that match there come
  // first, so each step returns where it stands instead of searching the rest of the line.
  patterns: [
    { begin: /'/dg, end: /'/dg, name: "string.quoted.single.shell" },
    { match: /\\'/dg, name: "constant.character.escape.shell" },
    { match: /^curl\b/dg, name: "entity.name.command.shell" },
    { match: /(?<=\s)--?[A-Za-z][\w-]*/dg, name: "constant.other.option.shell" },
    {
      begin: /"/dg,
      end: /"/dg,
      name: "string.quoted.double.shell",
      patterns: [{ match: /\$\{[A-Za-z_]\w*\}|\$[A-Za-z_]\w*/dg, name: "variable.other.normal.shell" }],
    },
    { match: /\\(?=\n|$)/dg, name: "constant.character.escape.line-continuation.shell" },
  ],
});

/** The raw request: request line, headers, a JSON body, multipart boundaries and part headers. */
export const httpRequestGrammar = grammar({
  name: "http",
  scopeName: "source.http-request",
  displayName: "HTTP",
  embeddedLangs: ["json-lite"],
  repository: {},
  patterns: [
    {
      match: /^([A-Z]+)\s+(\S+)\s+(HTTP\/[\d.]+)(?=\n|$)/dg,
      captures: {
        1: { name: "keyword.control.http" },
        2: { name: "string.unquoted.uri.http" },
        3: { name: "constant.language.http" },
      },
    },
    { match: /^(-{2}\S+)(?=\n|$)/dg, name: "comment.line.boundary.http" },
    {
      match: /^([A-Za-z][\w-]*)(:)\s(.*)(?=\n|$)/dg,
      captures: {
        1: { name: "entity.name.tag.header.http" },
        2: { name: "punctuation.separator.key-value.http" },
        3: { name: "string.unquoted.header-value.http" },
      },
    },
    { begin: /^(?=[[{])/dg, end: /(?=\n|$)/dg, patterns: [{ include: "source.json-lite" }] },
  ],
});

/**
 * JSON as `JSON.stringify` writes it, with the scope names of shiki's JSON grammar (keys,
 * strings, escapes, numbers, constants, punctuation) and linear-time strings.
 */
export const jsonGrammar = grammar({
  name: "json-lite",
  scopeName: "source.json-lite",
  displayName: "JSON",
  patterns: [{ include: "#value" }],
  repository: {
    value: { patterns: [{ include: "#constant" }, { include: "#number" }, { include: "#string" }, { include: "#array" }, { include: "#object" }] },
    constant: { match: /\b(?:true|false|null)\b/dg, name: "constant.language.json" },
    number: { match: /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/dg, name: "constant.numeric.json" },
    string: quotedString("string.quoted.double.json", JSON_ESCAPE, "constant.character.escape.json", "punctuation.definition.string.json"),
    key: quotedString("string.json support.type.property-name.json", JSON_ESCAPE, "constant.character.escape.json", "punctuation.support.type.property-name.json"),
    array: {
      begin: /\[/dg,
      end: /\]/dg,
      name: "meta.structure.array.json",
      beginCaptures: { 0: { name: "punctuation.definition.array.begin.json" } },
      endCaptures: { 0: { name: "punctuation.definition.array.end.json" } },
      patterns: [{ include: "#value" }, { match: /,/dg, name: "punctuation.separator.array.json" }],
    },
    object: {
      begin: /\{/dg,
      end: /\}/dg,
      name: "meta.structure.dictionary.json",
      beginCaptures: { 0: { name: "punctuation.definition.dictionary.begin.json" } },
      endCaptures: { 0: { name: "punctuation.definition.dictionary.end.json" } },
      patterns: [
        { include: "#key" },
        {
          begin: /:/dg,
          end: /(,)|(?=\})/dg,
          name: "meta.structure.dictionary.value.json",
          beginCaptures: { 0: { name: "punctuation.separator.dictionary.key-value.json" } },
          endCaptures: { 1: { name: "punctuation.separator.dictionary.pair.json" } },
          patterns: [{ include: "#value" }],
        },
      ],
    },
  },
});

/** Which grammar highlights each generator language. */
export const GRAMMAR_FOR: Record<string, string> = { ts: "ts-snippet", bash: "curl-bash", http: "http" };
