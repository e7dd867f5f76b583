/**
 * What a page does while it hydrates, kept cheap (mobile Lighthouse's blocking time is the
 * hydration's long task): the server's HTML kept where nothing changes, no style pass forced,
 * the appearance switch still switching without transitions.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import type { Browser } from "playwright-core";
import { launchChromium } from "./chromium";
import { pageLive } from "./ready";

const baseURL = inject("baseURL");
let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(() => browser?.close());

/**
 * Marks the sidebar's links as the server wrote them and records styles added to <head>, from
 * the moment the parser is done: "interactive" comes before any module script runs (the app
 * among them), so before anything could hydrate.
 */
const WATCH = `document.addEventListener("readystatechange", () => {
  if (document.readyState !== "interactive") return;
  for (const a of document.querySelectorAll("#VPSidebarNav a")) a.__fromServer = true;
  window.__addedStyles = [];
  new MutationObserver((records) => {
    for (const r of records) for (const n of r.addedNodes) if (n.nodeName === "STYLE") window.__addedStyles.push(n.textContent);
  }).observe(document.head, { childList: true });
  window.__lastUpdated = document.querySelector(".VPLastUpdated")?.textContent;
});`;

describe("hydrating a page", () => {
  it("keeps the sidebar's links and the last-updated line as the server wrote them, and forces no style pass", async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
    await page.addInitScript(WATCH);
    await page.goto(`${baseURL}/methods/sendMessage`);
    await pageLive(page);
    const links = await page.evaluate(`[...document.querySelectorAll("#VPSidebarNav a")].map((a) => a.__fromServer === true)`);
    expect((links as boolean[]).length).toBeGreaterThan(100);
    expect((links as boolean[]).every(Boolean)).toBe(true);
    // VueUse's disableTransition adds, and forces, a `transition:none` style on every hydration.
    await expect(page.evaluate("window.__addedStyles")).resolves.toEqual([]);
    const before = (await page.evaluate("window.__lastUpdated")) as string;
    expect(before).toMatch(/^\s*Last updated:\s*\d{1,2} [A-Z][a-z]{2} \d{4}, \d{2}:\d{2} UTC\s*$/);
    await expect(page.locator(".VPLastUpdated").textContent()).resolves.toBe(before);
    await page.close();
  });

  it("loads the site's data as a module, not as an inline script in every page", async () => {
    const html = await (await fetch(`${baseURL}/methods/getMe`)).text();
    expect(html).not.toContain("__VP_SITE_DATA__");
    expect(html).toMatch(/<script type="module" src="\/assets\/chunks\/metadata\.\w+\.js">/);
  });

  it("switches the appearance without transitions, and back", async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 720 }, colorScheme: "light" });
    await page.goto(`${baseURL}/methods/getMe`);
    await pageLive(page);
    const toggle = page.getByRole("switch", { name: "Switch to dark theme" });
    // The switch animates itself (VitePress marks its transitions !important); nothing else does.
    const transitions = `document.getAnimations().filter((a) => a instanceof CSSTransition && !a.effect.target.closest(".VPSwitch")).length`;
    await toggle.click();
    await expect(page.evaluate("document.documentElement.classList.contains('dark')")).resolves.toBe(true);
    await expect(page.evaluate(transitions)).resolves.toBe(0);
    await page.getByRole("switch", { name: "Switch to light theme" }).click();
    await expect(page.evaluate("document.documentElement.classList.contains('dark')")).resolves.toBe(false);
    await expect(page.evaluate(transitions)).resolves.toBe(0);
    // The switch is for the reader: nothing was left behind in <head>.
    await expect(page.evaluate(`[...document.head.querySelectorAll("style")].some((s) => s.textContent.includes("transition:none"))`)).resolves.toBe(false);
    await page.close();
  });
});
