import { readFile, readdir } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const dist = fileURLToPath(new URL("../../.vitepress/dist", import.meta.url));

describe("built site", () => {
  it("has a page for each webhook method and type, and no placeholder text", async () => {
    const html = (await readdir(dist, { recursive: true })).filter((f) => f.endsWith(".html"));
    for (const page of ["methods/setWebhook.html", "methods/getWebhookInfo.html", "methods/deleteWebhook.html", "types/WebhookInfo.html", "guide/webhooks.html", "index.html"]) {
      expect(html).toContain(page);
    }
    for (const file of html) {
      const text = await readFile(`${dist}/${file}`, "utf8");
      expect(text, file).not.toMatch(/TODO|lorem ipsum|coming soon/i);
    }
  });
});
