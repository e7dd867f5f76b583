import { curlFormFile, shellQuote, shellWordWithVariables } from "../escape";
import { buildRequest, DEFAULT_API_ORIGIN, queryString } from "../request";
import { SECRET_ENV, secretFromEnv, type Generator } from "./types";

/**
 * A bash command that sends the same request: the token comes from `$BOT_TOKEN` and a valid
 * secret token from `$WEBHOOK_SECRET`, every
 * value is single-quoted, text parts use `--form-string` (no `@`, `<` or `;type=` magic)
 * and the certificate is uploaded from the file with `-F certificate=@file`.
 */
export const curlGenerator: Generator = {
  id: "curl",
  title: "cURL",
  lang: "bash",
  generate({ params, runtime }) {
    // The secret is built into the request as a placeholder found nowhere else in it, then each
    // word that holds the placeholder reads "${WEBHOOK_SECRET}" there instead.
    const holes: Record<string, string> = {};
    let sent = params;
    if (secretFromEnv(params)) {
      const others = JSON.stringify({ ...params, secret_token: undefined });
      let placeholder = "WEBHOOKSECRET";
      while (others.includes(placeholder)) placeholder += "X";
      holes[placeholder] = SECRET_ENV;
      sent = { ...params, secret_token: placeholder };
    }
    const word = (value: string) => shellWordWithVariables(value, holes);
    const request = buildRequest(sent, { runtime, token: "" });
    const url = `"${DEFAULT_API_ORIGIN}/bot\${BOT_TOKEN}"${word(`/setWebhook${queryString(request.query)}`)}`;
    const args = [`curl -sS ${url}`];
    if (request.body.kind === "json") {
      args.push(`-H 'Content-Type: application/json'`, `--data-raw ${word(request.body.text)}`);
    } else {
      for (const part of request.body.parts) {
        if (part.kind === "file") args.push(`-F ${shellQuote(`${part.name}=@${curlFormFile(part.filename)}`)}`);
        else args.push(`--form-string ${word(`${part.name}=${part.value}`)}`);
      }
    }
    return `${args.join(" \\\n  ")}\n`;
  },
};
