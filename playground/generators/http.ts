import { buildMethodRequest, queryString, serializeBody } from "../request";
import type { Generator } from "./types";

/** Longest file content the view shows before it shortens it. */
export const MAX_SHOWN_FILE_CHARS = 16_384;

/** The raw HTTP/1.1 request GramIO sends, with `<token>` for the bot token. */
export const httpGenerator: Generator = {
  id: "http",
  title: "HTTP",
  lang: "http",
  runtimeMatters: true,
  generate(input) {
    const { slice, params } = input;
    const { request, throws } = buildMethodRequest(slice, params, { runtime: input.runtime, token: "<token>" });
    if (!request) return `# GramIO sends nothing: it throws\n# ${throws}\n`;
    const head = [
      `${request.method} ${request.path}${queryString(request.query)} HTTP/1.1`,
      ...request.headers.map(([k, v]) => `${k}: ${v}`),
    ];
    // A large file is shortened where it stands (the Content-Length above counts all of it).
    const shortened = (file: { content: string; filename: string; size?: number }) =>
      file.content === "" && file.size
        ? `[${file.size.toLocaleString("en-US")} bytes of ${file.filename}]`
        : file.content.length > MAX_SHOWN_FILE_CHARS
        ? `${file.content.slice(0, MAX_SHOWN_FILE_CHARS)}\n… ${file.content.length - MAX_SHOWN_FILE_CHARS} more characters of ${file.filename}`
        : file.content;
    let body = serializeBody(request.body, shortened);
    if (request.body.kind === "multipart") body = body.replaceAll("\r\n", "\n");
    return `${head.join("\n")}\n\n${body}${body.endsWith("\n") || body === "" ? "" : "\n"}`;
  },
};
