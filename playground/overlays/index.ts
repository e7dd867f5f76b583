/**
 * Per-method knowledge the schema cannot hold, for the playground of any method: server-exact
 * validation, how a control's text becomes a value, what is always sent, the link's format,
 * parameters read from the environment in copied code. One registry; a method without an
 * entry is driven by its schema alone.
 */
import type { OutputTab, Runtime } from "../params";
import type { CallIssue } from "../call/validate";
import type { LazyOutput } from "../generators/types";

export interface CallLink {
  readonly params: Record<string, unknown>;
  readonly tab: OutputTab;
  readonly runtime: Runtime;
  readonly notices: readonly string[];
}

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
  /** How a top-level text control's text becomes a value (undefined: not sent). */
  readonly parse?: Readonly<Record<string, (text: string) => unknown>>;
  /** The call as sent, from the form's tree (setWebhook always sends url). */
  normalize?(params: Readonly<Record<string, unknown>>): Record<string, unknown>;
  /** The summary of the errors, when the overlay words it (the server's answer first). */
  summary?(params: Readonly<Record<string, unknown>>): string;
  /** Outputs of this method's playground after the call's own (their code loads with their tab). */
  readonly outputs?: readonly LazyOutput[];
  /** The link's own format, when the method had one before (old links keep working). */
  readonly link?: {
    encode(state: { params: Readonly<Record<string, unknown>>; tab: OutputTab; runtime: Runtime }): string;
    decode(search: string): CallLink;
    leftOut(params: Readonly<Record<string, unknown>>): string[];
  };
}

/** Each method's overlay, loaded with its playground (so other methods never load it). */
export const OVERLAY_LOADERS: Readonly<Record<string, () => Promise<CallOverlay>>> = {
  setWebhook: () => import("./setWebhook").then((m) => m.setWebhookOverlay),
};

/** The call's issues: the schema's, less those about parameters the overlay governs, then the overlay's. */
export function overlaidIssues(schemaIssues: readonly CallIssue[], overlay: CallOverlay | undefined, params: Readonly<Record<string, unknown>>): CallIssue[] {
  if (!overlay?.validate) return [...schemaIssues];
  const governs = overlay.governs ?? [];
  const governed = (path: string) => governs.some((g) => path === g || path.startsWith(`${g}.`) || path.startsWith(`${g}[`));
  return [...schemaIssues.filter((i) => !governed(i.path)), ...overlay.validate(params)];
}
