/**
 * The keyboard editor: an inline keyboard built by mouse as rows of buttons, each with its kind,
 * whose GramIO call type-checks and, run, sends what the real gramio sends for the same call;
 * the server's refusals and silent drops shown where they happen; moving and removing keeping
 * the reader's place; a reply keyboard's text buttons and options; accessible names and
 * narrow screens.
 */
import { mkdir, rm, writeFile } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import { Bot } from "gramio";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import type { Locator, Page } from "playwright-core";
import { axeViolations } from "./axe";
import { launchChromium } from "./chromium";
import { playgroundReady } from "./ready";
import type { Browser } from "playwright-core";
import { TEST_TOKEN } from "../support/gramioWire";
import { startRecorder, type Recorder } from "../support/recorder";
import { pointAtRecorder, transpile, typeCheck } from "../support/snippets";
import { fromHttpView, fromRecorded, run } from "../support/wire";

const baseURL = inject("baseURL");
const work = fileURLToPath(new URL(`../.tmp/keyboard-${process.pid}/`, import.meta.url));
let browser: Browser;
let recorder: Recorder;
beforeAll(async () => {
  browser = await launchChromium();
  recorder = await startRecorder();
  await mkdir(work, { recursive: true });
});
afterAll(async () => {
  await browser?.close();
  await recorder?.close();
  await rm(work, { recursive: true, force: true });
});

const START = `?${new URLSearchParams({ call: JSON.stringify({ chat_id: 1, text: "Pick one" }) })}`;

async function open(query = START, viewport = { width: 1280, height: 720 }): Promise<{ page: Page; pg: Locator }> {
  const page = await browser.newPage({ viewport });
  await page.goto(`${baseURL}/methods/sendMessage${query}`);
  const pg = await playgroundReady(page, "sendMessage");
  return { page, pg };
}

const box = (pg: Locator, name: string) => pg.getByRole("textbox", { name, exact: true });
const kind = (pg: Locator, button: string) => pg.getByRole("combobox", { name: `${button} kind`, exact: true });
const focused = (page: Page) => page.evaluate(() => document.activeElement?.getAttribute("aria-label") ?? document.activeElement?.id ?? "");
const code = (pg: Locator) => pg.getByRole("tabpanel").locator("pre.shiki").innerText();
const callInLink = (page: Page) => JSON.parse(new URL(page.url()).searchParams.get("call") ?? "null") as Record<string, unknown> | null;
const IK = "reply_markup.inline_keyboard";

describe("the inline keyboard editor", () => {
  it("builds a 2×2 keyboard by mouse whose GramIO call compiles and sends what gramio sends", async () => {
    const { page, pg } = await open();
    await pg.getByRole("combobox", { name: "reply_markup type" }).selectOption("InlineKeyboardMarkup");
    // Row 1: two callback buttons. A new button starts as callback data and takes the focus.
    await pg.getByRole("button", { name: `Add row to ${IK}`, exact: true }).click();
    expect(await focused(page)).toBe(`${IK}[0][0].text`);
    await page.keyboard.type("Yes ✅");
    await box(pg, `${IK}[0][0].callback_data`).fill("vote:yes");
    await pg.getByRole("button", { name: `Add button to ${IK}[0]`, exact: true }).click();
    expect(await focused(page)).toBe(`${IK}[0][1].text`);
    await page.keyboard.type('No "thanks"');
    await box(pg, `${IK}[0][1].callback_data`).fill("vote:no");
    // Row 2: a URL and a switch-inline button, their kinds picked.
    await pg.getByRole("button", { name: `Add row to ${IK}`, exact: true }).click();
    await page.keyboard.type("Docs");
    await kind(pg, `${IK}[1][0]`).selectOption("url");
    await expect(box(pg, `${IK}[1][0].callback_data`).count()).resolves.toBe(0);
    await box(pg, `${IK}[1][0].url`).fill("https://gramio.dev/?a=1&b=$(x)");
    await pg.getByRole("button", { name: `Add button to ${IK}[1]`, exact: true }).click();
    await page.keyboard.type("Share");
    await kind(pg, `${IK}[1][1]`).selectOption("switch_inline_query");
    await box(pg, `${IK}[1][1].switch_inline_query`).fill("gramio");

    const expected = {
      chat_id: 1,
      text: "Pick one",
      reply_markup: {
        inline_keyboard: [
          [
            { text: "Yes ✅", callback_data: "vote:yes" },
            { text: 'No "thanks"', callback_data: "vote:no" },
          ],
          [
            { text: "Docs", url: "https://gramio.dev/?a=1&b=$(x)" },
            { text: "Share", switch_inline_query: "gramio" },
          ],
        ],
      },
    };
    // The value tree and the link are the plain call, as before the editor.
    await expect.poll(() => callInLink(page)).toEqual(expected);
    await expect(pg.locator(".IssueList li").count()).resolves.toBe(0);
    const snippet = await code(pg);
    expect(snippet).toContain("inline_keyboard: [");
    await pg.getByRole("tab", { name: "HTTP", exact: true }).click();
    await expect.poll(() => code(pg)).toContain("POST /bot<token>/sendMessage HTTP/1.1");
    const httpView = await code(pg);
    await page.close();

    // The GramIO call type-checks against the installed gramio, and run, sends what gramio sends.
    expect(typeCheck([snippet])).toEqual([[]]);
    await writeFile(`${work}snippet.mjs`, transpile(pointAtRecorder(snippet)));
    const before = recorder.requests.length;
    const ran = await run(process.execPath, [`${work}snippet.mjs`], work, { BOT_TOKEN: TEST_TOKEN, BOT_API_BASE_URL: `${recorder.origin}/bot` });
    expect(ran).toEqual({ code: 0, stderr: "" });
    const bot = new Bot(TEST_TOKEN, { api: { baseURL: `${recorder.origin}/bot` } });
    await bot.api.sendMessage(expected);
    expect(recorder.requests).toHaveLength(before + 2);
    const [fromSnippet, fromGramio] = await Promise.all(recorder.requests.slice(before).map(fromRecorded));
    expect(fromSnippet).toEqual(fromGramio);
    expect(await fromHttpView(httpView, TEST_TOKEN)).toEqual(fromGramio);
  });

  it("shows the server's refusal at a text-only button and the rows it drops", async () => {
    const { page, pg } = await open();
    await pg.getByRole("combobox", { name: "reply_markup type" }).selectOption("InlineKeyboardMarkup");
    await pg.getByRole("button", { name: `Add row to ${IK}`, exact: true }).click();
    await page.keyboard.type("Only text");
    await kind(pg, `${IK}[0][0]`).selectOption("");
    const card = pg.getByRole("group", { name: `${IK}[0][0]`, exact: true });
    await expect(card.locator(".IssueList").innerText()).resolves.toContain(
      "The server answers “Bad Request: can't parse inline keyboard button: Text buttons are unallowed in the inline keyboard”.",
    );
    await expect(pg.getByRole("status").first().innerText()).resolves.toContain("1 error: the server would refuse this request.");
    await kind(pg, `${IK}[0][0]`).selectOption("callback_data");
    await box(pg, `${IK}[0][0].callback_data`).fill("ok");
    await expect.poll(() => card.locator(".IssueList").count()).toBe(0);
    // Removing a row's only button leaves an empty row, which the server drops without a word.
    await pg.getByRole("button", { name: `Add row to ${IK}`, exact: true }).click();
    await pg.getByRole("button", { name: `Remove ${IK}[1][0]`, exact: true }).click();
    expect(await focused(page)).toBe(`Add button to ${IK}[1]`);
    await expect(pg.locator(`[id="pg-reply_markup-inline_keyboard-1-msg"]`).innerText()).resolves.toContain(`${IK}[1]: is an empty row: the server drops it.`);
    await pg.getByRole("button", { name: `Remove row ${IK}[1]`, exact: true }).click();
    expect(await focused(page)).toBe(`Add row to ${IK}`);
    await expect(pg.locator(".IssueList li").count()).resolves.toBe(0);
    await page.close();
  });

  it("moves buttons and rows, keeping the focus on what moved", async () => {
    const call = { chat_id: 1, text: "x", reply_markup: { inline_keyboard: [[{ text: "A", callback_data: "a" }, { text: "B", callback_data: "b" }], [{ text: "C", callback_data: "c" }]] } };
    const { page, pg } = await open(`?${new URLSearchParams({ call: JSON.stringify(call) })}`);
    const texts = () => (callInLink(page)?.reply_markup as { inline_keyboard: { text: string }[][] }).inline_keyboard.map((r) => r.map((b) => b.text).join("")).join("|");
    await pg.getByRole("button", { name: `Move ${IK}[0][0] right`, exact: true }).click();
    await expect.poll(texts).toBe("BA|C");
    // At the row's end, "right" is off: the focus is on "left" of the button that moved.
    expect(await focused(page)).toBe(`Move ${IK}[0][1] left`);
    await pg.getByRole("button", { name: `Move ${IK}[1] up`, exact: true }).click();
    await expect.poll(texts).toBe("C|BA");
    expect(await focused(page)).toBe(`Move ${IK}[0] down`);
    await expect(pg.getByRole("button", { name: `Move ${IK}[0] up`, exact: true }).isDisabled()).resolves.toBe(true);
    await page.close();
  });

  it("has short visible labels, full paths as names, no axe violations, and fits 320 px", async () => {
    const call = { chat_id: 1, text: "x", reply_markup: { inline_keyboard: [[{ text: "A", callback_data: "a" }, { text: "Log in", login_url: { url: "https://gramio.dev" } }]] } };
    for (const width of [1280, 320]) {
      const { page, pg } = await open(`?${new URLSearchParams({ call: JSON.stringify(call) })}`, { width, height: 720 });
      const text = box(pg, `${IK}[0][1].text`);
      await expect(pg.locator(`label[for="${await text.getAttribute("id")}"]`).innerText()).resolves.toBe("text");
      await expect(kind(pg, `${IK}[0][1]`).inputValue()).resolves.toBe("login_url");
      await expect(box(pg, `${IK}[0][1].login_url.url`).inputValue()).resolves.toBe("https://gramio.dev");
      expect(await axeViolations(page, ".Keyboard"), `${width} px`).toEqual([]);
      const overflow = await pg.locator(".Keyboard").evaluate((el: Element) => {
        const right = el.getBoundingClientRect().right;
        return [...el.querySelectorAll("*")].filter((c: Element) => c.getClientRects().length && c.getBoundingClientRect().right > right + 0.5).map((c: Element) => c.outerHTML.slice(0, 80));
      });
      expect(overflow, `${width} px`).toEqual([]);
      await page.close();
    }
  });
});

describe("the reply keyboard editor", () => {
  it("takes text buttons, shows no control for a flag kind, and its options at once", async () => {
    const { page, pg } = await open();
    await pg.getByRole("combobox", { name: "reply_markup type" }).selectOption("ReplyKeyboardMarkup");
    // Its options stand beside the rows, not behind the optional fields' disclosure.
    await pg.getByRole("combobox", { name: "reply_markup.resize_keyboard", exact: true }).waitFor();
    await pg.getByRole("button", { name: "Add row to reply_markup.keyboard", exact: true }).click();
    await page.keyboard.type("Hello");
    await pg.getByRole("button", { name: "Add button to reply_markup.keyboard[0]", exact: true }).click();
    await page.keyboard.type("Send my location");
    await kind(pg, "reply_markup.keyboard[0][1]").selectOption("request_location");
    await expect(pg.getByRole("group", { name: "reply_markup.keyboard[0][1]", exact: true }).locator("input:visible, select:visible").count()).resolves.toBe(2);
    await expect
      .poll(() => callInLink(page))
      .toEqual({ chat_id: 1, text: "Pick one", reply_markup: { keyboard: [[{ text: "Hello" }, { text: "Send my location", request_location: true }]] } });
    await expect(pg.locator(".IssueList li").count()).resolves.toBe(0);
    await page.close();
  });
});
