import { buildRequest, queryString, serializeBody } from "../request";
import type { Generator } from "./types";

/** Longest file content the view shows before it shortens it. */
export const MAX_SHOWN_FILE_CHARS = 16_384;

/** The raw HTTP/1.1 request GramIO sends, with `<token>` for the bot token. */
export const httpGenerator: Generator = {
  id: "http",
  title: "HTTP",
  lang: "http",
  generate({ params, runtime }) {
    const request = buildRequest(params, { runtime, token: "<token>" });
    const head = [
      `${request.method} ${request.path}${queryString(request.query)} HTTP/1.1`,
      ...request.headers.map(([k, v]) => `${k}: ${v}`),
    ];
    let body = serializeBody(request.body);
    if (request.body.kind === "multipart") {
      body = body.replaceAll("\r\n", "\n");
      const file = request.body.parts.find((p) => p.kind === "file");
      if (file && file.kind === "file" && file.content.length > MAX_SHOWN_FILE_CHARS) {
        const shown = file.content.slice(0, MAX_SHOWN_FILE_CHARS);
        body = body.replace(file.content, `${shown}\n… ${file.content.length - MAX_SHOWN_FILE_CHARS} more characters of ${file.filename}`);
      }
    }
    return `${head.join("\n")}\n\n${body}${body.endsWith("\n") ? "" : "\n"}`;
  },
};
