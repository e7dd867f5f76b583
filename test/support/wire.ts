/**
 * A comparable form of one request, whether it was recorded on the wire or read back from the
 * playground's HTTP view: method, target, content type (boundary aside), length, and the body
 * as JSON text or as multipart parts.
 */
import { spawn } from "node:child_process";
import { normalizeLinefeeds } from "../../playground/escape";
import type { RecordedRequest } from "./recorder";

export interface WirePart {
  readonly name: string;
  readonly filename?: string;
  readonly value: string;
}

export interface WireRequest {
  readonly method: string;
  readonly target: string;
  readonly contentType: string;
  readonly contentLength?: string;
  readonly body: { readonly json: string } | { readonly parts: readonly WirePart[] };
}

const mediaType = (ct: string) => ct.split(";")[0]!.trim();

async function parseMultipart(body: Buffer | string, contentType: string): Promise<WirePart[]> {
  const bytes = typeof body === "string" ? body : new Uint8Array(body);
  const form = await new Response(bytes, { headers: { "content-type": contentType } }).formData();
  const parts: WirePart[] = [];
  for (const [name, value] of form) {
    parts.push(typeof value === "string" ? { name, value } : { name, filename: value.name, value: await value.text() });
  }
  return parts;
}

/** A request as the recorder saw it. */
export async function fromRecorded(r: RecordedRequest): Promise<WireRequest> {
  const contentType = String(r.headers["content-type"] ?? "");
  return {
    method: r.method,
    target: r.target,
    contentType: mediaType(contentType),
    contentLength: r.headers["content-length"],
    body:
      mediaType(contentType) === "multipart/form-data"
        ? { parts: await parseMultipart(r.body, contentType) }
        : { json: r.body.toString("utf8") },
  };
}

/**
 * A request as the HTTP view shows it. The view prints multipart line breaks as LF; the
 * structure lines (boundaries, part headers, blank separators) are turned back into CRLF.
 */
export async function fromHttpView(text: string, token: string): Promise<WireRequest> {
  const split = text.indexOf("\n\n");
  const head = text.slice(0, split).split("\n");
  const body = text.slice(split + 2);
  const [method, target] = head[0]!.split(" ") as [string, string];
  const headers = new Map(head.slice(1).map((l) => [l.slice(0, l.indexOf(":")).toLowerCase(), l.slice(l.indexOf(":") + 2)]));
  const contentType = headers.get("content-type") ?? "";
  let parsedBody: WireRequest["body"];
  if (mediaType(contentType) === "multipart/form-data") {
    const boundary = /boundary=(.*)$/.exec(contentType)![1]!;
    const raw = body
      .split(`--${boundary}`)
      .map((chunk, i, all) => {
        if (i === 0 || i === all.length - 1) return chunk;
        const headerEnd = chunk.indexOf("\n\n");
        const partHead = chunk.slice(1, headerEnd).split("\n").join("\r\n");
        const content = chunk.slice(headerEnd + 2, -1);
        return `\r\n${partHead}\r\n\r\n${content}\r\n`;
      })
      .join(`--${boundary}`)
      .replace(/--\n$/, "--\r\n");
    parsedBody = { parts: await parseMultipart(raw, contentType) };
  } else {
    parsedBody = { json: body.replace(/\n$/, "") };
  }
  return {
    method,
    target: target.replace("<token>", token),
    contentType: mediaType(contentType),
    contentLength: headers.get("content-length"),
    body: parsedBody,
  };
}

/** Runs a command with only PATH and `env`, and says how it ended (stderr kept, stdout ignored). */
export function run(command: string, args: string[], cwd: string, env: Record<string, string>): Promise<{ code: number; stderr: string }> {
  return new Promise((ok, fail) => {
    const child = spawn(command, args, { cwd, env: { PATH: process.env.PATH ?? "/usr/bin:/bin", ...env }, stdio: ["ignore", "ignore", "pipe"] });
    let stderr = "";
    child.stderr.on("data", (d) => (stderr += d));
    child.on("error", fail);
    child.on("close", (code) => ok({ code: code ?? -1, stderr }));
  });
}

/** Text parts as a server reads them, modulo the CRLF that fetch writes for LF. */
export function normalized(r: WireRequest): WireRequest {
  if (!("parts" in r.body)) return r;
  return { ...r, body: { parts: r.body.parts.map((p) => (p.filename === undefined ? { ...p, value: normalizeLinefeeds(p.value) } : p)) } };
}
