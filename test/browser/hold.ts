import type { Page } from "playwright-core";

/**
 * Holds back every request whose URL matches `pattern`, as a slow network would, until
 * `release()`; `requested()` says whether one was made.
 */
export async function holdRequests(page: Page, pattern: RegExp): Promise<{ requested: () => boolean; release: () => void }> {
  let release = () => {};
  const held = new Promise<void>((ok) => (release = ok));
  let requested = false;
  await page.route(pattern, async (route) => {
    requested = true;
    await held;
    await route.continue();
  });
  return { requested: () => requested, release };
}
