/**
 * setWebhook's server-exact rules as an overlay: the same `validate` and `verdict` the
 * setWebhook page uses (tdlib's checks, their order and texts), and the secret token read
 * from `WEBHOOK_SECRET` in copied code when the server would accept it.
 */
import { SECRET_ENV, secretFromEnv } from "../generators/types";
import type { SetWebhookInput } from "../params";
import { setWebhook } from "../spec/setWebhook";
import { validate, verdict } from "../validate";
import type { CallOverlay } from "./index";

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
};
