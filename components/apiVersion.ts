/**
 * The Bot API version the reader sees the reference as of (the version picker on method and
 * type pages): shared by the picker and every parameter on the page, kept in localStorage so it
 * holds from page to page. Read after hydration (`restoreApiVersion`), so the server's HTML and
 * the first render agree; "" is the newest.
 */
import { ref } from "vue";
import { compareVersions } from "../playground/schema/botApiVersions";

export const shownVersion = ref("");
export const hideNewer = ref(false);

const KEY = "gramio-api-version";

export function restoreApiVersion(): void {
  try {
    const saved = JSON.parse(localStorage.getItem(KEY) ?? "null") as { version?: unknown; hide?: unknown } | null;
    if (saved && typeof saved.version === "string") shownVersion.value = saved.version;
    if (saved) hideNewer.value = saved.hide === true;
  } catch {
    // Storage unavailable or unreadable: the newest version.
  }
}

export function saveApiVersion(): void {
  try {
    localStorage.setItem(KEY, JSON.stringify({ version: shownVersion.value, hide: hideNewer.value }));
  } catch {
    // Storage unavailable: the choice holds for this page only.
  }
}

/** True when something since `since` (a version, or undefined for one as old as the history) is newer than the version shown. */
export const newerThanShown = (since: string | undefined): boolean => since !== undefined && shownVersion.value !== "" && compareVersions(since, shownVersion.value) > 0;
