import {
  formatIPv4,
  isDottedQuad,
  isIPv6,
  isReservedIPv4,
  parseIPv4Loose,
  parseWebhookUrl,
} from "./net";
import type { SetWebhookInput } from "./params";
import { MAX_CERTIFICATE_BYTES, WEBHOOK_PORTS, type SetWebhookParamName } from "./spec/setWebhook";
import { OPT_IN_UPDATE_TYPES, UPDATE_TYPES } from "./spec/updateTypes";

export type Severity = "error" | "warning";

/** `error`: the server rejects the request. `warning`: accepted, but probably a mistake. */
export interface Issue {
  readonly param: SetWebhookParamName;
  readonly severity: Severity;
  readonly message: string;
}

/** The server's error descriptions, verbatim. */
export const SERVER_ERRORS = {
  invalidUrl: "Bad Request: invalid webhook URL specified",
  https: "Bad Request: bad webhook: An HTTPS URL must be provided for webhook",
  port: "Bad Request: bad webhook: Webhook can be set up only on ports 80, 88, 443 or 8443",
  ipv6: "Bad Request: bad webhook: IPv6-only addresses are not allowed",
  reserved: (ip: string) => `Bad Request: bad webhook: IP address ${ip} is reserved`,
  invalidIp: "Bad Request: bad webhook: Invalid IP address specified",
  secretTooLong: "Bad Request: secret token is too long",
  secretChars: "Bad Request: secret token contains unallowed characters",
  certificateTooBig: (size: number) => `Bad Request: certificate size is too big (${size} bytes)`,
} as const;

const says = (text: string) => ` The server answers “${text}”.`;

/** The value the server reads from `max_connections`: leading `-` and digits, clamped to 1-100. */
export function effectiveMaxConnections(value: number | string): number {
  const match = /^-?\d*/.exec(String(value).trim())![0];
  const n = Number.parseInt(match, 10);
  if (!Number.isFinite(n)) return 1;
  return Math.min(100, Math.max(1, n));
}

function checkAddress(param: "url" | "ip_address", address: number, out: Issue[], what: string): void {
  if (isReservedIPv4(address)) {
    const ip = formatIPv4(address);
    out.push({
      param,
      severity: "error",
      message: `${what} ${ip} is in a private or reserved range that Telegram cannot reach; use the server's public IPv4 address.${says(SERVER_ERRORS.reserved(ip))}`,
    });
  }
}

function validateUrl(input: SetWebhookInput, out: Issue[]): void {
  const url = input.url ?? "";
  if (url === "") {
    const ignored = (["certificate", "ip_address", "max_connections", "allowed_updates", "secret_token"] as const).filter(
      (k) => input[k] !== undefined,
    );
    out.push({
      param: "url",
      severity: "warning",
      message:
        "An empty url removes the webhook." +
        (ignored.length ? ` The server then ignores ${ignored.join(", ")}.` : ""),
    });
    return;
  }
  const parsed = parseWebhookUrl(url);
  if (!parsed.ok) {
    out.push({
      param: "url",
      severity: "error",
      message: `This is not a URL the server can parse: ${parsed.reason}. Write it as https://host[:port]/path.${says(SERVER_ERRORS.invalidUrl)}`,
    });
    return;
  }
  if (parsed.scheme !== "https") {
    out.push({
      param: "url",
      severity: "error",
      message: `Use https:// instead of http://: webhooks are delivered over HTTPS only.${says(SERVER_ERRORS.https)}`,
    });
  }
  if (!(WEBHOOK_PORTS as readonly number[]).includes(parsed.port)) {
    out.push({
      param: "url",
      severity: "error",
      message: `Port ${parsed.port} is not allowed: use 443, 80, 88 or 8443 (put a reverse proxy in front of your app).${says(SERVER_ERRORS.port)}`,
    });
  }
  if (input.ip_address === undefined || input.ip_address === "") {
    if (isIPv6(parsed.host)) {
      out.push({
        param: "url",
        severity: "error",
        message: `The host is an IPv6 address; use a host name with an IPv4 (A) record or a public IPv4 address.${says(SERVER_ERRORS.ipv6)}`,
      });
    } else if (parsed.host === "localhost" || parsed.host.endsWith(".localhost")) {
      out.push({
        param: "url",
        severity: "error",
        message: `localhost is the Bot API server itself, not your machine; use a public host name (a tunnel works for development).${says(SERVER_ERRORS.reserved("127.0.0.1"))}`,
      });
    } else {
      const address = parseIPv4Loose(parsed.host);
      if (address !== undefined) checkAddress("url", address, out, "The host");
    }
  }
  if (parsed.path.replace(/[?#].*$/, "") === "/" && !input.secret_token) {
    out.push({
      param: "url",
      severity: "warning",
      message:
        "Anyone who finds this URL can send your bot fake updates: set a secret_token, or add a hard-to-guess path such as /telegram/<random>.",
    });
  }
}

function validateIpAddress(value: string, out: Issue[]): void {
  if (value === "") return;
  if (isIPv6(value)) {
    out.push({
      param: "ip_address",
      severity: "error",
      message: `IPv6 addresses are refused; give the server's public IPv4 address.${says(SERVER_ERRORS.ipv6)}`,
    });
    return;
  }
  const address = parseIPv4Loose(value);
  if (address === undefined) {
    out.push({
      param: "ip_address",
      severity: "error",
      message: `Enter an IPv4 address such as 203.0.114.7 (no port, no host name).${says(SERVER_ERRORS.invalidIp)}`,
    });
    return;
  }
  if (!isDottedQuad(value)) {
    out.push({
      param: "ip_address",
      severity: "warning",
      message: `The server reads this as ${formatIPv4(address)}; write that dotted form to be sure.`,
    });
  }
  checkAddress("ip_address", address, out, "The address");
}

function validateMaxConnections(value: number | string, out: Issue[]): void {
  const text = String(value).trim();
  if (text === "") return;
  const effective = effectiveMaxConnections(value);
  const exact = /^\d+$/.test(text) && Number(text) === effective;
  if (!exact) {
    out.push({
      param: "max_connections",
      severity: "warning",
      message: `Use a whole number from 1 to 100: the server silently uses ${effective} for “${text}”.`,
    });
  }
}

function validateAllowedUpdates(value: readonly string[] | string, out: Issue[]): void {
  if (!Array.isArray(value)) {
    out.push({
      param: "allowed_updates",
      severity: "warning",
      message: "This is not a JSON array of strings, so the server keeps the previous setting. Pick update types from the list.",
    });
    return;
  }
  const list = value as readonly string[];
  const known = new Set<string>(UPDATE_TYPES);
  const unknown = list.filter((t) => !known.has(t.toLowerCase()));
  if (unknown.length) {
    out.push({
      param: "allowed_updates",
      severity: "warning",
      message: `Unknown update type${unknown.length > 1 ? "s" : ""} ${unknown.map((t) => JSON.stringify(t)).join(", ")} ${unknown.length > 1 ? "are" : "is"} silently ignored by the server.`,
    });
  }
  const wrongCase = list.filter((t) => known.has(t.toLowerCase()) && !known.has(t));
  if (wrongCase.length) {
    out.push({
      param: "allowed_updates",
      severity: "warning",
      message: `Write ${wrongCase.map((t) => t.toLowerCase()).join(", ")} in lower case: the server accepts it, GramIO's types do not.`,
    });
  }
  if (list.length === unknown.length) {
    out.push({
      param: "allowed_updates",
      severity: "warning",
      message: `${list.length ? "No known update type is left, so" : "An empty list means"} the default set: every type except ${OPT_IN_UPDATE_TYPES.join(", ")}. Leave the field out to keep the previous setting instead.`,
    });
  }
}

function validateSecretToken(value: string, out: Issue[]): void {
  if (value === "") return;
  if (value.length > 256) {
    out.push({
      param: "secret_token",
      severity: "error",
      message: `Shorten it to 256 characters or fewer (it has ${value.length}).${says(SERVER_ERRORS.secretTooLong)}`,
    });
  }
  const bad = [...new Set(value.replace(/[A-Za-z0-9_-]/g, ""))];
  if (bad.length) {
    const shown = bad.slice(0, 5).map((c) => (c.trim() === "" ? JSON.stringify(c) : `“${c}”`)).join(" ");
    out.push({
      param: "secret_token",
      severity: "error",
      message: `Remove ${shown}${bad.length > 5 ? " and others" : ""}: only A-Z, a-z, 0-9, _ and - are allowed.${says(SERVER_ERRORS.secretChars)}`,
    });
  }
}

function validateCertificate(input: SetWebhookInput, out: Issue[]): void {
  const cert = input.certificate;
  if (!cert) return;
  if (cert.size > MAX_CERTIFICATE_BYTES) {
    out.push({
      param: "certificate",
      severity: "error",
      message: `The file is ${cert.size.toLocaleString("en-US")} bytes; upload only the PEM public certificate (at most 3 MB).${says(SERVER_ERRORS.certificateTooBig(cert.size))}`,
    });
  }
  if (cert.text !== undefined) {
    if (/PRIVATE KEY-----/.test(cert.text)) {
      out.push({
        param: "certificate",
        severity: "warning",
        message: "This file contains a PRIVATE KEY. Never upload it: send only the public certificate (-----BEGIN CERTIFICATE-----).",
      });
    } else if (!/-----BEGIN CERTIFICATE-----/.test(cert.text)) {
      out.push({
        param: "certificate",
        severity: "warning",
        message: "This does not look like a PEM certificate (-----BEGIN CERTIFICATE-----). The server does not check it now, but deliveries will fail with TLS errors.",
      });
    }
  }
}

/**
 * Checks setWebhook parameters as the Bot API server does, without any network access.
 * Errors are what the server rejects; warnings are what it accepts but is likely a mistake.
 */
export function validate(input: SetWebhookInput): Issue[] {
  const out: Issue[] = [];
  validateUrl(input, out);
  const removing = (input.url ?? "") === "";
  if (!removing) {
    validateCertificate(input, out);
    if (typeof input.ip_address === "string") validateIpAddress(input.ip_address, out);
    if (input.max_connections !== undefined) validateMaxConnections(input.max_connections, out);
    if (input.allowed_updates !== undefined) validateAllowedUpdates(input.allowed_updates, out);
    if (typeof input.secret_token === "string") validateSecretToken(input.secret_token, out);
  }
  if (input.drop_pending_updates) {
    out.push({
      param: "drop_pending_updates",
      severity: "warning",
      message: "Every update waiting for delivery is deleted, even if the rest of the request is then rejected.",
    });
  }
  return out;
}

export const hasErrors = (issues: readonly Issue[]) => issues.some((i) => i.severity === "error");
