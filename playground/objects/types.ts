/**
 * What is special about one object type of the schema, wherever a method takes it: the
 * server's own rules for its values (a button's kind, a keyboard's rows), read from the Bot
 * API server's source and cited where they are written. `./index.ts` is the registry; the
 * generic validator and controls read it and know no type by name.
 */
import type { Path } from "../call/paths";
import type { CallIssue } from "../call/validate";

/** One of the fields that says what an object is (a button's kind); at most one is used. */
export interface ObjectKind {
  readonly field: string;
  /** What the kind picker shows. */
  readonly label: string;
  /** When the server takes the field as set: a string that is not empty, any value, or `true`. */
  readonly setWhen: "nonEmpty" | "present" | "true";
  /** Newer than the server source read (Bot API 10.0): offered, never checked. */
  readonly unchecked?: true;
}

export interface ObjectRules {
  /** The kinds, in the order the server tries them: the first one set is the one used. */
  readonly kinds?: readonly ObjectKind[];
  /** The kind a new object starts as (an inline button: callback data); none when absent. */
  readonly startKind?: string;
  /** What an object with no kind is, where the server takes one (a reply keyboard's text button). */
  readonly plain?: string;
  /** Fields the form shows beside the required ones, not behind the optional disclosure. */
  readonly primary?: readonly string[];
  /** Fields the schema calls required that the server reads as optional (the rules say what their absence does). */
  readonly optional?: readonly string[];
  /** Fields whose every check these rules make: the schema's issues about them are dropped. */
  readonly governs?: readonly string[];
  /** The server's issues with a value of this type (already known to be an object). */
  check?(value: Readonly<Record<string, unknown>>, path: Path): CallIssue[];
}
