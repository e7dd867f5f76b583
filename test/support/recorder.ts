import { createServer, type IncomingHttpHeaders } from "node:http";

export interface RecordedRequest {
  readonly method: string;
  /** Path and query, as sent. */
  readonly target: string;
  readonly headers: IncomingHttpHeaders;
  readonly body: Buffer;
}

export interface Recorder {
  /** Base URL without a trailing slash, e.g. `http://127.0.0.1:41234`. */
  readonly origin: string;
  /** Requests received so far, oldest first. */
  readonly requests: RecordedRequest[];
  /** Waits for the next request after the current count. */
  next(): Promise<RecordedRequest>;
  close(): Promise<void>;
}

/**
 * A local stand-in for the Bot API on 127.0.0.1 that records every request and answers
 * like a successful setWebhook.
 */
export async function startRecorder(): Promise<Recorder> {
  const requests: RecordedRequest[] = [];
  const waiting: ((r: RecordedRequest) => void)[] = [];
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => {
      const recorded = { method: req.method ?? "", target: req.url ?? "", headers: req.headers, body: Buffer.concat(chunks) };
      requests.push(recorded);
      waiting.shift()?.(recorded);
      res.writeHead(200, { "content-type": "application/json" });
      res.end('{"ok":true,"result":true,"description":"Webhook was set"}');
    });
  });
  await new Promise<void>((ok) => server.listen(0, "127.0.0.1", ok));
  const address = server.address();
  if (!address || typeof address === "string") throw new Error("recorder has no port");
  return {
    origin: `http://127.0.0.1:${address.port}`,
    requests,
    next: () => new Promise((ok) => waiting.push(ok)),
    close: () =>
      new Promise<void>((ok) => {
        server.closeAllConnections();
        server.close(() => ok());
      }),
  };
}
