/**
 * setWebhook's descriptor: the server's rules over the value tree (tdlib's checks, their
 * order and texts, `validate.ts`), `url` always sent (empty removes the webhook),
 * `max_connections` kept as typed unless it is a whole number, the secret token read from
 * `WEBHOOK_SECRET` and never linked, the webhook workflow's outputs, what sending asks
 * first, the field a refusal is about, and the links of the page's first design.
 */
import type { ApiAnswer } from "../../send";
import { SET_WEBHOOK_PARAMS } from "./facts";
import type { MethodDescriptor, Params } from "../types";
import { WEBHOOK_OUTPUTS } from "../../webhook/outputs";
import { maxConnectionsValue, sortUpdateTypes, type SetWebhookInput } from "./input";
import { decodeLegacyLink } from "./legacyLink";
import { SECRET_ENV, secretFromEnv } from "./secretEnv";
import { validate, verdict } from "./validate";

/** The call as the form sends it: `url` always, the rest only when set, in the method's order. */
export function normalize(params: Params): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const name of SET_WEBHOOK_PARAMS) {
    const value = params[name];
    switch (name) {
      case "url":
        out.url = typeof value === "string" ? value : "";
        break;
      case "max_connections":
        if (typeof value === "string") {
          const parsed = maxConnectionsValue(value);
          if (parsed !== undefined) out.max_connections = parsed;
        } else if (value !== undefined) out.max_connections = value;
        break;
      case "allowed_updates":
        if (Array.isArray(value)) out.allowed_updates = sortUpdateTypes(value.filter((t): t is string => typeof t === "string"));
        else if (value !== undefined) out.allowed_updates = value;
        break;
      case "drop_pending_updates":
        if (value === true) out.drop_pending_updates = true;
        break;
      default:
        if (value !== undefined && value !== "") out[name] = value;
    }
  }
  return out;
}

/** The form field a 400 answer of setWebhook is about, so the message can stand next to it. */
export function fieldForAnswer(description: string, params: Params): string | undefined {
  const d = description.toLowerCase();
  if (d.includes("secret token")) return "secret_token";
  if (d.includes("certificate")) return "certificate";
  if (d.includes("ipv6") || d.includes("ip address")) return params.ip_address ? "ip_address" : "url";
  if (d.includes("webhook") || d.includes("url") || d.includes("resolve host")) return "url";
  return undefined;
}

/** The verdict of the last call checked: the issues and the summary read the same one. */
let last: { params: Params; verdict: ReturnType<typeof verdict> } | undefined;
function verdictOf(params: Params) {
  if (last?.params !== params) last = { params, verdict: verdict(validate(params as SetWebhookInput)) };
  return last.verdict;
}

export const descriptor: MethodDescriptor = {
  governs: SET_WEBHOOK_PARAMS,
  normalize,
  validate: (params) => verdictOf(params).shown.map((i) => ({ path: i.param, severity: i.severity, label: i.label, message: i.text })),
  summary: (params) => verdictOf(params).summary,
  parse: { max_connections: maxConnectionsValue },
  fromEnv: (params): Readonly<Record<string, string>> => (secretFromEnv(params) ? { secret_token: SECRET_ENV } : {}),
  secrets: ["secret_token"],
  outputs: WEBHOOK_OUTPUTS,
  confirm(params) {
    if ((params.url ?? "") === "") return { kind: "confirm", question: "The url is empty, so this removes the webhook. Send it?" };
    if (params.drop_pending_updates === true)
      return { kind: "confirm", question: "drop_pending_updates deletes every update waiting for delivery, even if the request is rejected. Send it?" };
    // Setting a webhook is what the page is for: it is sent at once.
    return { kind: "none" };
  },
  fieldFor: fieldForAnswer,
  explain(answer: ApiAnswer) {
    const code = answer.errorCode ?? answer.status;
    if (code === 400) return "The server rejected a parameter; its message is shown next to that field.";
    if (code === 409) return "Another setWebhook was sent at the same moment; set the webhook from one place only.";
    return undefined;
  },
  alongside: [{ method: "getWebhookInfo" }, { method: "deleteWebhook", flag: "drop_pending_updates" }],
  legacyLink: decodeLegacyLink,
};
