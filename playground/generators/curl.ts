import { curlFormFile, shellQuote, shellWordWithVariables } from "../escape";
import { buildMethodRequest, DEFAULT_API_ORIGIN, queryString } from "../request";
import type { Generator } from "./types";

/**
 * A bash command that sends the same request: the token comes from `$BOT_TOKEN` and each
 * parameter marked for the environment (a valid secret token) from its variable, every value
 * is single-quoted, text parts use `--form-string` (no `@`, `<` or `;type=` magic) and files
 * are uploaded from disk with `-F name=@file`.
 */
export const curlGenerator: Generator = {
  id: "curl",
  title: "cURL",
  lang: "bash",
  runtimeMatters: true,
  generate(input) {
    const { slice, params, fromEnv = {} } = input;
    // Each value read from the environment is built into the request as a placeholder found
    // nowhere else in it, then each word that holds the placeholder reads "${NAME}" there.
    const holes: Record<string, string> = {};
    const sent: Record<string, unknown> = { ...params };
    for (const [name, variable] of Object.entries(fromEnv)) {
      if (typeof sent[name] !== "string") continue;
      const others = JSON.stringify({ ...sent, [name]: undefined });
      let placeholder = variable.replaceAll("_", "");
      while (others.includes(placeholder) || Object.keys(holes).some((h) => h.includes(placeholder) || placeholder.includes(h))) placeholder += "X";
      holes[placeholder] = variable;
      sent[name] = placeholder;
    }
    const word = (value: string) => shellWordWithVariables(value, holes);
    const { request, throws } = buildMethodRequest(slice, sent, { runtime: input.runtime, token: "" });
    if (!request) return `# GramIO sends nothing: it throws\n# ${throws}\n`;
    const url = `"${DEFAULT_API_ORIGIN}/bot\${BOT_TOKEN}"${word(`/${slice.method.name}${queryString(request.query)}`)}`;
    const args = [`curl -sS ${url}`];
    if (request.body.kind === "json") {
      args.push(`-H 'Content-Type: application/json'`, `--data-raw ${word(request.body.text)}`);
    } else if (request.body.kind === "multipart") {
      for (const part of request.body.parts) {
        if (part.kind === "file") args.push(`-F ${shellQuote(`${part.name}=@${curlFormFile(part.filename)}`)}`);
        else args.push(`--form-string ${word(`${part.name}=${part.value}`)}`);
      }
    } else {
      args.push("-X POST");
    }
    return `${args.join(" \\\n  ")}\n`;
  },
};
