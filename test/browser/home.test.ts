/**
 * The home page, for someone with a task: a method found by name or by what it does, the most
 * used ones listed before anything is typed (in the server-rendered HTML too), the webhook path.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import type { Browser } from "playwright-core";
import { axeViolations } from "./axe";
import { launchChromium } from "./chromium";
import { pageLive } from "./ready";

const baseURL = inject("baseURL");
let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(() => browser?.close());

describe("home page", () => {
  it("lists the most used methods before its script runs", async () => {
    const html = await (await fetch(`${baseURL}/`)).text();
    expect(html).toContain('href="/methods/sendMessage"');
    expect(html).toContain("Find a method by name or by what it does");
  });

  it("has the finder in the first screenful at 1280×720", async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
    await page.goto(`${baseURL}/`);
    const box = (await page.getByLabel("Find a method by name or by what it does").boundingBox())!;
    expect(box.y + box.height).toBeLessThanOrEqual(720);
    await page.close();
  });

  for (const colorScheme of ["light", "dark"] as const) {
    it(`finds a method by name and by what it does, and opens it (${colorScheme}, 375 px, no axe violations)`, async () => {
      const page = await browser.newPage({ viewport: { width: 375, height: 740 }, colorScheme });
      await page.goto(`${baseURL}/`);
      await pageLive(page);
      const input = page.getByLabel("Find a method by name or by what it does");
      const links = page.locator(".MethodFinder-list a");
      await expect(links.first().innerText()).resolves.toBe("sendMessage");
      await input.fill("pin message");
      await expect.poll(() => links.allInnerTexts()).toContain("pinChatMessage");
      await input.fill("sendphoto");
      await expect.poll(() => links.first().innerText()).toBe("sendPhoto");
      await expect(page.getByRole("status").filter({ hasText: "matching" }).innerText()).resolves.toMatch(/^\d+ matching methods?$/);
      expect(await axeViolations(page, ".VPContent")).toEqual([]);
      expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBe(0);
      await links.first().click();
      await page.waitForURL(/\/methods\/sendPhoto$/);
      await page.close();
    });
  }
});
