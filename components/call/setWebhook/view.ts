/** setWebhook's view overlay: its editors, hints, placeholders, send panel and secret note. */
import { setWebhook } from "../../../playground/facts/setWebhook";
import type { ViewOverlay } from "../viewOverlays";
import CertificateEditor from "./CertificateEditor.vue";
import DropPendingEditor from "./DropPendingEditor.vue";
import SecretTokenEditor from "./SecretTokenEditor.vue";
import SetWebhookExtras from "./SetWebhookExtras.vue";
import SetWebhookSend from "./SetWebhookSend.vue";

export const setWebhookView: ViewOverlay = {
  rootClass: "SetWebhookPlayground",
  editors: { certificate: CertificateEditor, drop_pending_updates: DropPendingEditor, secret_token: SecretTokenEditor },
  hints: Object.fromEntries(setWebhook.params.map((p) => [p.name, p.hint])),
  placeholders: { url: "https://bot.example.com/telegram/webhook", ip_address: "203.0.114.7", max_connections: "40" },
  send: SetWebhookSend,
  extras: SetWebhookExtras,
  runtimeHint: "Not a setWebhook parameter. With a certificate, GramIO puts the other parameters in the query string on Node.js and Deno, in the body on Bun.",
  noticeTitle: "Part of this link could not be used, so those fields start at their defaults:",
};
