/**
 * The reference's sidebars: methods and types grouped as the official page groups them, the
 * current page's group open and marked, other groups' links rendered only once opened.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import type { Browser } from "playwright-core";
import { launchChromium } from "./chromium";

const baseURL = inject("baseURL");
let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(() => browser?.close());

describe("sidebar", () => {
  it("opens the current page's group, marks the page, and renders other groups' links on demand", async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(`${baseURL}/methods/sendMessage`);
    const sidebar = page.locator("#VPSidebarNav");
    const current = sidebar.getByRole("link", { name: "sendMessage", exact: true });
    await expect(current.getAttribute("aria-current")).resolves.toBe("page");
    await expect(sidebar.getByRole("link", { name: "getChatMember", exact: true }).count()).resolves.toBe(1);
    // Stickers is collapsed: its links are not in the page until it is opened.
    await expect(sidebar.getByRole("link", { name: "sendSticker", exact: true }).count()).resolves.toBe(0);
    const stickers = sidebar.getByRole("button", { name: "Stickers", exact: true });
    await expect(stickers.getAttribute("aria-expanded")).resolves.toBe("false");
    await stickers.click();
    await expect(stickers.getAttribute("aria-expanded")).resolves.toBe("true");
    await sidebar.getByRole("link", { name: "sendSticker", exact: true }).click();
    await page.waitForURL(/\/methods\/sendSticker$/);
    await page.getByRole("heading", { level: 1, name: "sendSticker" }).waitFor();
    await expect(page.locator("#VPSidebarNav").getByRole("link", { name: "sendSticker", exact: true }).getAttribute("aria-current")).resolves.toBe("page");
    await page.close();
  });

  it("lists every type on the types sidebar, grouped, and links types from parameters", async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(`${baseURL}/methods/sendMessage`);
    await page.locator(".ApiParam", { hasText: "reply_markup" }).getByRole("link", { name: "InlineKeyboardMarkup" }).click();
    await page.waitForURL(/\/types\/InlineKeyboardMarkup$/);
    const sidebar = page.locator("#VPSidebarNav");
    await expect(sidebar.getByRole("link", { name: "InlineKeyboardMarkup", exact: true }).getAttribute("aria-current")).resolves.toBe("page");
    await expect(sidebar.getByRole("link", { name: "sendMessage", exact: true }).count()).resolves.toBe(0);
    await page.getByRole("heading", { name: "Used by" }).waitFor();
    await page.close();
  });
});
