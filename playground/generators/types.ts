import type { Runtime, SetWebhookInput } from "../params";

/** What every generator receives. */
export interface GeneratorInput {
  readonly params: SetWebhookInput;
  readonly runtime: Runtime;
}

/** One output of the playground: an id, a tab title, a shiki language, and a pure function. */
export interface Generator {
  readonly id: string;
  readonly title: string;
  readonly lang: "ts" | "http" | "bash";
  generate(input: GeneratorInput): string;
}

/** The environment variable every snippet reads the secret token from. */
export const SECRET_ENV = "WEBHOOK_SECRET";

/**
 * True when the snippets read `secret_token` from `SECRET_ENV` instead of writing it out: for
 * any secret the server accepts the characters of (A-Z a-z 0-9 _ -, which need no escaping
 * in JSON, a URL or a shell string). Other text is written out as it is, and the server
 * rejects it anyway.
 */
export function secretFromEnv(params: SetWebhookInput): params is SetWebhookInput & { secret_token: string } {
  return typeof params.secret_token === "string" && /^[A-Za-z0-9_-]+$/.test(params.secret_token);
}
