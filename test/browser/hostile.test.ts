import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import type { Browser, Page } from "playwright-core";
import { launchChromium } from "./chromium";
import { playgroundReady } from "./ready";

const baseURL = inject("baseURL");
let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(() => browser?.close());

const SCRIPT = `<script>window.__pwned=1</script>`;
const IMG = `"><img src=x onerror="window.__pwned=2">`;
const SVG = `<svg/onload=window.__pwned=3>`;

/** Links a user could be sent, and what the form must show for each (undefined: the default). */
const LINKS: { name: string; query: string; url?: string; notice: boolean }[] = [
  { name: "script in url", query: `?url=${encodeURIComponent(SCRIPT)}`, url: SCRIPT, notice: false },
  { name: "attribute breakout in url", query: `?url=${encodeURIComponent(IMG)}`, url: IMG, notice: false },
  { name: "svg in ip_address and update types", query: `?ip_address=${encodeURIComponent(SVG)}&allowed_updates=${encodeURIComponent(SVG)}`, notice: true },
  { name: "broken percent-encoding", query: "?url=%E0%A4%A&max_connections=%&runtime=%ZZ", url: "\uFFFD%A", notice: true },
  { name: "unknown keys and a token", query: "?__proto__=1&constructor=x&token=123:abc&secret_token=s", notice: true },
  // Servers refuse request lines much over 8-16 KB, so this is about as long as a link gets.
  { name: "huge value", query: `?url=${"A".repeat(12_000)}`, notice: true },
  { name: "wrong types", query: "?max_connections=[1]&drop_pending_updates=maybe&allowed_updates=[object Object]&runtime=1", notice: true },
  { name: "javascript: url", query: `?url=${encodeURIComponent("javascript:alert(1)")}`, url: "javascript:alert(1)", notice: false },
];

async function openWatched(query: string): Promise<{ page: Page; problems: string[] }> {
  const page = await browser.newPage();
  const problems: string[] = [];
  page.on("dialog", (d) => {
    problems.push(`dialog: ${d.message()}`);
    void d.dismiss();
  });
  page.on("pageerror", (e) => problems.push(`page error: ${e.message}`));
  page.on("console", (m) => {
    if (m.type() === "error" && !m.text().startsWith("Failed to load resource")) problems.push(`console: ${m.text()}`);
  });
  await page.goto(`${baseURL}/methods/setWebhook${query}`);
  await playgroundReady(page);
  return { page, problems };
}

describe("hostile links", () => {
  for (const link of LINKS) {
    it(`loads safely: ${link.name}`, async () => {
      const { page, problems } = await openWatched(link.query);
      const pg = page.getByRole("region", { name: "setWebhook playground" });
      await expect(pg.getByRole("textbox", { name: "url", exact: true }).inputValue()).resolves.toBe(link.url ?? "");
      await expect(pg.getByText("Part of this link could not be used").count()).resolves.toBe(link.notice ? 1 : 0);
      // Nothing ran and nothing was parsed as HTML.
      await expect(page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).resolves.toBeUndefined();
      await expect(page.locator('img[src="x"], .SetWebhookPlayground svg, .SetWebhookPlayground script').count()).resolves.toBe(0);
      // Every code view shows the value as text.
      for (const tab of ["GramIO", "HTTP", "cURL"]) {
        await pg.getByRole("tab", { name: tab }).click();
        const code = await pg.getByRole("tabpanel").innerText();
        if (link.url && link.url.length < 200) expect(code.length, tab).toBeGreaterThan(20);
        if (link.url === SCRIPT && tab === "GramIO") expect(code).toContain(`url: "${SCRIPT}"`);
      }
      expect(problems).toEqual([]);
      await page.close();
    });
  }

  it("shows typed markup as text in messages and code", async () => {
    const { page, problems } = await openWatched("");
    const pg = page.getByRole("region", { name: "setWebhook playground" });
    await pg.getByRole("textbox", { name: "url", exact: true }).fill("https://bot.example.com/hook");
    await pg.getByRole("textbox", { name: "secret_token" }).fill(IMG);
    await pg.getByRole("textbox", { name: "ip_address" }).fill(SVG);
    await expect(page.locator("#pg-secret_token-msg").innerText()).resolves.toContain("only A-Z, a-z, 0-9, _ and - are allowed");
    await expect(pg.getByRole("tabpanel").innerText()).resolves.toContain(`secret_token: "\\"><img src=x onerror=\\"window.__pwned=2\\">"`);
    await expect(page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).resolves.toBeUndefined();
    await expect(page.locator('img[src="x"]').count()).resolves.toBe(0);
    expect(problems).toEqual([]);
    await page.close();
  });

  it("never plants a file: a picked-file value in a link is dropped, so no copied code uploads a local file", async () => {
    const page = await browser.newPage();
    const call = JSON.stringify({ chat_id: "123456789", document: { name: ".env", size: 12 } });
    await page.goto(`${baseURL}/methods/sendDocument?${new URLSearchParams({ call, tab: "curl" })}`);
    const pg = page.getByRole("region", { name: "sendDocument playground" });
    await pg.locator('[role="tabpanel"] pre.shiki').waitFor();
    await expect(pg.getByRole("status").filter({ hasText: "document (a file)" }).count()).resolves.toBe(1);
    for (const tab of ["GramIO", "HTTP", "cURL"]) {
      await pg.getByRole("tab", { name: tab }).click();
      const code = await pg.getByRole("tabpanel").innerText();
      expect(code.match(/.{0,60}(?<!process)\.env.{0,60}/)?.[0], tab).toBeUndefined();
      expect(code, tab).not.toContain("MediaUpload");
    }
    await page.close();
  });

  it("bounds a link's keyboard, so 1,000 buttons cannot freeze the tab", async () => {
    const page = await browser.newPage();
    // As short as a link with 1,000 buttons gets (servers refuse request lines much over 8-16 KB).
    const keyboard = Array.from({ length: 2 }, () => Array.from({ length: 500 }, () => ({})));
    const call = JSON.stringify({ chat_id: 1, text: "hi", reply_markup: { inline_keyboard: keyboard } });
    await page.goto(`${baseURL}/methods/sendMessage?${new URLSearchParams({ call })}`);
    const pg = page.getByRole("region", { name: "sendMessage playground" });
    await pg.locator('[role="tabpanel"] pre.shiki').waitFor();
    const notice = pg.getByRole("status").filter({ hasText: "could not be used" });
    await expect(notice.innerText()).resolves.toContain("past its first 100 items");
    // A button's controls are about 130 elements: 1,000 buttons built 130,000; the 200 kept stay far below.
    const elements = await pg.evaluate((el) => el.querySelectorAll("*").length);
    console.log(`playground elements for a 1,000-button link: ${elements}`);
    expect(elements).toBeLessThan(40_000);
    await page.close();
  });
});
