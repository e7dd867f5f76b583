import { multipartQuote, normalizeLinefeeds, utf8Length } from "./escape";
import type { SchemaType } from "./schema/model";
import { fieldsOf, isUpload, memberFor, type ObjectIndex, type SchemaSlice, type Upload } from "./schema/slice";
import { placeKey } from "./schema/uploads";

/** Where GramIO runs: it builds a request with a file differently on Bun. */
export type Runtime = "node" | "bun";

export const DEFAULT_API_ORIGIN = "https://api.telegram.org";

export type MultipartPart =
  | { readonly kind: "text"; readonly name: string; readonly value: string }
  | {
      readonly kind: "file";
      readonly name: string;
      readonly filename: string;
      readonly contentType: string;
      /** The file's text; empty when it was not read (a photo), then `size` counts its bytes. */
      readonly content: string;
      readonly size?: number;
    };

export type RequestBody =
  | { readonly kind: "json"; readonly text: string }
  /** No body: what fetch sends when GramIO's form ends up empty. */
  | { readonly kind: "none" }
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
  if (body.kind === "none") return "";
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
  if (body.kind === "none") return 0;
  let total = utf8Length(`--${body.boundary}--\r\n`);
  for (const part of body.parts) {
    total += utf8Length(partHead(body.boundary, part)) + 2;
    total += part.kind === "text" ? utf8Length(normalizeLinefeeds(part.value)) : part.content === "" && part.size ? part.size : contentBytes(part.content);
  }
  return total;
}

/** What `bot.api.<method>(params)` does with the value tree: a request, or GramIO throwing. */
export interface WireResult {
  /** Undefined when GramIO throws before sending (`throws` says what). */
  readonly request?: HttpRequest;
  readonly throws?: string;
  /** Places of files GramIO sends as JSON text, where a file becomes `{}`: lost. */
  readonly lost: readonly string[];
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);

/** The value as JSON would carry it: an upload where GramIO does not extract it is a `File`, which JSON writes as `{}`. */
function asJson(objects: ObjectIndex, type: SchemaType | undefined, value: unknown, path: string, lost: string[]): unknown {
  const t = type && memberFor(objects, type, value);
  if (t?.kind === "file" && isUpload(value)) {
    lost.push(path);
    return {};
  }
  if (Array.isArray(value)) return value.map((v, i) => asJson(objects, t?.kind === "array" ? t.of : undefined, v, `${path}[${i}]`, lost));
  if (isObject(value)) {
    const fields = t?.kind === "object" ? fieldsOf(objects, t.name) : undefined;
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, asJson(objects, fields?.find((f) => f.name === k)?.type, v, `${path}.${k}`, lost)]));
  }
  return value;
}

/** True when a file stands at a place where GramIO switches to multipart (`UploadRules.triggers`). */
function triggersUpload(slice: Pick<SchemaSlice, "method" | "objects">, params: Readonly<Record<string, unknown>>): boolean {
  const { method, objects } = slice;
  const triggers = method.upload?.triggers ?? [];
  if (triggers.length === 0) return false;
  const hit = (key: string) => triggers.includes(key);
  for (const field of method.fields) {
    const value = params[field.name];
    if (value === undefined) continue;
    if (isUpload(value) && memberFor(objects, field.type, value)?.kind === "file" && hit(field.name)) return true;
    const items = Array.isArray(value) ? value : [value];
    for (const item of items) {
      if (!isObject(item)) continue;
      const tag = typeof item.type === "string" ? item.type : undefined;
      for (const [name, inner] of Object.entries(item)) {
        if (!isUpload(inner)) continue;
        const key = placeKey(field.name, name, Array.isArray(value));
        if (hit(key) || (tag !== undefined && hit(`${key}@${tag}`))) return true;
      }
    }
  }
  return false;
}

function filePart(name: string, upload: Upload): MultipartPart {
  const part = { kind: "file", name, filename: upload.name, contentType: "application/octet-stream", content: upload.text ?? "" } as const;
  return upload.text === undefined && upload.size ? { ...part, size: upload.size } : part;
}

/**
 * The request `bot.api.<method>(params)` sends (gramio 0.10 `_callApi` with `@gramio/files`):
 * JSON, unless a file stands where GramIO looks for one; then `multipart/form-data`, its
 * extractors' files as `file-N` parts (`attach://file-N` in their place) and top-level files
 * under their own names; on Node.js the other parameters go in the query string (and with no
 * file part there is no body at all), on Bun every parameter is in the body.
 */
export function buildMethodRequest(slice: Pick<SchemaSlice, "method" | "objects">, params: Readonly<Record<string, unknown>>, options: RequestOptions): WireResult {
  const { method, objects } = slice;
  const origin = options.origin ?? DEFAULT_API_ORIGIN;
  const path = `/bot${options.token}/${method.name}`;
  const host = origin.replace(/^[a-z]+:\/\//i, "");
  const typeOf = (name: string) => method.fields.find((f) => f.name === name)?.type;
  const lost: string[] = [];
  const set = Object.entries(params).filter(([, v]) => v !== undefined);

  if (!triggersUpload(slice, params)) {
    const text = JSON.stringify(Object.fromEntries(set.map(([k, v]) => [k, asJson(objects, typeOf(k), v, k, lost)])));
    const headers: [string, string][] = [
      ["Host", host],
      ["Content-Type", "application/json"],
      ["Content-Length", String(utf8Length(text))],
    ];
    return { request: { method: "POST", origin, path, query: [], headers, body: { kind: "json", text } }, lost };
  }

  // GramIO mutates a copy of the parameters: extracted files become attach:// references.
  const copy = copyTree(Object.fromEntries(set)) as Record<string, unknown>;
  const parts: MultipartPart[] = [];
  let attachId = 0;
  for (const extractor of method.upload?.extract ?? []) {
    const holder = copy[extractor.property];
    if (holder === undefined || holder === null) {
      return { throws: `TypeError: Cannot read properties of ${String(holder)} (reading '${extractor.type === "union" ? extractor.name : "entries"}'): GramIO reads \`${extractor.property}\` to look for files even when it is not set`, lost };
    }
    const items = extractor.type === "array" ? (Array.isArray(holder) ? holder : []) : [holder];
    for (const item of items) {
      if (!isObject(item) || !isUpload(item[extractor.name])) continue;
      const id = `file-${attachId++}`;
      parts.push(filePart(id, item[extractor.name] as Upload));
      item[extractor.name] = `attach://${id}`;
    }
  }
  const bun = options.runtime === "bun";
  const query: [string, string][] = [];
  const textParts: MultipartPart[] = [];
  for (const [name, value] of Object.entries(copy)) {
    if (isUpload(value) && memberFor(objects, typeOf(name)!, value)?.kind === "file") {
      parts.push(filePart(name, value));
      continue;
    }
    const wire = asJson(objects, typeOf(name), value, name, lost);
    if (bun) textParts.push({ kind: "text", name, value: wireString(wire) });
    else if (wire !== null) query.push([name, wireString(wire)]);
  }
  // Bun's form: the extracted files (set first), then every parameter in call order.
  const ordered = bun ? orderBun(parts, textParts, Object.keys(copy)) : parts;
  const boundary = options.boundary ?? (bun ? "-WebkitFormBoundary3f2a9c4e8b7d6150" : "----formdata-undici-012345678901");
  if (ordered.length === 0) {
    // @gramio/files found no file to put in the form: fetch sends the POST without a body.
    return { request: { method: "POST", origin, path, query, headers: [["Host", host], ["Content-Length", "0"]], body: { kind: "none" } }, lost };
  }
  const body: RequestBody = { kind: "multipart", boundary, parts: ordered };
  const headers: [string, string][] = [
    ["Host", host],
    ["Content-Type", `multipart/form-data; boundary=${boundary}`],
    ["Content-Length", String(bodyLength(body))],
  ];
  return { request: { method: "POST", origin, path, query: bun ? [] : query, headers, body }, lost };
}

/**
 * A copy of the lists and objects of a value tree (uploads kept as they are). Not
 * `structuredClone`: the form's state may be a Vue proxy, which it refuses.
 */
function copyTree(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(copyTree);
  if (isObject(value) && !isUpload(value)) return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, copyTree(v)]));
  return value;
}

function orderBun(parts: MultipartPart[], textParts: MultipartPart[], keys: string[]): MultipartPart[] {
  const attached = parts.filter((p) => /^file-\d+$/.test(p.name) && !keys.includes(p.name));
  const byKey = new Map([...parts.filter((p) => !attached.includes(p)), ...textParts].map((p) => [p.name, p] as const));
  return [...attached, ...keys.flatMap((k) => (byKey.has(k) ? [byKey.get(k)!] : []))];
}
