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

