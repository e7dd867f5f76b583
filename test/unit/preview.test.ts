import { spawn } from "node:child_process";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const root = fileURLToPath(new URL("../..", import.meta.url));

describe("npm run preview", () => {
  it("serves the build on the loopback address only", async () => {
    const dir = await mkdtemp(join(tmpdir(), "preview-"));
    await writeFile(join(dir, "index.html"), "<!doctype html><title>built</title>");
    const child = spawn(process.execPath, ["--import", "tsx", ".vitepress/preview.ts"], {
      cwd: root,
      env: { ...process.env, PORT: "0", PREVIEW_DIR: dir },
      stdio: ["ignore", "pipe", "pipe"],
    });
    const exit = new Promise<number | null>((ok) => child.on("close", ok));
    try {
      const announced = await new Promise<string>((ok) => {
        let out = "";
        const read = (d: Buffer) => ((out += d), /Serving|Error|error/.test(out) && ok(out));
        child.stdout.on("data", read);
        child.stderr.on("data", read);
        child.on("close", () => ok(out));
      });
      const url = /http:\/\/([\d.]+):(\d+)\//.exec(announced);
      expect(url?.[1], announced).toBe("127.0.0.1");
      await expect(fetch(url![0]).then((r) => r.text())).resolves.toContain("<title>built</title>");
    } finally {
      child.kill("SIGTERM");
      await exit;
      await rm(dir, { recursive: true, force: true });
    }
  });
});
