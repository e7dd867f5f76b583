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

/** The GramIO snippet: imports, `const`, `new`, `await`, calls, strings, numbers, booleans. */
export const tsSnippetGrammar = grammar({
  name: "ts-snippet",
  scopeName: "source.ts-snippet",
  displayName: "TypeScript",
  repository: {},
  patterns: [
    {
      begin: /"/dg,
      end: /"|(?=\n|$)/dg,
      name: "string.quoted.double.ts",
      patterns: [{ match: /\\(?:x[0-9A-Fa-f]{2}|u[0-9A-Fa-f]{4}|u\{[0-9A-Fa-f]+\}|[0-2][0-7]{0,2}|3[0-6][0-7]?|37[0-7]?|[4-7][0-7]?|.|$)/dg, name: "constant.character.escape.ts" }],
    },
    { match: /\b(?:import|from|as|await)\b/dg, name: "keyword.control.ts" },
    { match: /\bconst\b/dg, name: "storage.type.ts" },
    { match: /\bnew\b/dg, name: "keyword.operator.new.ts" },
    { match: /(?<![=!<>])=(?!=)/dg, name: "keyword.operator.assignment.ts" },
    { match: /-(?=\d)/dg, name: "keyword.operator.arithmetic.ts" },
    { match: /(?<=\bconst\s+)[A-Za-z_$][\w$]*/dg, name: "variable.other.constant.ts" },
    { match: /(?<=\bas\s+)(?:string|number|boolean)\b/dg, name: "support.type.primitive.ts" },
    { match: /[A-Za-z_$][\w$]*(?=\s*\()/dg, name: "entity.name.function.ts" },
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
  patterns: [
    { match: /^curl\b/dg, name: "entity.name.command.shell" },
    { match: /(?<=\s)--?[A-Za-z][\w-]*/dg, name: "constant.other.option.shell" },
    { begin: /'/dg, end: /'/dg, name: "string.quoted.single.shell" },
    {
      begin: /"/dg,
      end: /"/dg,
      name: "string.quoted.double.shell",
      patterns: [{ match: /\$\{[A-Za-z_]\w*\}|\$[A-Za-z_]\w*/dg, name: "variable.other.normal.shell" }],
    },
    { match: /\\'/dg, name: "constant.character.escape.shell" },
    { match: /\\(?=\n|$)/dg, name: "constant.character.escape.line-continuation.shell" },
  ],
});

/** The raw request: request line, headers, a JSON body, multipart boundaries and part headers. */
export const httpRequestGrammar = grammar({
  name: "http",
  scopeName: "source.http-request",
  displayName: "HTTP",
  embeddedLangs: ["json"],
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
    { begin: /^(?=[[{])/dg, end: /(?=\n|$)/dg, patterns: [{ include: "source.json" }] },
  ],
});

/** Which grammar highlights each generator language. */
export const GRAMMAR_FOR: Record<string, string> = { ts: "ts-snippet", bash: "curl-bash", http: "http" };
