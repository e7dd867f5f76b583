import { readFileSync } from "node:fs";
import { beforeEach, describe, expect, inject, it } from "vitest";
import type { Locator, Page } from "playwright-core";
import { browserAndApi, TEST_TOKEN as TOKEN } from "./browserAndApi";
import { playgroundReady } from "./ready";

const baseURL = inject("baseURL");
const env = browserAndApi({ hosts: { "bot.internal.example": "10.0.0.5" } });
beforeEach(() => env.api.reset());

interface Ctx {
  page: Page;
  pg: Locator;
  result: Locator;
}

async function open(query = "", token = TOKEN): Promise<Ctx> {
  const page = await env.browser.newPage();
  // The page asks in its own dialog, never the browser's.
  page.on("dialog", (d) => void d.dismiss().then(() => Promise.reject(new Error(`a browser dialog opened: ${d.message()}`))));
  await page.goto(`${baseURL}/methods/setWebhook${query}`);
  const pg = await playgroundReady(page);
  await pg.getByLabel("Bot API server").fill(env.api.origin);
  if (token) await pg.getByLabel("Bot token").fill(token);
  return { page, pg, result: pg.locator(".CallSend-result") };
}

const button = (pg: Locator, name: string) => pg.getByRole("button", { name, exact: true });
/** The page's question before a send: its text, once it shows. */
const question = async (pg: Locator) => pg.getByRole("alertdialog").locator("#pg-confirm-question").innerText();

describe("sending for real", () => {
  it("sets the webhook, reads it back, and deletes it", async () => {
    const { page, pg, result } = await open("?url=https%3A%2F%2Fbot.example.com%2Fhook&allowed_updates=message,chat_member&max_connections=10");
    await pg.getByRole("textbox", { name: "secret_token" }).fill("s3cret_token");
    await button(pg, "Send setWebhook").click();
    await result.getByText("Webhook was set").waitFor();
    await expect(result.innerText()).resolves.toContain("setWebhook: ok: true, description: “Webhook was set”");
    expect(env.api.state).toMatchObject({ url: "https://bot.example.com/hook", max_connections: 10, allowed_updates: ["message", "chat_member"], secret_token: "s3cret_token" });
    // Simple CORS requests: a form body, never JSON.
    expect(env.api.log.at(-1)?.args).toEqual({
      url: "https://bot.example.com/hook",
      max_connections: "10",
      allowed_updates: '["message","chat_member"]',
      secret_token: "s3cret_token",
    });

    env.api.state.pending_update_count = 3;
    env.api.state.last_error_date = Math.floor(Date.now() / 1000) - 5 * 60;
    env.api.state.last_error_message = "Wrong response from the webhook: 401 Unauthorized";
    await button(pg, "getWebhookInfo").click();
    const info = pg.getByRole("definition").first();
    await info.waitFor();
    const text = await pg.locator(".WebhookInfoAnswer").innerText();
    expect(text).toContain("https://bot.example.com/hook");
    expect(text).toMatch(/pending_update_count\s+3/);
    expect(text).toContain("(5 minutes ago)");
    expect(text).toContain("Wrong response from the webhook: 401 Unauthorized");
    expect(text).toContain("usually a secret_token that differs");
    expect(text).toMatch(/max_connections\s+10/);
    expect(text).toMatch(/allowed_updates\s+message, chat_member/);

    await pg.getByLabel("with drop_pending_updates").check();
    const sent = env.api.log.length;
    await button(pg, "deleteWebhook").click();
    await expect(question(pg)).resolves.toBe("deleteWebhook with drop_pending_updates deletes every update waiting for delivery. Send it?");
    expect(env.api.log.length).toBe(sent);
    await button(pg, "Send deleteWebhook for real").click();
    await result.getByText("Webhook was deleted").waitFor();
    expect(env.api.state).toMatchObject({ url: "", pending_update_count: 0 });
    await page.close();
  });

  it("uploads the picked certificate as a file part", async () => {
    const { page, pg, result } = await open("?url=https%3A%2F%2Fbot.example.com%3A8443%2Fhook");
    await pg.getByRole("textbox", { name: "secret_token" }).fill("abc");
    const buffer = readFileSync(new URL("../fixtures/certificates/dns.pem", import.meta.url));
    await pg.getByLabel("certificate", { exact: true }).setInputFiles({ name: "public.pem", mimeType: "application/x-pem-file", buffer });
    await pg.getByText(`public.pem, ${buffer.length} bytes`).waitFor();
    await button(pg, "Send setWebhook").click();
    await result.getByText("Webhook was set").waitFor();
    expect(env.api.state).toMatchObject({ url: "https://bot.example.com:8443/hook", has_custom_certificate: true });
    expect(env.api.log.at(-1)?.args).toEqual({ url: "https://bot.example.com:8443/hook", secret_token: "abc", certificate: "file:public.pem" });
    await page.close();
  });

  it("never sends a private key", async () => {
    const { page, pg } = await open("?url=https%3A%2F%2Fbot.example.com%3A8443%2Fhook");
    const buffer = readFileSync(new URL("../fixtures/certificates/key-and-cert.pem", import.meta.url));
    await pg.getByLabel("certificate", { exact: true }).setInputFiles({ name: "both.pem", mimeType: "application/x-pem-file", buffer });
    await pg.getByText("both.pem,").waitFor();
    await expect(button(pg, "Send setWebhook").isDisabled()).resolves.toBe(true);
    expect(env.api.log).toEqual([]);
    await page.close();
  });

  it("explains a refused token (401)", async () => {
    const { page, pg, result } = await open("?url=https%3A%2F%2Fbot.example.com%2Fhook", "987654321:AAwrongwrongwrongwrongwrongwrongwrong");
    await button(pg, "getWebhookInfo").click();
    await result.getByText("error_code: 401").waitFor();
    await expect(result.innerText()).resolves.toContain("The token is well-formed, but the server does not know it");
    await page.close();
  });

  it("shows a 400 next to the field it concerns", async () => {
    const { page, pg, result } = await open("?url=https%3A%2F%2Fbot.internal.example%2Fhook");
    await pg.getByRole("textbox", { name: "secret_token" }).fill("abc");
    await button(pg, "Send setWebhook").click();
    await result.getByText("error_code: 400").waitFor();
    const url = pg.getByRole("textbox", { name: "url", exact: true });
    await expect(url.getAttribute("aria-invalid")).resolves.toBe("true");
    await expect(page.locator("#pg-url-msg").innerText()).resolves.toContain(
      "The server answered “Bad Request: bad webhook: IP address 10.0.0.5 is reserved”.",
    );
    // Editing the field clears the server's message.
    await url.fill("https://bot.example.com/hook");
    await expect(page.locator("#pg-url-msg").count()).resolves.toBe(0);
    await page.close();
  });

  it("counts down after 429 and then allows a retry", async () => {
    const { page, pg, result } = await open("?url=https%3A%2F%2Fbot.example.com%2Fhook");
    // The stand-in's flood control reads this clock: the second call lands in the same second
    // however slow the machine is, and the retry one second later.
    let t = 1_000_000;
    env.api.now = () => t;
    await pg.getByRole("textbox", { name: "secret_token" }).fill("abc");
    await button(pg, "Send setWebhook").click();
    await result.getByText("Webhook was set").waitFor();
    await pg.getByRole("textbox", { name: "secret_token" }).fill("abcd");
    await button(pg, "Send setWebhook").click();
    await result.getByText("error_code: 429").waitFor();
    await expect(result.innerText()).resolves.toContain("Retry allowed in 1 s.");
    await expect(button(pg, "Send setWebhook").isDisabled()).resolves.toBe(true);
    await expect(page.locator("#pg-send-reason").innerText()).resolves.toBe("Flood control: wait 1 s.");
    t += 1000;
    await expect.poll(() => button(pg, "Send setWebhook").isEnabled()).toBe(true);
    await button(pg, "Send setWebhook").click();
    await result.getByText("Webhook was set").waitFor();
    await page.close();
  });

  it("disables the buttons while a request is in flight and can cancel it", async () => {
    const { page, pg, result } = await open();
    env.api.hold();
    await button(pg, "getWebhookInfo").click();
    await result.getByText("Sending getWebhookInfo…").waitFor();
    await expect(button(pg, "getWebhookInfo").isDisabled()).resolves.toBe(true);
    await expect(button(pg, "deleteWebhook").isDisabled()).resolves.toBe(true);
    await button(pg, "Cancel request").click();
    await result.getByText("getWebhookInfo was cancelled").waitFor();
    await expect(button(pg, "getWebhookInfo").isEnabled()).resolves.toBe(true);
    await page.close();
  });

  it("explains a server it cannot reach", async () => {
    const { page, pg, result } = await open();
    await pg.getByLabel("Bot API server").fill("http://127.0.0.1:9");
    await button(pg, "getWebhookInfo").click();
    await result.getByText("Could not reach http://127.0.0.1:9").waitFor();
    await expect(result.innerText()).resolves.toContain("sends no CORS headers");
    await page.close();
  });

  it("asks before removing the webhook with an empty url, and sends nothing when declined", async () => {
    const { page, pg } = await open("?drop_pending_updates=false");
    await expect(button(pg, "Send setWebhook").isEnabled()).resolves.toBe(true);
    await button(pg, "Send setWebhook").click();
    await expect(question(pg)).resolves.toBe("The url is empty, so this removes the webhook. Send it?");
    await button(pg, "Cancel").click();
    await expect(pg.getByRole("alertdialog").count()).resolves.toBe(0);
    expect(env.api.log).toEqual([]);
    await page.close();
  });

  it("only sends setWebhook when validation has no errors", async () => {
    const { page, pg } = await open("?url=http%3A%2F%2Fbot.example.com%2Fhook");
    await expect(button(pg, "Send setWebhook").isDisabled()).resolves.toBe(true);
    await expect(page.locator("#pg-send-reason").innerText()).resolves.toMatch(/^Fix the (error|\d+ errors) above first: the server would refuse this request\.$/);
    await page.close();
  });

  it("never puts the token in the link, storage or code, and forgets it", async () => {
    const { page, pg, result } = await open("?url=https%3A%2F%2Fbot.example.com%2Fhook");
    await pg.getByRole("textbox", { name: "secret_token" }).fill("abc");
    await button(pg, "Send setWebhook").click();
    await result.getByText("Webhook was set").waitFor();
    expect(page.url()).not.toContain(TOKEN);
    expect(page.url()).not.toContain("123456789");
    const storage = await page.evaluate(() => JSON.stringify([{ ...localStorage }, { ...sessionStorage }]));
    expect(storage).not.toContain("AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw");
    for (const tab of ["GramIO", "HTTP", "cURL"]) {
      await pg.getByRole("tab", { name: tab }).click();
      await expect(pg.getByRole("tabpanel").innerText(), tab).resolves.not.toContain("AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw");
    }
    await expect(pg.getByLabel("Bot token").getAttribute("type")).resolves.toBe("password");
    await button(pg, "Forget token").click();
    await expect(pg.getByLabel("Bot token").inputValue()).resolves.toBe("");
    await expect(result.innerText()).resolves.toBe("");
    await page.close();
  });
});
