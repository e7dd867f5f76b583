import { describe, expect, it } from "vitest";
import { apiUrl, checkBotToken, clip, explainResult, formatCountdown, retryAfter, send, type Fetch } from "../../playground/send";

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
