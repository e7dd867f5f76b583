import type { LanguageRegistration } from "shiki/core";

/**
 * A small TextMate grammar for the raw requests the playground shows: request line, headers,
 * a JSON body, multipart boundaries and part headers. Shiki's own `http` grammar embeds
 * GraphQL, XML, Java and JavaScript (over 100 KB gzip); this one embeds only JSON.
 */
export const httpRequestGrammar: LanguageRegistration = {
  name: "http",
  scopeName: "source.http-request",
  displayName: "HTTP",
  embeddedLangs: ["json"],
  repository: {},
  patterns: [
    {
      match: "^([A-Z]+)\\s+(\\S+)\\s+(HTTP/[\\d.]+)$",
      captures: {
        1: { name: "keyword.control.http" },
        2: { name: "string.unquoted.uri.http" },
        3: { name: "constant.language.http" },
      },
    },
    { match: "^(-{2}\\S+)$", name: "comment.line.boundary.http" },
    {
      match: "^([A-Za-z][\\w-]*)(:)\\s(.*)$",
      captures: {
        1: { name: "entity.name.tag.header.http" },
        2: { name: "punctuation.separator.key-value.http" },
        3: { name: "string.unquoted.header-value.http" },
      },
    },
    { begin: "^(?=[\\[{])", end: "$", patterns: [{ include: "source.json" }] },
  ],
};
