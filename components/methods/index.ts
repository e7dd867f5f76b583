/**
 * What a method's playground shows beyond its schema, derived from the folders beside this
 * file (`components/methods/<method>/view.ts`): editors for some parameters, hints,
 * placeholders, notes under the code, and how its answer is shown. Loaded with the playground
 * of that method (or with its first answer) only, then kept, so the playground reads it
 * synchronously and hydrates what the server rendered.
 */
import type { Component } from "vue";
import { cachedDescriptor, loadDescriptor, type MethodDescriptor } from "../../playground/methods";
import { folderRegistry } from "../../playground/methods/folders";

export interface MethodView {
  /** A class on the playground's root, for the page's own styles. */
  readonly rootClass?: string;
  /** Editors by top-level parameter, over the generic control. */
  readonly editors?: Readonly<Record<string, Component>>;
  readonly hints?: Readonly<Record<string, string>>;
  readonly placeholders?: Readonly<Record<string, string>>;
  /** Shown under the code. */
  readonly extras?: Component;
  /** How a successful answer's result is shown (props: `result`, `params` of the page's call, `own`: sent from this method's own page). */
  readonly answer?: Component;
  /** Why GramIO's runtime matters for this method. */
  readonly runtimeHint?: string;
  /** The first line of a link's notice. */
  readonly noticeTitle?: string;
}

export interface MethodParts {
  readonly descriptor: MethodDescriptor;
  readonly view: MethodView;
}

const views = folderRegistry(import.meta.glob<{ view: MethodView }>("./*/view.ts"), (m) => m.view, Object.freeze({}) as MethodView);

export const loadView = (method: string): Promise<MethodView> => views.load(method);

/** The method's descriptor and view, loaded together. */
export async function loadMethod(method: string): Promise<MethodParts> {
  const [descriptor, view] = await Promise.all([loadDescriptor(method), loadView(method)]);
  return { descriptor, view };
}

/** Both, once loaded (at once for a method that has neither), or undefined. */
export function cachedMethod(method: string): MethodParts | undefined {
  const descriptor = cachedDescriptor(method);
  const view = views.cached(method);
  return descriptor && view ? { descriptor, view } : undefined;
}
