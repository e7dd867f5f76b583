import { chromium } from "playwright-core";
const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--headless", "--no-sandbox", "--disable-gpu"] });
for (const width of [1280, 360]) {
  const page = await browser.newPage({ viewport: { width, height: 720 } });
  await page.goto("http://127.0.0.1:4179/guide/formatting");
  await page.locator("h3", { hasText: "Each entity in each form" }).scrollIntoViewIfNeeded();
  await page.screenshot({ path: `/tmp/shots/guide-${width}.png` });
  await page.locator("h3", { hasText: "Common mistakes" }).scrollIntoViewIfNeeded();
  await page.screenshot({ path: `/tmp/shots/guide2-${width}.png` });
}
await browser.close();
