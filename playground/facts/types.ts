/**
 * Shapes of the typed specifications that describe Bot API methods and objects.
 * Every page block, form field and validation rule is derived from values of these types.
 */

/** Telegram types as the Bot API documentation spells them. */
export type TelegramType =
  | "String"
  | "Integer"
  | "Boolean"
  | "True"
  | "InputFile"
  | "Array of String"
  | "WebhookInfo";

/** Machine-readable constraints of one parameter; words for people come from `describeConstraints`. */
export interface ParamConstraints {
  /** Inclusive integer range. */
  readonly min?: number;
  readonly max?: number;
  /** Inclusive length range, in characters. */
  readonly minLength?: number;
  readonly maxLength?: number;
  /** Allowed characters as a regular expression source matching one character. */
  readonly charPattern?: string;
  /** The same characters in words, for people. */
  readonly charWords?: string;
  /** Allowed values (for arrays: of each element). */
  readonly values?: readonly string[];
  /** URL schemes the server accepts. */
  readonly schemes?: readonly string[];
  /** Ports the server accepts. */
  readonly ports?: readonly number[];
  /** What an empty value means, when it means something. */
  readonly emptyMeans?: string;
  /** Largest accepted file, in bytes. */
  readonly maxBytes?: number;
  /** Expected file format, in words. */
  readonly fileFormat?: string;
  /** Accepted IP address family. */
  readonly ipVersion?: 4;
}

export interface ParamSpec {
  readonly name: string;
  readonly type: TelegramType;
  readonly required: boolean;
  /** Markdown, as on the official page (with corrections where the server differs). */
  readonly description: string;
  /** A one-line hint for a form control. */
  readonly hint: string;
  /** What the server uses when the parameter is absent, in words or as a value. */
  readonly default?: string | number | boolean;
  readonly constraints?: ParamConstraints;
}

export interface MethodSpec {
  readonly kind: "method";
  readonly name: string;
  /** Markdown. */
  readonly description: string;
  readonly returns: { readonly type: TelegramType; readonly description: string };
  /** Bot API version the specification reflects. */
  readonly botApiVersion: string;
  readonly officialUrl: string;
  readonly params: readonly ParamSpec[];
}

export interface ObjectSpec {
  readonly kind: "object";
  readonly name: string;
  readonly description: string;
  readonly botApiVersion: string;
  readonly officialUrl: string;
  /** Fields of the object; `required: false` means the field may be absent. */
  readonly params: readonly ParamSpec[];
}

export type Spec = MethodSpec | ObjectSpec;
