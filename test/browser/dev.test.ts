/**
 * The README's first command, `npm run dev`: the playground works in the development server,
 * and nothing a reader does there makes Vite discover a dependency late and reload the page
 * (which would lose what was typed).
 */
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Browser } from "playwright-core";
import { createServer } from "vitepress";
import { launchChromium } from "./chromium";
import { playgroundReady } from "./ready";

const root = fileURLToPath(new URL("../..", import.meta.url));
let browser: Browser;
let server: Awaited<ReturnType<typeof createServer>>;
let origin: string;

beforeAll(async () => {
  browser = await launchChromium();
  server = await createServer(root, { host: "127.0.0.1", port: 0 });
  await server.listen();
  const address = server.httpServer?.address();
  if (!address || typeof address === "string") throw new Error("the dev server has no port");
  origin = `http://127.0.0.1:${address.port}`;
}, 120_000);
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe("npm run dev", () => {
  it("serves a working playground that never reloads under the reader", async () => {
    const page = await browser.newPage();
    const errors: string[] = [];
    page.on("pageerror", (e) => errors.push(e.message));
    // A reload at any moment of the test counts, even one before the marker below is set.
    let loads = 0;
    page.on("load", () => loads++);
    await page.goto(`${origin}/methods/setWebhook?url=https%3A%2F%2Fbot.example.com%2Fhook`);
    const pg = await playgroundReady(page);
    await page.evaluate(() => ((window as unknown as { stillHere: boolean }).stillHere = true));
    await pg.getByRole("textbox", { name: "secret_token" }).fill("typed_in_dev");
    await pg.getByLabel("certificate", { exact: true }).setInputFiles(fileURLToPath(new URL("../fixtures/certificates/dns.pem", import.meta.url)));
    await pg.getByText("dns.pem,").waitFor();
    await expect(pg.locator(".SetWebhookPlayground-cert").innerText()).resolves.toContain("matches bot.example.com");
    // The webhook tabs load their code and full grammars when opened: no late dependency either.
    for (const [tab, text] of [["Server", "webhookHandler(bot, \"express\""], ["Test update", "curl --globoff --fail-with-body"], ["Certificate", "openssl req"]] as const) {
      await pg.getByRole("tab", { name: tab }).click();
      await expect.poll(() => pg.getByRole("tabpanel").innerText()).toContain(text);
      await expect.poll(() => pg.getByRole("tabpanel").locator("span[style*='--shiki-light']").count()).toBeGreaterThan(5);
    }
    await expect(page.evaluate(() => (window as unknown as { stillHere?: boolean }).stillHere)).resolves.toBe(true);
    await expect(pg.getByRole("textbox", { name: "secret_token" }).inputValue()).resolves.toBe("typed_in_dev");
    expect(loads).toBe(1);
    expect(errors).toEqual([]);
    await page.close();
  });

  it("serves the playground of any method, which never reloads under the reader either", async () => {
    const page = await browser.newPage();
    const errors: string[] = [];
    page.on("pageerror", (e) => errors.push(e.message));
    await page.goto(`${origin}/methods/sendPhoto`);
    const pg = page.getByRole("region", { name: "sendPhoto playground" });
    await pg.scrollIntoViewIfNeeded();
    await pg.locator('[role="tabpanel"] pre.shiki').waitFor();
    await page.evaluate(() => ((window as unknown as { stillHere: boolean }).stillHere = true));
    await pg.getByRole("textbox", { name: "chat_id", exact: true }).fill("@typed_in_dev");
    await pg.getByLabel("photo", { exact: true }).setInputFiles({ name: "p.jpg", mimeType: "image/jpeg", buffer: Buffer.from("x") });
    await pg.getByRole("tab", { name: "HTTP" }).click();
    await expect.poll(() => pg.getByRole("tabpanel").innerText()).toContain("sendPhoto?chat_id=%40typed_in_dev");
    await expect(page.evaluate(() => (window as unknown as { stillHere?: boolean }).stillHere)).resolves.toBe(true);
    expect(errors).toEqual([]);
    await page.close();
  });
});
