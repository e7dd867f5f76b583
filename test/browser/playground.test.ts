import { readFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import type { Browser, BrowserContext, Locator, Page } from "playwright-core";
import { axeViolations } from "./axe";
import { launchChromium } from "./chromium";
import { playgroundReady } from "./ready";

const baseURL = inject("baseURL");
const PAGE = `${baseURL}/methods/setWebhook`;
let browser: Browser;
let context: BrowserContext;

beforeAll(async () => {
  browser = await launchChromium();
  context = await browser.newContext();
  await context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: baseURL });
});
afterAll(() => browser?.close());

async function open(query = "", options: { colorScheme?: "light" | "dark" } = {}): Promise<{ page: Page; pg: Locator }> {
  const page = options.colorScheme ? await browser.newPage({ colorScheme: options.colorScheme }) : await context.newPage();
  await page.goto(`${PAGE}${query}`);
  // Hydrated and highlighted: the GramIO panel holds shiki's coloured spans.
  const pg = await playgroundReady(page);
  return { page, pg };
}

const panel = (pg: Locator) => pg.getByRole("tabpanel");
/** Opens the update types' disclosure (closed while none is picked). */
async function openUpdateTypes(pg: Locator) {
  const details = pg.locator("details.UpdateTypesPicker-types");
  if (!(await details.evaluate((d: HTMLDetailsElement) => d.open))) await details.locator("summary").click();
}
const certificate = (name: string) => ({ name, mimeType: "application/x-pem-file", buffer: readFileSync(new URL(`../fixtures/certificates/${name}`, import.meta.url)) });

describe("playground form", () => {
  it("has one control per parameter, named by the parameter", async () => {
    const { page, pg } = await open();
    for (const name of ["url", "ip_address", "max_connections", "secret_token"]) {
      await expect(pg.getByRole("textbox", { name, exact: true }).count(), name).resolves.toBe(1);
    }
    await expect(pg.getByLabel("certificate", { exact: true }).getAttribute("type")).resolves.toBe("file");
    await expect(pg.getByRole("checkbox", { name: "drop_pending_updates", exact: true }).count()).resolves.toBe(1);
    await expect(pg.getByRole("group", { name: "allowed_updates", exact: true }).count()).resolves.toBe(1);
    // The 27 types are behind a disclosure until wanted.
    await expect(pg.getByRole("checkbox", { name: "message", exact: true }).count()).resolves.toBe(0);
    await openUpdateTypes(pg);
    for (const t of ["message", "chat_member", "message_reaction_count", "stopped_message_generation"]) {
      await expect(pg.getByRole("checkbox", { name: t, exact: true }).count(), t).resolves.toBe(1);
    }
    await expect(pg.getByRole("textbox", { name: "max_connections" }).getAttribute("placeholder")).resolves.toBe("40");
    await page.close();
  });

  it("shows an error as you type, marks the field invalid, and clears it when fixed", async () => {
    const { page, pg } = await open();
    const url = pg.getByRole("textbox", { name: "url", exact: true });
    await url.fill("http://bot.example.com:3000/hook");
    await expect(url.getAttribute("aria-invalid")).resolves.toBe("true");
    const described = (await url.getAttribute("aria-describedby"))!.split(" ");
    expect(described).toEqual(["pg-url-hint", "pg-url-msg"]);
    const messages = await page.locator("#pg-url-msg").innerText();
    expect(messages).toContain("Bad Request: bad webhook: An HTTPS URL must be provided for webhook");
    // The server checks the port of https URLs only.
    expect(messages).not.toContain("ports 80, 88, 443 or 8443");
    await expect(pg.getByRole("status").filter({ hasText: "would answer" }).innerText()).resolves.toContain(
      "The Bot API server would answer “Bad Request: bad webhook: An HTTPS URL must be provided for webhook” (url).",
    );
    // The code shows the request as it stands.
    await expect(panel(pg).innerText()).resolves.toContain('url: "http://bot.example.com:3000/hook"');

    await url.fill("https://bot.example.com/hook");
    await expect(url.getAttribute("aria-invalid")).resolves.toBeNull();
    await expect(page.locator("#pg-url-msg").count()).resolves.toBe(0);
    await expect(pg.getByText("would answer").count()).resolves.toBe(0);
    await page.close();
  });

  it("names the answer the server gives first, and the others as what comes next", async () => {
    const { page, pg } = await open();
    await pg.getByRole("textbox", { name: "url", exact: true }).fill("http://bot.example.com/hook");
    await pg.getByRole("textbox", { name: "secret_token" }).fill("not allowed!");
    await expect(pg.getByRole("status").filter({ hasText: "would answer" }).innerText()).resolves.toBe(
      "The Bot API server would answer “Bad Request: secret token contains unallowed characters” (secret_token). It checks one thing at a time: 1 more error comes after that one (url). The code below shows the request as it stands.",
    );
    await expect(page.locator("#pg-secret_token-msg").innerText()).resolves.toMatch(/^Error: /);
    await expect(page.locator("#pg-url-msg").innerText()).resolves.toMatch(/^Next error: .*Once the errors before it are fixed, the server answers “Bad Request: bad webhook: An HTTPS URL must be provided for webhook”\.$/);
    await page.close();
  });

  it("keeps text that is not a whole number in max_connections, and says what is sent and used", async () => {
    const { page, pg } = await open("?url=https%3A%2F%2Fbot.example.com%2Fhook");
    const box = pg.getByRole("textbox", { name: "max_connections" });
    await box.click();
    await page.keyboard.type("4e");
    await expect(box.inputValue()).resolves.toBe("4e");
    await expect(page.locator("#pg-max_connections-msg").innerText()).resolves.toBe(
      "Warning: Use a whole number from 1 to 100: this sends “4e”, and the server uses 4 (it reads only a leading - and the digits after it).",
    );
    await expect(panel(pg).innerText()).resolves.toContain('max_connections: "4e" as unknown as number,');
    await box.fill("4294967336");
    await expect(page.locator("#pg-max_connections-msg").innerText()).resolves.toContain("the server uses 40 (it reads the digits into a 32-bit number that wraps around");
    await page.close();
  });

  it("warns without blocking: max_connections out of range, [] for allowed_updates", async () => {
    const { page, pg } = await open("?url=https%3A%2F%2Fbot.example.com%2Fhook");
    await pg.getByRole("textbox", { name: "max_connections" }).fill("101");
    await expect(page.locator("#pg-max_connections-msg").innerText()).resolves.toContain("and the server uses 100 (it clamps the value to 1-100)");
    await pg.getByRole("button", { name: "None selected = send []" }).click();
    await expect(page.locator("#pg-allowed_updates-msg").innerText()).resolves.toContain("An empty list means the default set");
    await expect(pg.getByText("Sends []: every type except").count()).resolves.toBe(1);
    await expect(panel(pg).innerText()).resolves.toContain("allowed_updates: [],");
    await expect(pg.getByText("would answer").count()).resolves.toBe(0);
    await page.close();
  });

  it("generates a valid secret token", async () => {
    const { page, pg } = await open();
    await pg.getByRole("button", { name: "Generate" }).click();
    const token = await pg.getByRole("textbox", { name: "secret_token" }).inputValue();
    expect(token).toMatch(/^[A-Za-z0-9_-]{48}$/);
    await expect(panel(pg).innerText()).resolves.toContain("secret_token: process.env.WEBHOOK_SECRET,");
    await expect(pg.locator(".SetWebhookPlayground-envline").innerText()).resolves.toBe(`export WEBHOOK_SECRET=${token}`);
    await page.close();
  });

  it("reads a certificate file, shows what it holds, and switches to multipart", async () => {
    const { page, pg } = await open("?url=https%3A%2F%2Fbot.example.com%3A8443%2Fhook");
    const pem = certificate("dns.pem");
    await pg.getByLabel("certificate", { exact: true }).setInputFiles(pem);
    // The file is read asynchronously: wait for it to show.
    await pg.getByText(`dns.pem, ${pem.buffer.length} bytes`).waitFor();
    await expect(pg.locator(".SetWebhookPlayground-cert").innerText()).resolves.toMatch(
      /Subject CN\s+bot\.example\.com\s+DNS names\s+bot\.example\.com, \*\.hooks\.example\.com\s+IP addresses\s+203\.0\.114\.7 \(not used for the host check\)\s+Valid until\s+2126-\d\d-\d\d\s+Host check\s+matches bot\.example\.com/,
    );
    await expect(panel(pg).innerText()).resolves.toContain('certificate: await MediaUpload.path("./dns.pem"),');
    await pg.getByRole("tab", { name: "HTTP" }).click();
    const http = await panel(pg).innerText();
    expect(http).toContain("POST /bot<token>/setWebhook?url=https%3A%2F%2Fbot.example.com%3A8443%2Fhook HTTP/1.1");
    expect(http).toContain('Content-Disposition: form-data; name="certificate"; filename="dns.pem"');
    expect(http).toContain(pem.buffer.toString("utf8").split("\n")[1]);
    await page.close();
  });

  it("refuses a private key and a file without a PEM certificate", async () => {
    const { page, pg } = await open("?url=https%3A%2F%2Fbot.example.com%3A8443%2Fhook");
    const picker = pg.getByLabel("certificate", { exact: true });
    await picker.setInputFiles(certificate("key-and-cert.pem"));
    await pg.getByText("key-and-cert.pem,").waitFor();
    await expect(page.locator("#pg-certificate-msg").innerText()).resolves.toContain("Refused: This file contains a PRIVATE KEY, and the playground will not send it.");
    await expect(pg.getByRole("status").filter({ hasText: "private key" }).innerText()).resolves.toContain("The playground will not send a private key.");
    await picker.setInputFiles(certificate("dns.der"));
    await pg.getByText("dns.der,").waitFor();
    await expect(page.locator("#pg-certificate-msg").innerText()).resolves.toContain(
      "The server answers “Bad Request: bad webhook: Failed to set custom certificate file{error:05800088:x509 certificate routines::no certificate or crl found}”.",
    );
    await page.close();
  });

  it("removes a picked file: the control is empty, focus stays, and the same file can be picked again", async () => {
    const errors: string[] = [];
    const { page, pg } = await open("?url=https%3A%2F%2Fbot.example.com%3A8443%2Fhook");
    page.on("pageerror", (e) => errors.push(e.message));
    const picker = pg.getByLabel("certificate", { exact: true });
    await picker.setInputFiles(certificate("dns.pem"));
    await pg.getByText("dns.pem,").waitFor();
    await pg.getByRole("button", { name: "Remove file dns.pem" }).click();
    await expect(panel(pg).innerText()).resolves.not.toContain("certificate");
    await expect(picker.evaluate((el: HTMLInputElement) => el.files?.length ?? 0)).resolves.toBe(0);
    await expect(picker.evaluate((el) => el === document.activeElement)).resolves.toBe(true);
    await picker.setInputFiles(certificate("dns.pem"));
    await pg.getByText("dns.pem,").waitFor();
    await expect(panel(pg).innerText()).resolves.toContain('certificate: await MediaUpload.path("./dns.pem"),');
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe("playground outputs", () => {
  it("updates every tab's code, highlighted, and switches tabs by keyboard", async () => {
    const { page, pg } = await open();
    await pg.getByRole("textbox", { name: "url", exact: true }).fill("https://bot.example.com/it's/$(id)");
    await pg.getByRole("checkbox", { name: "drop_pending_updates", exact: true }).check();
    const tabs = pg.getByRole("tab");
    await expect(tabs.allInnerTexts()).resolves.toEqual(["GramIO", "HTTP", "cURL", "Server", "Test update", "Certificate"]);
    await expect(panel(pg).innerText()).resolves.toContain('url: "https://bot.example.com/it\'s/$(id)",\n    drop_pending_updates: true,');

    await pg.getByRole("tab", { name: "GramIO" }).focus();
    await page.keyboard.press("ArrowRight");
    await expect(pg.getByRole("tab", { name: "HTTP" }).getAttribute("aria-selected")).resolves.toBe("true");
    await expect(page.evaluate(() => document.activeElement?.textContent?.trim())).resolves.toBe("HTTP");
    await expect(panel(pg).innerText()).resolves.toContain('{"url":"https://bot.example.com/it\'s/$(id)","drop_pending_updates":true}');
    await expect(panel(pg).locator("pre.shiki span[style*='--shiki-dark']").count()).resolves.toBeGreaterThan(5);

    await page.keyboard.press("End");
    await expect(pg.getByRole("tab", { name: "Certificate" }).getAttribute("aria-selected")).resolves.toBe("true");
    await page.keyboard.press("ArrowLeft");
    await page.keyboard.press("ArrowLeft");
    await page.keyboard.press("ArrowLeft");
    await expect(pg.getByRole("tab", { name: "cURL" }).getAttribute("aria-selected")).resolves.toBe("true");
    await expect(panel(pg).innerText()).resolves.toContain(`--data-raw '{"url":"https://bot.example.com/it'\\''s/$(id)","drop_pending_updates":true}'`);
    await page.keyboard.press("Home");
    await expect(pg.getByRole("tab", { name: "GramIO" }).getAttribute("aria-selected")).resolves.toBe("true");
    await page.close();
  });

  it("copies the active code, announces it and keeps focus on Copy", async () => {
    const { page, pg } = await open("?url=https%3A%2F%2Fbot.example.com%2Fhook");
    await pg.getByRole("tab", { name: "cURL" }).click();
    const copy = pg.getByRole("button", { name: "Copy", exact: true });
    await copy.focus();
    await page.keyboard.press("Enter");
    await expect(pg.getByRole("status").filter({ hasText: "copied" }).innerText()).resolves.toBe("cURL code copied to the clipboard");
    const clip = await page.evaluate(() => navigator.clipboard.readText());
    expect(clip).toBe(await panel(pg).locator("pre").textContent());
    expect(clip).toContain("curl -sS");
    // Visible confirmation on the button itself, which keeps focus.
    await expect(page.evaluate(() => document.activeElement?.textContent?.trim())).resolves.toBe("Copied ✓");
    await page.close();
  });
});

describe("playground state in the link", () => {
  it("reproduces the form from the permalink, without the secret token", async () => {
    const { page, pg } = await open();
    await pg.getByRole("textbox", { name: "url", exact: true }).fill("https://bot.example.com/hook?x=1&y=ü");
    await pg.getByRole("textbox", { name: "max_connections" }).fill("12");
    await openUpdateTypes(pg);
    await pg.getByRole("checkbox", { name: "chat_member", exact: true }).check();
    await pg.getByRole("checkbox", { name: "message", exact: true }).check();
    await pg.getByRole("checkbox", { name: "drop_pending_updates", exact: true }).check();
    await pg.getByRole("textbox", { name: "secret_token" }).fill("TOP_secret-123");
    await pg.getByRole("tab", { name: "HTTP" }).click();
    await pg.getByLabel("GramIO runs on").selectOption("bun");
    // The link is written when typing pauses.
    await expect.poll(() => page.url()).toContain("tab=http&runtime=bun");
    const link = page.url();
    expect(link).not.toContain("TOP_secret");
    expect(link).not.toContain("secret_token");
    const storage = await page.evaluate(() => JSON.stringify({ ...localStorage, ...sessionStorage }));
    expect(storage).not.toContain("TOP_secret");
    // The same request as the link gives, which has no secret token.
    await pg.getByRole("textbox", { name: "secret_token" }).fill("");
    const before = await panel(pg).innerText();

    const again = await context.newPage();
    await again.goto(link);
    // It opens with the playground in the upper half of the screen (scrolled there, or beside
    // the reference on a wide one), on the tab the link was made on.
    const region = again.getByRole("region", { name: "setWebhook playground" });
    await region.locator('[role="tabpanel"] pre.shiki').waitFor();
    await expect.poll(() => region.evaluate((el) => el.getBoundingClientRect().top >= 0 && el.getBoundingClientRect().top < window.innerHeight / 2)).toBe(true);
    const pg2 = await playgroundReady(again);
    await expect(pg2.getByRole("textbox", { name: "url", exact: true }).inputValue()).resolves.toBe("https://bot.example.com/hook?x=1&y=ü");
    await expect(pg2.getByRole("textbox", { name: "max_connections" }).inputValue()).resolves.toBe("12");
    await expect(pg2.getByRole("checkbox", { name: "chat_member", exact: true }).isChecked()).resolves.toBe(true);
    await expect(pg2.getByRole("checkbox", { name: "message", exact: true }).isChecked()).resolves.toBe(true);
    await expect(pg2.getByRole("checkbox", { name: "poll", exact: true }).isChecked()).resolves.toBe(false);
    await expect(pg2.getByRole("checkbox", { name: "drop_pending_updates", exact: true }).isChecked()).resolves.toBe(true);
    await expect(pg2.getByLabel("GramIO runs on").inputValue()).resolves.toBe("bun");
    await expect(pg2.getByRole("tab", { name: "HTTP" }).getAttribute("aria-selected")).resolves.toBe("true");
    await expect(pg2.getByRole("textbox", { name: "secret_token" }).inputValue()).resolves.toBe("");
    expect(await panel(pg2).innerText()).toBe(before);
    await page.close();
    await again.close();
  });

  it("loads the valid part of a bad link with a visible notice", async () => {
    const errors: string[] = [];
    const { page, pg } = await open("?url=https%3A%2F%2Fok.example.com%2Fh&max_connections=%3Cscript%3E&secret_token=leak&evil=1");
    page.on("pageerror", (e) => errors.push(e.message));
    const notice = pg.getByRole("status").filter({ hasText: "could not be used" });
    await expect(notice.innerText()).resolves.toContain("Ignored secret_token from the link");
    await expect(pg.getByRole("textbox", { name: "url", exact: true }).inputValue()).resolves.toBe("https://ok.example.com/h");
    await expect(pg.getByRole("textbox", { name: "max_connections" }).inputValue()).resolves.toBe("");
    await expect(pg.getByRole("textbox", { name: "secret_token" }).inputValue()).resolves.toBe("");
    // Read once in the old format, then written in the generic one.
    expect(page.url()).toBe(`${PAGE}?${new URLSearchParams({ call: JSON.stringify({ url: "https://ok.example.com/h" }) })}`);
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe("playground accessibility", () => {
  for (const colorScheme of ["light", "dark"] as const) {
    it(`has no axe-core violations in ${colorScheme} mode, with errors and warnings shown`, async () => {
      const { page } = await open("?url=http%3A%2F%2Fexample.com%3A3000%2F&max_connections=150&allowed_updates=", { colorScheme });
      await expect(axeViolations(page, '[aria-label="setWebhook playground"]')).resolves.toEqual([]);
      await expect(axeViolations(page, ".vp-doc")).resolves.toEqual([]);
      await page.close();
    });
  }

  it("is usable by keyboard alone, with a visible focus ring", async () => {
    const { page, pg } = await open();
    await pg.getByRole("textbox", { name: "url", exact: true }).focus();
    await page.keyboard.type("https://bot.example.com/hook");
    const order: string[] = [];
    for (let i = 0; i < 40 && order.length < 12; i++) {
      await page.keyboard.press("Tab");
      const label = await page.evaluate(() => {
        const el = document.activeElement as HTMLElement | null;
        if (!el) return "";
        const style = getComputedStyle(el);
        const ring = style.outlineStyle !== "none" && style.outlineWidth !== "0px";
        return `${el.getAttribute("aria-label") ?? el.id ?? ""}|${el.textContent?.trim().slice(0, 20) ?? ""}|${ring}`;
      });
      order.push(label);
    }
    expect(order.every((o) => o.endsWith("|true")), order.join("\n")).toBe(true);
    expect(order.some((o) => o.startsWith("pg-certificate"))).toBe(true);
    expect(order.some((o) => o.startsWith("pg-ip_address"))).toBe(true);
    // Enter opens the update types, Space toggles a checkbox, Enter presses a button.
    await pg.locator("details.UpdateTypesPicker-types summary").focus();
    await page.keyboard.press("Enter");
    await pg.getByRole("checkbox", { name: "poll", exact: true }).focus();
    await page.keyboard.press("Space");
    await expect(panel(pg).innerText()).resolves.toContain('allowed_updates: ["poll"],');
    await pg.getByRole("button", { name: "Generate" }).focus();
    await page.keyboard.press("Enter");
    await expect(pg.getByRole("textbox", { name: "secret_token" }).inputValue()).resolves.toMatch(/^[\w-]{48}$/);
    await page.close();
  });
});

describe("a pasted megabyte", () => {
  it("leaves the page responsive: the code shows it, tabs switch, typing goes on", async () => {
    const { page, pg } = await open();
    const url = pg.getByRole("textbox", { name: "url", exact: true });
    const huge = `https://bot.example.com/${"a1/".repeat(350_000)}`;
    await url.fill(huge);
    await expect(panel(pg).locator("pre.shiki").innerText()).resolves.toContain("a1/a1/");
    for (const tab of ["HTTP", "cURL", "GramIO"]) {
      await pg.getByRole("tab", { name: tab }).click();
      await pg.locator('[role="tabpanel"] pre.shiki').waitFor();
    }
    await url.press("End");
    await page.keyboard.type("zz");
    await expect.poll(() => panel(pg).innerText().then((t) => t.includes('a1/zz",'))).toBe(true);
    // Said once the link is written, when typing pauses.
    await expect.poll(() => pg.getByText("The link in the address bar leaves out what it could not carry: url (longer than 4,096 characters).").count()).toBe(1);
    expect(page.url()).not.toContain("a1%2Fa1");
    await page.close();
  });
});
