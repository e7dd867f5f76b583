import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import type { Browser, Page } from "playwright-core";
import { launchChromium } from "./chromium";
import { pageLive } from "./ready";

const baseURL = inject("baseURL");
let browser: Browser;
let page: Page;

beforeAll(async () => {
  browser = await launchChromium();
  page = await browser.newPage();
  await page.goto(`${baseURL}/methods/setWebhook`);
});
afterAll(() => browser?.close());

const param = (name: string) => page.locator(".ApiParam", { has: page.locator(`h3#${name}`) });

describe("setWebhook page", () => {
  it("renders seven parameters and marks only url as required", async () => {
    await expect(page.locator(".ApiParam").count()).resolves.toBe(7);
    const required = page.locator(".ApiParam-badge", { hasText: "Required" });
    await expect(required.count()).resolves.toBe(1);
    await expect(param("url").locator(".ApiParam-badge").innerText()).resolves.toBe("Required");
    await expect(page.locator(".ApiParam-badge", { hasText: "Optional" }).count()).resolves.toBe(6);
  });

  it("shows max_connections as 1-100 with default 40", async () => {
    const text = await param("max_connections").innerText();
    expect(text).toContain("Default: 40");
    expect(text).toMatch(/Range\s+1-100; a value outside is clamped into it, never refused/);
    expect(text).toContain("Number");
  });

  it("shows secret_token's length in bytes, as the server counts it, and the allowed characters", async () => {
    const text = await param("secret_token").innerText();
    expect(text).toMatch(/Length\s+up to 256 bytes in UTF-8, longer is refused; empty sends no secret/);
    expect(text).toMatch(/Characters\s+A-Z, a-z, 0-9, _ and -; any other is refused/);
  });

  it("renders descriptions as markdown", async () => {
    const updates = param("allowed_updates").locator(".ApiParam-description");
    await expect(updates.innerText()).resolves.toContain(
      "Specify an empty list to receive all update types except chat_member, message_reaction, and message_reaction_count (default).",
    );
    await expect(updates.locator("em").allInnerTexts()).resolves.toEqual([
      "chat_member",
      "message_reaction",
      "message_reaction_count",
    ]);
    await expect(updates.locator("code").first().innerText()).resolves.toBe(
      '["message", "edited_channel_post", "callback_query"]',
    );
    await expect(updates.locator('a[href="/types/Update"]').count()).resolves.toBe(1);

    const secret = param("secret_token").locator(".ApiParam-description");
    await expect(secret.innerText()).resolves.toContain(
      "Only characters A-Z, a-z, 0-9, _ and - are allowed.",
    );
    await expect(secret.locator("code").allInnerTexts()).resolves.toEqual(["A-Z", "a-z", "0-9", "_", "-"]);
    const drop = await param("drop_pending_updates").innerText();
    expect(drop).toContain("Pass True to drop all pending updates");
    expect(drop).not.toContain("\\_");
  });

  it("links Telegram types and deep-links each parameter", async () => {
    await expect(param("certificate").locator(".ApiParam-type a").getAttribute("href")).resolves.toBe(
      "https://core.telegram.org/bots/api#inputfile",
    );
    await expect(param("url").locator("a.header-anchor").getAttribute("href")).resolves.toBe("#url");
    await page.goto(`${baseURL}/methods/setWebhook#secret_token`);
    await expect(page.locator("h3#secret_token").isVisible()).resolves.toBe(true);
  });

  it("has type-checked examples, an errors table, tips and see-also links", async () => {
    const headings = await page.locator(".vp-doc h2").allInnerTexts();
    expect(headings.map((h) => h.replace(/\u200b/g, "").trim())).toEqual([
      "Parameters",
      "Returns",
      "GramIO Usage",
      "Errors",
      "Tips & Gotchas",
      "See Also",
      "Playground",
    ]);
    await expect(page.locator(".vp-doc .twoslash").count()).resolves.toBeGreaterThanOrEqual(6);
    await expect(page.locator("#errors ~ ul").first().innerText()).resolves.toContain(
      "400 Bad Request: bad webhook: Webhook can be set up only on ports 80, 88, 443 or 8443",
    );
  });
});

describe("site", () => {
  it("tells, in the guide, which webhookHandler adapters check the secret, as the proof found", async () => {
    await page.goto(`${baseURL}/guide/webhooks`);
    const table = page.locator("#which-webhookhandler-adapters-check-the-secret ~ table").first();
    const text = await table.innerText();
    expect(text).toMatch(/Express, Hono \(@hono\/node-server\), node:http\s+handled, 200\s+refused, 401/);
    expect(text).toContain("not handled, but answered 200");
    expect(text).toMatch(/Fastify\s+refused, 401: every genuine update is lost/);
    expect(text).toMatch(/Elysia on Node \(@elysiajs\/node\)\s+500, with or without a secret/);
    await expect(page.locator(".vp-doc .twoslash").count()).resolves.toBeGreaterThanOrEqual(3);
  });

  it("finds the setWebhook page when searching for “secret token”", async () => {
    await page.goto(`${baseURL}/`);
    const input = page.locator("#localsearch-input");
    // The button works once the page has hydrated and loaded its scripts.
    await pageLive(page);
    await page.getByRole("button", { name: "Search" }).click();
    await input.waitFor();
    await input.fill("secret token");
    const hit = page.locator('.VPLocalSearchBox a.result[href*="/methods/setWebhook"]').first();
    await hit.waitFor();
    await expect(hit.innerText()).resolves.toMatch(/setWebhook/);
  });

  it("copies a page as Markdown, the parameter table included", async () => {
    const context = await browser.newContext();
    await context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: baseURL });
    const copier = await context.newPage();
    await copier.goto(`${baseURL}/methods/sendMessage`);
    await pageLive(copier);
    const button = copier.getByRole("button", { name: "Copy page as Markdown" });
    await button.click();
    await copier.getByRole("button", { name: "Copied ✓" }).waitFor();
    const copied = await copier.evaluate(() => navigator.clipboard.readText());
    expect(copied).toContain("# sendMessage");
    expect(copied).toContain("| text | String | Yes | Text of the message to be sent, 1-4096 characters after entities parsing |");
    await expect(copier.getByRole("link", { name: "View as Markdown" }).getAttribute("href")).resolves.toBe("/methods/sendMessage.md");
    await context.close();
  });

  it("fits a phone screen without horizontal scrolling", async () => {
    const phone = await browser.newPage({ viewport: { width: 375, height: 740 } });
    await phone.goto(`${baseURL}/methods/setWebhook`);
    const overflow = await phone.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await phone.close();
  });

  it("follows the reader's dark colour scheme", async () => {
    const dark = await browser.newPage({ colorScheme: "dark" });
    await dark.goto(`${baseURL}/methods/setWebhook`);
    await expect(dark.evaluate(() => document.documentElement.classList.contains("dark"))).resolves.toBe(true);
    await dark.close();
  });
});

describe("type pages at a glance", () => {
  it("show Message's fields as rows, each saying Required or Optional once, the rest of a long text on demand", async () => {
    await page.setViewportSize({ width: 1280, height: 720 });
    await page.goto(`${baseURL}/types/Message`);
    await pageLive(page);
    const height = await page.evaluate(() => document.documentElement.scrollHeight);
    // 23,581 px of cards before (2026-11-30); rows with details on demand.
    expect(height).toBeLessThan(12_000);
    const rows = page.locator(".ApiParam.is-compact");
    expect(await rows.count()).toBeGreaterThan(80);
    const said = await rows.evaluateAll((els) =>
      els.map((el) => `${el.querySelectorAll(".ApiParam-badge").length} ${/^\s*Optional/.test(el.querySelector(".ApiParam-description")!.textContent!)}`),
    );
    expect(said.every((s) => s === "1 false")).toBe(true);
    const from = page.locator(".ApiParam").filter({ has: page.locator("h3#from") });
    await expect(from.getByText("For backward compatibility", { exact: false }).isVisible()).resolves.toBe(false);
    await from.getByText("More", { exact: true }).click();
    await expect(from.getByText("For backward compatibility", { exact: false }).isVisible()).resolves.toBe(true);
  });
});

describe("the API as of an older version", () => {
  it("marks, then hides, what is newer than the version chosen, and keeps the choice from page to page", async () => {
    const own = await browser.newPage({ viewport: { width: 1280, height: 720 } });
    await own.goto(`${baseURL}/methods/sendMessage`);
    await pageLive(own);
    const topic = own.locator(".ApiParam", { has: own.locator("h3#direct_messages_topic_id") });
    await expect(topic.locator(".ApiParam-since").innerText()).resolves.toBe("Since Bot API 9.2 (added after 8.3)");
    await expect(topic.locator(".ApiParam-newer").count()).resolves.toBe(0);
    await own.getByLabel("Show the API as of").selectOption("8.3");
    await expect.poll(() => topic.locator(".ApiParam-newer").innerText()).toBe("Newer than Bot API 8.3");
    // chat_id is as old as the history: not marked.
    await expect(own.locator(".ApiParam", { has: own.locator("h3#chat_id") }).locator(".ApiParam-newer").count()).resolves.toBe(0);
    await own.getByLabel("Hide what is newer").check();
    await expect.poll(() => topic.isVisible()).toBe(false);
    // Another page, the same choice: a method newer than it says so.
    await own.goto(`${baseURL}/methods/sendChecklist`);
    await pageLive(own);
    await expect.poll(() => own.getByRole("status").filter({ hasText: "newer than Bot API" }).innerText()).toBe("This method is newer than Bot API 8.3: a server at that version does not have it.");
    await own.getByLabel("Show the API as of").selectOption("");
    await expect.poll(() => own.getByRole("status").filter({ hasText: "newer than Bot API" }).count()).toBe(0);
    await own.close();
  });
});
