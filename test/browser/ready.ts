import { LIVE_ATTRIBUTE } from "../../.vitepress/theme/live";
import type { Locator, Page } from "playwright-core";

/**
 * The playground region once it is hydrated and highlighted. It hydrates when it scrolls into
 * view (or at once for a link with playground state), so it is scrolled there first, as a
 * reader would.
 */
export async function playgroundReady(page: Page, method = "setWebhook"): Promise<Locator> {
  const region = page.getByRole("region", { name: `${method} playground` });
  await region.scrollIntoViewIfNeeded();
  await region.locator('[role="tabpanel"] pre.shiki').waitFor();
  return region;
}

/** Resolves once the page has hydrated (the theme marks `<html>` when its app has mounted). */
export async function pageLive(page: Page): Promise<void> {
  await page.locator(`html[${LIVE_ATTRIBUTE}]`).waitFor({ state: "attached" });
}
