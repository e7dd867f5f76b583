/**
 * What a method's playground shows beyond its schema: editors for some parameters, hints,
 * placeholders, its own send panel and notes under the code, with the method's pure overlay
 * (`playground/overlays/`). Loaded with the playground of that method only, then kept, so
 * the playground reads it synchronously (and hydrates what the server rendered).
 */
import type { Component } from "vue";
import { OVERLAY_LOADERS, type CallOverlay } from "../../playground/overlays";

export interface ViewOverlay {
  /** A class on the playground's root, for the page's own styles and old selectors. */
  readonly rootClass?: string;
  /** Editors by top-level parameter, over the generic control. */
  readonly editors?: Readonly<Record<string, Component>>;
  readonly hints?: Readonly<Record<string, string>>;
  readonly placeholders?: Readonly<Record<string, string>>;
  /** Replaces the generic send panel. */
  readonly send?: Component;
  /** Shown under the code. */
  readonly extras?: Component;
  /** Why GramIO's runtime matters for this method. */
  readonly runtimeHint?: string;
  /** The first line of a link's notice. */
  readonly noticeTitle?: string;
}

export interface MethodOverlays {
  readonly overlay?: CallOverlay;
  readonly view?: ViewOverlay;
}

const VIEW_LOADERS: Readonly<Record<string, () => Promise<ViewOverlay>>> = {
  setWebhook: () => import("./setWebhook/view").then((m) => m.setWebhookView),
};

const loaded = new Map<string, MethodOverlays>();

/** True when the method has overlays to load. */
export const hasOverlays = (method: string) => method in OVERLAY_LOADERS || method in VIEW_LOADERS;

export async function loadOverlays(method: string): Promise<MethodOverlays> {
  const cached = loaded.get(method);
  if (cached) return cached;
  const [overlay, view] = await Promise.all([OVERLAY_LOADERS[method]?.(), VIEW_LOADERS[method]?.()]);
  const result = { overlay, view };
  loaded.set(method, result);
  return result;
}

/** The overlays once loaded (none for a method that has none). */
export const cachedOverlays = (method: string): MethodOverlays | undefined => (hasOverlays(method) ? loaded.get(method) : {});
