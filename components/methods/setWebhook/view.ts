/** setWebhook's view: its editors, hints, placeholders and the secret's note under the code. */
import { MAX_CERTIFICATE_BYTES, MAX_CONNECTIONS, SECRET_TOKEN, WEBHOOK_PORTS } from "../../../playground/methods/setWebhook/facts";
import type { MethodView } from "../index";
import CertificateEditor from "./CertificateEditor.vue";
import DropPendingEditor from "./DropPendingEditor.vue";
import SecretTokenEditor from "./SecretTokenEditor.vue";
import SetWebhookExtras from "./SetWebhookExtras.vue";

export const view: MethodView = {
  rootClass: "SetWebhookPlayground",
  editors: { certificate: CertificateEditor, drop_pending_updates: DropPendingEditor, secret_token: SecretTokenEditor },
  hints: {
    url: `HTTPS URL on port ${WEBHOOK_PORTS.slice(0, -1).join(", ")} or ${WEBHOOK_PORTS.at(-1)}. Empty removes the webhook.`,
    certificate: `Only for a self-signed certificate: the PEM public key certificate, up to ${MAX_CERTIFICATE_BYTES / 2 ** 20} MB.`,
    ip_address: "A public IPv4 address to use instead of resolving the URL's host.",
    max_connections: `Simultaneous connections for delivery, ${MAX_CONNECTIONS.min}-${MAX_CONNECTIONS.max} (the server clamps other values).`,
    allowed_updates: "Leave unset to keep the previous setting; [] means every type except the three opt-in ones.",
    drop_pending_updates: "Drops every update waiting for delivery, even if the call is then rejected with 400.",
    secret_token: `Up to ${SECRET_TOKEN.maxBytes} bytes of ${SECRET_TOKEN.charWords}. Check it in your handler.`,
  },
  placeholders: { url: "https://bot.example.com/telegram/webhook", ip_address: "203.0.114.7", max_connections: "40" },
  extras: SetWebhookExtras,
  runtimeHint: "Not a setWebhook parameter. With a certificate, GramIO puts the other parameters in the query string on Node.js and Deno, in the body on Bun.",
  noticeTitle: "Part of this link could not be used, so those fields start at their defaults:",
};
