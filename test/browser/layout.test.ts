/**
 * What a reader sees: no sideways overflow on phones, the code in view while the form is
 * edited on a desktop, secrets kept out of copied code, and an accessible playground after
 * use on every tab.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import type { Browser, Page } from "playwright-core";
import { axeViolations } from "./axe";
import { launchChromium } from "./chromium";
import { playgroundReady } from "./ready";

const baseURL = inject("baseURL");
const PAGE = `${baseURL}/methods/setWebhook`;
let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(() => browser?.close());

/** How far the page, and anything in the playground's card, reaches past the right edge. */
function overflow(page: Page) {
  return page.evaluate(() => {
    const card = document.querySelector(".SetWebhookPlayground")!.getBoundingClientRect();
    const poking: string[] = [];
    for (const el of document.querySelectorAll(".SetWebhookPlayground *")) {
      if (el.closest("pre")) continue;
      const r = el.getBoundingClientRect();
      if (r.width > 0 && r.right > card.right + 0.5) poking.push(`${el.tagName.toLowerCase()}.${el.className} +${Math.round(r.right - card.right)}px`);
    }
    return { page: document.documentElement.scrollWidth - window.innerWidth, poking: poking.slice(0, 5) };
  });
}

describe("on a phone", () => {
  for (const width of [320, 360, 375, 414]) {
    it(`has no sideways overflow at ${width} px, with messages, a certificate and every tab`, async () => {
      const page = await browser.newPage({ viewport: { width, height: 740 } });
      await page.goto(`${PAGE}?url=http%3A%2F%2Fbot.example.com%3A3000%2F${"long-path-segment/".repeat(12)}&max_connections=150&allowed_updates=message`);
      const pg = await playgroundReady(page);
      await pg.getByRole("textbox", { name: "secret_token" }).fill("a valid_secret-but with spaces");
      for (const tab of ["GramIO", "HTTP", "cURL"]) {
        await pg.getByRole("tab", { name: tab }).click();
        expect(await overflow(page), `${width}px ${tab}`).toEqual({ page: 0, poking: [] });
      }
      await page.close();
    });
  }
});

describe("on a desktop", () => {
  it("keeps the code in view while the url is edited", async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(PAGE);
    const pg = await playgroundReady(page);
    const url = pg.getByRole("textbox", { name: "url", exact: true });
    await url.scrollIntoViewIfNeeded();
    await url.evaluate((el) => el.scrollIntoView({ block: "start" }));
    await url.fill("https://bot.example.com/in-view");
    const box = await pg.getByRole("tabpanel").boundingBox();
    expect(box).not.toBeNull();
    expect(box!.y).toBeLessThan(900);
    expect(box!.y + Math.min(box!.height, 60)).toBeLessThanOrEqual(900);
    await expect(pg.getByRole("tabpanel").innerText()).resolves.toContain("in-view");
    // And the url field itself is not hidden behind it.
    const field = (await url.boundingBox())!;
    expect(field.y + field.height).toBeLessThanOrEqual(box!.y);
    await page.close();
  });

  for (const [width, most] of [[1024, 3], [1280, 4]] as const) {
    it(`reads the errors of the page at the content width: each answer on at most ${most} lines at ${width} px`, async () => {
      const page = await browser.newPage({ viewport: { width, height: 900 } });
      await page.goto(PAGE);
      const lines = await page.evaluate(() => {
        const heading = document.getElementById("errors")!;
        const list = heading.parentElement!.querySelector("#errors ~ ul")!;
        return [...list.querySelectorAll(":scope > li > code")].map((c) => c.getClientRects().length);
      });
      expect(lines.length).toBeGreaterThan(15);
      expect(Math.max(...lines)).toBeLessThanOrEqual(most);
      await expect(page.locator("#errors ~ table").count()).resolves.toBe(0);
      await page.close();
    });
  }
});

describe("secrets in copied code", () => {
  it("reads secret_token from WEBHOOK_SECRET and shows the line that sets it", async () => {
    const context = await browser.newContext();
    await context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: baseURL });
    const page = await context.newPage();
    await page.goto(`${PAGE}?url=https%3A%2F%2Fbot.example.com%2Fhook`);
    const pg = await playgroundReady(page);
    await pg.getByRole("textbox", { name: "secret_token" }).fill("Kq3_vX9-secret");
    await expect(pg.getByRole("tabpanel").innerText()).resolves.toContain("secret_token: process.env.WEBHOOK_SECRET,");
    await pg.getByRole("tab", { name: "cURL" }).click();
    const curl = await pg.getByRole("tabpanel").innerText();
    expect(curl).toContain(`"secret_token":"'"\${WEBHOOK_SECRET}"'"}'`);
    expect(curl).not.toContain("Kq3_vX9-secret");
    await expect(pg.locator(".SetWebhookPlayground-envline").innerText()).resolves.toBe("export WEBHOOK_SECRET=Kq3_vX9-secret");
    await pg.getByRole("button", { name: "Copy this line" }).click();
    await expect(page.evaluate(() => navigator.clipboard.readText())).resolves.toBe("export WEBHOOK_SECRET=Kq3_vX9-secret");
    await pg.getByRole("button", { name: "Copied ✓" }).waitFor();
    await context.close();
  });
});

describe("accessibility after use", () => {
  for (const colorScheme of ["light", "dark"] as const) {
    it(`has no axe violations on any tab, with a long cURL command, in ${colorScheme} mode`, async () => {
      const page = await browser.newPage({ colorScheme, viewport: { width: 1280, height: 900 } });
      await page.goto(`${PAGE}?url=https%3A%2F%2Fbot.example.com%2F${"very-long-segment/".repeat(30)}&allowed_updates=message,chat_member`);
      const pg = await playgroundReady(page);
      await pg.getByRole("textbox", { name: "secret_token" }).fill("bad secret!");
      await pg.getByRole("textbox", { name: "max_connections" }).fill("4e");
      for (const tab of ["GramIO", "HTTP", "cURL"]) {
        await pg.getByRole("tab", { name: tab }).click();
        await pg.locator('[role="tabpanel"] pre.shiki').waitFor();
        await expect(axeViolations(page, '[aria-label="setWebhook playground"]'), `${tab}`).resolves.toEqual([]);
        const style = await pg.locator('[role="tabpanel"] pre.shiki').getAttribute("style");
        expect(style).not.toContain("undefined");
        expect(style).toMatch(/--shiki-light:\s*#[0-9a-f]{3,6};\s*--shiki-dark:\s*#[0-9a-f]{3,6}/i);
      }
      await page.close();
    });
  }
});

describe("a link made in the playground", () => {
  it("opens with its notice in view", async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(`${PAGE}?url=https%3A%2F%2Fok.example.com%2Fh&secret_token=leak`);
    const notice = page.getByRole("status").filter({ hasText: "could not be used" });
    await notice.waitFor();
    await expect
      .poll(async () => {
        const box = await notice.boundingBox();
        return box !== null && box.y >= 0 && box.y + box.height <= 900;
      })
      .toBe(true);
    await page.close();
  });
});
