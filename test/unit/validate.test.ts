import { describe, expect, it } from "vitest";
import type { SetWebhookInput } from "../../playground/params";
import { effectiveMaxConnections, hasErrors, validate, type Issue } from "../../playground/validate";

const BASE = { url: "https://bot.example.com/telegram/hook", secret_token: "s3cr3t" } satisfies SetWebhookInput;
const issues = (input: SetWebhookInput, param?: string) =>
  validate({ ...BASE, ...input }).filter((i) => !param || i.param === param);
const only = (list: Issue[]) => list.map((i) => `${i.severity}: ${i.message}`);

describe("a good request", () => {
  it("has no issues", () => {
    expect(validate(BASE)).toEqual([]);
  });
});

describe("url", () => {
  it("warns that an empty url removes the webhook and ignores other parameters", () => {
    expect(only(validate({ url: "", max_connections: 5 }))).toEqual([
      "warning: An empty url removes the webhook. The server then ignores max_connections.",
    ]);
  });
  it("quotes the server on an unparsable url", () => {
    expect(only(issues({ url: "https://exa mple.com/" }, "url"))).toEqual([
      'error: This is not a URL the server can parse: the host contains the character " ". Write it as https://host[:port]/path. The server answers “Bad Request: invalid webhook URL specified”.',
    ]);
  });
  it("refuses http", () => {
    expect(only(issues({ url: "http://example.com/hook" }, "url"))).toEqual([
      "error: Use https:// instead of http://: webhooks are delivered over HTTPS only. The server answers “Bad Request: bad webhook: An HTTPS URL must be provided for webhook”.",
    ]);
  });
  it.each([443, 80, 88, 8443])("accepts port %i", (port) => {
    expect(issues({ url: `https://example.com:${port}/hook` }, "url")).toEqual([]);
  });
  it.each([8080, 3000, 444, 1])("refuses port %i", (port) => {
    expect(only(issues({ url: `https://example.com:${port}/hook` }, "url"))).toEqual([
      `error: Port ${port} is not allowed: use 443, 80, 88 or 8443 (put a reverse proxy in front of your app). The server answers “Bad Request: bad webhook: Webhook can be set up only on ports 80, 88, 443 or 8443”.`,
    ]);
  });
  it("refuses an IPv6 host", () => {
    expect(issues({ url: "https://[2001:db8::1]/hook" }, "url")[0]?.message).toContain(
      "“Bad Request: bad webhook: IPv6-only addresses are not allowed”",
    );
  });
  it("refuses a reserved IPv4 host", () => {
    expect(only(issues({ url: "https://10.1.2.3/hook" }, "url"))).toEqual([
      "error: The host 10.1.2.3 is in a private or reserved range that Telegram cannot reach; use the server's public IPv4 address. The server answers “Bad Request: bad webhook: IP address 10.1.2.3 is reserved”.",
    ]);
  });
  it("accepts a public IPv4 host", () => {
    expect(issues({ url: "https://203.0.114.7:8443/hook" }, "url")).toEqual([]);
  });
  it("refuses localhost", () => {
    expect(issues({ url: "https://localhost/hook" }, "url")[0]).toMatchObject({ severity: "error" });
  });
  it("checks ip_address instead of the host when one is given", () => {
    expect(issues({ url: "https://10.1.2.3/hook", ip_address: "203.0.114.7" }, "url")).toEqual([]);
  });
  it("warns about a guessable URL without a secret token", () => {
    expect(only(validate({ url: "https://example.com/" }))).toEqual([
      "warning: Anyone who finds this URL can send your bot fake updates: set a secret_token, or add a hard-to-guess path such as /telegram/<random>.",
    ]);
    expect(validate({ url: "https://example.com/", secret_token: "x" })).toEqual([]);
  });
});

describe("ip_address", () => {
  it("accepts a public IPv4", () => {
    expect(issues({ ip_address: "203.0.114.7" })).toEqual([]);
  });
  it("refuses IPv6, with or without brackets", () => {
    for (const v6 of ["2001:db8::1", "[2001:db8::1]"]) {
      expect(only(issues({ ip_address: v6 }))).toEqual([
        "error: IPv6 addresses are refused; give the server's public IPv4 address. The server answers “Bad Request: bad webhook: IPv6-only addresses are not allowed”.",
      ]);
    }
  });
  it.each(["abc", "256.1.1.1", "1.2.3.4.5", "localhost"])("refuses %s as invalid", (bad) => {
    expect(only(issues({ ip_address: bad }))).toEqual([
      "error: Enter an IPv4 address such as 203.0.114.7 (no port, no host name). The server answers “Bad Request: bad webhook: Invalid IP address specified”.",
    ]);
  });
  it("refuses a reserved address", () => {
    expect(only(issues({ ip_address: "192.168.1.10" }))).toEqual([
      "error: The address 192.168.1.10 is in a private or reserved range that Telegram cannot reach; use the server's public IPv4 address. The server answers “Bad Request: bad webhook: IP address 192.168.1.10 is reserved”.",
    ]);
  });
  it("warns on the short forms the server reads differently", () => {
    expect(only(issues({ ip_address: "1.2.3" }))).toEqual([
      "warning: The server reads this as 1.2.0.3; write that dotted form to be sure.",
    ]);
  });
});

describe("max_connections", () => {
  it.each([1, 40, 100])("accepts %i", (n) => {
    expect(issues({ max_connections: n })).toEqual([]);
  });
  it.each([
    [0, 1],
    [101, 100],
    [-5, 1],
    [50.9, 50],
    ["abc", 1],
    ["12abc", 12],
  ] as const)("warns that %s is used as %i", (given, used) => {
    expect(only(issues({ max_connections: given }))).toEqual([
      `warning: Use a whole number from 1 to 100: the server silently uses ${used} for “${given}”.`,
    ]);
  });
  it("reads values as the server does", () => {
    expect(effectiveMaxConnections("+50")).toBe(1);
    expect(effectiveMaxConnections("007")).toBe(7);
    expect(effectiveMaxConnections(1e6)).toBe(100);
  });
});

describe("allowed_updates", () => {
  it("accepts known types", () => {
    expect(issues({ allowed_updates: ["message", "chat_member"] })).toEqual([]);
  });
  it("warns that [] means the default set", () => {
    expect(only(issues({ allowed_updates: [] }))).toEqual([
      "warning: An empty list means the default set: every type except chat_member, message_reaction, message_reaction_count. Leave the field out to keep the previous setting instead.",
    ]);
  });
  it("warns about unknown names, and about the default set when none is known", () => {
    expect(only(issues({ allowed_updates: ["messages"] }))).toEqual([
      'warning: Unknown update type "messages" is silently ignored by the server.',
      "warning: No known update type is left, so the default set: every type except chat_member, message_reaction, message_reaction_count. Leave the field out to keep the previous setting instead.",
    ]);
  });
  it("warns about upper case", () => {
    expect(only(issues({ allowed_updates: ["Message"] }))).toEqual([
      "warning: Write message in lower case: the server accepts it, GramIO's types do not.",
    ]);
  });
  it("warns that a non-array keeps the previous setting", () => {
    expect(issues({ allowed_updates: "message" })[0]?.message).toContain("keeps the previous setting");
  });
});

describe("secret_token", () => {
  it("has no issue when empty (no secret)", () => {
    expect(issues({ secret_token: "" }, "secret_token")).toEqual([]);
  });
  it.each([1, 256])("accepts %i characters", (n) => {
    expect(issues({ secret_token: "a".repeat(n) })).toEqual([]);
  });
  it("refuses 257 characters", () => {
    expect(only(issues({ secret_token: "a".repeat(257) }))).toEqual([
      "error: Shorten it to 256 characters or fewer (it has 257). The server answers “Bad Request: secret token is too long”.",
    ]);
  });
  it("refuses characters outside A-Z a-z 0-9 _ -", () => {
    expect(only(issues({ secret_token: "abc def+/=" }))).toEqual([
      'error: Remove " " “+” “/” “=”: only A-Z, a-z, 0-9, _ and - are allowed. The server answers “Bad Request: secret token contains unallowed characters”.',
    ]);
  });
  it("is not checked when the url is empty, as on the server", () => {
    expect(validate({ url: "", secret_token: "bad token" }).filter((i) => i.param === "secret_token")).toEqual([]);
  });
});

describe("certificate", () => {
  const pem = "-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----\n";
  it("accepts a PEM certificate", () => {
    expect(issues({ certificate: { name: "c.pem", size: pem.length, text: pem } })).toEqual([]);
  });
  it("accepts exactly 3 MiB and refuses a byte more", () => {
    expect(issues({ certificate: { name: "c.pem", size: 3 << 20, text: pem } })).toEqual([]);
    expect(only(issues({ certificate: { name: "c.pem", size: (3 << 20) + 1, text: pem } }))).toEqual([
      "error: The file is 3,145,729 bytes; upload only the PEM public certificate (at most 3 MB). The server answers “Bad Request: certificate size is too big (3145729 bytes)”.",
    ]);
  });
  it("warns when the file is not a PEM certificate", () => {
    expect(issues({ certificate: { name: "c.der", size: 3, text: "abc" } })[0]).toMatchObject({ severity: "warning" });
  });
  it("warns loudly about a private key", () => {
    const key = "-----BEGIN PRIVATE KEY-----\nabc\n-----END PRIVATE KEY-----\n";
    expect(issues({ certificate: { name: "k.pem", size: key.length, text: key } })[0]?.message).toContain("PRIVATE KEY");
  });
});

describe("drop_pending_updates", () => {
  it("warns that it drops updates even on a rejected call", () => {
    expect(only(issues({ drop_pending_updates: true }))).toEqual([
      "warning: Every update waiting for delivery is deleted, even if the rest of the request is then rejected.",
    ]);
  });
});

describe("hasErrors", () => {
  it("is true only with an error", () => {
    expect(hasErrors(validate(BASE))).toBe(false);
    expect(hasErrors(validate({ url: "http://x.com/" }))).toBe(true);
    expect(hasErrors(validate({ url: "" }))).toBe(false);
  });
});
