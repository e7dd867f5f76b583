/**
 * The literal form of the promise on the setWebhook page: a GramIO example with a wrong
 * property name makes `vitepress build` fail. A one-page site that uses the project's markdown
 * configuration is built twice, with a correct and with a broken example.
 */
import { spawnSync } from "node:child_process";
import { mkdir, rm, writeFile } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";

const root = fileURLToPath(new URL("../..", import.meta.url));
const site = `${root}test/.tmp/build-${process.pid}/`;

async function buildWith(example: string) {
  await rm(site, { recursive: true, force: true });
  await mkdir(`${site}.vitepress`, { recursive: true });
  await writeFile(
    `${site}.vitepress/config.mts`,
    `import { markdown } from ${JSON.stringify(`${root}.vitepress/config.ts`)};\nexport default { title: "t", markdown };\n`,
  );
  await writeFile(`${site}index.md`, `# Example\n\n\`\`\`ts twoslash\n${example}\n\`\`\`\n`);
  const result = spawnSync(`${root}node_modules/.bin/vitepress`, ["build", site], { cwd: root, encoding: "utf8", env: { ...process.env, CI: "" } });
  return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
}

afterAll(() => rm(site, { recursive: true, force: true }));

describe("vitepress build with a GramIO example", () => {
  const call = (key: string) => `import { Bot } from "gramio";
const bot = new Bot(process.env.BOT_TOKEN as string);
await bot.api.setWebhook({ url: "https://bot.example.com/hook", ${key}: "s3cret" });`;

  it("succeeds when the example is right", async () => {
    const { status, output } = await buildWith(call("secret_token"));
    expect(status, output).toBe(0);
  }, 120_000);

  it("fails when the example uses a wrong property name", async () => {
    const { status, output } = await buildWith(call("secretToken"));
    expect(status).not.toBe(0);
    expect(output).toContain("Twoslash error in code");
    expect(output).toMatch(/secretToken/);
  }, 120_000);
});
