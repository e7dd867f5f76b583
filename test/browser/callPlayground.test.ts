/**
 * The schema-driven playground on method pages: controls by type, nested paths as names,
 * the JSON escape hatch, outputs, links, sending with confirmation through the stand-in
 * Bot API, files, accessibility and narrow screens, and typing before it is live.
 */
import { beforeEach, describe, expect, inject, it } from "vitest";
import type { Locator, Page } from "playwright-core";
import { axeViolations } from "./axe";
import { browserAndApi, TEST_TOKEN as TOKEN } from "./browserAndApi";
import { holdRequests } from "./hold";

const baseURL = inject("baseURL");
const env = browserAndApi();
beforeEach(() => env.api.reset());

async function open(method: string, query = "", options: { colorScheme?: "light" | "dark"; width?: number } = {}): Promise<{ page: Page; pg: Locator }> {
  const page = await env.browser.newPage({ colorScheme: options.colorScheme ?? "light", viewport: { width: options.width ?? 1280, height: 900 } });
  await page.goto(`${baseURL}/methods/${method}${query}`);
  const pg = page.getByRole("region", { name: `${method} playground` });
  await pg.scrollIntoViewIfNeeded();
  await pg.locator('[role="tabpanel"] pre.shiki').waitFor();
  return { page, pg };
}

const code = (pg: Locator) => pg.getByRole("tabpanel").innerText();
const tab = (pg: Locator, name: string) => pg.getByRole("tab", { name, exact: true }).click();

/** An inline keyboard with one row of one button (callback data, as a new button starts). */
async function keyboard(pg: Locator): Promise<void> {
  await pg.getByRole("group", { name: /^reply_markup/ }).getByRole("combobox", { name: "reply_markup type" }).selectOption("InlineKeyboardMarkup");
  await pg.getByRole("button", { name: "Add row to reply_markup.inline_keyboard", exact: true }).click();
}

describe("a method page's playground", () => {
  it("gives the server's answer where its reading of a parameter refuses it, and the next answers in its order", async () => {
    const ban = await open("banChatMember", `?call=${encodeURIComponent(JSON.stringify({ chat_id: 1, user_id: 0 }))}`);
    await expect.poll(() => ban.pg.locator("#pg-user_id-msg").innerText()).toBe("Error: user_id: the server reads “0” as 0. The server answers “Bad Request: invalid user_id specified”.");
    await ban.pg.getByRole("textbox", { name: "user_id", exact: true }).fill("42");
    await expect.poll(() => ban.pg.locator("#pg-user_id-msg").count()).toBe(0);
    await ban.page.close();
    const invoice = await open("sendInvoice", `?call=${encodeURIComponent(JSON.stringify({ chat_id: 1, payload: "p", currency: "XTR", prices: [{ label: "A", amount: 1 }] }))}`);
    await expect.poll(() => invoice.pg.locator("#pg-title-msg").innerText()).toBe('Error: title: is required. The server answers “Bad Request: parameter "title" is required”.');
    await expect(invoice.pg.locator("#pg-description-msg").innerText()).resolves.toBe(
      'Next error: description: is required. Once the errors before it are fixed, the server answers “Bad Request: parameter "description" is required”.',
    );
    await invoice.page.close();
  });

  it("previews a formatted text: td's refusal with a one-click escape, the message drawn, its entities, and the text sent in another form", async () => {
    const { page, pg } = await open("sendMessage", `?call=${encodeURIComponent(JSON.stringify({ chat_id: 1, text: "*bold* and a.dot ||secret||", parse_mode: "MarkdownV2" }))}`);
    const preview = pg.locator("#pg-text-preview");
    await expect.poll(() => preview.locator(".FormattedPreview-refused").innerText()).toBe(
      "Telegram answers Bad Request: can't parse entities: Character '.' is reserved and must be escaped with the preceding '\\'\n\nCharacter 13: *bold* and a.dot ||secret||\n\nEscape what td refuses",
    );
    await preview.getByRole("button", { name: "Escape what td refuses" }).click();
    const text = pg.getByRole("textbox", { name: "text", exact: true });
    await expect.poll(() => text.inputValue()).toBe("*bold* and a\\.dot ||secret||");
    await expect.poll(() => preview.locator(".FormattedPreview-escaped").innerText()).toBe("Escaped 1 character with '\\'.");
    await expect.poll(() => pg.locator("#pg-text-msg").count()).toBe(0);
    const bubble = preview.getByRole("group", { name: "Message preview" });
    await expect.poll(() => bubble.innerHTML()).toContain("<strong>bold</strong> and a.dot ");
    // A spoiler is hidden until pressed.
    const spoiler = bubble.getByRole("button", { name: "Spoiler, hidden: press to show" });
    await spoiler.click();
    await expect.poll(() => bubble.locator(".tg-spoiler").getAttribute("aria-pressed")).toBe("true");
    await preview.getByText("Entities the server stores (2)").click();
    await expect.poll(() => preview.locator("tbody tr").allInnerTexts()).toEqual(["bold\t0\t4\tbold\t", "spoiler\t15\t6\tsecret\t"]);
    await expect(axeViolations(page, "#pg-text-preview")).resolves.toEqual([]);
    // Converted to HTML and sent so: the text, the parse mode and the message drawn follow.
    await preview.getByText("Convert to MarkdownV2, HTML, entities or GramIO format").click();
    await preview.getByRole("button", { name: "HTML", exact: true }).click();
    await expect.poll(() => preview.locator(".FormattedPreview-code").innerText()).toBe("<b>bold</b> and a.dot <tg-spoiler>secret</tg-spoiler>");
    await preview.getByRole("button", { name: "Send as HTML" }).click();
    await expect.poll(() => text.inputValue()).toBe("<b>bold</b> and a.dot <tg-spoiler>secret</tg-spoiler>");
    await expect.poll(() => pg.getByRole("combobox", { name: "parse_mode" }).inputValue()).toBe("HTML");
    await expect.poll(() => bubble.innerHTML()).toContain("<strong>bold</strong> and a.dot ");
    await preview.getByRole("button", { name: "GramIO format", exact: true }).click();
    await expect.poll(() => preview.locator(".FormattedPreview-code").innerText()).toBe('import { format, bold, spoiler } from "gramio";\n\nconst text = format`${bold("bold")} and a.dot ${spoiler("secret")}`;\n');
    await page.close();
  });

  it("shows an expandable quote's toggle only when the quote does not fit in its three collapsed lines", async () => {
    const { page, pg } = await open("sendMessage", `?call=${encodeURIComponent(JSON.stringify({ chat_id: 1, text: "**>short quote||", parse_mode: "MarkdownV2" }))}`);
    const bubble = pg.locator("#pg-text-preview").getByRole("group", { name: "Message preview" });
    const quote = bubble.locator(".tg-quote.is-expandable");
    await expect.poll(() => quote.getAttribute("data-fits")).toBe("");
    await expect(quote.getByRole("button", { name: "Show more" }).isVisible()).resolves.toBe(false);
    // Five lines: the toggle shows, opens the quote and closes it again.
    await pg.getByRole("textbox", { name: "text", exact: true }).fill("**>one\n>two\n>three\n>four\n>five||");
    await expect.poll(() => quote.getAttribute("data-fits")).toBeNull();
    await quote.getByRole("button", { name: "Show more" }).click();
    await expect.poll(() => quote.getByRole("button", { name: "Show less" }).getAttribute("aria-expanded")).toBe("true");
    await expect.poll(() => quote.innerText()).toContain("five");
    await page.close();
  });

  it("marks what an older Bot API server does not know: a newer parameter filled, a newer method", async () => {
    const call = { chat_id: 1, text: "hi", direct_messages_topic_id: 5, reply_parameters: { message_id: 2, checklist_task_id: 3 } };
    const { page, pg } = await open("sendMessage", `?call=${encodeURIComponent(JSON.stringify(call))}`);
    // Every control says since when its parameter or field exists.
    await expect(pg.locator("#pg-direct_messages_topic_id-hint").innerText()).resolves.toContain("since Bot API 9.2 (added after 8.3)");
    await expect(pg.locator("#pg-text-hint").innerText()).resolves.toContain("since Bot API 7.11 or earlier");
    await expect(pg.locator("#pg-reply_parameters-message_id-hint").textContent()).resolves.toContain("since Bot API 7.11 or earlier");
    await expect(pg.locator("#pg-reply_parameters-checklist_task_id-hint").textContent()).resolves.toContain("since Bot API 9.2 (added after 8.3)");
    const target = pg.getByRole("combobox", { name: "Target Bot API version" });
    await target.selectOption("8.3");
    await expect
      .poll(() => pg.locator("#pg-direct_messages_topic_id-msg").innerText())
      .toContain("direct_messages_topic_id: since Bot API 9.2 (added after 8.3). A server at Bot API 8.3 does not read it: the call goes without it.");
    await expect
      .poll(() => pg.locator("#pg-reply_parameters-checklist_task_id-msg").textContent())
      .toContain("reply_parameters.checklist_task_id: since Bot API 9.2 (added after 8.3).");
    // The target travels in the link, and a reader of the link aims where its writer did.
    await expect.poll(() => new URL(page.url()).searchParams.get("bot-api")).toBe("8.3");
    await page.reload();
    await expect.poll(() => pg.getByRole("combobox", { name: "Target Bot API version" }).inputValue()).toBe("8.3");
    await expect.poll(() => pg.locator("#pg-direct_messages_topic_id-msg").count()).toBe(1);
    await pg.getByRole("combobox", { name: "Target Bot API version" }).selectOption("");
    await expect.poll(() => pg.locator("#pg-direct_messages_topic_id-msg").count()).toBe(0);
    await expect.poll(() => new URL(page.url()).searchParams.get("bot-api")).toBeNull();
    await page.close();
    // A place that changed: its hint says how, and aimed before the change, what the older server wants.
    const edit = await open("editMessageText", `?bot-api=10.0&call=${encodeURIComponent(JSON.stringify({ chat_id: 1, message_id: 2 }))}`);
    await expect(edit.pg.locator("#pg-text-hint").innerText()).resolves.toContain("changed in Bot API 10.1: required → optional");
    await expect.poll(() => edit.pg.locator("#pg-text-msg").innerText()).toContain("text: a server at Bot API 10.0 requires it (optional since Bot API 10.1).");
    await edit.page.close();
    const webhook = await open("setWebhook");
    await expect(webhook.pg.locator("#pg-ip_address-hint").innerText()).resolves.toBe("A public IPv4 address to use instead of resolving the URL's host. Since Bot API 7.11 or earlier.");
    await webhook.page.close();
    const checklist = await open("sendChecklist");
    await checklist.pg.getByRole("combobox", { name: "Target Bot API version" }).selectOption("8.3");
    await expect
      .poll(() => checklist.pg.getByRole("status").filter({ hasText: "is since" }).innerText())
      .toBe("sendChecklist is since Bot API 9.2 (added after 8.3): a server at Bot API 8.3 does not have it and answers 404 “Not Found: method not found”.");
    await checklist.page.close();
  });

  it("parses a text with its parse mode as td does, and gives the server's answer at the character", async () => {
    const { page, pg } = await open("sendMessage", `?call=${encodeURIComponent(JSON.stringify({ chat_id: 1, text: "*bold* and a.dot", parse_mode: "MarkdownV2" }))}`);
    await expect
      .poll(() => pg.locator("#pg-text-msg").innerText())
      .toBe("Error: text: is not MarkdownV2 as td parses it: Character '.' is reserved and must be escaped with the preceding '\\' (character 13, “.”). The server answers “Bad Request: can't parse entities: Character '.' is reserved and must be escaped with the preceding '\\'”.");
    await pg.getByRole("textbox", { name: "text", exact: true }).fill("*bold* and a\\.dot");
    await expect.poll(() => pg.locator("#pg-text-msg").count()).toBe(0);
    // In HTML the same text parses.
    await pg.getByRole("textbox", { name: "text", exact: true }).fill("<b>bold</b> and a.dot");
    await pg.getByRole("combobox", { name: "parse_mode" }).selectOption("HTML");
    await expect.poll(() => pg.locator("#pg-text-msg").count()).toBe(0);
    await page.close();
  });

  it("names each control by its parameter and writes the GramIO call, the HTTP request and cURL", async () => {
    const { page, pg } = await open("sendMessage");
    // Filled out of order: the code follows the method's order.
    await pg.getByRole("textbox", { name: "text", exact: true }).fill("It's \"quoted\" $(x)");
    await pg.getByRole("textbox", { name: "chat_id", exact: true }).fill("-1001234567890");
    await pg.getByRole("combobox", { name: "parse_mode" }).selectOption("HTML");
    await expect.poll(() => code(pg)).toContain('await bot.api.sendMessage({\n    chat_id: -1001234567890,\n    text: "It\'s \\"quoted\\" $(x)",\n    parse_mode: "HTML",\n});');
    await tab(pg, "HTTP");
    await expect.poll(() => code(pg)).toContain('POST /bot<token>/sendMessage HTTP/1.1');
    await expect(code(pg)).resolves.toContain('{"chat_id":-1001234567890,"text":"It\'s \\"quoted\\" $(x)","parse_mode":"HTML"}');
    await tab(pg, "cURL");
    await expect.poll(() => code(pg)).toContain(`--data-raw '{"chat_id":-1001234567890,"text":"It'\\''s \\"quoted\\" $(x)","parse_mode":"HTML"}'`);
    await page.close();
  });

  it("labels a nested control by its own name, keeps the full path as its accessible name, and keeps labels whole at 320 px", async () => {
    for (const width of [1280, 320]) {
      const { page, pg } = await open("sendMessage", "?call=%7B%22chat_id%22%3A1%2C%22text%22%3A%22hi%22%7D", { width });
      await keyboard(pg);
      const button = pg.getByRole("textbox", { name: "reply_markup.inline_keyboard[0][0].text", exact: true });
      const id = await button.getAttribute("id");
      await expect(pg.locator(`label[for="${id}"]`).innerText()).resolves.toBe("text");
      // A name breaks only between its pieces (after _ and ., before [), never inside a word,
      // and never reaches past its row.
      const broken = await pg.locator(".CallField-name").evaluateAll((els) =>
        els
          .filter((el) => el.getClientRects().length > 0)
          .filter((el) => {
            const style = getComputedStyle(el);
            const row = el.parentElement!.getBoundingClientRect();
            return style.overflowWrap !== "normal" || style.wordBreak !== "normal" || el.getBoundingClientRect().right > row.right + 0.5;
          })
          .map((el) => el.textContent),
      );
      expect(broken, `${width} px`).toEqual([]);
      await pg.getByRole("combobox", { name: "reply_markup.inline_keyboard[0][0] kind", exact: true }).selectOption("switch_inline_query_chosen_chat");
      const chosen = pg.locator(".CallField-name", { hasText: /^switch_inline_query_chosen_chat$/ });
      await expect(chosen.evaluate((el) => el.querySelectorAll("wbr").length)).resolves.toBe(4);
      await page.close();
    }
  });

  it("builds nested values with controls named by their path, and validates them there", async () => {
    const { page, pg } = await open("sendMessage", "?call=%7B%22chat_id%22%3A1%2C%22text%22%3A%22hi%22%7D");
    await keyboard(pg);
    const button = pg.getByRole("textbox", { name: "reply_markup.inline_keyboard[0][0].text", exact: true });
    await expect(pg.getByRole("status").first().innerText()).resolves.toContain(
      "1 error: the server would refuse this request. First: reply_markup.inline_keyboard[0][0]: a button with only its text is refused",
    );
    await button.fill("Open");
    await pg.getByRole("combobox", { name: "reply_markup.inline_keyboard[0][0] kind", exact: true }).selectOption("url");
    await pg.getByRole("textbox", { name: "reply_markup.inline_keyboard[0][0].url", exact: true }).fill("https://gramio.dev");
    await expect.poll(() => code(pg)).toContain('inline_keyboard: [\n            [\n                {\n                    text: "Open",\n                    url: "https://gramio.dev",\n                },\n            ],\n        ],');
    await expect(button.getAttribute("aria-invalid")).resolves.toBeNull();
    await page.close();
  });

  it("edits a deep structure as JSON, keeping text that does not parse yet", async () => {
    const { page, pg } = await open("sendMessage", "?call=%7B%22chat_id%22%3A1%2C%22text%22%3A%22hi%22%7D");
    await pg.getByRole("button", { name: "Edit reply_markup as JSON" }).click();
    const json = pg.getByRole("textbox", { name: "reply_markup as JSON" });
    await json.fill('{"inline_keyboard": [[{"text": "A", "callback_data": "a"}]');
    await pg.getByText("Not valid JSON yet:").waitFor();
    await expect(json.inputValue()).resolves.toBe('{"inline_keyboard": [[{"text": "A", "callback_data": "a"}]');
    await json.fill('{"inline_keyboard": [[{"text": "A", "callback_data": "a"}]]}');
    await expect.poll(() => code(pg)).toContain('callback_data: "a",');
    await pg.getByRole("button", { name: "Edit reply_markup as JSON" }).click();
    await expect(pg.getByRole("textbox", { name: "reply_markup.inline_keyboard[0][0].callback_data", exact: true }).inputValue()).resolves.toBe("a");
    await page.close();
  });

  it("shows exactly the code it copies while lines are added, changed and removed", async () => {
    const { page, pg } = await open("sendMessage");
    await page.context().grantPermissions(["clipboard-read", "clipboard-write"], { origin: baseURL });
    const shown = () => pg.locator('[role="tabpanel"] pre.shiki code').evaluate((el) => el.textContent);
    const copied = async () => {
      await pg.getByRole("button", { name: "Copy", exact: true }).click();
      return page.evaluate(() => navigator.clipboard.readText());
    };
    const steps: [string, () => Promise<unknown>][] = [
      ["chat_id", () => pg.getByRole("textbox", { name: "chat_id", exact: true }).fill("-1001234567890")],
      ["text", () => pg.getByRole("textbox", { name: "text", exact: true }).pressSequentially("Hi <b>x</b> & 'y'")],
      ["keyboard", () => keyboard(pg)],
      ["HTTP (fewer lines)", () => tab(pg, "HTTP")],
      ["cURL", () => tab(pg, "cURL")],
      ["GramIO (more lines)", () => tab(pg, "GramIO")],
      ["text removed", () => pg.getByRole("textbox", { name: "text", exact: true }).fill("")],
    ];
    const lines = new Set<number>();
    for (const [name, step] of steps) {
      await step();
      const text = await copied();
      await expect.poll(shown, { message: name }).toBe(text);
      lines.add(text.split("\n").length);
    }
    // The steps did add and remove lines.
    expect(lines.size, [...lines].join()).toBeGreaterThan(2);
    await page.close();
  });

  it("keeps the call in the link, and opens a link on it", async () => {
    const { page, pg } = await open("sendMessage");
    await pg.getByRole("textbox", { name: "chat_id", exact: true }).fill("@gramio_chat");
    await pg.getByRole("textbox", { name: "text", exact: true }).fill("Hello");
    await tab(pg, "cURL");
    await expect.poll(() => new URL(page.url()).searchParams.get("call")).toBe('{"chat_id":"@gramio_chat","text":"Hello"}');
    await expect.poll(() => new URL(page.url()).searchParams.get("tab")).toBe("curl");
    const again = await open("sendMessage", new URL(page.url()).search);
    await expect(again.pg.getByRole("textbox", { name: "chat_id", exact: true }).inputValue()).resolves.toBe("@gramio_chat");
    await expect(again.pg.getByRole("tab", { name: "cURL" }).getAttribute("aria-selected")).resolves.toBe("true");
    await again.page.close();
    const broken = await open("sendMessage", "?call=%7Bnope&tab=evil");
    await expect(broken.pg.getByRole("status").first().innerText()).resolves.toContain("The link's call is not valid JSON; it was ignored.");
    await broken.page.close();
    await page.close();
  });
});

describe("sending any method", () => {
  async function ready(method: string, query = "") {
    const ctx = await open(method, query);
    await ctx.pg.getByLabel("Bot API server").fill(env.api.origin);
    await ctx.pg.getByLabel("Bot token").fill(TOKEN);
    return ctx;
  }

  it("asks before sendMessage, sends a form body, and shows the answer as a Message", async () => {
    const { page, pg } = await ready("sendMessage", "?call=%7B%22chat_id%22%3A77%2C%22text%22%3A%22Hello%20%F0%9F%8E%89%22%7D");
    await keyboard(pg);
    await pg.getByRole("textbox", { name: "reply_markup.inline_keyboard[0][0].text", exact: true }).fill("Open");
    await pg.getByRole("textbox", { name: "reply_markup.inline_keyboard[0][0].callback_data", exact: true }).fill("open");
    await pg.getByRole("button", { name: "Send sendMessage", exact: true }).click();
    const dialog = pg.getByRole("alertdialog");
    await expect(dialog.innerText()).resolves.toContain("sendMessage acts for real with your bot");
    expect(env.api.sent).toHaveLength(0);
    await dialog.getByRole("button", { name: "Send sendMessage for real" }).click();
    const result = pg.getByRole("group", { name: "Result: Message" });
    await result.waitFor();
    await expect(result.innerText()).resolves.toMatch(/message_id\s+1/);
    expect(env.api.sent).toEqual([{ chat_id: "77", text: "Hello 🎉", reply_markup: '{"inline_keyboard":[[{"text":"Open","callback_data":"open"}]]}' }]);
    await page.close();
  });

  it("cancels at the question, sends reads at once, and explains logOut first", async () => {
    const { page, pg } = await ready("sendMessage", "?call=%7B%22chat_id%22%3A77%2C%22text%22%3A%22x%22%7D");
    await pg.getByRole("button", { name: "Send sendMessage", exact: true }).click();
    await pg.getByRole("alertdialog").getByRole("button", { name: "Cancel" }).click();
    await expect(pg.getByRole("alertdialog").count()).resolves.toBe(0);
    expect(env.api.sent).toHaveLength(0);
    await page.close();

    const me = await ready("getMe");
    await me.pg.getByRole("button", { name: "Send getMe", exact: true }).click();
    await me.pg.getByRole("group", { name: "Result: User" }).getByText("standin_bot").waitFor();
    await me.page.close();

    const out = await ready("logOut");
    await out.pg.getByRole("button", { name: "Send logOut", exact: true }).click();
    const dialog = out.pg.getByRole("alertdialog");
    await expect(dialog.innerText()).resolves.toContain("cannot log back in to the cloud Bot API server for 10 minutes");
    expect(env.api.log.filter((l) => l.method === "logout")).toHaveLength(0);
    await dialog.getByRole("button", { name: "Send logOut for real" }).click();
    await out.pg.getByText("logOut: ok: true").waitFor();
    await out.page.close();
  });

  it("refuses to send with an error, and shows the server's refusal", async () => {
    const { page, pg } = await ready("sendMessage", "?call=%7B%22chat_id%22%3A77%7D");
    await expect(pg.getByRole("button", { name: "Send sendMessage", exact: true }).isDisabled()).resolves.toBe(true);
    await expect(pg.locator("#pg-send-reason").innerText()).resolves.toBe("Fix the error above first: the server would refuse this request.");
    // Too long once td has parsed and trimmed it: refused once the chat is found, so not sent either.
    await pg.getByRole("textbox", { name: "text", exact: true }).fill(`*${"x".repeat(4097)}*`);
    await pg.getByRole("combobox", { name: "parse_mode" }).selectOption("MarkdownV2");
    await expect.poll(() => pg.locator("#pg-text-msg").innerText()).toContain("The server answers “Bad Request: message is too long”.");
    await expect(pg.getByRole("button", { name: "Send sendMessage", exact: true }).isDisabled()).resolves.toBe(true);
    // What only the chat's lookup tells: sent, and the server's refusal shown.
    await pg.getByRole("textbox", { name: "text", exact: true }).fill(`*${"x".repeat(4096)}*`);
    await pg.getByRole("textbox", { name: "chat_id", exact: true }).fill("@no_such_channel");
    await pg.getByRole("button", { name: "Send sendMessage", exact: true }).click();
    await pg.getByRole("alertdialog").getByRole("button", { name: "Send sendMessage for real" }).click();
    await pg.getByText("description: “Bad Request: chat not found”").waitFor();
    await expect(pg.locator(".CallSend-failure").innerText()).resolves.toBe("The server refused a parameter: its description above names it.");
    await page.close();
  });

  it("uploads a picked photo as multipart, in the code and for real", async () => {
    const { page, pg } = await ready("sendPhoto", "?call=%7B%22chat_id%22%3A5%7D");
    await pg.getByLabel("photo", { exact: true }).setInputFiles({ name: "cat pic.jpg", mimeType: "image/jpeg", buffer: Buffer.from("JPEGDATA") });
    await expect.poll(() => code(pg)).toContain('photo: await MediaUpload.path("./cat pic.jpg"),');
    await tab(pg, "HTTP");
    await expect.poll(() => code(pg)).toContain("POST /bot<token>/sendPhoto?chat_id=5 HTTP/1.1");
    await expect(code(pg)).resolves.toContain('Content-Disposition: form-data; name="photo"; filename="cat pic.jpg"\nContent-Type: application/octet-stream\n\n[8 bytes of cat pic.jpg]');
    await pg.getByRole("button", { name: "Send sendPhoto", exact: true }).click();
    await pg.getByRole("alertdialog").getByRole("button", { name: "Send sendPhoto for real" }).click();
    await pg.getByRole("group", { name: "Result: Message" }).waitFor();
    expect(env.api.sent).toEqual([{ chat_id: "5", photo: { name: "cat pic.jpg", size: 8, text: "JPEGDATA" } }]);
    await page.close();
  });
});

describe("accessibility and layout", () => {
  for (const colorScheme of ["light", "dark"] as const) {
    it(`has no axe violations with nested controls and every tab, in ${colorScheme} mode`, async () => {
      const { page, pg } = await open("sendMessage", "?call=%7B%22chat_id%22%3A1%7D", { colorScheme });
      await keyboard(pg);
      for (const name of ["GramIO", "HTTP", "cURL"]) {
        await tab(pg, name);
        await expect(axeViolations(page, '[aria-label="sendMessage playground"]')).resolves.toEqual([]);
      }
      await page.close();
    });
  }

  for (const width of [320, 360, 375]) {
    it(`fits ${width} px with nested controls open`, async () => {
      const { page, pg } = await open("sendMessage", "?call=%7B%22chat_id%22%3A1%7D", { width });
      await keyboard(pg);
      await pg.getByText("icon_custom_emoji_id, style").click();
      await pg.getByRole("combobox", { name: "reply_markup.inline_keyboard[0][0] kind", exact: true }).selectOption("switch_inline_query_chosen_chat");
      const overflow = await page.evaluate(() => {
        const limit = document.documentElement.clientWidth;
        return [...document.querySelectorAll(".CallPlayground *")]
          .filter((e) => !e.closest("pre") && e.getBoundingClientRect().right > limit + 1)
          .map((e) => `${e.tagName}.${e.className}`);
      });
      expect(overflow).toEqual([]);
      await expect(page.evaluate(() => document.documentElement.scrollWidth)).resolves.toBe(width);
      await page.close();
    });
  }
});

describe("typing before the playground is live", () => {
  it("keeps what was typed into the server-rendered form", async () => {
    const page = await env.browser.newPage();
    const hold = await holdRequests(page, /\/CallPlayground(Form)?\.[\w-]+\.js$/);
    await page.goto(`${baseURL}/methods/sendMessage`);
    const form = page.locator(".CallPlayground");
    await form.scrollIntoViewIfNeeded();
    await expect.poll(() => hold.requested()).toBe(true);
    await expect(form.locator("pre.shiki").count()).resolves.toBe(0);
    await page.locator("#pg-chat_id").fill("@early");
    await page.locator("#pg-text").fill("typed early");
    await page.locator("#pg-parse_mode").selectOption("MarkdownV2");
    hold.release();
    const live = page.getByRole("region", { name: "sendMessage playground" });
    await live.locator('[role="tabpanel"] pre.shiki').waitFor();
    await expect.poll(() => code(live)).toContain('chat_id: "@early",\n    text: "typed early",\n    parse_mode: "MarkdownV2",');
    await expect(page.locator("#pg-text").inputValue()).resolves.toBe("typed early");
    await page.close();
  });
});

describe("keyboard", () => {
  it("moves focus to what was added, and back to the add button after a removal", async () => {
    const { page, pg } = await open("sendMessage", "?call=%7B%22chat_id%22%3A1%2C%22text%22%3A%22hi%22%7D");
    await pg.getByRole("button", { name: "Add link_preview_options" }).focus();
    await page.keyboard.press("Enter");
    // LinkPreviewOptions shows its five fields at once (playground/objects/LinkPreviewOptions.ts).
    await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe("pg-link_preview_options-is_disabled");
    await pg.getByRole("button", { name: "Remove link_preview_options" }).focus();
    await page.keyboard.press("Enter");
    await expect(page.evaluate(() => document.activeElement?.textContent?.trim())).resolves.toBe("Add link_preview_options");
    await pg.getByRole("button", { name: "Add item to entities" }).focus();
    await page.keyboard.press("Enter");
    await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe("pg-entities-0-type");
    await pg.getByRole("button", { name: "Remove entities[0]" }).focus();
    await page.keyboard.press("Enter");
    await expect(page.evaluate(() => document.activeElement?.textContent?.trim())).resolves.toBe("Add item to entities");
    await page.close();
  });
});
