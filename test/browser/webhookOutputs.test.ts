/**
 * The webhook workflow's outputs on the setWebhook playground (Server, Test update,
 * Certificate): they load only when their tab is opened, follow the form, take their own
 * controls by name, and keep the accessibility contract at 320 px in both colour modes.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import type { Browser, Locator, Page } from "playwright-core";
import { axeViolations } from "./axe";
import { launchChromium } from "./chromium";
import { playgroundReady } from "./ready";

const baseURL = inject("baseURL");
let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(() => browser?.close());

/** The chunks of the three outputs and of the full grammars they highlight with. */
const WORKFLOW_CHUNK = /\/(server|testUpdate|selfSigned|sampleUpdates|typescript|shellscript)\.[\w-]+\.js$/;

async function open(options: { colorScheme?: "light" | "dark"; width?: number } = {}): Promise<{ page: Page; pg: Locator; requests: string[] }> {
  const page = await browser.newPage({ colorScheme: options.colorScheme ?? "light", viewport: { width: options.width ?? 1280, height: 900 } });
  const requests: string[] = [];
  page.on("request", (r) => requests.push(r.url()));
  await page.goto(`${baseURL}/methods/setWebhook`);
  const pg = await playgroundReady(page);
  return { page, pg, requests };
}

const panel = (pg: Locator) => pg.getByRole("tabpanel");
/** Highlighted: the panel holds coloured spans (the full grammar has loaded). */
const coloured = (pg: Locator) => panel(pg).locator("span[style*='--shiki-light']").count();

describe("webhook workflow outputs", () => {
  it("loads nothing of them until a tab is opened, then the Server file follows the form and the framework", async () => {
    const { page, pg, requests } = await open();
    await pg.getByRole("textbox", { name: "url", exact: true }).fill("https://bot.example.com/tg/hook");
    await pg.getByRole("textbox", { name: "secret_token", exact: true }).fill("s3cret_Token");
    expect(requests.filter((u) => WORKFLOW_CHUNK.test(u))).toEqual([]);

    await pg.getByRole("tab", { name: "Server" }).click();
    await expect.poll(() => panel(pg).innerText()).toContain('app.post(webhookPath, webhookHandler(bot, "express", { secretToken: secret }));');
    await expect.poll(() => panel(pg).innerText()).toContain('const webhookPath = "/tg/hook";');
    await expect.poll(() => coloured(pg)).toBeGreaterThan(20);
    expect(requests.filter((u) => /\/server\.[\w-]+\.js$/.test(u))).toHaveLength(1);

    const framework = pg.getByRole("combobox", { name: "framework" });
    await framework.selectOption("fastify");
    await expect.poll(() => panel(pg).innerText()).toContain('request.headers["x-telegram-bot-api-secret-token"] === secret');
    await framework.selectOption("workers");
    await expect.poll(() => panel(pg).innerText()).toContain('webhookHandler(bot, "cloudflare", { shouldWait: true })');
    // The runtime control is for outputs that show GramIO's request; the Server tab has none.
    await expect(pg.getByRole("combobox", { name: "GramIO runs on" }).count()).resolves.toBe(0);
    await page.close();
  });

  it("writes a test update for the chosen type, target and tool", async () => {
    const { page, pg } = await open();
    await pg.getByRole("textbox", { name: "url", exact: true }).fill("https://bot.example.com/tg/hook");
    await pg.getByRole("textbox", { name: "secret_token", exact: true }).fill("s3cret_Token");
    await pg.getByRole("tab", { name: "Test update" }).click();
    await expect.poll(() => panel(pg).innerText()).toContain("curl --globoff --fail-with-body --show-error --silent -X POST --url https://bot.example.com/tg/hook");
    const to = pg.getByRole("textbox", { name: "send to" });
    await expect(to.getAttribute("placeholder")).resolves.toBe("the url, or http://localhost:3000/tg/hook");
    await to.fill("http://localhost:3000/tg/hook");
    await pg.getByRole("combobox", { name: "update type" }).selectOption("chat_member");
    await expect.poll(() => panel(pg).innerText()).toContain('"chat_member": {');
    await expect.poll(() => panel(pg).innerText()).toContain(`-H 'X-Telegram-Bot-Api-Secret-Token: '"\${WEBHOOK_SECRET}"`);
    await pg.getByRole("combobox", { name: "send with" }).selectOption("fetch");
    await expect.poll(() => panel(pg).innerText()).toContain('fetch("http://localhost:3000/tg/hook", {');
    await expect(pg.getByText("Private Network Access").count()).resolves.toBe(1);
    await page.close();
  });

  it("writes the self-signed commands for the url's host", async () => {
    const { page, pg } = await open();
    await pg.getByRole("textbox", { name: "url", exact: true }).fill("https://203.0.113.7:8443/hook");
    await pg.getByRole("tab", { name: "Certificate" }).click();
    await expect.poll(() => panel(pg).innerText()).toContain("-subj /CN=203.0.113.7 -addext subjectAltName=IP:203.0.113.7");
    await expect.poll(() => panel(pg).innerText()).toContain("-F certificate=@public.pem");
    await expect.poll(() => panel(pg).innerText()).toContain("openssl s_client -connect 203.0.113.7:8443 -CAfile public.pem");
    await page.close();
  });

  it("keeps the tab and the framework in the link, and a link made there opens on them", async () => {
    const page = await browser.newPage();
    await page.goto(`${baseURL}/methods/setWebhook?url=https%3A%2F%2Fbot.example.com%2Fhook&tab=server`);
    const pg = await playgroundReady(page);
    await expect.poll(() => panel(pg).innerText()).toContain('const webhookPath = "/hook";');
    await expect(pg.getByRole("tab", { name: "Server" }).getAttribute("aria-selected")).resolves.toBe("true");
    await pg.getByRole("combobox", { name: "framework" }).selectOption("koa");
    await expect.poll(() => new URL(page.url()).searchParams.get("framework")).toBe("koa");
    const link = page.url();
    await page.close();

    const again = await browser.newPage();
    await again.goto(link);
    const pg2 = await playgroundReady(again);
    await expect.poll(() => panel(pg2).innerText()).toContain('const handle = webhookHandler(bot, "koa");');
    await expect(pg2.getByRole("combobox", { name: "framework" }).inputValue()).resolves.toBe("koa");
    await expect(again.getByRole("status").filter({ hasText: "Ignored" }).count()).resolves.toBe(0);
    await again.close();
  });

  for (const colorScheme of ["light", "dark"] as const) {
    it(`has no axe violations with each output's controls shown, in ${colorScheme} mode, and fits 320 px`, async () => {
      const { page, pg } = await open({ colorScheme, width: 320 });
      await pg.getByRole("textbox", { name: "url", exact: true }).fill("https://bot.example.com/tg/hook");
      for (const tab of ["Server", "Test update", "Certificate"]) {
        await pg.getByRole("tab", { name: tab }).click();
        await expect.poll(() => coloured(pg)).toBeGreaterThan(5);
        await expect(axeViolations(page, ".CallPlayground"), tab).resolves.toEqual([]);
        await expect(page.evaluate(() => document.documentElement.scrollWidth), tab).resolves.toBe(320);
      }
      await page.close();
    });
  }
});
