/**
 * The registry of method descriptors, derived from the folders beside this file: a method
 * gets its own knowledge by adding `playground/methods/<method>/index.ts`. Each descriptor
 * loads with its method's playground only, then is kept.
 */
import type { CallIssue } from "../call/validate";
import { folderRegistry } from "./folders";
import type { MethodDescriptor, Params } from "./types";

export type { Confirmation, MethodDescriptor, Params, SendAlongside } from "./types";

const registry = folderRegistry(import.meta.glob<{ descriptor: MethodDescriptor }>("./*/index.ts"), (m) => m.descriptor, Object.freeze({}) as MethodDescriptor);

/** Methods with a descriptor, by folder name. */
export const DESCRIBED_METHODS = registry.methods;

/** The method's descriptor (an empty one for a method driven by its schema alone). */
export const loadDescriptor = (method: string): Promise<MethodDescriptor> => registry.load(method);

/** The descriptor once loaded (at once for a method without one), or undefined. */
export const cachedDescriptor = (method: string): MethodDescriptor | undefined => registry.cached(method);

/** The call's issues: the schema's, less those about parameters the descriptor governs, then the descriptor's. */
export function describedIssues(schemaIssues: readonly CallIssue[], descriptor: MethodDescriptor, params: Params): CallIssue[] {
  if (!descriptor.validate) return [...schemaIssues];
  const governs = descriptor.governs ?? [];
  const governed = (path: string) => governs.some((g) => path === g || path.startsWith(`${g}.`) || path.startsWith(`${g}[`));
  return [...schemaIssues.filter((i) => !governed(i.path)), ...descriptor.validate(params)];
}
