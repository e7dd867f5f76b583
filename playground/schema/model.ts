/**
 * The normalized Bot API schema: every method and object type of the installed
 * `@gramio/types`, in the package's (the official) order, with types as a small union.
 * Written by `npm run schema` (`fromGramioTypes.ts`) to `botApi.json`; a test fails when the
 * committed file differs from what the installed package gives.
 */

export type SchemaType =
  /** `formattable`: GramIO also takes a formatted-text object here (`{ toString(): string }`). */
  | { readonly kind: "string"; readonly formattable?: true }
  /** Integer or Float: the package's types do not tell them apart (see `number` constraints). */
  | { readonly kind: "number" }
  | { readonly kind: "boolean" }
  /** The literal `true` (a parameter that only makes sense set, a method that returns True). */
  | { readonly kind: "true" }
  /** One of these strings (or numbers, e.g. a forum topic's icon colour). */
  | { readonly kind: "enum"; readonly values: readonly (string | number)[] }
  /** A file to upload; `reference`: a file_id or an HTTP URL string is accepted too. */
  | { readonly kind: "file"; readonly reference: boolean }
  | { readonly kind: "array"; readonly of: SchemaType }
  /** A Telegram object type by its name without the `Telegram` prefix, e.g. `Message`. */
  | { readonly kind: "object"; readonly name: string }
  /** Any of these, e.g. `chat_id` (number or string). */
  | { readonly kind: "union"; readonly of: readonly SchemaType[] }
  /** The `result` of a response envelope: the called method's `returns`. */
  | { readonly kind: "methodResult" };

/** Limits read from a description by `constraints.ts`; absent when the text does not say. */
export interface Constraints {
  readonly minLength?: number;
  readonly maxLength?: number;
  readonly min?: number;
  readonly max?: number;
  /** Inclusive length range of an array. */
  readonly minItems?: number;
  readonly maxItems?: number;
  readonly default?: string | number | boolean;
}

export interface SchemaField {
  readonly name: string;
  readonly type: SchemaType;
  readonly required: boolean;
  /** Markdown, as in the package's JSDoc (the official text). */
  readonly description: string;
  readonly constraints?: Constraints;
}

/**
 * How GramIO (`@gramio/files`) puts files of this method on the wire, read from the installed
 * package by trying a file at each place the schema allows one.
 */
export interface UploadRules {
  /**
   * Places where a file makes GramIO send `multipart/form-data`: a parameter (`photo`), a field
   * of an object parameter (`media.media`) or of each of its items (`media[].media`), with the
   * object's `type` when it matters (`photo.photo@static`). A file anywhere else is sent as
   * JSON, where it becomes `{}`: lost.
   */
  readonly triggers: readonly string[];
  /** GramIO's extractors, in its order: files there become `file-N` parts, `attach://file-N` in place. */
  readonly extract: readonly { readonly property: string; readonly name: string; readonly type: "union" | "array" }[];
}

export interface SchemaMethod {
  readonly name: string;
  readonly description: string;
  readonly docUrl: string;
  /** `none`: takes no parameters; `optional`: every parameter is optional. */
  readonly params: "none" | "optional" | "required";
  readonly fields: readonly SchemaField[];
  readonly returns: SchemaType;
  /** Present when a parameter can hold a file. */
  readonly upload?: UploadRules;
}

export type SchemaObject =
  | { readonly kind: "fields"; readonly name: string; readonly description: string; readonly docUrl?: string; readonly fields: readonly SchemaField[] }
  /** A type that is one of several objects, e.g. `ChatMember`. */
  | { readonly kind: "oneOf"; readonly name: string; readonly description: string; readonly docUrl?: string; readonly of: readonly SchemaType[] }
  /** A named set of strings, e.g. `ChatType`. */
  | { readonly kind: "enum"; readonly name: string; readonly description: string; readonly values: readonly (string | number)[] };

export interface BotApiSchema {
  /** The Bot API version the package says it is based on. */
  readonly botApiVersion: string;
  /** The `@gramio/types` version it was read from. */
  readonly packageVersion: string;
  /** The installed `gramio` version, whose requests the playground writes and whose mistakes the pages name. */
  readonly gramioVersion: string;
  readonly methods: readonly SchemaMethod[];
  readonly objects: readonly SchemaObject[];
}
