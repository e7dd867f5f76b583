import type { Runtime, SetWebhookInput } from "../params";
import { methodSlice } from "../schema/methods";
import type { SchemaSlice } from "../schema/slice";

/** What every generator receives: one method's call as a value tree, with its schema slice. */
export interface GeneratorInput {
  /** The method and the object types its parameters reach; setWebhook's when absent. */
  readonly slice?: Pick<SchemaSlice, "method" | "objects">;
  /** Parameter name → value; an interface such as `SetWebhookInput` fits. */
  readonly params: object;
  readonly runtime: Runtime;
  /**
   * Top-level parameters the snippets read from an environment variable (name → variable)
   * instead of writing them out; setWebhook's valid secret when absent.
   */
  readonly fromEnv?: Readonly<Record<string, string>>;
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

/** The slice and environment variables of an input, with setWebhook's as the default. */
export function resolveInput(input: GeneratorInput): {
  slice: Pick<SchemaSlice, "method" | "objects">;
  params: Readonly<Record<string, unknown>>;
  fromEnv: Readonly<Record<string, string>>;
} {
  const params = input.params as Readonly<Record<string, unknown>>;
  if (input.slice) return { slice: input.slice, params, fromEnv: input.fromEnv ?? {} };
  return {
    params,
    slice: methodSlice("setWebhook"),
    fromEnv: input.fromEnv ?? (secretFromEnv(input.params as SetWebhookInput) ? { secret_token: SECRET_ENV } : {}),
  };
}
