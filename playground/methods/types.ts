/**
 * What is special about one method, in one place: `playground/methods/<method>/index.ts`
 * exports its `descriptor`, and the registry (`./index.ts`) is derived from those folders.
 * A method without a folder is driven by its schema alone. Views of a method live in
 * `components/methods/<method>/`, found the same way.
 */
import type { ApiAnswer } from "../send";
import type { CallIssue } from "../call/validate";
import type { LazyOutput } from "../generators/types";

/** What the playground asks before it sends a method for real. */
export type Confirmation =
  | { readonly kind: "none" }
  | { readonly kind: "confirm"; readonly question: string }
  | { readonly kind: "explain"; readonly question: string; readonly consequences: readonly string[] };

/** Another method the send panel offers beside this one (setWebhook's getWebhookInfo). */
export interface SendAlongside {
  readonly method: string;
  /** A flag the panel offers with it: ticked, the call carries `param: true`. */
  readonly flag?: string;
}

export type Params = Readonly<Record<string, unknown>>;

export interface MethodDescriptor {
  /** Issues the server's own rules give, by path. */
  validate?(params: Params): CallIssue[];
  /**
   * Parameters whose every check the descriptor makes: the schema's issues about them (and
   * anything inside them) are dropped, since the descriptor knows what the server does there
   * (setWebhook takes an empty url, which the schema calls required).
   */
  readonly governs?: readonly string[];
  /** The summary of the errors, when the descriptor words it (the server's answer first). */
  summary?(params: Params): string;
  /** The call as sent, from the form's tree (setWebhook always sends url). */
  normalize?(params: Params): Record<string, unknown>;
  /** How a top-level text control's text becomes a value (undefined: not sent). */
  readonly parse?: Readonly<Record<string, (text: string) => unknown>>;
  /** Top-level parameters the copied code reads from an environment variable (name → variable). */
  fromEnv?(params: Params): Readonly<Record<string, string>>;
  /** Parameters that are secrets: never in a link, never in storage. */
  readonly secrets?: readonly string[];
  /** Outputs of this method's playground after the call's own (their code loads with their tab). */
  readonly outputs?: readonly LazyOutput[];
  /** What to ask before sending these parameters; the generic rule when absent or undefined. */
  confirm?(params: Params): Confirmation | undefined;
  /** The parameter a refusal is about, so the answer can stand next to it. */
  fieldFor?(description: string, params: Params): string | undefined;
  /** This method's own words for a failed answer, where the generic ones would mislead. */
  explain?(answer: ApiAnswer): string | undefined;
  /** Other methods the send panel sends beside this one. */
  readonly alongside?: readonly SendAlongside[];
  /** Reads a link in a format this method had before the generic one (undefined: not one). */
  legacyLink?(query: URLSearchParams): { params: Record<string, unknown>; notices: string[] } | undefined;
}
