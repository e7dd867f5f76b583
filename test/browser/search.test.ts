/**
 * The site's search finds parameters and fields: each is its own entry that lands on its
 * anchor, an exact name ranks first, and a method's name with a parameter's finds that one.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import type { Browser, Page } from "playwright-core";
import { launchChromium } from "./chromium";
import { pageLive } from "./ready";

const baseURL = inject("baseURL");
let browser: Browser;
let page: Page;
beforeAll(async () => {
  browser = await launchChromium();
  page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
  await page.goto(`${baseURL}/methods/`);
  await pageLive(page);
});
afterAll(() => browser?.close());

/** The results' links for a query, in order, once the list shows results for it. */
async function search(query: string): Promise<string[]> {
  await page.keyboard.press("Escape");
  await page.locator(".VPNavBarSearch button").click();
  const input = page.getByRole("combobox").or(page.locator(".VPLocalSearchBox input")).first();
  await input.fill(query);
  const results = page.locator(".VPLocalSearchBox .results a");
  await expect.poll(async () => (await results.count()) > 0 && (await page.locator(".VPLocalSearchBox .results").innerText()).toLowerCase().includes(query.split(" ").at(-1)!.toLowerCase())).toBe(true);
  const hrefs = await results.evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname + new URL((a as HTMLAnchorElement).href).hash));
  await page.keyboard.press("Escape");
  return hrefs;
}

describe("search", () => {
  it("finds a parameter by its exact name first, landing on its anchor", async () => {
    const hits = await search("parse_mode");
    expect(hits[0]).toMatch(/^\/(methods|types)\/\w+#parse_mode$/);
    expect(hits.slice(0, 8).every((h) => h.endsWith("#parse_mode"))).toBe(true);
  });
  it("finds a method's parameter by the method's name and the parameter's", async () => {
    expect((await search("sendMessage parse_mode"))[0]).toBe("/methods/sendMessage#parse_mode");
    expect((await search("sendMessage message_thread_id"))[0]).toBe("/methods/sendMessage#message_thread_id");
  });
  it("finds a type's field", async () => {
    expect((await search("WebhookInfo pending_update_count"))[0]).toBe("/types/WebhookInfo#pending_update_count");
  });
  it("lands on the parameter", async () => {
    await search("setWebhook secret_token");
    await page.locator(".VPNavBarSearch button").click();
    await page.locator(".VPLocalSearchBox input").first().fill("setWebhook secret_token");
    await page.locator(".VPLocalSearchBox .results a").first().waitFor();
    await page.keyboard.press("Enter");
    await page.waitForURL(/\/methods\/setWebhook#secret_token$/);
    await expect.poll(() => page.locator("h3#secret_token").evaluate((h) => h.getBoundingClientRect().top >= 0 && h.getBoundingClientRect().top < window.innerHeight)).toBe(true);
  });
});
