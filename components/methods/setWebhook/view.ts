/** setWebhook's view: its editors, hints, placeholders and the secret's note under the code. */
import { setWebhook } from "../../../playground/facts/setWebhook";
import type { MethodView } from "../index";
import CertificateEditor from "./CertificateEditor.vue";
import DropPendingEditor from "./DropPendingEditor.vue";
import SecretTokenEditor from "./SecretTokenEditor.vue";
import SetWebhookExtras from "./SetWebhookExtras.vue";

export const view: MethodView = {
  rootClass: "SetWebhookPlayground",
  editors: { certificate: CertificateEditor, drop_pending_updates: DropPendingEditor, secret_token: SecretTokenEditor },
  hints: Object.fromEntries(setWebhook.params.map((p) => [p.name, p.hint])),
  placeholders: { url: "https://bot.example.com/telegram/webhook", ip_address: "203.0.114.7", max_connections: "40" },
  extras: SetWebhookExtras,
  runtimeHint: "Not a setWebhook parameter. With a certificate, GramIO puts the other parameters in the query string on Node.js and Deno, in the body on Bun.",
  noticeTitle: "Part of this link could not be used, so those fields start at their defaults:",
};
