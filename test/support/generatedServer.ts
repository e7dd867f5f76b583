/**
 * Runs a generated server file as a user would (`npx tsx server.ts` in a fresh CommonJS
 * project) on 127.0.0.1, with the Bot API stubbed out, and reads what it prints.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { connect, createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

const ROOT = fileURLToPath(new URL("../..", import.meta.url));
const STUB = fileURLToPath(new URL("./botApiStub.mjs", import.meta.url));

/** A project folder as `npm init -y` leaves it, with this repository's packages. */
export function scratchProject(files: Readonly<Record<string, string>>): { dir: string; remove(): void } {
  const dir = mkdtempSync(join(tmpdir(), "webhook-server-"));
  symlinkSync(join(ROOT, "node_modules"), join(dir, "node_modules"), "dir");
  writeFileSync(join(dir, "package.json"), JSON.stringify({ name: "my-bot", version: "1.0.0", type: "commonjs" }));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

/** A port nobody listens on right now. */
export function freePort(): Promise<number> {
  return new Promise((ok, fail) => {
    const probe = createServer();
    probe.once("error", fail);
    probe.listen(0, "127.0.0.1", () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => ok(port));
    });
  });
}

/** True once something on 127.0.0.1 takes a connection on `port`. */
function accepts(port: number): Promise<boolean> {
  return new Promise((ok) => {
    const socket = connect(port, "127.0.0.1");
    socket.once("connect", () => (socket.destroy(), ok(true)));
    socket.once("error", () => setTimeout(() => ok(false), 20));
  });
}

export interface RunningServer {
  readonly origin: string;
  /** Every line printed so far (stdout and stderr). */
  readonly lines: string[];
  /** Resolves once a printed line passes `test`; rejects if the process ends first. */
  waitForLine(test: (line: string) => boolean): Promise<string>;
  /** Null while it runs; the exit code (or signal) once it ended. */
  exited(): { code: number | null; signal: string | null } | null;
  /** Resolves when the process ends by itself. */
  ended(): Promise<void>;
  stop(): Promise<void>;
}

/** Starts `server.ts` of a scratch project and waits until it prints its "Listening on" line. */
export async function runGenerated(code: string, env: Readonly<Record<string, string>>): Promise<RunningServer> {
  const project = scratchProject({ "server.ts": code });
  const port = await freePort();
  const child: ChildProcess = spawn(process.execPath, ["--import", "tsx", "--import", STUB, "server.ts"], {
    cwd: project.dir,
    env: { PATH: process.env.PATH ?? "", HOST: "127.0.0.1", PORT: String(port), ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  const lines: string[] = [];
  const waiters = new Set<{ test: (line: string) => boolean; ok: (line: string) => void; fail: (e: Error) => void }>();
  let ended: { code: number | null; signal: string | null } | null = null;
  const onText = (stream: NodeJS.ReadableStream) => {
    let pending = "";
    stream.setEncoding("utf8");
    stream.on("data", (chunk: string) => {
      pending += chunk;
      const parts = pending.split("\n");
      pending = parts.pop()!;
      for (const line of parts) {
        lines.push(line);
        for (const w of waiters) if (w.test(line)) (waiters.delete(w), w.ok(line));
      }
    });
  };
  onText(child.stdout!);
  onText(child.stderr!);
  const closed = new Promise<void>((ok) =>
    child.on("close", (code, signal) => {
      ended = { code, signal };
      for (const w of waiters) w.fail(new Error(`the server ended (${code ?? signal}) before printing the line; it printed:\n${lines.join("\n")}`));
      waiters.clear();
      project.remove();
      ok();
    }),
  );
  const waitForLine = (test: (line: string) => boolean) => {
    const seen = lines.find(test);
    if (seen !== undefined) return Promise.resolve(seen);
    if (ended) return Promise.reject(new Error(`the server had ended; it printed:\n${lines.join("\n")}`));
    return new Promise<string>((ok, fail) => waiters.add({ test, ok, fail }));
  };
  const running: RunningServer = {
    origin: `http://127.0.0.1:${port}`,
    lines,
    waitForLine,
    exited: () => ended,
    ended: () => closed,
    async stop() {
      if (!ended) child.kill("SIGTERM");
      await closed;
    },
  };
  try {
    await waitForLine((line) => line.startsWith("Listening on "));
    // Some frameworks print before the port is open (@elysiajs/node): wait until it takes a connection.
    while (!(await accepts(port))) if (ended) throw new Error(`the server ended; it printed:\n${lines.join("\n")}`);
  } catch (error) {
    await running.stop();
    throw error;
  }
  return running;
}
