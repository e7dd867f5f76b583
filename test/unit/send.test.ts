import { describe, expect, it } from "vitest";
import { apiUrl, checkBotToken, clip, explainFailure, explainResult, formatCountdown, looksLikeBotToken, parseAnswer, parseApiBase, retryAfter, send, type Fetch } from "../../playground/send";

const TOKEN = "123456789:AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw";

describe("checkBotToken", () => {
  it("accepts a BotFather token", () => {
    expect(checkBotToken(TOKEN)).toBeUndefined();
  });
  it("refuses, before sending, what could change the request's path or query", () => {
    expect(checkBotToken(`${TOKEN}/deleteWebhook?drop_pending_updates=true#`)).toEqual({
      message: "A bot token holds only digits, a colon, letters, _ and -; this one has “/”, “?”, “=”, so it is not sent.",
    });
    expect(checkBotToken("123 456:abc")?.message).toContain("a space");
  });
  it("says what the server would answer, for each of its own rules", () => {
    expect(checkBotToken("0123:abc")).toEqual({
      answer: "Unauthorized: invalid token specified",
      message: "The token starts with 0. The server would answer “Unauthorized: invalid token specified”.",
    });
    expect(checkBotToken(`1:${"a".repeat(80)}`)?.message).toBe("The token is longer than 80 characters. The server would answer “Unauthorized: invalid token specified”.");
    expect(checkBotToken("123abc")?.message).toBe("The token has no colon. The server would answer “Unauthorized: invalid token specified”.");
    expect(checkBotToken("12a:abc")).toEqual({
      answer: "Misdirected Request: unallowed token specified",
      message: "The part before the colon is not a number. The server would answer “Misdirected Request: unallowed token specified”.",
    });
    expect(checkBotToken(`${2 ** 54}:abc`)?.answer).toBe("Unauthorized: invalid token specified");
    expect(checkBotToken("18014398509481983:abc")).toBeUndefined();
    expect(checkBotToken("18014398509481984:abc")?.answer).toBe("Unauthorized: invalid token specified");
  });
});

describe("apiUrl", () => {
  it("builds the method URL with the token's parts encoded", () => {
    expect(apiUrl("https://api.telegram.org", "1:x", "getWebhookInfo")).toBe("https://api.telegram.org/bot1:x/getWebhookInfo");
    expect(apiUrl("https://a", "1:x/y?z#", "setWebhook")).toBe("https://a/bot1:x%2Fy%3Fz%23/setWebhook");
  });
});

describe("retryAfter", () => {
  const answer = (status: number, value: unknown) => ({ ok: false, status, errorCode: status, retryAfter: value as number });
  it("honours a sane retry_after on 429 only", () => {
    expect(retryAfter(answer(429, 1))).toBe(1);
    expect(retryAfter(answer(429, 2.2))).toBe(3);
    expect(retryAfter(answer(400, 30))).toBeUndefined();
  });
  it("bounds hostile values", () => {
    expect(retryAfter(answer(429, 1e12))).toBe(3600);
    expect(retryAfter(answer(429, Infinity))).toBe(1);
    expect(retryAfter(answer(429, -5))).toBe(1);
    expect(retryAfter(answer(429, Number.NaN))).toBe(1);
    expect(retryAfter(answer(429, undefined))).toBe(1);
  });
  it("formats the countdown", () => {
    expect(formatCountdown(42)).toBe("42 s");
    expect(formatCountdown(3600)).toBe("60 min 00 s");
    expect(formatCountdown(185)).toBe("3 min 05 s");
  });
});

describe("send", () => {
  const signal = () => new AbortController().signal;
  const respond = (response: Response): Fetch => async () => response;

  it("reads a Bot API answer", async () => {
    const result = await send({ fetch: respond(Response.json({ ok: true, result: true, description: "Webhook was set" })), url: "u", signal: signal() });
    expect(result).toEqual({ kind: "answer", answer: { ok: true, status: 200, description: "Webhook was set", errorCode: undefined, retryAfter: undefined, result: true } });
  });
  it("asks fetch not to follow redirects and reports one", async () => {
    let init: RequestInit | undefined;
    const fetch: Fetch = async (_, i) => ((init = i), new Response(null, { status: 307, headers: { location: "https://evil.example/" } }));
    expect(await send({ fetch, url: "u", signal: signal() })).toEqual({ kind: "redirect", status: 307 });
    expect(init).toMatchObject({ method: "POST", redirect: "manual", credentials: "omit" });
    expect(explainResult({ kind: "redirect", status: 0 }, "setWebhook", "https://x", false)).toBe(
      "https://x answered with a redirect. The playground does not follow redirects, so nothing was sent on: check the server address (a Bot API server never redirects).",
    );
  });
  it("calls a cancel while the body arrives a cancel", async () => {
    const controller = new AbortController();
    const body = new ReadableStream({
      start(c) {
        c.enqueue(new TextEncoder().encode('{"ok":tr'));
        controller.abort();
        c.error(new DOMException("The operation was aborted.", "AbortError"));
      },
    });
    expect(await send({ fetch: respond(new Response(body)), url: "u", signal: controller.signal })).toEqual({ kind: "cancelled" });
  });
  it("tells a failed connection from a cancel", async () => {
    const controller = new AbortController();
    const refuse: Fetch = async () => {
      throw new TypeError("Failed to fetch");
    };
    expect(await send({ fetch: refuse, url: "u", signal: controller.signal })).toEqual({ kind: "network" });
    controller.abort();
    const cancelled: Fetch = async () => {
      throw new DOMException("aborted", "AbortError");
    };
    expect(await send({ fetch: cancelled, url: "u", signal: controller.signal })).toEqual({ kind: "cancelled" });
  });
  it("names an answer that is not the Bot API's", async () => {
    expect(await send({ fetch: respond(new Response("<html>", { status: 200 })), url: "u", signal: signal() })).toEqual({ kind: "not-bot-api", status: 200, reason: "a body that is not JSON" });
    expect(await send({ fetch: respond(new Response("", { status: 502 })), url: "u", signal: signal() })).toEqual({ kind: "not-bot-api", status: 502, reason: "an empty body" });
    expect(await send({ fetch: respond(Response.json([1])), url: "u", signal: signal() })).toEqual({ kind: "not-bot-api", status: 200, reason: "JSON without the Bot API's ok field" });
    expect(explainResult({ kind: "not-bot-api", status: 502, reason: "an empty body" }, "getWebhookInfo", "https://x", true)).toBe(
      "https://x answered 502 with an empty body, not a Bot API response: check the server address.",
    );
  });
});

describe("clip", () => {
  it("folds what is past the limit", () => {
    expect(clip("abcdef", 4)).toEqual({ shown: "abcd", rest: "ef" });
    expect(clip("abc", 4)).toEqual({ shown: "abc", rest: "" });
  });
});

describe("parseApiBase", () => {
  it("accepts the official and a self-hosted server, without a trailing slash", () => {
    expect(parseApiBase("https://api.telegram.org/")).toEqual({ ok: true, base: "https://api.telegram.org" });
    expect(parseApiBase(" http://127.0.0.1:8081/tg ")).toEqual({ ok: true, base: "http://127.0.0.1:8081/tg" });
  });
  it("refuses what is not a server address", () => {
    expect(parseApiBase("api.telegram.org")).toEqual({ ok: false, message: "Enter the server's address, such as https://api.telegram.org." });
    expect(parseApiBase("ftp://x")).toEqual({ ok: false, message: "The address must start with https:// or http://." });
    expect(parseApiBase("https://u:p@x/?a=1").ok).toBe(false);
  });
});

describe("tokens", () => {
  it("recognizes BotFather tokens", () => {
    expect(looksLikeBotToken("123456789:AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw")).toBe(true);
    expect(looksLikeBotToken("123:abc")).toBe(false);
  });
});

describe("answers", () => {
  it("reads ok and error answers, retry_after included", () => {
    expect(parseAnswer(200, { ok: true, result: true, description: "Webhook was set" })).toEqual({
      ok: true,
      status: 200,
      description: "Webhook was set",
      errorCode: undefined,
      retryAfter: undefined,
      result: true,
    });
    expect(parseAnswer(429, { ok: false, error_code: 429, description: "Too Many Requests: retry after 1", parameters: { retry_after: 1 } })).toMatchObject({
      ok: false,
      errorCode: 429,
      retryAfter: 1,
    });
  });
  it("survives an answer that is not the Bot API's", () => {
    expect(parseAnswer(502, undefined)).toEqual({ ok: false, status: 502, description: "The server answered 502 without a Bot API response." });
  });
  it("explains failures in words", () => {
    expect(explainFailure({ ok: false, status: 401, errorCode: 401 }, "b")).toContain("token was refused");
    expect(explainFailure({ ok: false, status: 421, errorCode: 421, description: "Misdirected Request: unallowed token specified" }, "b")).toBe(
      "The part before the : is not a number (a space or a letter in it). Copy the whole token from @BotFather; it starts with the bot's numeric id.",
    );
    expect(explainFailure({ ok: false, status: 401, errorCode: 401, description: "Unauthorized" }, "b")).toBe(
      "The token is well-formed, but the server does not know it: revoked, regenerated or mistyped. Copy the token again from @BotFather.",
    );
    expect(explainFailure({ ok: false, status: 429, errorCode: 429, retryAfter: 3 }, "b")).toBe("Too many requests: wait 3 s before trying again.");
  });
});

describe("hostile answers", () => {
  const ok = new AbortController().signal;
  const answering = (body: BodyInit, status = 200): Fetch => async () => new Response(body, { status });
  it("prints an absurd retry_after as the countdown the page honours, never raw", () => {
    expect(explainFailure({ ok: false, status: 429, errorCode: 429, retryAfter: 1e308 }, "b")).toBe("Too many requests: wait 60 min 00 s before trying again.");
    expect(explainFailure({ ok: false, status: 429, errorCode: 429, retryAfter: -5 }, "b")).toBe("Too many requests: wait 1 s before trying again.");
  });
  it("stops reading an answer past MAX_ANSWER_BYTES", async () => {
    const { MAX_ANSWER_BYTES } = await import("../../playground/send");
    let pulled = 0;
    const endless = new ReadableStream<Uint8Array>({
      pull(controller) {
        pulled++;
        controller.enqueue(new Uint8Array(1 << 20).fill(32));
      },
    });
    const result = await send({ fetch: answering(endless), url: "u", signal: ok });
    expect(result).toEqual({ kind: "not-bot-api", status: 200, reason: "a body larger than 8 MB (reading stopped there)" });
    expect(pulled * 2 ** 20).toBeLessThanOrEqual(MAX_ANSWER_BYTES + 4 * 2 ** 20);
  });
  it("reads an answer nested a million levels deep without failing (answerTree bounds what is shown)", async () => {
    const deep = `{"ok":true,"result":${"[".repeat(1_000_000)}${"]".repeat(1_000_000)}}`;
    const result = await send({ fetch: answering(deep), url: "u", signal: ok });
    expect(result.kind).toBe("answer");
  });
});
