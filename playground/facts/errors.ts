/**
 * What the Bot API server answers to setWebhook, word for word, with cause and fix. The
 * playground quotes these texts, the stand-in server in the tests answers with them, and the
 * Errors table of the setWebhook page is generated from them (`npm run generate`).
 */
import { GRAMIO } from "./versions";

export interface ServerAnswer {
  readonly code: number;
  /** The description, word for word; `{}` stands for the part that varies. */
  readonly template: string;
  /** What `{}` stands for in the page's example. */
  readonly example?: string;
  /** Markdown. */
  readonly cause: string;
  /** Markdown. */
  readonly fix: string;
}

export const SERVER_ANSWERS = {
  invalidUrl: {
    code: 400,
    template: "Bad Request: invalid webhook URL specified",
    cause:
      "The `url` cannot be parsed: a scheme other than `http`/`https`, an empty host (`https:///hook`), a space or other forbidden character in the host, a port that is not a number from 1 to 65535, a zone id in an IPv6 host.",
    fix: "Send a plain `https://host[:port]/path` with a host name or public IPv4 address. Percent-encoding does not help in the host: it is never decoded, so the name then fails to resolve.",
  },
  secretTooLong: {
    code: 400,
    template: "Bad Request: secret token is too long",
    cause: "`secret_token` is longer than 256 bytes (UTF-8: a non-ASCII character counts 2-4; checked before the characters).",
    fix: "Use 1-256 characters of `A-Z a-z 0-9 _ -`.",
  },
  secretChars: {
    code: 400,
    template: "Bad Request: secret token contains unallowed characters",
    cause: "`secret_token` has a character outside `A-Z a-z 0-9 _ -` (a space, `+`, `/`, `=` from base64, …).",
    fix: "Generate it from the allowed alphabet, e.g. hex or base64url without padding.",
  },
  certificateTooBig: {
    code: 400,
    template: "Bad Request: certificate size is too big ({} bytes)",
    example: "4194304",
    cause: "The uploaded `certificate` is over 3 MB (3,145,728 bytes).",
    fix: "Upload only the PEM public certificate, not a bundle or the key.",
  },
  https: {
    code: 400,
    template: "Bad Request: bad webhook: An HTTPS URL must be provided for webhook",
    cause: "The `url` starts with `http://` (then the port is not checked at all).",
    fix: "Serve the webhook over HTTPS (a URL without a scheme is taken as HTTPS).",
  },
  port: {
    code: 400,
    template: "Bad Request: bad webhook: Webhook can be set up only on ports 80, 88, 443 or 8443",
    cause: "An `https` URL names any other port, e.g. `:3000`.",
    fix: "Put a reverse proxy on 443 (or 80, 88, 8443) in front of your app.",
  },
  invalidIp: {
    code: 400,
    template: "Bad Request: bad webhook: Invalid IP address specified",
    cause:
      "`ip_address` is not an IP address (`localhost`, `256.1.1.1`, `1.2.3.4.5`, `0x`, `fe80::1%eth0`), or is `255.255.255.255` in any spelling (the C library's error value).",
    fix: "Pass a dotted-quad IPv4 such as `203.0.114.7`, or leave it out.",
  },
  ipv6: {
    code: 400,
    template: "Bad Request: bad webhook: IPv6-only addresses are not allowed",
    cause: "The URL host or `ip_address` is an IPv6 address, or the host name has only AAAA records.",
    fix: "Give the host an IPv4 (A) record, or pass a public IPv4 in `ip_address`.",
  },
  reserved: {
    code: 400,
    template: "Bad Request: bad webhook: IP address {} is reserved",
    example: "10.1.2.3",
    cause: "The host or `ip_address` is in a private or reserved range (10/8, 127/8, 172.16/12, 192.168/16, 100.64/10, …).",
    fix: "Use the server's public IPv4 address; Telegram cannot reach private networks.",
  },
  resolveFailed: {
    code: 400,
    template: "Bad Request: bad webhook: Failed to resolve host: {}",
    example: "Name or service not known",
    cause: "The host name does not resolve (typo, DNS not propagated yet, or a percent-encoded host).",
    fix: "Check the DNS record, or pass `ip_address`.",
  },
  noAddress: {
    code: 400,
    template: "Bad Request: bad webhook: Failed to find IPv4/IPv6 address",
    cause: "The host name resolves, but to no address the server can use.",
    fix: "Give the host an A record with a public IPv4 address.",
  },
  certificateFile: {
    code: 400,
    template: "Bad Request: bad webhook: Failed to set custom certificate file{}",
    example: "{error:05800088:x509 certificate routines::no certificate or crl found}",
    cause:
      "The uploaded `certificate` holds no PEM certificate OpenSSL can load: DER, an empty file, a private key alone, a broken block. The part in braces is the server's OpenSSL error (this is OpenSSL 3's wording).",
    fix: "Upload the PEM public certificate (`-----BEGIN CERTIFICATE-----`); convert DER with `openssl x509 -inform der -in cert.der -out cert.pem`.",
  },
  unauthorized: {
    code: 401,
    template: "Unauthorized",
    cause: "The token is well-formed, but the server does not know it: revoked, regenerated or mistyped.",
    fix: "Copy the token again from [@BotFather](https://t.me/BotFather).",
  },
  invalidToken: {
    code: 401,
    template: "Unauthorized: invalid token specified",
    cause:
      "The token cannot be a token: it starts with `0`, is longer than 80 characters, contains `/`, has no `:`, or its number before the `:` is 0 or at least 2^54.",
    fix: "Check the environment variable that holds it (a stray quote, a missing part).",
  },
  unallowedToken: {
    code: 421,
    template: "Misdirected Request: unallowed token specified",
    cause: "The part before the `:` is not a number (a space or a letter in it).",
    fix: "Copy the whole token from @BotFather; it starts with the bot's numeric id.",
  },
  notFound: {
    code: 404,
    template: "Not Found",
    cause: "The request path is wrong, e.g. a `baseURL` without the trailing `/bot`.",
    fix: "Leave GramIO's default `baseURL` or end yours with `/bot`.",
  },
  conflict: {
    code: 409,
    template: "Conflict: terminated by other setWebhook",
    cause: "A second `setWebhook` arrived while this one was still being processed.",
    fix: "Set the webhook from one place (the deploy step), not from every instance.",
  },
  flood: {
    code: 429,
    template: "Too Many Requests: retry after {}",
    example: "1",
    cause: "More than one `setWebhook` with a non-empty `url` per second.",
    fix: "Wait `error.payload.retry_after` seconds; do not call it on every cold start.",
  },
  saveFailed: {
    code: 500,
    template: "Internal Server Error: failed to save certificate",
    cause: "The server could not store the uploaded certificate (its disk).",
    fix: "Try again later; on a self-hosted server, check its working directory.",
  },
} as const satisfies Record<string, ServerAnswer>;

export type ServerAnswerId = keyof typeof SERVER_ANSWERS;

/** The answers any method can get before its parameters are read: the token's and the path's. */
export const REQUEST_ANSWERS = ["unauthorized", "invalidToken", "unallowedToken", "notFound"] as const satisfies readonly ServerAnswerId[];

/** The description the server sends, with `value` in place of `{}`. */
export function answerText(id: ServerAnswerId, value?: string | number): string {
  const entry: ServerAnswer = SERVER_ANSWERS[id];
  return entry.template.replace("{}", () => String(value ?? entry.example ?? ""));
}

/** The server answer a description is, by its template (`{}` matching the part that varies). */
export function findServerAnswer(description: string): ServerAnswer | undefined {
  return Object.values(SERVER_ANSWERS as Record<string, ServerAnswer>).find((entry) => {
    const [head, tail] = entry.template.split("{}") as [string, string | undefined];
    return tail === undefined ? description === head : description.startsWith(head) && description.endsWith(tail) && description.length >= head.length + tail.length;
  });
}

/** Markdown of the answers' cause and fix as plain text. */
export const plainText = (markdown: string) => markdown.replaceAll("`", "").replace(/\[([^\]]+)\]\([^)]+\)/g, "$1");

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
    message: "Wrong response from the webhook: 401",
    prefix: true,
    cause: "Your handler rejected the request, usually a `secret_token` that differs from the one your handler checks.",
    fix: `Use the same secret in \`setWebhook\` and in your handler. With Fastify, Koa or Elysia, ${GRAMIO}'s adapter gets the check wrong: check the header yourself, as the setWebhook playground's Server tab does.`,
  },
  {
    message: "Wrong response from the webhook: 403",
    prefix: true,
    cause: "Something in front of your app refused the request: a firewall or WAF rule, basic auth on the proxy, or an IP allow-list without Telegram's networks.",
    fix: "Let POSTs from 149.154.160.0/20 and 91.108.4.0/22 through to the webhook's path.",
  },
  {
    message: "Wrong response from the webhook: 404",
    prefix: true,
    cause: "The path in `url` does not match your route.",
    fix: "Compare the path with your server's route, including a trailing slash.",
  },
  {
    message: "Wrong response from the webhook: 405",
    prefix: true,
    cause: "The path exists, but not for POST (a route registered for GET, or a static file server).",
    fix: "Register the handler for POST on exactly that path.",
  },
  {
    message: "Wrong response from the webhook: 413",
    prefix: true,
    cause: "A body-size limit in the proxy or the framework is smaller than some updates.",
    fix: "Raise the limit (for nginx `client_max_body_size`, for Express `express.json({ limit })`) to a few megabytes.",
  },
  {
    message: "Wrong response from the webhook: 500",
    prefix: true,
    cause: "Your handler threw before it answered, or the framework failed to read the update.",
    fix: "Read your server's log for the exception; answer 200 once the update is queued and handle errors in the bot.",
  },
  {
    message: "Wrong response from the webhook: 502",
    prefix: true,
    cause: "The reverse proxy could not reach your app (not running, wrong upstream port).",
    fix: "Check the app process and the proxy's upstream.",
  },
  {
    message: "Wrong response from the webhook: 503",
    prefix: true,
    cause: "The app is down, restarting or overloaded, or the proxy has no healthy upstream.",
    fix: "Check the app's process and health checks; Telegram retries, so the backlog drains once it is up.",
  },
  {
    message: "Wrong response from the webhook: 504",
    prefix: true,
    cause: "The proxy gave up waiting for your app: the handler answers only after its slow work.",
    fix: "Answer as soon as the update is queued (GramIO's webhookHandler does unless shouldWait is set).",
  },
  {
    message: "Wrong response from the webhook: 3",
    prefix: true,
    cause: "Your server answered with a redirect (to HTTPS, to another host, or to add a trailing slash); Telegram does not follow redirects.",
    fix: "Set the url to the final address exactly as your server serves it.",
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
    message: "Write timeout expired",
    cause: "Your server stopped reading the request: it is overloaded, or a proxy holds the connection.",
    fix: "Check the server's load and the proxy between Telegram and your app.",
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
    message: "SSL error {error:0A00010B:SSL routines::wrong version number}",
    cause: "The port speaks plain HTTP, not TLS: the app itself listens there without a certificate.",
    fix: "Put a TLS-terminating proxy on the port, or give the app the certificate and key.",
  },
  {
    message: "SSL error {error:0A000410:SSL routines::sslv3 alert handshake failure}",
    cause: "The server refused the handshake: no certificate for this host name (SNI), or no cipher and TLS version in common.",
    fix: "Serve a certificate for the url's host on that port, with TLS 1.2 or 1.3.",
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
