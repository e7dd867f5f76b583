/**
 * Nothing a reader types into the server-rendered playground is lost while its live version
 * loads: the playground's chunk is held back until the test has typed, as on a slow network.
 */
import { readFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import type { Browser } from "playwright-core";
import { launchChromium } from "./chromium";
import { holdRequests } from "./hold";
import { LINK_MAX_WAIT_MS } from "../../components/call/useCallLink";

const baseURL = inject("baseURL");
let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(() => browser?.close());

describe("typing before the playground is live", () => {
  it("keeps what was typed, ticked and picked in the server-rendered form", async () => {
    const page = await browser.newPage();
    const hold = await holdRequests(page, /\/CallPlayground(Form)?\.[\w-]+\.js$/);
    await page.goto(`${baseURL}/methods/setWebhook`);
    const form = page.locator(".SetWebhookPlayground");
    await form.scrollIntoViewIfNeeded();
    await expect.poll(() => hold.requested()).toBe(true);
    // Still the server-rendered form: nothing highlighted yet.
    await expect(form.locator("pre.shiki").count()).resolves.toBe(0);
    await page.locator("#pg-url").fill("https://bot.example.com/typed-early");
    await page.locator("#pg-secret_token").fill("early_secret");
    await page.locator("#pg-drop_pending_updates").check();
    await form.locator("details summary").click();
    await page.locator("#pg-update-chat_member").check();
    await page.locator("#pg-token").fill("123456789:AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw");
    await page.locator("#pg-api-base").fill("http://127.0.0.1:8081");
    await page.locator("#pg-certificate").setInputFiles({
      name: "early.pem",
      mimeType: "application/x-pem-file",
      buffer: readFileSync(new URL("../fixtures/certificates/dns.pem", import.meta.url)),
    });
    hold.release();
    const live = page.getByRole("region", { name: "setWebhook playground" });
    await live.locator('[role="tabpanel"] pre.shiki').waitFor();
    await live.getByText("early.pem,").waitFor();
    await expect(page.locator("#pg-url").inputValue()).resolves.toBe("https://bot.example.com/typed-early");
    await expect(page.locator("#pg-secret_token").inputValue()).resolves.toBe("early_secret");
    await expect(page.locator("#pg-drop_pending_updates").isChecked()).resolves.toBe(true);
    await expect(page.locator("#pg-update-chat_member").isChecked()).resolves.toBe(true);
    const code = await live.getByRole("tabpanel").innerText();
    expect(code).toContain('url: "https://bot.example.com/typed-early",');
    expect(code).toContain('certificate: await MediaUpload.path("./early.pem"),');
    expect(code).toContain('allowed_updates: ["chat_member"],');
    expect(code).toContain("drop_pending_updates: true,");
    // The send panel's fields too, and "Forget" leaves nothing typed behind for the next page.
    await expect(page.locator("#pg-token").inputValue()).resolves.toBe("123456789:AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw");
    await expect(page.locator("#pg-api-base").inputValue()).resolves.toBe("http://127.0.0.1:8081");
    await live.getByRole("button", { name: "Forget token", exact: true }).click();
    await expect(page.locator("#pg-token").inputValue()).resolves.toBe("");
    await page.evaluate(() => document.querySelector<HTMLAnchorElement>('a[href="/methods/deleteWebhook"]')?.click());
    const next = page.getByRole("region", { name: "deleteWebhook playground" });
    await next.scrollIntoViewIfNeeded();
    await next.locator('[role="tabpanel"] pre.shiki').waitFor();
    await expect(next.locator("#pg-token").inputValue()).resolves.toBe("");
    expect(page.url()).toBe(`${baseURL}/methods/deleteWebhook`);
    await page.close();
  });

  it("never writes a page's pending link onto the next page after in-page navigation", async () => {
    const page = await browser.newPage();
    await page.goto(`${baseURL}/methods/setWebhook`);
    const live = page.getByRole("region", { name: "setWebhook playground" });
    await live.scrollIntoViewIfNeeded();
    await live.locator('[role="tabpanel"] pre.shiki').waitFor();
    await page.locator("#pg-url").fill("https://bot.example.com/left-behind");
    // Leave before typing pauses, so the write is still pending.
    await page.evaluate(() => document.querySelector<HTMLAnchorElement>('a[href="/methods/getWebhookInfo"]')?.click());
    const next = page.getByRole("region", { name: "getWebhookInfo playground" });
    await next.scrollIntoViewIfNeeded();
    await next.locator('[role="tabpanel"] pre.shiki').waitFor();
    // Past the longest a pending write waits (LINK_MAX_WAIT_MS), measured by the page's own clock.
    await page.evaluate((ms) => new Promise((ok) => setTimeout(ok, ms)), LINK_MAX_WAIT_MS + 500);
    expect(page.url()).toBe(`${baseURL}/methods/getWebhookInfo`);
    await page.close();
  });
});

describe("typing before the webhook doctor is live", () => {
  it("keeps the pasted answer, the url and the ticks of the server-rendered doctor", async () => {
    const page = await browser.newPage();
    const hold = await holdRequests(page, /\/WebhookDoctor\.[\w-]+\.js$/);
    await page.goto(`${baseURL}/methods/getWebhookInfo`);
    await expect.poll(() => hold.requested()).toBe(true);
    await page.locator("#doctor-answer").fill('{"ok":true,"result":{"url":"https://bot.example.com/hook","pending_update_count":0}}');
    await page.locator("#doctor-url").fill("https://bot.example.com/other");
    await page.locator("#doctor-polling").check();
    await page.locator(".WebhookDoctor details summary").click();
    await page.locator("#doctor-need-chat_member").check();
    hold.release();
    const diagnosis = page.getByRole("list", { name: "Diagnosis" });
    await expect.poll(() => diagnosis.getByRole("listitem").allInnerTexts()).toEqual([
      expect.stringMatching(/^Critical: A webhook is set while the bot polls/),
      expect.stringMatching(/^Warning: The webhook set differs from the url in your form/),
      expect.stringMatching(/^Warning: Your handlers wait for chat_member/),
    ]);
    await expect(page.locator("#doctor-url").inputValue()).resolves.toBe("https://bot.example.com/other");
    await expect(page.locator("#doctor-need-chat_member").isChecked()).resolves.toBe(true);
    await page.close();
  });
});
