import { describe, expect, it } from "vitest";
import { createLinkWriter, LINK_DEBOUNCE_MS, LINK_MAX_WAIT_MS, readLink, writeLinkQuery, type LinkBrowser } from "../../../components/call/useCallLink";
import { GENERATORS } from "../../../playground/generators";
import { descriptor as setWebhook } from "../../../playground/methods/setWebhook";
import { sliceOf } from "../../support/slices";

/** A browser whose clock and timers the test moves by hand. */
function fakeBrowser(href: string) {
  let now = 0;
  const timers = new Map<number, { at: number; fn: () => void }>();
  let id = 0;
  const written: string[] = [];
  const location = new URL(href);
  const browser: LinkBrowser = {
    location,
    history: { state: null, replaceState: (_d, _u, url) => (written.push(url), (location.href = url)) },
    setTimeout: (fn, ms) => (timers.set(++id, { at: now + ms, fn }), id),
    clearTimeout: (t) => void timers.delete(t as number),
  };
  const advance = (ms: number) => {
    now += ms;
    for (const [k, t] of [...timers].sort((a, b) => a[1].at - b[1].at)) if (t.at <= now) (timers.delete(k), t.fn());
  };
  return { browser, written, advance, now: () => now, navigate: (path: string) => (location.pathname = path) };
}

describe("the link writer", () => {
  it("writes at once, then when typing pauses, and at least every LINK_MAX_WAIT_MS while it goes on", () => {
    let query = "call=1";
    const b = fakeBrowser("http://x.test/methods/sendMessage");
    const writer = createLinkWriter(() => query, b.browser, b.now);
    writer.start();
    expect(b.written).toEqual(["http://x.test/methods/sendMessage?call=1"]);
    for (let i = 2; i < 40; i++) {
      query = `call=${i}`;
      writer.schedule();
      b.advance(LINK_DEBOUNCE_MS / 4);
    }
    // 38 keystrokes over 9.5 s: a write every LINK_MAX_WAIT_MS, not one per keystroke.
    expect(b.written.length).toBe(1 + Math.floor((38 * LINK_DEBOUNCE_MS) / 4 / LINK_MAX_WAIT_MS));
    b.advance(LINK_DEBOUNCE_MS);
    expect(b.written.at(-1)).toBe("http://x.test/methods/sendMessage?call=39");
  });
  it("drops a pending write on stop, and never writes one onto another page", () => {
    const b = fakeBrowser("http://x.test/methods/sendMessage");
    const writer = createLinkWriter(() => "call=old", b.browser, b.now);
    writer.start();
    writer.schedule();
    b.navigate("/methods/sendPhoto");
    b.advance(LINK_MAX_WAIT_MS);
    expect(b.written).toEqual(["http://x.test/methods/sendMessage?call=old"]);
    writer.schedule();
    writer.stop();
    b.navigate("/methods/sendMessage");
    b.advance(LINK_MAX_WAIT_MS);
    expect(b.written).toHaveLength(1);
  });
});

describe("the link writer in a browser with idle callbacks", () => {
  it("writes in an idle moment after typing pauses, and drops an idle write on stop or on another page", () => {
    const b = fakeBrowser("http://x.test/methods/sendMessage");
    const idle: (() => void)[] = [];
    const browser: LinkBrowser = { ...b.browser, requestIdleCallback: (fn) => idle.push(fn), cancelIdleCallback: (id) => void (idle[id - 1] = () => undefined) };
    let query = "call=1";
    const writer = createLinkWriter(() => query, browser, b.now);
    writer.start();
    query = "call=2";
    writer.schedule();
    b.advance(LINK_DEBOUNCE_MS);
    expect(b.written).toEqual(["http://x.test/methods/sendMessage?call=1"]);
    idle.shift()!();
    expect(b.written.at(-1)).toBe("http://x.test/methods/sendMessage?call=2");
    query = "call=3";
    writer.schedule();
    b.advance(LINK_DEBOUNCE_MS);
    writer.stop();
    for (const fn of idle) fn();
    expect(b.written).toHaveLength(2);
  });
});

describe("reading a link", () => {
  const slice = sliceOf("setWebhook");
  const outputs = [...GENERATORS, ...(setWebhook.outputs ?? [])];
  it("reads an old setWebhook link once into the value tree, and writes it in the generic format", () => {
    const read = readLink("?url=https%3A%2F%2Fa.example%2Fh&max_connections=5&tab=curl&framework=koa&secret_token=x", slice.method, setWebhook, outputs);
    expect(read).toMatchObject({
      params: { url: "https://a.example/h", max_connections: 5 },
      tab: "curl",
      runtime: "node",
      notices: ["Ignored secret_token from the link: secrets are never taken from or put into links."],
    });
    expect(read.choices.framework).toBe("koa");
    expect(writeLinkQuery(read, read.choices, setWebhook, outputs)).toBe(
      `${new URLSearchParams({ call: JSON.stringify({ url: "https://a.example/h", max_connections: 5 }), tab: "curl" })}&framework=koa`,
    );
  });
  it("never carries the secret token, in either direction", () => {
    const read = readLink(`?${new URLSearchParams({ call: JSON.stringify({ url: "u", secret_token: "s" }) })}`, slice.method, setWebhook, outputs);
    expect(read.params).toEqual({ url: "u" });
    expect(writeLinkQuery({ params: { url: "u", secret_token: "s" }, tab: "gramio", runtime: "node" }, {}, setWebhook, outputs)).toBe(
      `${new URLSearchParams({ call: JSON.stringify({ url: "u" }) })}`,
    );
  });
});
