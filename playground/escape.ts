/** Small escaping helpers shared by every generator. Each is tested on its own. */

/** `value` in single quotes, each `'` written as `'\''`: bash reads it back exactly. */
const singleQuoted = (value: string) => `'${value.replaceAll("'", `'\\''`)}'`;

/** A bash word that is exactly `value`: bare when it is plain, else single-quoted. */
export function shellQuote(value: string): string {
  if (value === "") return "''";
  if (/^[A-Za-z0-9_@%+=:,./-]+$/.test(value) && !value.startsWith("@")) return value;
  return singleQuoted(value);
}

/**
 * A TypeScript string literal for `value`. JSON string syntax is valid TypeScript and
 * escapes quotes, backslashes and control characters; non-ASCII text stays readable.
 */
export function tsString(value: string): string {
  return JSON.stringify(value);
}

/** Quotes a multipart name or file name as undici (Node's fetch) does: CR, LF and `"` percent-encoded. */
export function multipartQuote(value: string): string {
  return `"${value.replaceAll("\n", "%0A").replaceAll("\r", "%0D").replaceAll('"', "%22")}"`;
}

/** Line breaks in a multipart text value as undici sends them: every CR, LF or CRLF becomes CRLF. */
export function normalizeLinefeeds(value: string): string {
  return value.replace(/\r?\n|\r/g, "\r\n");
}

/** A file name for curl's `-F name=@file`: double-quoted when it has `;`, `,`, `"` or `\`. */
export function curlFormFile(path: string): string {
  return /[;,"\\\s]/.test(path) ? `"${path.replace(/["\\]/g, "\\$&")}"` : path;
}

/** Bytes of a string in UTF-8. */
export function utf8Length(value: string): number {
  return new TextEncoder().encode(value).length;
}

/**
 * A bash word that is `value` with every `hole` replaced by the value of an environment
 * variable: the text around each hole single-quoted, the variable as `"${NAME}"`, so neither
 * the text nor the variable's value is ever interpreted by the shell.
 */
export function shellWordWithVariables(value: string, holes: Readonly<Record<string, string>>): string {
  const names = Object.keys(holes).filter((h) => h !== "" && value.includes(h));
  if (names.length === 0) return shellQuote(value);
  const pattern = new RegExp(names.map((h) => h.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join("|"), "g");
  let out = "";
  let last = 0;
  for (const match of value.matchAll(pattern)) {
    if (match.index > last) out += singleQuoted(value.slice(last, match.index));
    out += `"\${${holes[match[0]]!}}"`;
    last = match.index + match[0].length;
  }
  if (last < value.length) out += singleQuoted(value.slice(last));
  return out;
}
