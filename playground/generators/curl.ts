import { curlFormFile, shellQuote } from "../escape";
import { buildRequest, DEFAULT_API_ORIGIN, queryString } from "../request";
import type { Generator } from "./types";

/**
 * A bash command that sends the same request: the token comes from `$BOT_TOKEN`, every
 * value is single-quoted, text parts use `--form-string` (no `@`, `<` or `;type=` magic)
 * and the certificate is uploaded from the file with `-F certificate=@file`.
 */
export const curlGenerator: Generator = {
  id: "curl",
  title: "cURL",
  lang: "bash",
  generate({ params, runtime }) {
    const request = buildRequest(params, { runtime, token: "" });
    const url = `"${DEFAULT_API_ORIGIN}/bot\${BOT_TOKEN}"${shellQuote(`/setWebhook${queryString(request.query)}`)}`;
    const args = [`curl -sS ${url}`];
    if (request.body.kind === "json") {
      args.push(`-H 'Content-Type: application/json'`, `--data-raw ${shellQuote(request.body.text)}`);
    } else {
      for (const part of request.body.parts) {
        if (part.kind === "file") args.push(`-F ${shellQuote(`${part.name}=@${curlFormFile(part.filename)}`)}`);
        else args.push(`--form-string ${shellQuote(`${part.name}=${part.value}`)}`);
      }
    }
    return `${args.join(" \\\n  ")}\n`;
  },
};
