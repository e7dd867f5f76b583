/**
 * Sending for real, for the playground of any method: the token and server (memory only),
 * what to ask first, the request in flight, flood control's countdown, and the last answer.
 * One send panel for every method; what differs comes from the method's descriptor (its
 * confirmation, the field a refusal is about, its words for a failure, the methods it sends
 * beside itself) and view (how an answer is shown). Deciding lives in `playground/send.ts`.
 */
import { computed, onBeforeUnmount, onMounted, ref, shallowRef, watch } from "vue";
import { formEntries, type FormEntry } from "../../playground/call/form";
import { confirmationFor } from "../../playground/call/confirm";
import { loadDescriptor, type Confirmation, type MethodDescriptor, type Params } from "../../playground/methods";
import {
  apiUrl,
  callBody,
  checkBotToken,
  explainFailure,
  explainResult,
  formatCountdown,
  parseApiBase,
  retryAfter,
  send,
  tokenHint,
  type ApiAnswer,
} from "../../playground/send";
import { DEFAULT_API_ORIGIN } from "../../playground/request";
import { recordAnswer } from "../sentAnswers";
import { forgetTyped, takeTyped } from "../typedBeforeLive";
import type { CallPlaygroundStore } from "./useCallPlayground";

export interface SendRequest {
  readonly method: string;
  readonly params: Params;
  readonly entries: readonly FormEntry[];
}

export interface SentResult {
  readonly method: string;
  /** The page's call when it was sent, for answer views that read it (the doctor's url). */
  readonly params: Params;
  readonly answer?: ApiAnswer;
  readonly failure?: string;
}

export const TOKEN_ID = "pg-token";
export const API_BASE_ID = "pg-api-base";

export function useSend(store: CallPlaygroundStore) {
  const method = store.slice.method.name;
  const token = ref("");
  const apiBaseText = ref(DEFAULT_API_ORIGIN);
  const busy = ref<string | null>(null);
  const countdown = ref(0);
  const result = shallowRef<SentResult | null>(null);
  /** The question asked before a send, and the request it is about. */
  const asking = shallowRef<{ confirmation: Exclude<Confirmation, { kind: "none" }>; request: SendRequest } | null>(null);
  let controller: AbortController | undefined;
  let timer: ReturnType<typeof setInterval> | undefined;

  const apiBase = computed(() => parseApiBase(apiBaseText.value));
  const tokenProblem = computed(() => checkBotToken(token.value.trim()));
  const hint = computed(() => tokenHint(token.value));
  /** Why nothing can be sent at all (token, server, flood control), or "". */
  const blockedReason = computed(() => {
    if (tokenProblem.value) return token.value.trim() ? "Fix the bot token first." : tokenProblem.value.message;
    if (!apiBase.value.ok) return "Fix the Bot API server address first.";
    if (countdown.value > 0) return `Flood control: wait ${formatCountdown(countdown.value)}.`;
    return "";
  });
  /** Why the page's own method cannot be sent, or "". */
  const disabledReason = computed(() => {
    if (blockedReason.value) return blockedReason.value;
    const errors = store.errors.value.length;
    if (errors) return `Fix the ${errors === 1 ? "error" : `${errors} errors`} above first: the server would refuse this request.`;
    return "";
  });

  function startCountdown(seconds: number) {
    countdown.value = seconds;
    clearInterval(timer);
    timer = setInterval(() => {
      countdown.value = Math.max(0, countdown.value - 1);
      if (countdown.value === 0) clearInterval(timer);
    }, 1000);
  }
  // A countdown belongs to the server that asked for it.
  watch(apiBaseText, () => {
    countdown.value = 0;
    clearInterval(timer);
  });

  /** The page's own call. */
  const own = (): SendRequest => ({ method, params: store.call.value, entries: formEntries(store.slice, store.call.value) });
  /** A method sent beside the page's, with its flag ticked or not. */
  const alongside = (other: string, flag?: string): SendRequest => {
    const params = flag ? { [flag]: true } : {};
    return { method: other, params, entries: flag ? [[flag, "true"]] : [] };
  };

  async function press(request: SendRequest) {
    const descriptor = request.method === method ? store.descriptor : await loadDescriptor(request.method);
    const confirmation = confirmationFor(request.method, request.params, descriptor);
    if (confirmation.kind === "none") await run(request, descriptor);
    else asking.value = { confirmation, request };
  }

  async function confirm() {
    const request = asking.value?.request;
    asking.value = null;
    if (request) await run(request, request.method === method ? store.descriptor : await loadDescriptor(request.method));
  }

  async function run(request: SendRequest, descriptor: MethodDescriptor) {
    if (!apiBase.value.ok || blockedReason.value || (request.method === method && disabledReason.value)) return;
    const base = apiBase.value.base;
    const page = store.call.value;
    controller = new AbortController();
    busy.value = request.method;
    result.value = null;
    if (request.method === method) store.serverIssue.value = null;
    try {
      let body: URLSearchParams | FormData | undefined;
      try {
        body = callBody(request.entries, store.fileFor);
      } catch (error) {
        result.value = { method: request.method, params: page, failure: (error as Error).message };
        return;
      }
      // A "simple" CORS request: URLSearchParams or FormData body, no custom headers, no preflight.
      const outcome = await send({ fetch: (url, init) => fetch(url, init), url: apiUrl(base, token.value.trim(), request.method), body, signal: controller.signal });
      if (outcome.kind !== "answer") {
        result.value = { method: request.method, params: page, failure: explainResult(outcome, request.method, base, base === DEFAULT_API_ORIGIN) };
        return;
      }
      const answer = outcome.answer;
      if (answer.ok) {
        result.value = { method: request.method, params: page, answer };
        recordAnswer(request.method, answer.result);
        return;
      }
      result.value = { method: request.method, params: page, answer, failure: explainFailure(answer, base, descriptor) };
      const wait = retryAfter(answer);
      if (wait) startCountdown(wait);
      const field = request.method === method && answer.description ? descriptor.fieldFor?.(answer.description, page) : undefined;
      if (field) store.serverIssue.value = { path: field, severity: "error", label: "Error", message: `The server answered “${answer.description!.slice(0, 2000)}”.` };
    } finally {
      busy.value = null;
      controller = undefined;
    }
  }

  const cancel = () => controller?.abort();

  function forget() {
    token.value = "";
    result.value = null;
    // Nothing typed before the page was live may outlive "Forget".
    forgetTyped();
  }

  onMounted(() => {
    // What was typed into the server-rendered panel before it was live.
    const typedToken = takeTyped(TOKEN_ID);
    if (typeof typedToken === "string") token.value = typedToken;
    const typedBase = takeTyped(API_BASE_ID);
    if (typeof typedBase === "string") apiBaseText.value = typedBase;
  });
  onBeforeUnmount(() => {
    controller?.abort();
    clearInterval(timer);
  });

  return { token, apiBaseText, apiBase, hint, busy, countdown, result, asking, blockedReason, disabledReason, own, alongside, press, confirm, cancel, forget };
}
