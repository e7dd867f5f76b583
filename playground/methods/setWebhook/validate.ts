import {
  certificateNamesMatch,
  DELIVERY_HEADER_LIMIT,
  deliveryHeaderBytes,
  describeChar,
  formatIPv4,
  hiddenCharacters,
  INADDR_NONE,
  inetAddrWord,
  isDottedQuad,
  isIPv6,
  isReservedIPv4,
  parseInetAddr,
  parseIPv4Loose,
  parseWebhookUrl,
  type ParsedWebhookUrl,
} from "../../net";
import { utf8Length } from "../../escape";
import type { SetWebhookInput } from "./input";
import { answerText, type ServerAnswerId } from "../../facts/errors";
import { MAX_CERTIFICATE_BYTES, MAX_CONNECTIONS, SECRET_TOKEN, WEBHOOK_PORTS, type SetWebhookParamName } from "./facts";
import { OPT_IN_UPDATE_TYPES, UPDATE_TYPES } from "../../facts/updateTypes";
import { toInt32 } from "../../server/integerArg";

export type Severity = "error" | "warning";

/**
 * `error`: the request is not sent as it stands: the server rejects it (`answer` holds its
 * reply, `step` where that check stands in the server's order), or the playground refuses it
 * (no `answer`: a private key is never sent). `warning`: accepted, but probably a mistake.
 */
export interface Issue {
  readonly param: SetWebhookParamName;
  readonly severity: Severity;
  readonly message: string;
  readonly answer?: string;
  readonly step?: ServerStep;
}

/**
 * The checks of setWebhook in the order the server makes them (facts: `Client.cpp`
 * `process_set_webhook_query` → `do_set_webhook`, then `WebhookActor::start_up`). The server
 * answers only the first that fails.
 */
export const SERVER_STEPS = [
  "url",
  "secret_token length",
  "secret_token characters",
  "certificate size",
  "https",
  "port",
  "ip_address",
  "host address",
  "certificate file",
] as const;
export type ServerStep = (typeof SERVER_STEPS)[number];


const quoted = (text: string) => `“${text}”`;
/** "443, 80, 88 or 8443". */
const PORT_WORDS = `${WEBHOOK_PORTS.slice(0, -1).join(", ")} or ${WEBHOOK_PORTS.at(-1)}`;

function serverError(param: SetWebhookParamName, step: ServerStep, message: string, id: ServerAnswerId, value?: string | number): Issue {
  return { param, severity: "error", message, answer: answerText(id, value), step };
}
const warning = (param: SetWebhookParamName, message: string): Issue => ({ param, severity: "warning", message });

/**
 * The value the server uses for `max_connections`, given the text it receives: an optional
 * `-` and the digits after it, read into a wrapping 32-bit integer, then clamped to 1-100.
 * Nothing is trimmed: `" 50"` is 1.
 */
export function effectiveMaxConnections(value: number | string): number {
  return Math.min(MAX_CONNECTIONS.max, Math.max(MAX_CONNECTIONS.min, toInt32(String(value))));
}

function checkHostAddress(host: string, out: Issue[]): void {
  if (isIPv6(host)) {
    out.push(
      serverError("url", "host address", "The host is an IPv6 address; use a host name with an IPv4 (A) record or a public IPv4 address.", "ipv6"),
    );
  } else if (host === "localhost" || host.endsWith(".localhost")) {
    out.push(
      serverError(
        "url",
        "host address",
        "localhost is the Bot API server itself, not your machine; use a public host name (a tunnel works for development).",
        "reserved",
        "127.0.0.1",
      ),
    );
  } else {
    const address = parseIPv4Loose(host);
    if (address !== undefined && isReservedIPv4(address)) {
      const ip = formatIPv4(address);
      out.push(
        serverError("url", "host address", `The host ${ip} is in a private or reserved range that Telegram cannot reach; use the server's public IPv4 address.`, "reserved", ip),
      );
    }
  }
}

function validateEmptyUrl(input: SetWebhookInput, out: Issue[]): void {
  const ignored = (["certificate", "ip_address", "max_connections", "secret_token"] as const).filter((k) => input[k] !== undefined);
  let message = "An empty url removes the webhook.";
  if (ignored.length) message += ` The server then ignores ${ignored.join(", ")}.`;
  if (input.allowed_updates !== undefined)
    message += " allowed_updates is still stored: the next webhook or getUpdates call without a list of its own uses it.";
  out.push(warning("url", message));
}

function validateUrl(input: SetWebhookInput, parsed: ParsedWebhookUrl, out: Issue[]): void {
  const url = input.url ?? "";
  const hidden = hiddenCharacters(url);
  if (hidden.length)
    out.push(warning("url", `The url contains ${hidden.join(", ")}, which the input box may not show; the code keeps ${hidden.length === 1 ? "it" : "them"}.`));
  if (!parsed.ok) {
    out.push(
      serverError("url", "url", `This is not a URL the server can parse: ${parsed.reason}. Write it as https://host[:port]/path.`, "invalidUrl"),
    );
    return;
  }
  if (parsed.scheme !== "https") {
    out.push(serverError("url", "https", "Use https:// instead of http://: webhooks are delivered over HTTPS only.", "https"));
  } else if (!(WEBHOOK_PORTS as readonly number[]).includes(parsed.port)) {
    out.push(
      serverError("url", "port", `Port ${parsed.port} is not allowed: use ${PORT_WORDS} (put a reverse proxy in front of your app).`, "port"),
    );
  }
  if (input.ip_address === undefined || input.ip_address === "") checkHostAddress(parsed.host, out);
  if (parsed.path.replace(/[?#].*$/, "") === "/" && !input.secret_token) {
    out.push(
      warning(
        "url",
        "Anyone who finds this URL can send your bot fake updates: set a secret_token, or add a hard-to-guess path such as /telegram/<random>.",
      ),
    );
  }
  const headerBytes = deliveryHeaderBytes(parsed, typeof input.secret_token === "string" ? input.secret_token : "");
  if (headerBytes > DELIVERY_HEADER_LIMIT) {
    out.push(
      warning(
        "url",
        `Each delivery's request headers would be about ${headerBytes.toLocaleString("en-US")} bytes. The server builds them in ${DELIVERY_HEADER_LIMIT.toLocaleString("en-US")} bytes, so it accepts this url but drops every update silently, with no last_error_message. Shorten the path or query.`,
      ),
    );
  }
}

function validateIpAddress(value: string, out: Issue[]): void {
  if (value === "") return;
  if (isIPv6(value)) {
    out.push(serverError("ip_address", "ip_address", "IPv6 addresses are refused; give the server's public IPv4 address.", "ipv6"));
    return;
  }
  const address = parseInetAddr(value);
  if (address === undefined) {
    const why =
      parseIPv4Loose(inetAddrWord(value)) === INADDR_NONE
        ? "255.255.255.255 is the C library's error value, so the server cannot take it"
        : "enter an IPv4 address such as 203.0.114.7 (no port, no host name, no zone id)";
    out.push(serverError("ip_address", "ip_address", `This is not an address the server can use: ${why}.`, "invalidIp"));
    return;
  }
  const read = formatIPv4(address);
  if (!isDottedQuad(value)) {
    out.push(
      warning(
        "ip_address",
        inetAddrWord(value) !== value
          ? `The server reads only ${read}: it stops at the first blank and ignores the rest. Write just ${read}.`
          : `The server reads this as ${read}; write that dotted form to be sure.`,
      ),
    );
  }
  if (isReservedIPv4(address)) {
    out.push(
      serverError("ip_address", "ip_address", `The address ${read} is in a private or reserved range that Telegram cannot reach; use the server's public IPv4 address.`, "reserved", read),
    );
  }
}

function validateMaxConnections(value: number | string, out: Issue[]): void {
  const sent = String(value);
  if (sent === "") return;
  const effective = effectiveMaxConnections(value);
  if (/^\d+$/.test(sent) && Number(sent) === effective) return;
  const whole = /^-?\d+$/.test(sent);
  const wraps = whole && (Number(sent) >= 2 ** 31 || Number(sent) < -(2 ** 31));
  const why = !whole
    ? "it reads only a leading - and the digits after it"
    : wraps
      ? "it reads the digits into a 32-bit number that wraps around, then clamps it to 1-100"
      : "it clamps the value to 1-100";
  out.push(
    warning("max_connections", `Use a whole number from 1 to 100: this sends ${quoted(sent)}, and the server uses ${effective} (${why}).`),
  );
}

function validateAllowedUpdates(value: readonly string[] | string, out: Issue[]): void {
  if (!Array.isArray(value)) {
    out.push(
      warning("allowed_updates", "This is not a JSON array of strings, so the server keeps the previous setting. Pick update types from the list."),
    );
    return;
  }
  const list = value as readonly string[];
  const known = new Set<string>(UPDATE_TYPES);
  const unknown = list.filter((t) => !known.has(t.toLowerCase()));
  if (unknown.length) {
    out.push(
      warning(
        "allowed_updates",
        `Unknown update type${unknown.length > 1 ? "s" : ""} ${unknown.map(quoted).join(", ")} ${unknown.length > 1 ? "are" : "is"} silently ignored by the server.`,
      ),
    );
  }
  const wrongCase = list.filter((t) => known.has(t.toLowerCase()) && !known.has(t));
  if (wrongCase.length) {
    out.push(
      warning("allowed_updates", `Write ${wrongCase.map((t) => t.toLowerCase()).join(", ")} in lower case: the server accepts it, GramIO's types do not.`),
    );
  }
  if (list.length === unknown.length) {
    out.push(
      warning(
        "allowed_updates",
        `${list.length ? "No known update type is left, so" : "An empty list means"} the default set: every type except ${OPT_IN_UPDATE_TYPES.join(", ")}. Leave the field out to keep the previous setting instead.`,
      ),
    );
  }
}

function validateSecretToken(value: string, out: Issue[]): void {
  if (value === "") return;
  const bytes = utf8Length(value);
  if (bytes > SECRET_TOKEN.maxBytes) {
    out.push(
      serverError(
        "secret_token",
        "secret_token length",
        `Shorten it to ${SECRET_TOKEN.maxBytes} bytes or fewer: it has ${bytes} bytes in UTF-8${bytes !== value.length ? ` (${[...value].length} characters)` : ""}.`,
        "secretTooLong",
      ),
    );
  }
  const bad = [...new Set(value.replace(new RegExp(SECRET_TOKEN.chars, "g"), ""))];
  if (bad.length) {
    const shown = bad.slice(0, 5).map(describeChar).join(", ");
    out.push(
      serverError(
        "secret_token",
        "secret_token characters",
        `Remove ${shown}${bad.length > 5 ? " and others" : ""}: only ${SECRET_TOKEN.charWords} are allowed.`,
        "secretChars",
      ),
    );
  }
}

function validateCertificate(input: SetWebhookInput, parsed: ParsedWebhookUrl, now: Date, out: Issue[]): void {
  const cert = input.certificate;
  if (!cert) return;
  if (cert.size > MAX_CERTIFICATE_BYTES) {
    out.push(
      serverError(
        "certificate",
        "certificate size",
        `The file is ${cert.size.toLocaleString("en-US")} bytes; upload only the PEM public certificate (at most 3 MB).`,
        "certificateTooBig",
        cert.size,
      ),
    );
  }
  const pem = cert.pem;
  if (!pem) return;
  if (pem.privateKey) {
    out.push({
      param: "certificate",
      severity: "error",
      message:
        "This file contains a PRIVATE KEY, and the playground will not send it. Never upload a private key: pick the public certificate alone (-----BEGIN CERTIFICATE-----).",
    });
  }
  if (!pem.loadable) {
    out.push(
      serverError(
        "certificate",
        "certificate file",
        "The server loads the file with OpenSSL and finds no PEM certificate in it (DER, an empty file or a key alone do not load). Upload the PEM public certificate.",
        "certificateFile",
      ),
    );
    return;
  }
  const first = pem.certificates[0];
  if (!first) return;
  if (new Date(first.notAfter).getTime() < now.getTime()) {
    out.push(warning("certificate", `The certificate expired on ${first.notAfter.slice(0, 10)}: deliveries will fail with an SSL error.`));
  }
  if (parsed.ok && !pem.certificates.some((c) => certificateNamesMatch(c, parsed.host))) {
    const ipOnly = parsed.host.match(/^[\d.]+$/) && first.ipAddresses.includes(parsed.host);
    out.push(
      warning(
        "certificate",
        `The certificate is not for ${parsed.host}: the server checks the host against ${first.dnsNames.length ? "its DNS names" : "its subject CN"}${ipOnly ? " (an IP-type alternative name alone does not count: the IP must be the CN or a DNS-type name)" : ""}, so deliveries will fail with an SSL error.`,
      ),
    );
  }
}

export interface ValidateOptions {
  /** The time certificates are checked against. */
  readonly now?: Date;
}

/**
 * Checks setWebhook parameters as the Bot API server does, without any network access.
 * Errors are what the server rejects; warnings are what it accepts but is likely a mistake.
 */
export function validate(input: SetWebhookInput, options: ValidateOptions = {}): Issue[] {
  const out: Issue[] = [];
  const url = input.url ?? "";
  if (url === "") {
    validateEmptyUrl(input, out);
  } else {
    const parsed = parseWebhookUrl(url);
    validateUrl(input, parsed, out);
    validateCertificate(input, parsed, options.now ?? new Date(), out);
    if (typeof input.ip_address === "string") validateIpAddress(input.ip_address, out);
    if (input.max_connections !== undefined) validateMaxConnections(input.max_connections, out);
    if (typeof input.secret_token === "string") validateSecretToken(input.secret_token, out);
  }
  if (input.allowed_updates !== undefined) validateAllowedUpdates(input.allowed_updates, out);
  if (input.drop_pending_updates) {
    out.push(
      warning(
        "drop_pending_updates",
        "Every update waiting for delivery is deleted, even if the rest of the request is then rejected with 400 (not when it is refused with 429 or 409: those return first).",
      ),
    );
  }
  return out;
}

export const hasErrors = (issues: readonly Issue[]) => issues.some((i) => i.severity === "error");

/** An issue as the playground shows it: a label and the whole text. */
export interface ShownIssue extends Issue {
  readonly label: "Error" | "Next error" | "Refused" | "Warning";
  readonly text: string;
}

/** What the server will say to the request, and what comes after. */
export interface Verdict {
  /** Every issue, labelled: the server's first answer is "Error", later ones "Next error". */
  readonly shown: readonly ShownIssue[];
  /** The error the server answers (the first failing check), if any. */
  readonly answer?: ShownIssue;
  /** Errors the server would report one by one once the first is fixed, in its order. */
  readonly next: readonly ShownIssue[];
  /** Errors the playground itself refuses to send. */
  readonly refused: readonly ShownIssue[];
  /** One sentence for the status line; empty when nothing stops the request. */
  readonly summary: string;
}

/** Orders the errors as the server checks them: it answers only the first. */
export function verdict(issues: readonly Issue[]): Verdict {
  const order = (i: Issue) => (i.step === undefined ? -1 : SERVER_STEPS.indexOf(i.step));
  const answering = issues.filter((i) => i.severity === "error" && i.answer !== undefined).sort((a, b) => order(a) - order(b));
  const first = answering[0];
  const shown = issues.map((i): ShownIssue => {
    if (i.severity === "warning") return { ...i, label: "Warning", text: i.message };
    if (i.answer === undefined) return { ...i, label: "Refused", text: i.message };
    if (i === first) return { ...i, label: "Error", text: `${i.message} The server answers ${quoted(i.answer)}.` };
    return { ...i, label: "Next error", text: `${i.message} Once the errors before it are fixed, the server answers ${quoted(i.answer)}.` };
  });
  const byIssue = new Map(issues.map((i, n) => [i, shown[n]!]));
  const answer = first && byIssue.get(first);
  const next = answering.slice(1).map((i) => byIssue.get(i)!);
  const refused = shown.filter((i) => i.label === "Refused");
  const parts: string[] = [];
  if (answer) {
    parts.push(`The Bot API server would answer ${quoted(answer.answer!)} (${answer.param}).`);
    if (next.length)
      parts.push(`It checks one thing at a time: ${next.length} more ${next.length === 1 ? "error comes" : "errors come"} after that one (${[...new Set(next.map((n) => n.param))].join(", ")}).`);
  }
  if (refused.length) parts.push("The playground will not send a private key.");
  if (parts.length) parts.push("The code below shows the request as it stands.");
  return { shown, answer, next, refused, summary: parts.join(" ") };
}
