/** The 64 characters a secret token may contain. */
export const SECRET_TOKEN_ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-";

/**
 * A random valid secret token. `fill` is `crypto.getRandomValues` (passed in so the core has
 * no browser globals and tests can be exact). 64 symbols, so each byte maps without bias.
 */
export function generateSecretToken(fill: (bytes: Uint8Array) => Uint8Array, length = 48): string {
  const bytes = fill(new Uint8Array(length));
  let out = "";
  for (const b of bytes) out += SECRET_TOKEN_ALPHABET[b & 63];
  return out;
}
