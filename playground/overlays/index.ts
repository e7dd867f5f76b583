/**
 * Per-method knowledge the schema cannot hold, for the playground of any method: server-exact
 * validation, parameters read from the environment in copied code, secrets. One registry;
 * a method without an entry is driven by its schema alone.
 */
import type { CallIssue } from "../call/validate";
import { setWebhookOverlay } from "./setWebhook";

export interface CallOverlay {
  /** Issues the server's own rules give, by path. */
  validate?(params: Readonly<Record<string, unknown>>): CallIssue[];
  /**
   * Parameters whose every check the overlay makes: the schema's issues about them (and
   * anything inside them) are dropped, since the overlay knows what the server does there
   * (setWebhook takes an empty url, which the schema calls required).
   */
  readonly governs?: readonly string[];
  /** Top-level parameters the copied code reads from an environment variable (name → variable). */
  fromEnv?(params: Readonly<Record<string, unknown>>): Readonly<Record<string, string>>;
}

export const OVERLAYS: Readonly<Record<string, CallOverlay>> = { setWebhook: setWebhookOverlay };

/** The call's issues: the schema's, less those about parameters the overlay governs, then the overlay's. */
export function overlaidIssues(schemaIssues: readonly CallIssue[], overlay: CallOverlay | undefined, params: Readonly<Record<string, unknown>>): CallIssue[] {
  if (!overlay?.validate) return [...schemaIssues];
  const governs = overlay.governs ?? [];
  const governed = (path: string) => governs.some((g) => path === g || path.startsWith(`${g}.`) || path.startsWith(`${g}[`));
  return [...schemaIssues.filter((i) => !governed(i.path)), ...overlay.validate(params)];
}
