/**
 * Delivery errors that getWebhookInfo reports in `last_error_message`, with cause and fix.
 * The Errors table of the setWebhook page lists the same entries (a unit test keeps them equal).
 */
export interface DeliveryError {
  /** The message, or its fixed beginning. */
  readonly message: string;
  /** True when `message` is only the beginning of the text (followed by details). */
  readonly prefix?: boolean;
  readonly cause: string;
  readonly fix: string;
}

export const DELIVERY_ERRORS: readonly DeliveryError[] = [
  {
    message: "Wrong response from the webhook: 401 Unauthorized",
    cause: "Your handler rejected the request, usually a `secret_token` that differs from the one your handler checks.",
    fix: "Use the same secret in `setWebhook` and in `webhookHandler(bot, …, secret)`.",
  },
  {
    message: "Wrong response from the webhook: 404 Not Found",
    cause: "The path in `url` does not match your route.",
    fix: "Compare the path with your server's route, including a trailing slash.",
  },
  {
    message: "Wrong response from the webhook: 502 Bad Gateway",
    cause: "The reverse proxy could not reach your app (not running, wrong upstream port).",
    fix: "Check the app process and the proxy's upstream.",
  },
  {
    message: "Wrong response from the webhook: ",
    prefix: true,
    cause: "Your server answered with a status other than 2XX.",
    fix: "Answer every update with 200, even when your bot ignores it; log the failing status on your side.",
  },
  {
    message: "Read timeout expired",
    cause: "Your handler took too long to answer.",
    fix: "Answer `200` at once and do slow work in the background.",
  },
  {
    message: "Connection refused",
    cause: "Nothing listens on that host and port.",
    fix: "Open the port in the firewall and start the server on it.",
  },
  {
    message: "Connection timed out",
    cause: "A firewall drops the packets, or `ip_address` points at the wrong machine.",
    fix: "Allow Telegram's networks (149.154.160.0/20, 91.108.4.0/22) on the port.",
  },
  {
    message: "Connection reset by peer",
    cause: "The server closed the connection during TLS or the request.",
    fix: "Check the TLS set-up and proxy logs.",
  },
  {
    message: "Can't connect to the webhook",
    cause: "The connection could not be made for another reason.",
    fix: "Test the URL from outside your network with `curl -v`.",
  },
  {
    message: "SSL error {error:0A000086:SSL routines::certificate verify failed}",
    cause: "The certificate chain is self-signed, expired, for another name, or missing an intermediate.",
    fix: "Serve the full chain, or upload the self-signed public certificate as `certificate`.",
  },
  {
    message: "SSL error",
    prefix: true,
    cause: "The TLS handshake with your server failed.",
    fix: "Check the certificate, its chain and the TLS versions your server offers.",
  },
];

/** The entry that explains a `last_error_message`: an exact match first, then the longest prefix. */
export function explainDeliveryError(message: string): DeliveryError | undefined {
  return (
    DELIVERY_ERRORS.find((e) => !e.prefix && e.message === message) ??
    DELIVERY_ERRORS.filter((e) => e.prefix && message.startsWith(e.message)).sort((a, b) => b.message.length - a.message.length)[0]
  );
}
