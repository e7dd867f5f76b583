/**
 * setWebhook's server-exact rules as an overlay: the same `validate` and `verdict` the
 * page has always used (tdlib's checks, their order and texts), `url` always sent (empty
 * removes the webhook), `max_connections` kept as typed unless it is a whole number, the
 * link format of `urlState.ts`, and the secret token read from `WEBHOOK_SECRET`.
 */
import { SECRET_ENV, secretFromEnv } from "../generators/types";
import { defaultFormState, formToInput, maxConnectionsValue, type FormState, type SetWebhookInput } from "../params";
import { setWebhook } from "../facts/setWebhook";
import type { UpdateType } from "../facts/updateTypes";
import { decodeFormState, encodeFormState, linkLeavesOut } from "../urlState";
import { validate, verdict } from "../validate";
import { WEBHOOK_OUTPUTS } from "../webhook/outputs";
import type { CallOverlay } from "./index";

/** The form state that holds these parameters (the inverse of `formToInput`). */
export function inputToForm(params: Readonly<Record<string, unknown>>): FormState {
  const form = defaultFormState();
  const p = params as SetWebhookInput;
  if (typeof p.url === "string") form.url = p.url;
  if (typeof p.ip_address === "string") form.ip_address = p.ip_address;
  if (p.max_connections !== undefined) form.max_connections = String(p.max_connections);
  if (Array.isArray(p.allowed_updates)) {
    form.allowed_updates_mode = "list";
    form.allowed_updates = [...p.allowed_updates] as UpdateType[];
  }
  form.drop_pending_updates = p.drop_pending_updates === true;
  if (typeof p.secret_token === "string") form.secret_token = p.secret_token;
  return form;
}

export const setWebhookOverlay: CallOverlay = {
  governs: setWebhook.params.map((p) => p.name),
  validate(params) {
    const { shown } = verdict(validate(params as SetWebhookInput));
    return shown.map((i) => ({ path: i.param, severity: i.severity, label: i.label, message: i.text }));
  },
  fromEnv(params) {
    const fromEnv: Record<string, string> = {};
    if (secretFromEnv(params as SetWebhookInput)) fromEnv.secret_token = SECRET_ENV;
    return fromEnv;
  },
  parse: { max_connections: maxConnectionsValue },
  outputs: WEBHOOK_OUTPUTS,
  normalize(params) {
    const form = inputToForm(params);
    const input = formToInput(form) as Record<string, unknown>;
    if (params.certificate) input.certificate = params.certificate;
    // formToInput's order, with the certificate where it stands in the call.
    const ordered: Record<string, unknown> = {};
    for (const p of setWebhook.params) if (input[p.name] !== undefined) ordered[p.name] = input[p.name];
    return ordered;
  },
  summary(params) {
    return verdict(validate(params as SetWebhookInput)).summary;
  },
  link: {
    encode: ({ params, tab, runtime }) => encodeFormState({ ...inputToForm(params), tab, runtime }),
    decode(search) {
      const { form, notices } = decodeFormState(search);
      const params = formToInput(form) as Record<string, unknown>;
      if (params.url === "") delete params.url;
      return { params, tab: form.tab, runtime: form.runtime, notices };
    },
    leftOut: (params) => linkLeavesOut(inputToForm(params)),
  },
};
