/**
 * The Certificate output, run for real with the system's openssl: the certificate it makes
 * passes the Bot API server's host rule for the url (read back with the page's own PEM reader),
 * and the check commands, pointed at a TLS server that presents it on 127.0.0.1, report what
 * the page says they report.
 */
import { execFileSync, spawn } from "node:child_process";
import { webhookInput } from "../support/setWebhookCall";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { createServer, type Server } from "node:https";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readPem } from "../../playground/methods/setWebhook/certificate";
import { certificateNamesMatch } from "../../playground/net";
import { selfSignedCommands } from "../../playground/webhook/selfSigned";
import { freePort } from "../support/generatedServer";

function bash(script: string, cwd: string): Promise<{ code: number; output: string }> {
  return new Promise((ok, fail) => {
    const child = spawn("bash", ["-c", script], { cwd, env: { PATH: process.env.PATH ?? "/usr/bin:/bin" }, stdio: ["ignore", "pipe", "pipe"] });
    let output = "";
    child.stdout.on("data", (d) => (output += d));
    child.stderr.on("data", (d) => (output += d));
    child.on("error", fail);
    child.on("close", (code) => ok({ code: code ?? -1, output }));
  });
}

/** The numbered step of the output: its comment line and the command under it. */
const step = (commands: string, n: number) => {
  const block = commands.split("\n\n").find((b) => b.startsWith(`# ${n}. `));
  if (!block) throw new Error(`no step ${n} in:\n${commands}`);
  return block;
};

beforeAll(() => {
  try {
    execFileSync("openssl", ["version"]);
  } catch {
    throw new Error("These checks run openssl: install it with sudo apt-get install -y openssl");
  }
});

describe.each(["127.0.0.1", "localhost"])("a self-signed certificate for a url on %s", (host) => {
  let dir: string;
  let server: Server;
  let commands: string;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), "self-signed-"));
    const port = await freePort();
    commands = selfSignedCommands(webhookInput({ url: `https://${host}:${port}/telegram/webhook`, secret_token: "abc" }, "node"));
    const made = await bash(step(commands, 1), dir);
    expect(made.code, made.output).toBe(0);
    server = createServer({ key: readFileSync(join(dir, "private.key")), cert: readFileSync(join(dir, "public.pem")) }, (_req, res) => res.end("ok"));
    await new Promise<void>((ok) => server.listen(port, "127.0.0.1", ok));
  });
  afterAll(async () => {
    server?.closeAllConnections();
    await new Promise<void>((ok) => (server ? server.close(() => ok()) : ok()));
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it("makes a certificate the server's host rule accepts for the url, and no more", () => {
    expect(existsSync(join(dir, "private.key"))).toBe(true);
    const pem = readPem(readFileSync(join(dir, "public.pem"), "utf8"));
    expect(pem.privateKey).toBe(false);
    expect(pem.certificates).toHaveLength(1);
    expect(pem.certificates[0]!.subjectCN).toBe(host);
    expect(certificateNamesMatch(pem.certificates[0]!, host)).toBe(true);
    expect(certificateNamesMatch(pem.certificates[0]!, "other.example.com")).toBe(false);
  });

  it("step 3 shows the certificate the server presents", async () => {
    const shown = await bash(step(commands, 3), dir);
    expect(shown.code, shown.output).toBe(0);
    expect(shown.output).toContain(`subject=CN = ${host}`);
    expect(shown.output).toContain(host === "localhost" ? "DNS:localhost" : "IP Address:127.0.0.1");
  });

  it('step 4 verifies it against the uploaded file: "Verify return code: 0 (ok)"', async () => {
    const verified = await bash(step(commands, 4), dir);
    // One line, whatever else s_client prints and in whichever order (TLS 1.3 session tickets come late).
    expect(verified.code).toBe(0);
    expect(verified.output).toMatch(/^\s*Verify return code: 0 \(ok\)\n$/);
  });

  it("step 4 fails for a certificate that is not the uploaded one", async () => {
    const other = mkdtempSync(join(tmpdir(), "self-signed-other-"));
    try {
      expect((await bash(step(commands, 1), other)).code).toBe(0);
      const verified = await bash(step(commands, 4), other);
      expect(verified.output).not.toContain("Verify return code: 0 (ok)");
    } finally {
      rmSync(other, { recursive: true, force: true });
    }
  });
});

describe("a self-signed certificate for a host that is not plain text", () => {
  // What td's parse_url lets through in a host: sub-delimiters, quotes and non-ASCII letters.
  it.each(["bot,x.example.com", "it's.example.com", "a$b&c(d)+e=f;g.example", "bücher.example"])("names %s exactly, in the CN and the DNS name", async (host) => {
    const dir = mkdtempSync(join(tmpdir(), "self-signed-hostile-"));
    try {
      const commands = selfSignedCommands(webhookInput({ url: `https://${host}/hook` }));
      const made = await bash(step(commands, 1), dir);
      expect(made.code, made.output).toBe(0);
      const pem = readPem(readFileSync(join(dir, "public.pem"), "utf8"));
      expect(pem.certificates).toHaveLength(1);
      expect(pem.certificates[0]!.subjectCN).toBe(host);
      // A DNS name is ASCII by type (IA5String): OpenSSL writes a non-ASCII host's UTF-8 bytes, which the reader shows one per character.
      expect(pem.certificates[0]!.dnsNames.map((n) => Buffer.from(n, "latin1").toString("utf8"))).toEqual([host]);
      if (/^[\x20-\x7e]+$/.test(host)) expect(certificateNamesMatch(pem.certificates[0]!, host)).toBe(true);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
