/** Where every snippet of the webhook workflow reads the secret token from. */

/** The environment variable the GramIO, cURL, server and test-update code read the secret token from. */
export const SECRET_ENV = "WEBHOOK_SECRET";

/**
 * True when the snippets read `secret_token` from `SECRET_ENV` instead of writing it out: for
 * any secret the server accepts the characters of (A-Z a-z 0-9 _ -, which need no escaping
 * in JSON, a URL or a shell string). Other text is written out as it is, and the server
 * rejects it anyway.
 */
export function secretFromEnv(params: { readonly secret_token?: unknown }): params is { secret_token: string } {
  return typeof params.secret_token === "string" && /^[A-Za-z0-9_-]+$/.test(params.secret_token);
}
