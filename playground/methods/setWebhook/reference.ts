/**
 * What setWebhook's reference page adds to the schema's words: the server's limits (from
 * `facts.ts`, which cites the source), saying which are refused and which are clamped, the
 * defaults the description states in other words, and its lists of answers.
 */
import type { ReferenceExtras } from "../../docgen/extras";
import { renderDeliveryErrors, renderServerAnswers } from "../../docgen/render";
import { bytesWords } from "../../schema/words";
import { MAX_CERTIFICATE_BYTES, MAX_CONNECTIONS, SECRET_TOKEN, WEBHOOK_PORTS } from "./facts";

export const reference: ReferenceExtras = {
  fields: {
    url: {
      constraints: [
        { label: "Scheme", text: "HTTPS only (a URL without a scheme is taken as HTTPS)" },
        { label: "Ports", text: `${WEBHOOK_PORTS.join(", ")}; any other is refused` },
        { label: "Empty string", text: "removes the webhook" },
      ],
    },
    certificate: {
      constraints: [
        { label: "Format", text: "PEM public key certificate; a file with none in it is refused" },
        { label: "Max size", text: `${bytesWords(MAX_CERTIFICATE_BYTES)}; a larger file is refused` },
      ],
    },
    ip_address: {
      constraints: [{ label: "Format", text: "public IPv4 address (IPv6 and reserved ranges are refused)" }],
    },
    max_connections: {
      constraints: [{ label: "Range", text: `${MAX_CONNECTIONS.min}-${MAX_CONNECTIONS.max}; a value outside is clamped into it, never refused` }],
    },
    allowed_updates: { default: "the previous setting" },
    drop_pending_updates: { default: "False" },
    secret_token: {
      constraints: [
        { label: "Length", text: `up to ${SECRET_TOKEN.maxBytes} bytes in UTF-8, longer is refused; empty sends no secret` },
        { label: "Characters", text: `${SECRET_TOKEN.charWords}; any other is refused` },
      ],
    },
  },
  blocks: { errors: () => renderServerAnswers(), "delivery-errors": renderDeliveryErrors },
};
