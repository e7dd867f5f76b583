/**
 * The playground with a real mouse: on method pages at 1280×720, 1366×768 and 1440×900 it
 * stands beside the reference, and on every output tab every control, once scrolled into view
 * at either edge of what scrolls it, is the element under the pointer at its centre (nothing
 * covers it) and takes a click. And "Try it" is in the first screenful of a method page.
 */
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

const SIZES = [
  { width: 1280, height: 720 },
  { width: 1366, height: 768 },
  { width: 1440, height: 900 },
];
const CONTROLS = "input, select, textarea, button, summary, [role='tab'], [role='tabpanel'], [role='button'], [tabindex='0']";
/** sendMessage with a 2×2 inline keyboard in its link: the keyboard editor's controls too. */
const WITH_KEYBOARD = `?${new URLSearchParams({
  call: JSON.stringify({
    chat_id: 1,
    text: "Pick one",
    reply_markup: { inline_keyboard: [[{ text: "Yes", callback_data: "yes" }, { text: "No", callback_data: "no" }], [{ text: "Docs", url: "https://gramio.dev" }, { text: "Share", switch_inline_query: "" }]] },
  }),
})}`;
/** sendMessage with a MarkdownV2 text: the preview's controls, with its entities and conversions open. */
const WITH_FORMATTED_TEXT = `?${new URLSearchParams({ call: JSON.stringify({ chat_id: 1, text: "*Deploy* finished: ||42|| services, [status](https://t.me/gramio)\n>all green", parse_mode: "MarkdownV2" }) })}`;
const PAGES: readonly { readonly method: string; readonly query: string; readonly name: string; readonly open?: readonly string[] }[] = [
  { method: "setWebhook", query: "", name: "setWebhook" },
  { method: "sendMessage", query: "", name: "sendMessage" },
  { method: "sendMessage", query: WITH_KEYBOARD, name: "sendMessage with a keyboard" },
  { method: "sendMessage", query: WITH_FORMATTED_TEXT, name: "sendMessage with a formatted text's preview open", open: ["Entities the server stores", "Convert to MarkdownV2"] },
];

/** Opens the disclosures a page's case names, by mouse. */
async function openAll(page: Page, pg: Awaited<ReturnType<typeof playgroundReady>>, summaries: readonly string[] = []): Promise<void> {
  for (const text of summaries) {
    const summary = pg.locator("summary", { hasText: text });
    const at = await summary.evaluate((el) => (window as unknown as WithScrollTo).__scrollTo(el, "end"));
    await page.mouse.click(at.x, at.y);
    await expect.poll(() => summary.evaluate((el) => (el.parentElement as HTMLDetailsElement).open)).toBe(true);
  }
}

/**
 * Defines `window.__scrollTo` in the page: scrolls what a reader would scroll to bring `el` into view (the nearest area
 * that scrolls, or the page) so that it stands at that area's top or bottom edge, and returns
 * the point a pointer aims at: its centre, or 40 px in and 20 px down the part in view of a large one.
 */
/** The page's window once SCROLL_TO has run in it. */
type WithScrollTo = { __scrollTo: (el: Element, block: "start" | "end") => { x: number; y: number } };
const SCROLL_TO = `window.__scrollTo = (el, block) => {
  let area = el.parentElement;
  while (area && !(/(auto|scroll)/.test(getComputedStyle(area).overflowY) && area.scrollHeight > area.clientHeight)) area = area.parentElement;
  // The site's own bars stay at the top of the window: the page is in view below them.
  const header = Math.max(0, ...[...document.querySelectorAll(".VPNav, .VPLocalNav")].map((bar) => bar.getBoundingClientRect().bottom));
  const r = el.getBoundingClientRect();
  if (area) {
    const box = area.getBoundingClientRect();
    area.scrollTop += block === "start" ? r.top - box.top : r.bottom - box.bottom;
  } else {
    window.scrollBy(0, block === "start" ? r.top - header : r.bottom - window.innerHeight);
  }
  const after = el.getBoundingClientRect();
  const edges = area ? area.getBoundingClientRect() : { top: header, bottom: window.innerHeight };
  const top = Math.max(after.top, edges.top, 0);
  const bottom = Math.min(after.bottom, edges.bottom, window.innerHeight);
  return { x: after.left + Math.min(after.width / 2, 40), y: top + Math.min((bottom - top) / 2, 20) };
}`;

/** For every visible control not under the pointer at its centre once scrolled to `block`, what is there instead. */
function covered(page: Page, block: "start" | "end"): Promise<string[]> {
  return page.evaluate(
    ([selector, align]) => {
      const scroll = (window as unknown as WithScrollTo).__scrollTo;
      const region = document.querySelector("[data-playground]")!;
      const out: string[] = [];
      for (const el of region.querySelectorAll<HTMLElement>(selector)) {
        if (!el.checkVisibility() || el.getClientRects().length === 0) continue;
        const { x, y } = scroll(el, align);
        const hit = document.elementFromPoint(x, y);
        if (!hit || !(hit === el || el.contains(hit) || (el instanceof HTMLInputElement && el.labels && [...el.labels].some((l) => l.contains(hit))))) {
          out.push(`${el.tagName.toLowerCase()}#${el.id || el.getAttribute("aria-label") || el.textContent?.trim().slice(0, 20)} under ${hit?.tagName.toLowerCase()}.${hit?.className}`);
        }
      }
      return out;
    },
    [CONTROLS, block] as const,
  );
}

/** The ids of the visible text controls and selects, which a click must focus. */
function focusable(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>("[data-playground] :is(input:not([type=file]):not([type=checkbox]):not([type=radio]), select, textarea)")]
      .filter((el) => el.checkVisibility() && el.id)
      .map((el) => el.id),
  );
}

/** Scrolls the control `id` to the bottom edge of what scrolls it, clicks it by mouse, and returns the focused element's id. */
async function clickById(page: Page, id: string): Promise<string | undefined> {
  const { x, y } = await page.evaluate((target) => (window as unknown as WithScrollTo).__scrollTo(document.getElementById(target)!, "end"), id);
  await page.mouse.click(x, y);
  return page.evaluate(() => document.activeElement?.id);
}

describe("the playground by mouse, beside the reference", () => {
  for (const size of SIZES) {
    for (const { method, query, name, open } of PAGES) {
      it(`${name} at ${size.width}×${size.height}: every control on every tab is under the pointer and takes a click`, async () => {
        const page = await browser.newPage({ viewport: size });
        await page.goto(`${baseURL}/methods/${method}${query}`);
        const pg = await playgroundReady(page, method);
        await page.evaluate(SCROLL_TO);
        await openAll(page, pg, open);
        // Beside the reference, in view from the start.
        const [reference, playground] = await page.evaluate(() =>
          [".MethodLayout-reference", ".MethodLayout-playground"].map((s) => document.querySelector(s)!.getBoundingClientRect().toJSON() as DOMRect),
        );
        expect(playground!.left).toBeGreaterThan(reference!.right);
        expect(playground!.bottom).toBeLessThanOrEqual(size.height);
        const tabs = await pg.getByRole("tab").allInnerTexts();
        expect(tabs.length).toBeGreaterThanOrEqual(3);
        for (const tab of tabs) {
          const at = await pg.getByRole("tab", { name: tab.trim(), exact: true }).evaluate((el) => (window as unknown as WithScrollTo).__scrollTo(el, "start"));
          await page.mouse.click(at.x, at.y);
          await expect.poll(() => pg.getByRole("tab", { name: tab.trim(), exact: true }).getAttribute("aria-selected")).toBe("true");
          expect(await covered(page, "start"), `${tab}, scrolled to the top`).toEqual([]);
          expect(await covered(page, "end"), `${tab}, scrolled to the bottom`).toEqual([]);
          for (const id of await focusable(page)) expect(await clickById(page, id), `${tab}: a click on #${id}`).toBe(id);
        }
        await page.close();
      });
    }
  }
});

describe("the outputs folded away beside the reference", () => {
  it("gives the form the column at 1280×720, by mouse, and brings the code back", async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
    await page.goto(`${baseURL}/methods/sendMessage${WITH_KEYBOARD}`);
    const pg = await playgroundReady(page, "sendMessage");
    const formHeight = () => pg.locator(".CallPlayground-inputs").evaluate((el) => el.clientHeight);
    const before = await formHeight();
    const hide = pg.getByRole("button", { name: "Hide the code and the send panel" });
    await expect(hide.getAttribute("aria-expanded")).resolves.toBe("true");
    const box = (await hide.boundingBox())!;
    await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
    await expect.poll(() => pg.getByRole("tabpanel").isVisible()).toBe(false);
    const after = await formHeight();
    expect(after, `form ${before} px → ${after} px`).toBeGreaterThan(before * 2);
    const show = pg.getByRole("button", { name: "Show the code and the send panel" });
    await expect(show.getAttribute("aria-expanded")).resolves.toBe("false");
    const again = (await show.boundingBox())!;
    await page.mouse.click(again.x + again.width / 2, again.y + again.height / 2);
    await expect.poll(() => pg.getByRole("tabpanel").isVisible()).toBe(true);
    await page.close();
  });

  it("is not offered where the outputs follow the form (375 px)", async () => {
    const page = await browser.newPage({ viewport: { width: 375, height: 667 } });
    await page.goto(`${baseURL}/methods/sendMessage`);
    const pg = await playgroundReady(page, "sendMessage");
    await expect(pg.getByRole("button", { name: /the code and the send panel/ }).count()).resolves.toBe(0);
    await page.close();
  });
});

describe("the playground by mouse on a phone, after the reference", () => {
  for (const size of [{ width: 320, height: 568 }, { width: 375, height: 667 }, { width: 414, height: 896 }]) {
    it(`setWebhook and sendMessage (with a keyboard too) at ${size.width}×${size.height}: nothing covers a control on any tab`, async () => {
      for (const { method, query, name, open } of PAGES) {
        const page = await browser.newPage({ viewport: size, isMobile: true, hasTouch: true });
        await page.goto(`${baseURL}/methods/${method}${query}`);
        const pg = await playgroundReady(page, method);
        await page.evaluate(SCROLL_TO);
        await openAll(page, pg, open);
        for (const tab of await pg.getByRole("tab").allInnerTexts()) {
          const at = await pg.getByRole("tab", { name: tab.trim(), exact: true }).evaluate((el) => (window as unknown as WithScrollTo).__scrollTo(el, "start"));
          await page.mouse.click(at.x, at.y);
          await expect.poll(() => pg.getByRole("tab", { name: tab.trim(), exact: true }).getAttribute("aria-selected")).toBe("true");
          expect(await covered(page, "start"), `${name} ${tab}, at the top`).toEqual([]);
          expect(await covered(page, "end"), `${name} ${tab}, at the bottom`).toEqual([]);
        }
        await page.close();
      }
    });
  }
});

describe("Try it", () => {
  for (const [size, method] of [
    [{ width: 1280, height: 720 }, "sendMessage"],
    [{ width: 375, height: 667 }, "sendMessage"],
    [{ width: 320, height: 568 }, "getChat"],
    [{ width: 375, height: 667 }, "setWebhook"],
  ] as const) {
    it(`is in the first screenful of ${method} at ${size.width}×${size.height} and leads to the playground`, async () => {
      const page = await browser.newPage({ viewport: size });
      await page.goto(`${baseURL}/methods/${method}`);
      await pageLive(page);
      const tryIt = page.locator("a.try-it");
      const box = (await tryIt.boundingBox())!;
      expect(box.y + box.height).toBeLessThanOrEqual(size.height);
      await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
      const region = page.getByRole("region", { name: `${method} playground` });
      await region.locator('[role="tabpanel"] pre.shiki').waitFor();
      await expect.poll(() => region.evaluate((el) => el.getBoundingClientRect().top < window.innerHeight)).toBe(true);
      await page.close();
    });
  }
});
