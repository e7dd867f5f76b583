import { multipartQuote, normalizeLinefeeds, utf8Length } from "./escape";
import type { Runtime, SetWebhookInput } from "./params";

export const DEFAULT_API_ORIGIN = "https://api.telegram.org";

export type MultipartPart =
  | { readonly kind: "text"; readonly name: string; readonly value: string }
  | { readonly kind: "file"; readonly name: string; readonly filename: string; readonly contentType: string; readonly content: string };

export type RequestBody =
  | { readonly kind: "json"; readonly text: string }
  | { readonly kind: "multipart"; readonly boundary: string; readonly parts: readonly MultipartPart[] };

/** One HTTP request, as every generator sees it. */
export interface HttpRequest {
  readonly method: "POST";
  readonly origin: string;
  /** Path with the token in it, e.g. `/bot<token>/setWebhook`. */
  readonly path: string;
  /** Query parameters, in order (GramIO puts text parameters here when it uploads a file on Node.js). */
  readonly query: readonly (readonly [string, string])[];
  readonly headers: readonly (readonly [string, string])[];
  readonly body: RequestBody;
}

export interface RequestOptions {
  readonly runtime: Runtime;
  /** Text that stands for the bot token in the path. */
  readonly token: string;
  readonly origin?: string;
  /** Multipart boundary; fetch picks a random one, the views show a fixed one. */
  readonly boundary?: string;
}

/** GramIO's `convertToString`: objects and arrays as JSON text, the rest with `String()`. */
function wireString(value: unknown): string {
  return typeof value === "object" ? JSON.stringify(value) : String(value);
}

/** The parameters that are set, in the order of the call. */
function entries(input: SetWebhookInput): [string, unknown][] {
  return Object.entries(input).filter(([, v]) => v !== undefined && v !== null);
}

/**
 * Every parameter but the file, as text, in call order: GramIO's `simplifyObject`. This is
 * the query string on Node.js and the form a browser sends.
 */
export function textParams(input: SetWebhookInput): [string, string][] {
  return entries(input)
    .filter(([k]) => k !== "certificate")
    .map(([k, v]) => [k, wireString(v)]);
}

export function queryString(query: HttpRequest["query"]): string {
  return query.length ? `?${new URLSearchParams(query as [string, string][]).toString()}` : "";
}

/** The head of one multipart part: its boundary line and headers, up to the blank line. */
function partHead(boundary: string, part: MultipartPart): string {
  let head = `--${boundary}\r\nContent-Disposition: form-data; name=${multipartQuote(normalizeLinefeeds(part.name))}`;
  if (part.kind === "file") head += `; filename=${multipartQuote(part.filename)}\r\nContent-Type: ${part.contentType}`;
  return `${head}\r\n\r\n`;
}

/**
 * The body bytes as text, exactly as fetch sends them. `fileContent` may stand in for a
 * file's content (the HTTP view shortens a large one); it is inserted as it is, never read
 * as a replacement pattern.
 */
export function serializeBody(body: RequestBody, fileContent: (part: Extract<MultipartPart, { kind: "file" }>) => string = (p) => p.content): string {
  if (body.kind === "json") return body.text;
  let out = "";
  for (const part of body.parts) {
    out += partHead(body.boundary, part);
    out += part.kind === "text" ? normalizeLinefeeds(part.value) : fileContent(part);
    out += "\r\n";
  }
  return `${out}--${body.boundary}--\r\n`;
}

/** The last file content measured, so typing elsewhere does not re-measure a 3 MB file. */
let measured: { content: string; bytes: number } | undefined;
function contentBytes(content: string): number {
  if (measured?.content !== content) measured = { content, bytes: utf8Length(content) };
  return measured.bytes;
}

/** The body's length in bytes, counted part by part without building the body. */
export function bodyLength(body: RequestBody): number {
  if (body.kind === "json") return utf8Length(body.text);
  let total = utf8Length(`--${body.boundary}--\r\n`);
  for (const part of body.parts) {
    total += utf8Length(partHead(body.boundary, part)) + 2;
    total += part.kind === "text" ? utf8Length(normalizeLinefeeds(part.value)) : contentBytes(part.content);
  }
  return total;
}

/**
 * The request `bot.api.setWebhook(input)` sends (gramio `_callApi`): JSON without a file;
 * with a certificate, `multipart/form-data` holding the file and, on Node.js, the other
 * parameters in the query string, or on Bun every parameter in the body.
 */
export function buildRequest(input: SetWebhookInput, options: RequestOptions): HttpRequest {
  const origin = options.origin ?? DEFAULT_API_ORIGIN;
  const path = `/bot${options.token}/setWebhook`;
  const host = origin.replace(/^[a-z]+:\/\//i, "");
  const cert = input.certificate;
  if (!cert) {
    const text = JSON.stringify(Object.fromEntries(entries(input)));
    return {
      method: "POST",
      origin,
      path,
      query: [],
      headers: [
        ["Host", host],
        ["Content-Type", "application/json"],
        ["Content-Length", String(utf8Length(text))],
      ],
      body: { kind: "json", text },
    };
  }
  const boundary = options.boundary ?? (options.runtime === "bun" ? "-WebkitFormBoundary3f2a9c4e8b7d6150" : "----formdata-undici-012345678901");
  const filePart: MultipartPart = {
    kind: "file",
    name: "certificate",
    filename: cert.name,
    contentType: "application/octet-stream",
    content: cert.text ?? "",
  };
  const bun = options.runtime === "bun";
  const parts: MultipartPart[] = bun
    ? entries(input).map(([name, value]) => (name === "certificate" ? filePart : { kind: "text", name, value: wireString(value) }))
    : [filePart];
  const query = bun ? [] : textParams(input);
  const body: RequestBody = { kind: "multipart", boundary, parts };
  return {
    method: "POST",
    origin,
    path,
    query,
    headers: [
      ["Host", host],
      ["Content-Type", `multipart/form-data; boundary=${boundary}`],
      ["Content-Length", String(bodyLength(body))],
    ],
    body,
  };
}
