/**
 * td's check of a link's URL (td/telegram/LinkManager.cpp, `get_checked_link` and
 * `check_link_impl`, with tdutils/td/utils/HttpUrl.cpp `parse_url` and `HttpUrl::get_url`, td
 * 49b3bcb): the URL a text link keeps, rewritten as td writes it (`http://` added, the host
 * lower-cased, a `/` path, control characters and spaces percent-encoded), or "" when td drops
 * the link. An IPv6 host is read as glibc's inet_pton reads it, which td calls.
 */
import { toIntegerSafe } from "../server/td";

const isDigit = (c: string) => c >= "0" && c <= "9";
const isAlnum = (c: string) => isDigit(c) || (c >= "a" && c <= "z") || (c >= "A" && c <= "Z");
const isHex = (c: string | undefined) => c !== undefined && /^[0-9a-fA-F]$/.test(c);
const lower = (text: string) => text.replace(/[A-Z]/g, (c) => c.toLowerCase());
const isSpace = (c: string) => c === " " || c === "\t" || c === "\r" || c === "\n" || c === "\0" || c === "\v";

/** glibc inet_pton4, as inet_pton6 reads a dotted tail: four decimal octets, no leading zeros. */
function isIpv4(text: string): boolean {
  let octets = 0;
  let digits = 0;
  let value = 0;
  for (const c of text) {
    if (isDigit(c)) {
      if (digits > 0 && value === 0) return false;
      value = value * 10 + Number(c);
      if (value > 255) return false;
      if (digits++ === 0 && ++octets > 4) return false;
    } else if (c === "." && digits > 0) {
      if (octets === 4) return false;
      digits = 0;
      value = 0;
    } else return false;
  }
  return octets === 4 && digits > 0;
}

/** glibc inet_pton6 (resolv/inet_pton.c): eight groups of at most four hex digits, one `::`, an IPv4 tail. */
function isIpv6(text: string): boolean {
  let i = 0;
  let groups = 0;
  let compressed = false;
  let digits = 0;
  let tokenStart = 0;
  if (text.length === 0) return false;
  if (text[0] === ":") {
    if (text[1] !== ":") return false;
    i = 1;
  }
  tokenStart = i;
  for (; i < text.length; i++) {
    const c = text[i]!;
    if (isHex(c)) {
      if (digits === 4) return false;
      digits++;
      continue;
    }
    if (c === ":") {
      tokenStart = i + 1;
      if (digits === 0) {
        if (compressed) return false;
        compressed = true;
        continue;
      }
      if (i + 1 === text.length) return false;
      if (groups + 1 > 8) return false;
      groups++;
      digits = 0;
      continue;
    }
    if (c === "." && groups + 2 <= 8 && isIpv4(text.slice(tokenStart))) {
      groups += 2;
      digits = 0;
      i = text.length;
      break;
    }
    return false;
  }
  if (digits > 0) {
    if (groups + 1 > 8) return false;
    groups++;
  }
  if (compressed) return groups < 8;
  return groups === 8;
}

/** HttpUrl.cpp, parse_url's check of a host or userinfo: RFC 3986's characters, %XX, and any non-ASCII. */
function urlPartOk(part: string, allowColon: boolean): boolean {
  for (let i = 0; i < part.length; i++) {
    const c = part[i]!;
    if (isAlnum(c) || ".-_!$,~*'();&+=".includes(c) || (allowColon && c === ":")) continue;
    if (c === "%") {
      if (isHex(part[i + 1]) && isHex(part[i + 2])) {
        i += 2;
        continue;
      }
      return false;
    }
    if (c.charCodeAt(0) >= 128) continue;
    return false;
  }
  return true;
}

interface HttpUrl {
  readonly https: boolean;
  readonly userinfo: string;
  readonly host: string;
  readonly isIpv6: boolean;
  readonly specifiedPort: number;
  readonly query: string;
}

/** HttpUrl.cpp, parse_url with HTTP by default; undefined where it refuses. */
function parseUrl(url: string): HttpUrl | undefined {
  const stop = (from: number, chars: string) => {
    let k = from;
    while (k < url.length && !chars.includes(url[k]!)) k++;
    return k;
  };
  let at = stop(0, ":/?#@[]");
  const protocol = lower(url.slice(0, at));
  let https = false;
  if (url.startsWith("://", at)) {
    if (protocol === "https") https = true;
    else if (protocol !== "http") return undefined;
    at += 3;
  } else at = 0;
  const hostEnd = stop(at, "/?#");
  const userinfoHostPort = url.slice(at, hostEnd);
  let port = 0;
  let colon = userinfoHostPort.length - 1;
  while (colon > 0 && userinfoHostPort[colon] !== ":" && userinfoHostPort[colon] !== "]" && userinfoHostPort[colon] !== "@") colon--;
  let userinfoHost: string;
  if (colon > 0 && userinfoHostPort[colon] === ":") {
    let portText = userinfoHostPort.slice(colon + 1);
    while (portText.length > 1 && portText[0] === "0") portText = portText.slice(1);
    const read = toIntegerSafe(portText, 32);
    port = read === undefined || read === 0n ? -1 : Number(read);
    userinfoHost = userinfoHostPort.slice(0, colon);
  } else userinfoHost = userinfoHostPort;
  if (port < 0 || port > 65535) return undefined;
  const atSign = userinfoHost.lastIndexOf("@");
  const userinfo = atSign === -1 ? "" : userinfoHost.slice(0, atSign);
  const host = userinfoHost.slice(atSign + 1);
  let isIpv6Host = false;
  if (host !== "" && host[0] === "[" && host.at(-1) === "]") {
    // init_ipv6_port strips the brackets only when something is between them; inet_pton reads up to a NUL.
    const plain = host.length > 2 ? host.slice(1, -1) : host;
    if (!isIpv6(plain.split("\0")[0]!)) return undefined;
    isIpv6Host = true;
  }
  if (host === "" || host === ".") return undefined;
  let query = url.slice(hostEnd);
  while (query !== "" && isSpace(query.at(-1)!)) query = query.slice(0, -1);
  if (query === "") query = "/";
  let queryText = query[0] === "/" ? "" : "/";
  for (const c of query) {
    const code = c.charCodeAt(0);
    queryText += code <= 0x20 ? `%${"0123456789ABCDEF"[code >> 4]}${"0123456789ABCDEF"[code & 15]}` : c;
  }
  const hostText = lower(host);
  if (isIpv6Host) {
    for (let k = 1; k + 1 < hostText.length; k++) if (!/[0-9a-f:.]/.test(hostText[k]!)) return undefined;
  } else if (!urlPartOk(hostText, false) || !urlPartOk(userinfo, true)) return undefined;
  return { https, userinfo, host: hostText, isIpv6: isIpv6Host, specifiedPort: port, query: queryText };
}

const startsLower = (text: string, prefix: string) => lower(text.slice(0, prefix.length)) === prefix;

/** LinkManager::get_checked_link (check_link_impl, neither HTTP- nor HTTPS-only): the URL td keeps, or "". */
export function checkedLink(link: string): string {
  let scheme: "tg" | "ton" | "tonsite" | undefined;
  for (const s of ["tg", "ton", "tonsite"] as const) {
    if (startsLower(link, `${s}:`)) {
      link = link.slice(s.length + 1);
      scheme = s;
      break;
    }
  }
  if (scheme && link.startsWith("//")) link = link.slice(2);
  const url = parseUrl(link);
  if (!url) return "";
  if (scheme) {
    if (startsLower(link, "http://") || url.https || url.userinfo !== "" || url.specifiedPort !== 0 || url.isIpv6) return "";
    const query = url.query.length > 1 && url.query[1] === "?" ? url.query.slice(1) : url.query;
    for (const c of url.host) if (!isAlnum(c) && c !== "-" && c !== "_" && !(scheme === "tonsite" && c === ".")) return "";
    return `${scheme}://${url.host}${query}`;
  }
  if (!url.host.includes(".") && !url.isIpv6) return "";
  return `${url.https ? "https" : "http"}://${url.userinfo === "" ? "" : `${url.userinfo}@`}${url.host}${url.specifiedPort > 0 ? `:${url.specifiedPort}` : ""}${url.query}`;
}
