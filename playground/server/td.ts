/**
 * td's own string helpers, where the server's checks use them (tdlib/td at the commit the
 * server pins, 49b3bcb): they differ from JavaScript's in what is a space and what a length is.
 */

/** tdutils/td/utils/misc.h, `is_space`: space, \t, \r, \n, \0 and \v (not \f, not a no-break space). */
export const isTdSpace = (c: string) => c === " " || c === "\t" || c === "\r" || c === "\n" || c === "\0" || c === "\v";

/** tdutils/td/utils/misc.h, `trim`: td's spaces off both ends. */
export function tdTrim(text: string): string {
  let start = 0;
  let end = text.length;
  while (start < end && isTdSpace(text[start]!)) start++;
  while (end > start && isTdSpace(text[end - 1]!)) end--;
  return text.slice(start, end);
}

/** tdutils/td/utils/utf8.h, `utf8_length`: Unicode code points, not UTF-16 units. */
export function utf8Length(text: string): number {
  let n = 0;
  for (const _ of text) n++;
  return n;
}


/** tdutils/td/utils/misc.h, `to_integer<int64>`: digits after an optional minus, wrapping, stopping at the first other character. */
export function toInt64(text: string): bigint {
  const m = /^(-?)(\d*)/.exec(text)!;
  const digits = m[2] ? BigInt(m[2]) : 0n;
  return BigInt.asIntN(64, m[1] ? -digits : digits);
}

/** tdutils/td/utils/misc.h, `to_integer_safe<T>`: the text read as an integer of `bits` (wrapping), taken only when it reads back the same. */
export function toIntegerSafe(text: string, bits: 32 | 64): bigint | undefined {
  const value = BigInt.asIntN(bits, toInt64(text));
  return String(value) === text ? value : undefined;
}

/** tdutils/td/utils/misc.h, `to_lower`: A-Z only (JavaScript's also folds the Kelvin sign “K” to “k”, which td keeps). */
export const tdToLower = (text: string): string => text.replace(/[A-Z]+/g, (upper) => upper.toLowerCase());
