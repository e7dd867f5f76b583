/**
 * Whether an expandable quote's content fits in the three lines it is shown in when collapsed,
 * as Telegram's apps show no "Show more" under one that fits: the content is watched with one
 * ResizeObserver (its callback runs after layout, so reading a size there forces none), and the
 * quote is marked `data-fits` when it does. Browser only: nothing runs during SSR.
 */
import type { VNode } from "vue";

/** The lines an expandable quote shows collapsed (`max-height: 3lh` in FormattedPreview.vue). */
const COLLAPSED_LINES = 3;

let observer: ResizeObserver | undefined;

function measure(entries: readonly ResizeObserverEntry[]) {
  for (const entry of entries) {
    const content = entry.target as HTMLElement;
    const quote = content.closest<HTMLElement>(".tg-quote");
    if (!quote) continue;
    const line = Number.parseFloat(getComputedStyle(content).lineHeight);
    const fits = Number.isFinite(line) && entry.contentRect.height <= line * COLLAPSED_LINES + 1;
    if (fits) quote.dataset.fits = "";
    else delete quote.dataset.fits;
  }
}

/** Vnode hooks for a quote's content element: watched while it is mounted. */
export const quoteFitHooks = {
  onVnodeMounted(vnode: VNode) {
    if (typeof ResizeObserver === "undefined" || !(vnode.el instanceof Element)) return;
    observer ??= new ResizeObserver(measure);
    observer.observe(vnode.el);
  },
  onVnodeBeforeUnmount(vnode: VNode) {
    if (vnode.el instanceof Element) observer?.unobserve(vnode.el);
  },
};
