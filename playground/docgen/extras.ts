/**
 * What a method's folder adds to the reference page the schema gives it
 * (`playground/methods/<method>/reference.ts` exports `reference`): the server's own limits in
 * words, defaults the schema cannot read, notes, and the named blocks of its hand-written page.
 */
import type { ConstraintWords } from "../schema/words";

export interface FieldExtras {
  /** The limits a reader sees, in place of those read from the description (the server's, cited). */
  readonly constraints?: readonly ConstraintWords[];
  /** The default as the reference writes it, where the description does not say it in a known phrase. */
  readonly default?: string;
  /** Markdown added after the description. */
  readonly note?: string;
}

export interface PageExtras {
  readonly fields?: Readonly<Record<string, FieldExtras>>;
}

export interface ReferenceExtras extends PageExtras {
  /** The named blocks of the method's hand-written page (`<!-- GENERATED:<name>:START -->`), by name. */
  readonly blocks?: Readonly<Record<string, () => string>>;
  /** Types whose page this method adds to, by name (getWebhookInfo: WebhookInfo). */
  readonly types?: Readonly<Record<string, PageExtras>>;
}

/** Every method's extras and, from them, every type's. */
export interface References {
  readonly methods: ReadonlyMap<string, ReferenceExtras>;
  /** The type pages methods add to, with the method that does. */
  readonly types: ReadonlyMap<string, { readonly method: string; readonly extras: PageExtras }>;
}

export const NO_REFERENCES: References = { methods: new Map(), types: new Map() };

/** Indexes the methods' extras, and the type pages they add to (one method per type). */
export function indexReferences(byMethod: Iterable<readonly [string, ReferenceExtras]>): References {
  const methods = new Map(byMethod);
  const types = new Map<string, { method: string; extras: PageExtras }>();
  for (const [method, extras] of methods) {
    for (const [type, page] of Object.entries(extras.types ?? {})) {
      const other = types.get(type);
      if (other) throw new Error(`${other.method} and ${method} both add to the page of ${type}; keep its words with one`);
      types.set(type, { method, extras: page });
    }
  }
  return { methods, types };
}
