/** The send panel's state: what blocks a send, what is asked first, what is sent, and what an answer does. */
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { computed, nextTick, ref, shallowRef } from "vue";
import { useSend } from "../../../components/call/useSend";
import type { CallPlaygroundStore } from "../../../components/call/useCallPlayground";
import type { CallIssue } from "../../../playground/call/validate";
import type { MethodDescriptor } from "../../../playground/methods";
import { descriptor as deleteWebhook } from "../../../playground/methods/deleteWebhook";
import { mountComposable } from "../../support/mountComposable";
import { sliceOf } from "../../support/slices";

const TOKEN = "123456:ABC-def_ghi";

/** The parts of a playground's store the send panel reads. */
function storeFor(method: string, params: Record<string, unknown>, descriptor: MethodDescriptor = {}, errors: CallIssue[] = []) {
  const call = ref(params);
  return {
    slice: sliceOf(method),
    descriptor,
    call: computed(() => call.value),
    errors: computed(() => errors),
    serverIssue: shallowRef<CallIssue | null>(null),
    fileFor: () => undefined,
  } as unknown as CallPlaygroundStore;
}

const answer = (status: number, body: unknown) => new Response(JSON.stringify(body), { status, headers: { "content-type": "application/json" } });
let fetched: { url: string; body: string }[];

beforeEach(() => {
  fetched = [];
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

function serve(reply: () => Response) {
  vi.stubGlobal("fetch", async (url: string, init: RequestInit) => {
    fetched.push({ url, body: String(init.body ?? "") });
    return reply();
  });
}

describe("the send panel", () => {
  it("says why nothing can be sent: no token, a malformed one, a bad server, the form's errors", () => {
    const issue: CallIssue = { path: "chat_id", severity: "error", message: "chat_id is required." };
    const { value: s } = mountComposable(() => useSend(storeFor("sendMessage", {}, {}, [issue])));
    expect(s.blockedReason.value).toBe("Enter a bot token to send requests.");
    s.token.value = "not a token";
    expect(s.blockedReason.value).toBe("Fix the bot token first.");
    s.token.value = TOKEN;
    s.apiBaseText.value = "ftp://example.com";
    expect(s.blockedReason.value).toBe("Fix the Bot API server address first.");
    s.apiBaseText.value = "https://api.telegram.org";
    expect(s.blockedReason.value).toBe("");
    expect(s.disabledReason.value).toBe("Fix the error above first: the server would refuse this request.");
  });

  it("asks before deleteWebhook, sends only once confirmed, and shows the answer", async () => {
    serve(() => answer(200, { ok: true, result: true, description: "Webhook was deleted" }));
    const { value: s } = mountComposable(() => useSend(storeFor("deleteWebhook", { drop_pending_updates: true }, deleteWebhook)));
    s.token.value = TOKEN;
    await s.press(s.own());
    expect(s.asking.value?.confirmation.kind).toBe("confirm");
    expect(fetched).toEqual([]);
    await s.confirm();
    expect(s.asking.value).toBeNull();
    expect(fetched).toEqual([{ url: `https://api.telegram.org/bot${TOKEN}/deleteWebhook`, body: "drop_pending_updates=true" }]);
    expect(s.result.value).toMatchObject({ method: "deleteWebhook", answer: { ok: true, result: true } });
    expect(s.busy.value).toBeNull();
  });

  it("sends a read at once, and a method beside the page's with its flag", async () => {
    serve(() => answer(200, { ok: true, result: { url: "", has_custom_certificate: false, pending_update_count: 0 } }));
    const { value: s } = mountComposable(() => useSend(storeFor("setWebhook", { url: "https://example.com/hook" })));
    s.token.value = TOKEN;
    await s.press(s.alongside("getWebhookInfo"));
    expect(fetched.map((f) => f.url)).toEqual([`https://api.telegram.org/bot${TOKEN}/getWebhookInfo`]);
    expect(s.result.value?.method).toBe("getWebhookInfo");
    expect(s.alongside("deleteWebhook", "drop_pending_updates")).toEqual({ method: "deleteWebhook", params: { drop_pending_updates: true }, entries: [["drop_pending_updates", "true"]] });
  });

  it("counts flood control down from retry_after, blocks sending meanwhile, and forgets it for another server", async () => {
    serve(() => answer(429, { ok: false, error_code: 429, description: "Too Many Requests: retry after 3", parameters: { retry_after: 3 } }));
    const { value: s, unmount } = mountComposable(() => useSend(storeFor("getMe", {})));
    s.token.value = TOKEN;
    await s.press(s.own());
    expect(s.countdown.value).toBe(3);
    expect(s.blockedReason.value).toBe("Flood control: wait 3 s.");
    await s.press(s.own());
    expect(fetched).toHaveLength(1);
    vi.advanceTimersByTime(1000);
    expect(s.countdown.value).toBe(2);
    s.apiBaseText.value = "http://127.0.0.1:8081";
    await nextTick();
    expect(s.countdown.value).toBe(0);
    unmount();
  });

  it("puts a refusal beside the field it is about, through the method's descriptor", async () => {
    serve(() => answer(400, { ok: false, error_code: 400, description: "Bad Request: chat not found" }));
    const descriptor: MethodDescriptor = { fieldFor: (d) => (d.includes("chat") ? "chat_id" : undefined) };
    const store = storeFor("getChat", { chat_id: 1 }, descriptor);
    const { value: s } = mountComposable(() => useSend(store));
    s.token.value = TOKEN;
    await s.press(s.own());
    expect(store.serverIssue.value).toEqual({ path: "chat_id", severity: "error", label: "Error", message: "The server answered “Bad Request: chat not found”." });
    expect(s.result.value?.failure).toBeTypeOf("string");
  });

  it("forgets the token and the answer", async () => {
    serve(() => answer(200, { ok: true, result: { id: 1 } }));
    const { value: s } = mountComposable(() => useSend(storeFor("getMe", {})));
    s.token.value = TOKEN;
    await s.press(s.own());
    expect(s.result.value).not.toBeNull();
    s.forget();
    expect(s.token.value).toBe("");
    expect(s.result.value).toBeNull();
  });
});
