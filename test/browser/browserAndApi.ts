import { afterAll, beforeAll } from "vitest";
import type { Browser } from "playwright-core";
import { startFakeBotApi, type FakeBotApi, type FakeOptions } from "../support/fakeBotApi";
import { launchChromium } from "./chromium";

/** A well-formed bot token the stand-in Bot API knows. */
export const TEST_TOKEN = "123456789:AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw";

export interface BrowserAndApi {
  browser: Browser;
  api: FakeBotApi;
}

/**
 * Chromium and a stand-in Bot API that knows `TEST_TOKEN`, started before a test file's tests
 * and closed after them; the fields are set once the file's tests run.
 */
export function browserAndApi(options: Omit<FakeOptions, "tokens"> = {}): BrowserAndApi {
  const env = {} as BrowserAndApi;
  beforeAll(async () => {
    env.browser = await launchChromium();
    env.api = await startFakeBotApi({ tokens: [TEST_TOKEN], ...options });
  });
  afterAll(async () => {
    await env.browser?.close();
    await env.api?.close();
  });
  return env;
}
