/**
 * setWebhook's limits as the Bot API server applies them (telegram-bot-api 01a3679, audited in
 * `../shared/botapi-setwebhook.md`). Validation, the reference page and the stand-in server
 * read them from here.
 */

/** The parameters, in the order the schema (and GramIO's call) lists them; `schema.test.ts` proves it. */
export const SET_WEBHOOK_PARAMS = [
  "url",
  "certificate",
  "ip_address",
  "max_connections",
  "allowed_updates",
  "drop_pending_updates",
  "secret_token",
] as const;
export type SetWebhookParamName = (typeof SET_WEBHOOK_PARAMS)[number];

/** Ports a webhook may use, not in local mode (`Client.cpp` `do_set_webhook`). Others are refused. */
export const WEBHOOK_PORTS = [443, 80, 88, 8443] as const;

/** `MAX_CERTIFICATE_FILE_SIZE = 3 << 20` (`Client.cpp`): a larger certificate is refused. */
export const MAX_CERTIFICATE_BYTES = 3 * 1024 * 1024;

/**
 * `secret_token` (`Client.cpp` `process_set_webhook_query`): over `maxBytes` UTF-8 bytes, or
 * any character outside `chars`, is refused; empty sends no secret.
 */
export const SECRET_TOKEN = {
  maxBytes: 256,
  /** One allowed character, as a regular expression source. */
  chars: "[A-Za-z0-9_-]",
  charWords: "A-Z, a-z, 0-9, _ and -",
} as const;

/**
 * `max_connections` (`Client.cpp` `get_integer_arg("max_connections", 40, 1, 100)`): never
 * refused; a value outside the range is clamped into it.
 */
export const MAX_CONNECTIONS = { min: 1, max: 100, default: 40 } as const;
