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
    if (/^0[xX][0-9a-fA-F]*$/.test(part)) n = part.length === 2 ? 0 : parseInt(part.slice(2), 16);
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

/** True when the text is exactly four decimal parts of 0-255 without leading zeros. */
export function isDottedQuad(text: string): boolean {
  return /^(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}$/.test(text);
}

export function formatIPv4(address: number): string {
  return [24, 16, 8, 0].map((shift) => Math.floor(address / 2 ** shift) % 256).join(".");
}

/** True for an IPv6 address, with or without brackets (parsed with the WHATWG URL parser). */
export function isIPv6(text: string): boolean {
  const inner = text.startsWith("[") && text.endsWith("]") ? text.slice(1, -1) : text;
  if (!inner.includes(":") || !/^[0-9a-fA-F:.]+(%[\w.]+)?$/.test(inner)) return false;
  try {
    new URL(`http://[${inner.replace(/%.*$/, "")}]/`);
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
    return `the character ${JSON.stringify(c)}`;
  }
  return undefined;
}

/**
 * `parse_url(url, https)` of tdlib: returns the parts, or why the server answers
 * "invalid webhook URL specified".
 */
export function parseWebhookUrl(url: string): ParsedWebhookUrl {
  let rest = url;
  let scheme: "http" | "https" = "https";
  const schemeMatch = /^([^:/?#@[\]]*):\/\//.exec(url);
  if (schemeMatch) {
    const name = schemeMatch[1]!.toLowerCase();
    if (name !== "http" && name !== "https") return { ok: false, reason: `the scheme "${schemeMatch[1]}" is not http or https` };
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
      return { ok: false, reason: `the port "${authority.slice(colon + 1)}" is not a number from 1 to 65535` };
    port = value;
    userinfoHost = authority.slice(0, colon);
  }
  const at = userinfoHost.lastIndexOf("@");
  const userinfo = at < 0 ? "" : userinfoHost.slice(0, at);
  const host = userinfoHost.slice(at + 1);
  const bracketed = host.startsWith("[") && host.endsWith("]");
  if (bracketed && !isIPv6(host)) return { ok: false, reason: "the IPv6 address in brackets is not valid" };
  if (host === "") return { ok: false, reason: "the host is empty" };
  if (host === ".") return { ok: false, reason: 'the host "." is not valid' };
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
  const badUser = checkUrlPart(userinfo, true);
  if (badUser) return { ok: false, reason: `the user name or password contains ${badUser}` };
  return { ok: true, scheme, userinfo, host: lowerHost, port, path };
}
