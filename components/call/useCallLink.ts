/**
 * A playground's state in the address bar: read once when the playground mounts (an old
 * link format through the method's descriptor, then written anew), written back with
 * `history.replaceState` when typing pauses, never after the reader has left the page.
 * The browser is injectable, so the logic runs in unit tests.
 */
import { onBeforeUnmount, onMounted, watch } from "vue";
import { decodeCall, encodeCall, type CallLinkState, type LinkOptions } from "../../playground/call/link";
import { splitChoices, withChoices } from "../../playground/call/outputChoices";
import type { MethodDescriptor } from "../../playground/methods";
import type { OutputInfo } from "../../playground/generators";
import type { SchemaMethod } from "../../playground/schema/model";

export interface LinkBrowser {
  readonly location: { readonly href: string; readonly pathname: string; readonly search: string };
  readonly history: { replaceState(data: unknown, unused: string, url: string): void; readonly state: unknown };
  setTimeout(fn: () => void, ms: number): unknown;
  clearTimeout(id: unknown): void;
  /** Where the browser has it, the write waits for an idle moment, so it never delays a keystroke. */
  requestIdleCallback?(fn: () => void, options: { timeout: number }): number;
  cancelIdleCallback?(id: number): void;
}

/** Writes after typing pauses this long, and at least this often while it goes on. */
export const LINK_DEBOUNCE_MS = 400;
export const LINK_MAX_WAIT_MS = 2000;

export interface ReadLink extends CallLinkState {
  readonly choices: Record<string, string>;
  readonly notices: string[];
}

/** Reads a link: the outputs' own controls, an old format the descriptor knows, then the generic one. */
export function readLink(search: string, method: Pick<SchemaMethod, "name" | "fields">, descriptor: MethodDescriptor, outputs: readonly OutputInfo[], versions?: readonly string[]): ReadLink {
  const options: LinkOptions = { secrets: descriptor.secrets, tabs: outputs.map((o) => o.id), versions };
  const split = splitChoices(search, outputs);
  const decoded = decodeCall(method, split.rest, options);
  const legacy = descriptor.legacyLink?.(new URLSearchParams(split.rest));
  const params = legacy ? decodeCall(method, `call=${encodeURIComponent(JSON.stringify(legacy.params))}`, options).params : decoded.params;
  return { ...decoded, params, choices: split.choices, notices: [...(legacy?.notices ?? []), ...decoded.notices, ...split.notices] };
}

/** The link of a state, as the address bar shows it. */
export function writeLinkQuery(state: CallLinkState, choices: Readonly<Record<string, string>>, descriptor: MethodDescriptor, outputs: readonly OutputInfo[]): string {
  return withChoices(encodeCall(state, { secrets: descriptor.secrets, tabs: outputs.map((o) => o.id) }), outputs, choices);
}

export interface LinkWriter {
  /** Notes the page's path and writes the link at once. */
  start(): void;
  /** Writes the link once typing pauses (and at least every `LINK_MAX_WAIT_MS`). */
  schedule(): void;
  /** Drops a pending write: the playground is gone. */
  stop(): void;
}

/**
 * Writes `query()` into the address bar with `history.replaceState`. A pending write is
 * dropped on `stop`, and never lands on another page: in-page navigation changes the path
 * before the old playground unmounts.
 */
export function createLinkWriter(query: () => string, browser: LinkBrowser, now: () => number = Date.now): LinkWriter {
  let pending: unknown;
  let idle: number | undefined;
  let firstPending = 0;
  let path: string | undefined;
  const writeNow = () => {
    idle = undefined;
    if (browser.location.pathname !== path) return;
    const url = new URL(browser.location.href);
    url.search = query();
    browser.history.replaceState(browser.history.state, "", url.toString());
  };
  const write = () => {
    pending = undefined;
    firstPending = 0;
    if (browser.requestIdleCallback && idle === undefined) idle = browser.requestIdleCallback(writeNow, { timeout: LINK_DEBOUNCE_MS });
    else if (!browser.requestIdleCallback) writeNow();
  };
  return {
    start() {
      path = browser.location.pathname;
      writeNow();
    },
    schedule() {
      const t = now();
      if (pending !== undefined) browser.clearTimeout(pending);
      if (!firstPending) firstPending = t;
      pending = browser.setTimeout(write, Math.max(0, Math.min(LINK_DEBOUNCE_MS, firstPending + LINK_MAX_WAIT_MS - t)));
    },
    stop() {
      if (pending !== undefined) browser.clearTimeout(pending);
      if (idle !== undefined) browser.cancelIdleCallback?.(idle);
      pending = idle = undefined;
      path = undefined;
    },
  };
}

/**
 * The link writer bound to the playground's life: read on mount, written as the state changes
 * (`changes` lists what the link is made of, so a keystroke only schedules; the link is built
 * when it is written), stopped on unmount.
 */
export function useLinkWriter(changes: () => readonly unknown[], query: () => string, onRead: () => void, browser: () => LinkBrowser = () => window) {
  let writer: LinkWriter | undefined;
  let stopWatch: (() => void) | undefined;
  onMounted(() => {
    writer = createLinkWriter(query, browser());
    onRead();
    writer.start();
    stopWatch = watch(changes, () => writer?.schedule());
  });
  onBeforeUnmount(() => {
    stopWatch?.();
    writer?.stop();
  });
}
