/** The webhook doctor on the getWebhookInfo page: a pasted answer becomes a diagnosis. */
import { describe, expect, inject, it } from "vitest";
import { axeViolations } from "./axe";
import { browserAndApi, TEST_TOKEN as TOKEN } from "./browserAndApi";
import { playgroundReady } from "./ready";

const baseURL = inject("baseURL");
const env = browserAndApi();

const answer = (result: object) => JSON.stringify({ ok: true, result });
const now = () => Math.floor(Date.now() / 1000);

describe("webhook doctor", () => {
  it("diagnoses a pasted getWebhookInfo answer, most severe first, and sees the backlog grow", async () => {
    const page = await env.browser.newPage();
    await page.goto(`${baseURL}/methods/getWebhookInfo`);
    const box = page.getByRole("textbox", { name: "getWebhookInfo answer" });
    // Nothing assumed: whether a secret is set is the reader's to say.
    await expect(page.getByLabel("My setWebhook sets a secret_token:").inputValue()).resolves.toBe("");
    await box.fill(answer({ url: "https://bot.example.com/hook", has_custom_certificate: false, pending_update_count: 120, last_error_date: now() - 30, last_error_message: "Read timeout expired", max_connections: 40 }));
    const diagnosis = page.getByRole("list", { name: "Diagnosis" });
    await expect.poll(() => diagnosis.getByRole("listitem").allInnerTexts()).toEqual([
      expect.stringMatching(/^Critical: Delivery failed (\d+ s|\d+ min) ago \(\d{4}-\d\d-\d\d \d\d:\d\d:\d\d UTC\): “Read timeout expired”\n/),
      expect.stringMatching(/^Warning: 120 updates are waiting for delivery\n/),
    ]);
    await box.fill(answer({ url: "https://bot.example.com/hook", has_custom_certificate: false, pending_update_count: 180, max_connections: 40 }));
    await expect.poll(() => diagnosis.innerText()).toContain("Pending updates are growing: 120 → 180");
    await page.getByLabel("My bot polls with getUpdates").check();
    await expect.poll(() => diagnosis.getByRole("listitem").first().innerText()).toMatch(/^Critical: A webhook is set while the bot polls/);
    await box.fill("{not json");
    await page.getByText("Not valid JSON:").waitFor();
    await expect(box.getAttribute("aria-invalid")).resolves.toBe("true");
    await page.close();
  });

  for (const colorScheme of ["light", "dark"] as const) {
    it(`has no axe violations with findings shown, in ${colorScheme} mode, and fits 320 px`, async () => {
      const page = await env.browser.newPage({ colorScheme, viewport: { width: 320, height: 800 } });
      await page.goto(`${baseURL}/methods/getWebhookInfo`);
      await page.getByRole("textbox", { name: "getWebhookInfo answer" }).fill(answer({ url: "https://bot.example.com/hook", pending_update_count: 500, last_error_date: now(), last_error_message: "SSL error {error:0A000086:SSL routines::certificate verify failed}", ip_address: "<unknown>" }));
      await page.getByRole("list", { name: "Diagnosis" }).waitFor();
      await page.getByText("Update types my handlers need").first().click();
      await page.getByRole("checkbox", { name: "chat_member", exact: true }).check();
      await expect(axeViolations(page, ".WebhookDoctor")).resolves.toEqual([]);
      await expect(page.evaluate(() => document.documentElement.scrollWidth)).resolves.toBe(320);
      await page.close();
    });
  }

  it("diagnoses a getWebhookInfo sent for real from the setWebhook panel, and hands it to the doctor's page", async () => {
    env.api.reset();
    Object.assign(env.api.state, { url: "https://bot.example.com/old", pending_update_count: 7, last_error_date: now() - 60, last_error_message: "Wrong response from the webhook: 404 Not Found" });
    const page = await env.browser.newPage();
    await page.goto(`${baseURL}/methods/setWebhook?url=https%3A%2F%2Fbot.example.com%2Fhook`);
    const pg = await playgroundReady(page);
    await pg.getByLabel("Bot API server").fill(env.api.origin);
    await pg.getByLabel("Bot token").fill(TOKEN);
    await pg.getByRole("button", { name: "getWebhookInfo", exact: true }).click();
    const inline = pg.getByRole("list", { name: "Diagnosis" });
    await expect.poll(() => inline.getByRole("listitem").allInnerTexts()).toEqual([
      expect.stringMatching(/^Critical: Delivery failed (\d+ min|\d+ s) ago \(\d{4}-\d\d-\d\d \d\d:\d\d:\d\d UTC\): “Wrong response from the webhook: 404 Not Found”\n+The path in url does not match your route\./),
      expect.stringMatching(/^Warning: The webhook set differs from the url in your form\n/),
      expect.stringMatching(/^Warning: No secret token\n/),
      expect.stringMatching(/^Note: 7 updates are waiting for delivery\n/),
    ]);
    await pg.getByRole("link", { name: "Open this answer in the webhook doctor" }).click();
    await page.waitForURL(/\/methods\/getWebhookInfo/);
    const box = page.getByRole("textbox", { name: "getWebhookInfo answer" });
    await expect.poll(() => box.inputValue()).toContain('"last_error_message": "Wrong response from the webhook: 404 Not Found"');
    await expect(page.getByRole("textbox", { name: "The url I meant to set" }).inputValue()).resolves.toBe("https://bot.example.com/hook");
    const diagnosis = page.getByRole("list", { name: "Diagnosis" }).first();
    await expect.poll(() => diagnosis.innerText()).toContain("The webhook set differs from the url in your form");
    // Handlers that need chat_member, which the default allowed_updates leaves out.
    await page.getByText("Update types my handlers need").first().click();
    await page.getByRole("checkbox", { name: "chat_member", exact: true }).check();
    await expect.poll(() => diagnosis.innerText()).toContain("Your handlers wait for chat_member, which Telegram does not send");
    await page.close();
  });

  it("diagnoses the answer of the getWebhookInfo playground on its own page, and sees the backlog grow between sends", async () => {
    env.api.reset();
    Object.assign(env.api.state, { url: "https://bot.example.com/hook", pending_update_count: 5 });
    const page = await env.browser.newPage();
    await page.goto(`${baseURL}/methods/getWebhookInfo`);
    const pg = page.getByRole("region", { name: "getWebhookInfo playground" });
    await pg.scrollIntoViewIfNeeded();
    await pg.locator('[role="tabpanel"] pre.shiki').waitFor();
    await pg.getByLabel("Bot API server").fill(env.api.origin);
    await pg.getByLabel("Bot token").fill(TOKEN);
    await pg.getByRole("button", { name: "Send getWebhookInfo" }).click();
    const box = page.getByRole("textbox", { name: "getWebhookInfo answer" });
    await expect.poll(() => box.inputValue()).toContain('"pending_update_count": 5');
    env.api.state.pending_update_count = 40;
    await pg.getByRole("button", { name: "Send getWebhookInfo" }).click();
    const doctor = page.getByRole("region", { name: "Webhook doctor" }).getByRole("list", { name: "Diagnosis" });
    await expect.poll(() => doctor.innerText()).toContain("Pending updates are growing: 5 → 40");
    await expect.poll(() => doctor.innerText()).toContain("Updates wait, but no delivery error is recorded");
    // The playground's own answer is read field by field; the doctor gives the findings, once on the page.
    await expect(pg.locator(".WebhookInfoAnswer").innerText()).resolves.toMatch(/pending_update_count\s+40/);
    await expect(page.getByRole("list", { name: "Diagnosis" }).count()).resolves.toBe(1);
    await page.close();
  });
});
