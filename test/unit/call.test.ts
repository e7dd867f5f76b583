import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { answerTree, MAX_ANSWER_NODES } from "../../playground/call/answer";
import { confirmationFor } from "../../playground/call/confirm";
import { formEntries, hasFiles } from "../../playground/call/form";
import { decodeCall, encodeCall, linkable } from "../../playground/call/link";
import { numberFromText } from "../../playground/call/numbers";
import { getAt, pathText, removeAt, setAt } from "../../playground/call/paths";
import { validateCall } from "../../playground/call/validate";
import { SCHEMA_FILE } from "../../playground/schema/fromGramioTypes";
import type { BotApiSchema } from "../../playground/schema/model";
import { sliceFor } from "../../playground/schema/slice";

const schema = JSON.parse(readFileSync(SCHEMA_FILE, "utf8")) as BotApiSchema;
const sendMessage = sliceFor(schema, "sendMessage");
const sendMediaGroup = sliceFor(schema, "sendMediaGroup");
const getUpdates = sliceFor(schema, "getUpdates");

describe("paths", () => {
  it("names places as the controls are named", () => {
    expect(pathText(["reply_markup", "inline_keyboard", 0, 1, "text"])).toBe("reply_markup.inline_keyboard[0][1].text");
  });
  it("sets, gets and removes without touching the original", () => {
    const tree = { a: 1 };
    const next = setAt(tree, ["reply_markup", "inline_keyboard", 0, 0, "text"], "Hi");
    expect(tree).toEqual({ a: 1 });
    expect(next).toEqual({ a: 1, reply_markup: { inline_keyboard: [[{ text: "Hi" }]] } });
    expect(getAt(next, ["reply_markup", "inline_keyboard", 0, 0, "text"])).toBe("Hi");
    expect(setAt(next, ["a"], undefined)).toEqual({ reply_markup: { inline_keyboard: [[{ text: "Hi" }]] } });
    expect(removeAt({ l: [1, 2, 3] }, ["l"], 1)).toEqual({ l: [1, 3] });
  });
  it("puts parameters in the method's order, whatever order they were filled in", async () => {
    const { inFieldOrder } = await import("../../playground/call/paths");
    const filled = { text: "hi", parse_mode: "HTML", chat_id: 1, unknown: 2, reply_markup: undefined };
    expect(Object.keys(inFieldOrder(sendMessage.method.fields, filled))).toEqual(["chat_id", "text", "parse_mode", "unknown"]);
  });

  it("keeps typed text that is not a number", () => {
    expect(numberFromText("42")).toBe(42);
    expect(numberFromText(" -1001234567890 ")).toBe(-1001234567890);
    expect(numberFromText("4e")).toBe("4e");
    expect(numberFromText("@channel")).toBe("@channel");
    expect(numberFromText("")).toBeUndefined();
    expect(numberFromText("1e400")).toBe("1e400");
  });
});

describe("validateCall", () => {
  it("names missing required parameters", () => {
    expect(validateCall(sendMessage, {})).toEqual([
      { path: "chat_id", severity: "error", message: "chat_id is required." },
      { path: "text", severity: "error", message: "text is required." },
    ]);
  });

  it("checks kinds, enums, lengths and ranges with exact words", () => {
    expect(validateCall(sendMessage, { chat_id: 1, text: "x".repeat(4097), parse_mode: "html" })).toEqual([
      { path: "text", severity: "warning", message: "text: the server takes 1-4096 characters (after entities parsing); this has 4,097." },
      { path: "parse_mode", severity: "error", message: "parse_mode: must be one of “HTML”, “MarkdownV2”, “Markdown”." },
    ]);
    expect(validateCall(getUpdates, { limit: 101, timeout: "4e" })).toEqual([
      { path: "limit", severity: "error", message: "limit: must be between 1 and 100." },
      { path: "timeout", severity: "error", message: "timeout: “4e” is not a number." },
    ]);
  });

  it("walks into objects, lists and unions, naming each place by its path", () => {
    const issues = validateCall(sendMessage, {
      chat_id: 1,
      text: "hi",
      reply_markup: { inline_keyboard: [[{ text: "Open", url: 5 }, {}]] },
    });
    expect(issues).toEqual([
      { path: "reply_markup.inline_keyboard[0][0].url", severity: "error", message: "reply_markup.inline_keyboard[0][0].url: expected text, got a number." },
      { path: "reply_markup.inline_keyboard[0][1].text", severity: "error", message: "reply_markup.inline_keyboard[0][1].text is required." },
    ]);
    expect(validateCall(sendMessage, { chat_id: true, text: "hi" })).toEqual([
      { path: "chat_id", severity: "error", message: "chat_id: expected Number or String, got a boolean." },
    ]);
    expect(validateCall(sendMessage, { chat_id: 1, text: "hi", reply_markup: { inline_keyboard: [[{ text: "Open", url: "https://x" }, { url: "https://y" }]] } })).toEqual([
      { path: "reply_markup.inline_keyboard[0][1].text", severity: "error", message: "reply_markup.inline_keyboard[0][1].text is required." },
    ]);
    expect(validateCall(sendMediaGroup, { chat_id: 1, media: [{ type: "photo", media: "AgAC" }] })).toEqual([
      { path: "media", severity: "error", message: "media: needs 2-10 items; it has 1." },
    ]);
  });

  it("warns about a field the type does not have", () => {
    expect(validateCall(sendMessage, { chat_id: 1, text: "hi", link_preview_options: { is_disabled: true, colour: "red" } })).toEqual([
      { path: "link_preview_options.colour", severity: "warning", message: "link_preview_options.colour: LinkPreviewOptions has no such field; the server ignores it." },
    ]);
  });
});

describe("formEntries: what the browser sends", () => {
  it("writes objects as JSON and files under their names or as attach://", () => {
    const photo = { id: "u1", name: "a.jpg" };
    const entries = formEntries(sendMediaGroup, {
      chat_id: 1,
      media: [
        { type: "photo", media: photo },
        { type: "photo", media: "AgAC" },
      ],
    });
    expect(entries).toEqual([
      ["chat_id", "1"],
      ["media", '[{"type":"photo","media":"attach://file-0"},{"type":"photo","media":"AgAC"}]'],
      ["file-0", photo],
    ]);
    expect(hasFiles(entries)).toBe(true);
    const sendPhoto = sliceFor(schema, "sendPhoto");
    expect(formEntries(sendPhoto, { chat_id: "@c", photo })).toEqual([
      ["chat_id", "@c"],
      ["photo", photo],
    ]);
    expect(hasFiles(formEntries(sendMessage, { chat_id: 1, text: "a" }))).toBe(false);
  });
});

describe("confirmations", () => {
  it("sends reads at once, asks before anything else, and explains logOut and close", () => {
    expect(confirmationFor("getMe")).toEqual({ kind: "none" });
    expect(confirmationFor("getChatMember")).toEqual({ kind: "none" });
    expect(confirmationFor("sendMessage")).toEqual({
      kind: "confirm",
      question: "sendMessage acts for real with your bot: it can change what people see, and may not be undone. Send it?",
    });
    for (const m of ["deleteMessage", "banChatMember", "leaveChat", "revokeChatInviteLink", "setMyName", "exportChatInviteLink", "getUpdates"])
      expect(confirmationFor(m).kind, m).toBe("confirm");
    expect(confirmationFor("logOut")).toMatchObject({ kind: "explain", question: "Log the bot out of the cloud Bot API server?" });
    expect(confirmationFor("close")).toMatchObject({ kind: "explain" });
  });
  it("asks before every method that is not a read, across the whole schema", () => {
    for (const m of schema.methods) {
      const kind = confirmationFor(m.name).kind;
      expect(kind === "none", m.name).toBe(m.name.startsWith("get") && m.name !== "getUpdates");
    }
  });
});

describe("links", () => {
  it("carries the tree, tab and runtime, and reads them back", () => {
    const state = { params: { chat_id: -100123, text: "Hi & bye", reply_markup: { inline_keyboard: [[{ text: "a", callback_data: "b" }]] } }, tab: "curl" as const, runtime: "bun" as const };
    const search = encodeCall(sendMessage.method, state);
    expect(search).toBe(`call=${encodeURIComponent(JSON.stringify(state.params)).replaceAll("%20", "+")}&tab=curl&runtime=bun`);
    expect(decodeCall(sendMessage.method, search)).toEqual({ ...state, notices: [] });
  });
  it("leaves out files, secrets and very long values, and says so", () => {
    expect(linkable({ name: "setWebhook" }, { url: "https://a", secret_token: "s", certificate: { name: "c.pem" } })).toEqual({
      params: { url: "https://a" },
      leftOut: ["secret_token (a secret)", "certificate (a file)"],
    });
    expect(linkable({ name: "sendMessage" }, { chat_id: 1, text: "x".repeat(2049) }).leftOut).toEqual(["text (longer than 2,048 characters)"]);
  });
  it("never throws on a broken link", () => {
    expect(decodeCall(sendMessage.method, "call=%7Bnot-json&tab=evil")).toEqual({
      params: {},
      tab: "gramio",
      runtime: "node",
      notices: ["The link's call is not valid JSON; it was ignored.", "There is no “evil” tab; the GramIO tab is shown."],
    });
    expect(decodeCall(sendMessage.method, "call=%7B%22nope%22%3A1%7D").notices).toEqual(["sendMessage has no parameter “nope”; it was ignored."]);
    const deep = `call=${encodeURIComponent(`{"chat_id":1,"entities":${"[".repeat(5000)}${"]".repeat(5000)}}`)}`;
    expect(decodeCall(sendMessage.method, deep)).toMatchObject({ params: { chat_id: 1 }, notices: ["The link's entities nests deeper than 32 levels; it was ignored."] });
  });
});

describe("answerTree", () => {
  it("shows objects as fields and lists as numbered items", () => {
    expect(answerTree({ message_id: 5, chat: { id: 1 }, photo: [{ w: 1 }] }).root).toEqual({
      label: "result",
      shape: "object",
      children: [
        { label: "message_id", text: "5" },
        { label: "chat", shape: "object", children: [{ label: "id", text: "1" }] },
        { label: "photo", shape: "list", children: [{ label: "1", shape: "object", children: [{ label: "w", text: "1" }] }] },
      ],
    });
  });
  it("bounds a huge answer", () => {
    const { omitted } = answerTree(Array.from({ length: 1000 }, (_, i) => i));
    expect(omitted).toBe(1001 - MAX_ANSWER_NODES);
  });
});

describe("the request builder on a form's state", () => {
  it("reads values behind a proxy, as a Vue store holds them", async () => {
    const { buildMethodRequest } = await import("../../playground/request");
    const { reactive } = await import("vue");
    const slice = sliceFor(schema, "setWebhook");
    const params = reactive({ url: "https://a.example/h", certificate: { name: "c.pem", size: 3, text: "pem" } });
    const built = buildMethodRequest(slice, params, { runtime: "node", token: "t" });
    expect(built.request?.body).toMatchObject({ kind: "multipart", parts: [{ name: "certificate", filename: "c.pem", content: "pem" }] });
  });
});

describe("overlays: per-method server-exact rules over the schema", () => {
  it("gives setWebhook's playground the server's own checks, labels and order, not the schema's", async () => {
    const { OVERLAY_LOADERS, overlaidIssues } = await import("../../playground/overlays");
    const overlay = await OVERLAY_LOADERS.setWebhook!();
    const setWebhook = sliceFor(schema, "setWebhook");
    const issuesOf = (params: Record<string, unknown>) => overlaidIssues(validateCall(setWebhook, params), overlay, params);
    // The schema calls url required; the server takes "" (it removes the webhook).
    expect(validateCall(setWebhook, { url: "" })).toEqual([{ path: "url", severity: "error", message: "url is required." }]);
    expect(issuesOf({ url: "" }).filter((i) => i.severity === "error")).toEqual([]);
    // Server-exact texts and the order the server checks in.
    expect(issuesOf({ url: "http://example.com/hook", max_connections: "4e" })).toEqual([
      {
        path: "url",
        severity: "error",
        label: "Error",
        message: "Use https:// instead of http://: webhooks are delivered over HTTPS only. The server answers “Bad Request: bad webhook: An HTTPS URL must be provided for webhook”.",
      },
      expect.objectContaining({ path: "max_connections" }),
    ]);
    expect(issuesOf({ url: "http://example.com/hook", max_connections: "4e" }).some((i) => i.message.includes("is not a number"))).toBe(false);
  });

  it("reads a valid secret token from WEBHOOK_SECRET in copied code, through the overlay", async () => {
    const { OVERLAY_LOADERS } = await import("../../playground/overlays");
    const overlay = await OVERLAY_LOADERS.setWebhook!();
    expect(overlay.fromEnv!({ url: "https://a", secret_token: "Abc_123" })).toEqual({ secret_token: "WEBHOOK_SECRET" });
    expect(overlay.fromEnv!({ url: "https://a", secret_token: "bad token!" })).toEqual({});
  });

  it("sends url always, keeps max_connections as typed unless whole, and reads old setWebhook links", async () => {
    const { setWebhookOverlay } = await import("../../playground/overlays/setWebhook");
    expect(setWebhookOverlay.normalize!({ secret_token: "s", max_connections: " 1.5 ", drop_pending_updates: false })).toEqual({ url: "", max_connections: "1.5", secret_token: "s" });
    expect(setWebhookOverlay.parse!.max_connections!(" 10 ")).toBe(10);
    const link = setWebhookOverlay.link!.decode("?url=https%3A%2F%2Fa.example%2Fh&allowed_updates=message&tab=curl&secret_token=x");
    expect(link).toEqual({
      params: { url: "https://a.example/h", allowed_updates: ["message"] },
      tab: "curl",
      runtime: "node",
      notices: ["Ignored secret_token from the link: secrets are never taken from or put into links."],
    });
    expect(setWebhookOverlay.link!.encode({ params: link.params, tab: "curl", runtime: "bun" })).toBe("url=https%3A%2F%2Fa.example%2Fh&allowed_updates=message&runtime=bun&tab=curl");
  });
});
