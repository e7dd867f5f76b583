/**
 * A hostile or broken Bot API server, and a hostile token: nothing is sent where it should
 * not go, nothing locks up, and every case gets its own true message.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, inject, it } from "vitest";
import type { Browser, Locator, Page } from "playwright-core";
import { MAX_ANSWER_DEPTH } from "../../playground/call/answer";
import { MAX_ANSWER_BYTES } from "../../playground/send";
import { startFakeBotApi, type FakeBotApi } from "../support/fakeBotApi";
import { launchChromium } from "./chromium";
import { playgroundReady } from "./ready";

const baseURL = inject("baseURL");
const TOKEN = "123456789:AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw";
let browser: Browser;
let api: FakeBotApi;
/** Another origin, to prove a redirect is not followed there. */
let elsewhere: FakeBotApi;

beforeAll(async () => {
  browser = await launchChromium();
  api = await startFakeBotApi({ tokens: [TOKEN] });
  elsewhere = await startFakeBotApi({ tokens: [TOKEN] });
});
afterAll(async () => {
  await browser?.close();
  await api?.close();
  await elsewhere?.close();
});
beforeEach(() => {
  api.reset();
  elsewhere.reset();
});

const json = (res: import("node:http").ServerResponse, status: number, body: unknown) => {
  res.writeHead(status, { "content-type": "application/json", "access-control-allow-origin": "*" });
  res.end(JSON.stringify(body));
};

async function open(query = "", token = TOKEN): Promise<{ page: Page; pg: Locator; result: Locator }> {
  const page = await browser.newPage();
  page.on("dialog", (d) => void d.accept());
  await page.goto(`${baseURL}/methods/setWebhook${query}`);
  const pg = await playgroundReady(page);
  await pg.getByLabel("Bot API server").fill(api.origin);
  await pg.getByLabel("Bot token").fill(token);
  return { page, pg, result: pg.locator(".CallSend-result") };
}
const button = (pg: Locator, name: string) => pg.getByRole("button", { name, exact: true });

describe("a hostile token", () => {
  it("is refused before anything is sent: it cannot turn getWebhookInfo into a deleteWebhook", async () => {
    const { page, pg } = await open("", `${TOKEN}/deleteWebhook?drop_pending_updates=true#`);
    await expect(button(pg, "getWebhookInfo").isDisabled()).resolves.toBe(true);
    await expect(button(pg, "deleteWebhook").isDisabled()).resolves.toBe(true);
    await expect(page.locator("#pg-token-hint").innerText()).resolves.toBe(
      "A bot token holds only digits, a colon, letters, _ and -; this one has “/”, “?”, “=”, so it is not sent.",
    );
    expect(api.log).toEqual([]);
    await page.close();
  });

  it("says what the server would answer to a malformed one", async () => {
    const { page } = await open("", "12a:AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw");
    await expect(page.locator("#pg-token-hint").innerText()).resolves.toBe(
      "The part before the colon is not a number. The server would answer “Misdirected Request: unallowed token specified”.",
    );
    await page.close();
  });
});

describe("a hostile or broken server", () => {
  it("does not follow a redirect: the body (secret token included) goes nowhere else", async () => {
    api.hostile = (_, res) => {
      res.writeHead(307, { location: `${elsewhere.origin}/bot${TOKEN}/setWebhook`, "access-control-allow-origin": "*" });
      res.end();
      return true;
    };
    const { page, pg, result } = await open("?url=https%3A%2F%2Fbot.example.com%2Fhook");
    await pg.getByRole("textbox", { name: "secret_token" }).fill("s3cret");
    await button(pg, "Send setWebhook").click();
    await result.getByText("answered with a redirect").waitFor();
    await expect(result.innerText()).resolves.toContain("The playground does not follow redirects, so nothing was sent on");
    expect(elsewhere.log).toEqual([]);
    await expect(result.innerText()).resolves.not.toContain("ok: true");
    await page.close();
  });

  it("bounds an absurd retry_after, and forgets it for another server", async () => {
    api.hostile = (_, res) => (json(res, 429, { ok: false, error_code: 429, description: "Too Many Requests: retry after 1e12", parameters: { retry_after: 1e12 } }), true);
    const { page, pg, result } = await open("?url=https%3A%2F%2Fbot.example.com%2Fhook");
    await pg.getByRole("textbox", { name: "secret_token" }).fill("s3cret");
    await button(pg, "Send setWebhook").click();
    await result.getByText("error_code: 429").waitFor();
    await expect(page.locator("#pg-send-reason").innerText()).resolves.toMatch(/^Flood control: wait (60 min 00 s|59 min \d\d s)\.$/);
    await pg.getByLabel("Bot API server").fill(elsewhere.origin);
    await expect(button(pg, "Send setWebhook").isEnabled()).resolves.toBe(true);
    await page.close();
  });

  it("ignores a retry_after on a 400", async () => {
    api.hostile = (_, res) => (json(res, 400, { ok: false, error_code: 400, description: "Bad Request: nope", parameters: { retry_after: 99 } }), true);
    const { page, pg, result } = await open("?url=https%3A%2F%2Fbot.example.com%2Fhook");
    await pg.getByRole("textbox", { name: "secret_token" }).fill("s3cret");
    await button(pg, "Send setWebhook").click();
    await result.getByText("error_code: 400").waitFor();
    await expect(button(pg, "Send setWebhook").isEnabled()).resolves.toBe(true);
    await expect(result.getByText("Retry allowed").count()).resolves.toBe(0);
    await page.close();
  });

  it("says the request was cancelled when it is cancelled while the answer arrives", async () => {
    api.hostile = (_, res) => {
      res.writeHead(200, { "content-type": "application/json", "access-control-allow-origin": "*" });
      res.write('{"ok":true,"result":{"url":"');
      return true; // and never ends
    };
    const { page, pg, result } = await open();
    await button(pg, "getWebhookInfo").click();
    await result.getByText("Sending getWebhookInfo…").waitFor();
    await button(pg, "Cancel request").click();
    await result.getByText("getWebhookInfo was cancelled; the server may still have received it.").waitFor();
    await expect(result.innerText()).resolves.not.toContain("without a Bot API response");
    await page.close();
  });

  it("describes a malformed getWebhookInfo answer field by field", async () => {
    api.hostile = (_, res) =>
      (json(res, 200, { ok: true, result: { url: "https://x.example/", has_custom_certificate: false, pending_update_count: 0, last_error_date: 1e20, allowed_updates: ["message", 7] } }), true);
    const { page, pg, result } = await open();
    await button(pg, "getWebhookInfo").click();
    await result.getByText("100000000000000000000 (not a valid Unix time)").waitFor();
    await expect(result.innerText()).resolves.toContain("Not a list of update type names");
    await expect(result.innerText()).resolves.not.toContain("Could not reach");
    await expect(result.innerText()).resolves.not.toContain("Invalid Date");
    await page.close();
  });

  it("folds a huge description and url, with a way to see the rest", async () => {
    const huge = "x".repeat(200_000);
    api.hostile = (request, res) =>
      request.method === "getwebhookinfo"
        ? (json(res, 200, { ok: true, result: { url: `https://${huge}`, has_custom_certificate: false, pending_update_count: 0 }, description: huge }), true)
        : false;
    const { page, pg, result } = await open();
    await button(pg, "getWebhookInfo").click();
    await result.getByText("Show the whole description (200,000 characters)").waitFor();
    await result.getByText("Show all 200,008 characters").waitFor();
    // What is shown before unfolding is short.
    const shown = await result.evaluate((el) => [...el.querySelectorAll("details")].reduce((n, d) => n - (d.textContent?.length ?? 0), el.textContent?.length ?? 0));
    expect(shown).toBeLessThan(10_000);
    await page.close();
  });

  it("names an answer that is not the Bot API's", async () => {
    api.hostile = (_, res) => {
      res.writeHead(200, { "content-type": "text/html", "access-control-allow-origin": "*" });
      res.end("<html>proxy login</html>");
      return true;
    };
    const { page, pg, result } = await open();
    await button(pg, "getWebhookInfo").click();
    await result.getByText("answered 200 with a body that is not JSON, not a Bot API response").waitFor();
    await page.close();
  });

  it("stops reading an answer that never ends, and says so", async () => {
    api.hostile = (_, res) => {
      res.writeHead(200, { "content-type": "application/json", "access-control-allow-origin": "*" });
      const chunk = " ".repeat(1 << 20);
      // Writes as fast as the page reads, until it stops reading.
      const pump = () => {
        while (!res.destroyed && res.write(chunk));
        if (!res.destroyed) res.once("drain", pump);
      };
      res.on("close", () => res.removeAllListeners("drain"));
      pump();
      return true;
    };
    const { page, pg, result } = await open();
    await button(pg, "getWebhookInfo").click();
    await result.getByText(`answered 200 with a body larger than ${MAX_ANSWER_BYTES / 2 ** 20} MB (reading stopped there), not a Bot API response`).waitFor();
    await expect(button(pg, "getWebhookInfo").isEnabled()).resolves.toBe(true);
    await page.close();
  });

  it("shows an answer nested 300 levels deep within bounds, and every answer after it", async () => {
    let deep: unknown = "bottom";
    for (let i = 0; i < 300; i++) deep = [deep];
    api.hostile = (request, res) => (request.method === "getme" ? (json(res, 200, { ok: true, result: deep }), true) : false);
    const page = await browser.newPage();
    const errors: string[] = [];
    page.on("pageerror", (e) => errors.push(e.message));
    await page.goto(`${baseURL}/methods/getMe`);
    const pg = page.getByRole("region", { name: "getMe playground" });
    await pg.scrollIntoViewIfNeeded();
    await pg.locator('[role="tabpanel"] pre.shiki').waitFor();
    await pg.getByLabel("Bot API server").fill(api.origin);
    await pg.getByLabel("Bot token").fill(TOKEN);
    const result = pg.locator(".CallSend-result");
    await button(pg, "Send getMe").click();
    await result.getByText(`(nested deeper than ${MAX_ANSWER_DEPTH} levels: not shown)`).waitFor();
    api.hostile = undefined;
    await button(pg, "Send getMe").click();
    await result.getByText("first_name").waitFor();
    expect(errors).toEqual([]);
    await page.close();
  });
});
