/**
 * The registry of method descriptors, derived from the folders beside this file: a method
 * gets its own knowledge by adding `playground/methods/<method>/index.ts`. Each descriptor
 * loads with its method's playground only, then is kept.
 */
import type { CallIssue } from "../call/validate";
import type { MethodDescriptor, Params } from "./types";

export type { Confirmation, MethodDescriptor, Params, SendAlongside } from "./types";

const modules = import.meta.glob<{ descriptor: MethodDescriptor }>("./*/index.ts");

/** Methods with a descriptor, by folder name. */
export const DESCRIBED_METHODS: readonly string[] = Object.keys(modules).map((path) => path.split("/")[1]!);

const loaded = new Map<string, MethodDescriptor>();
const NONE: MethodDescriptor = Object.freeze({});

/** The method's descriptor (an empty one for a method driven by its schema alone). */
export async function loadDescriptor(method: string): Promise<MethodDescriptor> {
  const cached = loaded.get(method);
  if (cached) return cached;
  const load = modules[`./${method}/index.ts`];
  const descriptor = load ? (await load()).descriptor : NONE;
  loaded.set(method, descriptor);
  return descriptor;
}

/** The descriptor once loaded (at once for a method without one), or undefined. */
export const cachedDescriptor = (method: string): MethodDescriptor | undefined =>
  loaded.get(method) ?? (DESCRIBED_METHODS.includes(method) ? undefined : NONE);

/** The call's issues: the schema's, less those about parameters the descriptor governs, then the descriptor's. */
export function describedIssues(schemaIssues: readonly CallIssue[], descriptor: MethodDescriptor, params: Params): CallIssue[] {
  if (!descriptor.validate) return [...schemaIssues];
  const governs = descriptor.governs ?? [];
  const governed = (path: string) => governs.some((g) => path === g || path.startsWith(`${g}.`) || path.startsWith(`${g}[`));
  return [...schemaIssues.filter((i) => !governed(i.path)), ...descriptor.validate(params)];
}
