/** The webhook doctor on the getWebhookInfo page: a pasted answer becomes a diagnosis. */
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import type { Browser } from "playwright-core";
import { axeViolations } from "./axe";
import { launchChromium } from "./chromium";

const baseURL = inject("baseURL");
let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(() => browser?.close());

const answer = (result: object) => JSON.stringify({ ok: true, result });
const now = () => Math.floor(Date.now() / 1000);

describe("webhook doctor", () => {
  it("diagnoses a pasted getWebhookInfo answer, most severe first, and sees the backlog grow", async () => {
    const page = await browser.newPage();
    await page.goto(`${baseURL}/methods/getWebhookInfo`);
    const box = page.getByRole("textbox", { name: "getWebhookInfo answer" });
    await box.fill(answer({ url: "https://bot.example.com/hook", has_custom_certificate: false, pending_update_count: 120, last_error_date: now() - 30, last_error_message: "Read timeout expired", max_connections: 40 }));
    const diagnosis = page.getByRole("list", { name: "Diagnosis" });
    await expect.poll(() => diagnosis.getByRole("listitem").allInnerTexts()).toEqual([
      expect.stringMatching(/^Critical: Delivery failed: “Read timeout expired”\n/),
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
      const page = await browser.newPage({ colorScheme, viewport: { width: 320, height: 800 } });
      await page.goto(`${baseURL}/methods/getWebhookInfo`);
      await page.getByRole("textbox", { name: "getWebhookInfo answer" }).fill(answer({ url: "https://bot.example.com/hook", pending_update_count: 500, last_error_date: now(), last_error_message: "SSL error {error:0A000086:SSL routines::certificate verify failed}", ip_address: "<unknown>" }));
      await page.getByRole("list", { name: "Diagnosis" }).waitFor();
      await expect(axeViolations(page, ".WebhookDoctor")).resolves.toEqual([]);
      await expect(page.evaluate(() => document.documentElement.scrollWidth)).resolves.toBe(320);
      await page.close();
    });
  }
});
