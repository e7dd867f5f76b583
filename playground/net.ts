import { SECRET_HEADER } from "./facts/secretHeader";

/**
 * Address and URL parsing as the Bot API server does it (tdlib/td `HttpUrl.cpp` `parse_url`,
 * `IPAddress.cpp` `is_reserved`, and the C library's `inet_aton` for IPv4).
 * Pure: no DOM, no network.
 */

/**
 * Parses an IPv4 address the way `inet_aton`/`inet_addr` do: one to four parts, each
 * decimal, octal (leading 0) or hexadecimal (0x), the last part filling the remaining bytes.
 * Returns the address as an unsigned 32-bit number, or undefined.
 */
export function parseIPv4Loose(text: string): number | undefined {
  if (!/^[0-9a-fA-FxX.]+$/.test(text)) return undefined;
  const parts = text.split(".");
  if (parts.length > 4) return undefined;
  const values: number[] = [];
  for (const part of parts) {
    let n: number;
    // `0x` needs at least one hex digit after it: `0x`, `1.2.3.0x` and `0x.1.2.3` are invalid.
    if (/^0[xX][0-9a-fA-F]+$/.test(part)) n = parseInt(part.slice(2), 16);
    else if (/^0[0-7]*$/.test(part)) n = part.length === 1 ? 0 : parseInt(part.slice(1), 8);
    else if (/^[1-9][0-9]*$/.test(part)) n = parseInt(part, 10);
    else return undefined;
    values.push(n);
  }
  const last = values.pop()!;
  for (const v of values) if (v > 255) return undefined;
  const lastMax = 2 ** (8 * (4 - values.length)) - 1;
  if (last > lastMax) return undefined;
  let result = 0;
  values.forEach((v, i) => (result += v * 2 ** (8 * (3 - i))));
  return result + last;
}

/** The whitespace of C's `isspace` in the "C" locale. */
const C_SPACE = /[ \t\n\v\f\r]/;

/** `inet_addr`'s error value: 255.255.255.255 in any spelling. */
export const INADDR_NONE = 0xffffffff;

/** What `inet_addr` reads of a text: everything before the first whitespace. */
export function inetAddrWord(text: string): string {
  const space = text.search(C_SPACE);
  return space < 0 ? text : text.slice(0, space);
}

/**
 * glibc's `inet_addr`, which the server uses for `ip_address`: `inet_aton` that stops at the
 * first whitespace (what follows is ignored), and `255.255.255.255` in any spelling is its
 * error value `INADDR_NONE`, so it is invalid too.
 */
export function parseInetAddr(text: string): number | undefined {
  const address = parseIPv4Loose(inetAddrWord(text));
  return address === INADDR_NONE ? undefined : address;
}

/** True when the text is exactly four decimal parts of 0-255 without leading zeros. */
export function isDottedQuad(text: string): boolean {
  return /^(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}$/.test(text);
}

export function formatIPv4(address: number): string {
  return [24, 16, 8, 0].map((shift) => Math.floor(address / 2 ** shift) % 256).join(".");
}

/**
 * True for an IPv6 address, with or without brackets (parsed with the WHATWG URL parser).
 * A zone id (`fe80::1%eth0`) is not accepted, as `inet_pton` and td's URL parser refuse it.
 */
export function isIPv6(text: string): boolean {
  const inner = text.startsWith("[") && text.endsWith("]") ? text.slice(1, -1) : text;
  if (!inner.includes(":") || !/^[0-9a-fA-F:.]+$/.test(inner)) return false;
  try {
    new URL(`http://[${inner}]/`);
    return true;
  } catch {
    return false;
  }
}

/** IPv4 ranges the server refuses (td `IPAddress::is_reserved`), as [first octets, prefix]. */
export const RESERVED_IPV4_RANGES: readonly (readonly [string, number])[] = [
  ["0.0.0.0", 8],
  ["10.0.0.0", 8],
  ["100.64.0.0", 10],
  ["127.0.0.0", 8],
  ["169.254.0.0", 16],
  ["172.16.0.0", 12],
  ["192.0.0.0", 24],
  ["192.0.2.0", 24],
  ["192.88.99.0", 24],
  ["192.168.0.0", 16],
  ["198.18.0.0", 15],
  ["198.51.100.0", 24],
  ["203.0.113.0", 24],
  ["224.0.0.0", 3],
];

export function isReservedIPv4(address: number): boolean {
  return RESERVED_IPV4_RANGES.some(([base, prefix]) => {
    const size = 2 ** (32 - prefix);
    return Math.floor(address / size) === Math.floor(parseIPv4Loose(base)! / size);
  });
}

export type ParsedWebhookUrl =
  | {
      readonly ok: true;
      readonly scheme: "http" | "https";
      readonly userinfo: string;
      readonly host: string;
      readonly port: number;
      /** Path and query as the server keeps them (starting with `/`). */
      readonly path: string;
    }
  | { readonly ok: false; readonly reason: string };

/** A character for a message: itself in quotes, or its code point and name when it is invisible. */
export function describeChar(c: string): string {
  const code = c.codePointAt(0)!;
  const name = INVISIBLE_NAMES[code];
  if (name) return `U+${code.toString(16).toUpperCase().padStart(4, "0")} (${name})`;
  if (code < 0x20 || code === 0x7f) return `U+${code.toString(16).toUpperCase().padStart(4, "0")} (a control character)`;
  return `“${c}”`;
}

/** Characters that an input box shows as nothing, or that reorder the text around them. */
export const INVISIBLE_NAMES: Readonly<Record<number, string>> = {
  0x00: "NUL",
  0x09: "tab",
  0x0a: "line feed",
  0x0d: "carriage return",
  0x20: "space",
  0xa0: "no-break space",
  0xad: "soft hyphen",
  0x200b: "zero width space",
  0x200c: "zero width non-joiner",
  0x200d: "zero width joiner",
  0x200e: "left-to-right mark",
  0x200f: "right-to-left mark",
  0x202a: "left-to-right embedding",
  0x202b: "right-to-left embedding",
  0x202c: "pop directional formatting",
  0x202d: "left-to-right override",
  0x202e: "right-to-left override",
  0x2060: "word joiner",
  0x2066: "left-to-right isolate",
  0x2067: "right-to-left isolate",
  0x2068: "first strong isolate",
  0x2069: "pop directional isolate",
  0x2028: "line separator",
  0x2029: "paragraph separator",
  0xfeff: "zero width no-break space",
};

/**
 * The characters of `text` that a text box hides or that change how the text around them is
 * shown (controls, zero-width and bidirectional marks), each named once, in order.
 */
export function hiddenCharacters(text: string): string[] {
  const found = new Set<string>();
  for (const c of text) {
    const code = c.codePointAt(0)!;
    if (code === 0x20) continue;
    if (INVISIBLE_NAMES[code] !== undefined || code < 0x20 || code === 0x7f) found.add(describeChar(c));
  }
  return [...found];
}

const HOST_CHAR = /^[A-Za-z0-9.\-_!$,~*'();&+=]$/;

function checkUrlPart(part: string, allowColon: boolean): string | undefined {
  for (let i = 0; i < part.length; i++) {
    const c = part[i]!;
    if (HOST_CHAR.test(c) || (allowColon && c === ":")) continue;
    if (c === "%") {
      if (/^[0-9a-fA-F]{2}$/.test(part.slice(i + 1, i + 3))) {
        i += 2;
        continue;
      }
      return "a wrong percent-encoded symbol";
    }
    if (c.charCodeAt(0) >= 128) continue;
    return `the character ${describeChar(c)}`;
  }
  return undefined;
}

/**
 * `parse_url(url, https)` of tdlib: returns the parts, or why the server answers
 * "invalid webhook URL specified".
 */
export function parseWebhookUrl(url: string): ParsedWebhookUrl {
  if (/^\s/.test(url)) return { ok: false, reason: "it starts with a space or another blank character" };
  let rest = url;
  let scheme: "http" | "https" = "https";
  const schemeMatch = /^([^:/?#@[\]]*):\/\//.exec(url);
  if (schemeMatch) {
    const name = schemeMatch[1]!.toLowerCase();
    if (name !== "http" && name !== "https") return { ok: false, reason: `the scheme “${schemeMatch[1]}” is not http or https` };
    scheme = name;
    rest = url.slice(schemeMatch[0].length);
  }
  const authorityEnd = rest.search(/[/?#]/);
  const authority = authorityEnd < 0 ? rest : rest.slice(0, authorityEnd);
  let pathAndQuery = authorityEnd < 0 ? "" : rest.slice(authorityEnd);

  let colon = authority.length - 1;
  while (colon > 0 && authority[colon] !== ":" && authority[colon] !== "]" && authority[colon] !== "@") colon--;
  let port = 0;
  let userinfoHost = authority;
  if (colon > 0 && authority[colon] === ":") {
    let portText = authority.slice(colon + 1);
    while (portText.length > 1 && portText[0] === "0") portText = portText.slice(1);
    const value = /^-?\d+$/.test(portText) ? Number(portText) : NaN;
    if (!Number.isInteger(value) || value <= 0 || value > 65535)
      return { ok: false, reason: `the port “${authority.slice(colon + 1)}” is not a number from 1 to 65535` };
    port = value;
    userinfoHost = authority.slice(0, colon);
  }
  const at = userinfoHost.lastIndexOf("@");
  const userinfo = at < 0 ? "" : userinfoHost.slice(0, at);
  const host = userinfoHost.slice(at + 1);
  const bracketed = host.startsWith("[") && host.endsWith("]");
  if (bracketed && !isIPv6(host)) return { ok: false, reason: "the IPv6 address in brackets is not valid" };
  if (host === "") return { ok: false, reason: "the host is empty" };
  if (host === ".") return { ok: false, reason: "the host “.” is not valid" };
  if (port === 0) port = scheme === "http" ? 80 : 443;

  pathAndQuery = pathAndQuery.replace(/[\t\n\v\f\r ]+$/, "");
  if (pathAndQuery === "") pathAndQuery = "/";
  let path = pathAndQuery.startsWith("/") ? "" : "/";
  for (const ch of pathAndQuery) {
    const code = ch.charCodeAt(0);
    path += code <= 0x20 ? `%${code.toString(16).toUpperCase().padStart(2, "0")}` : ch;
  }

  const lowerHost = host.toLowerCase();
  if (!bracketed) {
    const bad = checkUrlPart(lowerHost, false);
    if (bad) return { ok: false, reason: `the host contains ${bad}` };
  }
  // td checks the user info only for a host that is not an IPv6 literal (HttpUrl.cpp 176-187).
  const badUser = bracketed ? undefined : checkUrlPart(userinfo, true);
  if (badUser) return { ok: false, reason: `the user name or password contains ${badUser}` };
  return { ok: true, scheme, userinfo, host: lowerHost, port, path };
}

/**
 * The server builds each delivery's request line and headers in a 4,096-byte buffer
 * (td `HttpHeaderCreator::MAX_HEADER`), of which td's `StringBuilder` keeps 30 bytes in
 * reserve; a longer header block fails and the update is dropped without a `last_error_message`.
 */
export const DELIVERY_HEADER_LIMIT = 4096 - 30;

/**
 * Bytes of the request line and headers of a delivery to `url` (WebhookActor `send_update`):
 * `POST <path> HTTP/1.1`, Host, Basic auth from the user info, the secret header, Content-Type,
 * Content-Length (an update of `bodyBytes` bytes), Connection and Accept-Encoding.
 */
export function deliveryHeaderBytes(url: Extract<ParsedWebhookUrl, { ok: true }>, secretToken: string, bodyBytes = 1000): number {
  const utf8 = (s: string) => new TextEncoder().encode(s).length;
  const header = (name: string, value: string) => utf8(`${name}: ${value}\r\n`);
  let total = utf8(`POST ${url.path} HTTP/1.1\r\n`) + header("Host", url.host);
  if (url.userinfo) total += header("Authorization", `Basic ${"x".repeat(4 * Math.ceil(utf8(url.userinfo) / 3))}`);
  if (secretToken) total += header(SECRET_HEADER, secretToken);
  total += header("Content-Type", "application/json") + header("Content-Length", String(bodyBytes));
  total += header("Connection", "keep-alive") + header("Accept-Encoding", "gzip, deflate") + 2;
  return total;
}

/**
 * OpenSSL's host check (`X509_check_host`), which the server applies to an uploaded
 * certificate: the DNS-type alternative names if there are any, else the subject CN; a `*`
 * stands for one whole left-most label. An IP host is compared as a name too, so it must be
 * the CN or a DNS-type name: an IP-type alternative name alone does not match.
 */
export function certificateNamesMatch(names: { subjectCN: string | undefined; dnsNames: readonly string[] }, host: string): boolean {
  const target = host.replace(/^\[|\]$/g, "").toLowerCase();
  const candidates = names.dnsNames.length ? names.dnsNames : names.subjectCN !== undefined ? [names.subjectCN] : [];
  return candidates.some((name) => {
    const pattern = name.toLowerCase();
    if (pattern === target) return true;
    if (!pattern.startsWith("*.")) return false;
    const suffix = pattern.slice(1);
    const label = target.slice(0, target.length - suffix.length);
    return suffix.indexOf(".", 1) > 0 && target.endsWith(suffix) && label !== "" && !label.includes(".");
  });
}
