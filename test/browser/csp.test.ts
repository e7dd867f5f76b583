/**
 * The Content-Security-Policy the README documents (`npm run csp`) works: served with it, the
 * pages and the playground run without a single violation, and sending still reaches the
 * Bot API server the policy names.
 */
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Browser } from "playwright-core";
import { contentSecurityPolicy } from "../../.vitepress/csp";
import { startStaticServer, type StaticServer } from "../../.vitepress/staticServer";
import { startFakeBotApi, type FakeBotApi } from "../support/fakeBotApi";
import { launchChromium } from "./chromium";
import { playgroundReady } from "./ready";

const dist = fileURLToPath(new URL("../../.vitepress/dist", import.meta.url));
const TOKEN = "123456789:AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw";
let browser: Browser;
let site: StaticServer;
let api: FakeBotApi;

beforeAll(async () => {
  browser = await launchChromium();
  api = await startFakeBotApi({ tokens: [TOKEN] });
  const policy = await contentSecurityPolicy(dist, [api.origin]);
  site = await startStaticServer(dist, { headers: { "content-security-policy": policy } });
});
afterAll(async () => {
  await browser?.close();
  await site?.close();
  await api?.close();
});

describe("served with the documented Content-Security-Policy", () => {
  it("runs every page and the playground with no violation", async () => {
    const page = await browser.newPage();
    const violations: string[] = [];
    await page.exposeFunction("reportViolation", (v: string) => violations.push(v));
    await page.addInitScript(() => {
      document.addEventListener("securitypolicyviolation", (e) =>
        (window as unknown as { reportViolation: (v: string) => void }).reportViolation(`${e.violatedDirective} ${e.blockedURI}`),
      );
    });
    page.on("console", (m) => m.type() === "error" && /Content.Security.Policy/i.test(m.text()) && violations.push(m.text()));
    for (const path of ["/", "/guide/webhooks", "/methods/getWebhookInfo", "/types/WebhookInfo"]) await page.goto(`${site.url}${path}`);
    await page.goto(`${site.url}/methods/setWebhook`);
    const pg = await playgroundReady(page);
    await pg.getByRole("textbox", { name: "url", exact: true }).fill("https://bot.example.com/hook");
    await pg.getByRole("tab", { name: "cURL" }).click();
    await pg.locator('[role="tabpanel"] pre.shiki').waitFor();
    await pg.getByLabel("Bot API server").fill(api.origin);
    await pg.getByLabel("Bot token").fill(TOKEN);
    await pg.getByRole("button", { name: "getWebhookInfo", exact: true }).click();
    await pg.locator(".CallSend-result").getByText("getWebhookInfo: ok: true").waitFor();
    expect(violations).toEqual([]);
    await page.close();
  });
});
