/**
 * The structural part of the performance budget (timings live in `npm run bench`): the
 * playground and its highlighter load only where they are used, after first paint, once.
 */
import { readFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import type { Browser, Page } from "playwright-core";
import { launchChromium } from "./chromium";
import { pageLive, playgroundReady } from "./ready";

const baseURL = inject("baseURL");
let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(() => browser?.close());

const PLAYGROUND = /\/CallPlayground(Form)?\.[\w-]+\.js$/;
/** The modules every playground loads with it (`.vitepress/checksChunk.ts`). */
const PLAYGROUND_CORE = /\/playgroundCore\.[\w-]+\.js$/;
const HIGHLIGHTER = /\/highlighter\.[\w-]+\.js$/;
const SHIKI = /shiki|highlighter|grammars|codeThemes|langs?[-_]|typescript\.|shellscript\./i;

/** Below 1280 px the playground follows the reference; from 1280 px it stands beside it, in view. */
const STACKED = { width: 1024, height: 768 };

async function track(path: string, viewport = STACKED): Promise<{ page: Page; requests: string[] }> {
  const page = await browser.newPage({ viewport });
  const requests: string[] = [];
  page.on("request", (r) => requests.push(r.url()));
  await page.goto(`${baseURL}${path}`);
  return { page, requests };
}

describe("loading the playground", () => {
  it("requests no playground, generator or shiki chunk on a page without the playground", async () => {
    const { page, requests } = await track("/guide/webhooks");
    await pageLive(page);
    expect(requests.filter((u) => PLAYGROUND.test(u) || PLAYGROUND_CORE.test(u) || SHIKI.test(u))).toEqual([]);
    await page.close();
  });

  it("beside the reference, in view from the start, fetches the playground after first paint", async () => {
    const { page, requests } = await track("/methods/setWebhook", { width: 1280, height: 720 });
    await playgroundReady(page);
    const timing = await page.evaluate(() => ({
      paint: performance.getEntriesByName("first-contentful-paint")[0]?.startTime ?? NaN,
      playground: performance.getEntriesByType("resource").filter((e) => /CallPlayground\./.test(e.name)).map((e) => e.startTime),
    }));
    expect(timing.playground).toHaveLength(1);
    expect(timing.playground[0]!).toBeGreaterThanOrEqual(timing.paint);
    expect(requests.filter((u) => HIGHLIGHTER.test(u))).toHaveLength(1);
    await page.close();
  });

  it("fetches the playground when it comes into view, then the highlighter, after first paint", async () => {
    const { page, requests } = await track("/methods/setWebhook");
    await pageLive(page);
    // Not yet in view: nothing of the playground is fetched.
    expect(requests.filter((u) => PLAYGROUND.test(u) || PLAYGROUND_CORE.test(u) || SHIKI.test(u))).toEqual([]);
    await playgroundReady(page);
    const html = await (await page.request.get(`${baseURL}/methods/setWebhook`)).text();
    expect(html).not.toMatch(/modulepreload[^>]*(CallPlayground|highlighter)/);
    const timing = await page.evaluate(() => {
      const paint = performance.getEntriesByName("first-contentful-paint")[0]?.startTime ?? NaN;
      const start = (re: string) =>
        performance
          .getEntriesByType("resource")
          .filter((e) => new RegExp(re).test(e.name))
          .map((e) => e.startTime);
      return { paint, playground: start("CallPlayground\\."), highlighter: start("/highlighter\\."), mark: performance.getEntriesByName("pg-highlighter-start")[0]?.startTime ?? NaN };
    });
    expect(timing.playground).toHaveLength(1);
    expect(timing.highlighter).toHaveLength(1);
    expect(timing.playground[0]!).toBeGreaterThanOrEqual(timing.paint);
    // The highlighter is asked for by the mounted playground, never before.
    expect(timing.highlighter[0]!).toBeGreaterThan(timing.playground[0]!);
    const order = requests.filter((u) => PLAYGROUND.test(u) || HIGHLIGHTER.test(u));
    expect(order.map((u) => (PLAYGROUND.test(u) ? "playground" : "highlighter"))).toEqual(["playground", "highlighter"]);
    await page.close();
  });

  it("shows the playground after client-side navigation from another page", async () => {
    const { page, requests } = await track("/guide/webhooks");
    await pageLive(page);
    await page.locator(".VPNavBar").getByRole("link", { name: "setWebhook" }).click();
    await page.waitForURL(/\/methods\/setWebhook$/);
    const pg = await playgroundReady(page);
    await expect(pg.getByRole("tabpanel").innerText()).resolves.toContain('import { Bot } from "gramio";');
    expect(requests.filter((u) => HIGHLIGHTER.test(u))).toHaveLength(1);
    await page.close();
  });

  it("requests the highlighter once however many outputs are shown", async () => {
    const { page, requests } = await track("/methods/setWebhook");
    const pg = await playgroundReady(page);
    for (const tab of ["HTTP", "cURL", "GramIO", "HTTP", "cURL"]) {
      await pg.getByRole("tab", { name: tab }).click();
      await pg.getByRole("textbox", { name: "url", exact: true }).fill(`https://bot.example.com/${tab}`);
      await pg.locator('[role="tabpanel"] pre.shiki').waitFor();
    }
    await pageLive(page);
    expect(requests.filter((u) => HIGHLIGHTER.test(u))).toHaveLength(1);
    expect(requests.filter((u) => /grammars|codeThemes|json\.[\w-]+\.js/.test(u))).toHaveLength(0);
    await expect(page.evaluate(() => performance.getEntriesByName("pg-highlighter").length)).resolves.toBe(1);
    await page.close();
  });

  it("loads the X.509 reader only when a certificate file is picked, and once", async () => {
    const { page, requests } = await track("/methods/setWebhook?url=https%3A%2F%2Fbot.example.com%2Fhook");
    const pg = await playgroundReady(page);
    await pageLive(page);
    const X509 = /\/certificate\.[\w-]+\.js$/;
    expect(requests.filter((u) => X509.test(u))).toEqual([]);
    const buffer = readFileSync(new URL("../fixtures/certificates/dns.pem", import.meta.url));
    for (const name of ["a.pem", "b.pem"]) {
      await pg.getByLabel("certificate", { exact: true }).setInputFiles({ name, mimeType: "application/x-pem-file", buffer });
      await pg.getByText(`${name},`).waitFor();
    }
    expect(requests.filter((u) => X509.test(u))).toHaveLength(1);
    await page.close();
  });
});

describe("the verdicts few methods need", () => {
  const RARE = /\/rareVerdicts\.[\w-]+\.js$/;
  it("load with a slice that needs them (sendPoll) and never with one that does not (setWebhook)", async () => {
    const webhook = await track("/methods/setWebhook", { width: 1280, height: 720 });
    await playgroundReady(webhook.page);
    expect(webhook.requests.filter((u) => RARE.test(u))).toEqual([]);
    await webhook.page.close();
    const poll = await track("/methods/sendPoll", { width: 1280, height: 720 });
    await playgroundReady(poll.page, "sendPoll");
    expect(poll.requests.filter((u) => RARE.test(u))).toHaveLength(1);
    await poll.page.close();
  });
});
