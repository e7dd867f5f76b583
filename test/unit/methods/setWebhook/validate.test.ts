import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { readPem } from "../../../../playground/methods/setWebhook/certificate";
import { maxConnectionsValue, type CertificateFile, type SetWebhookInput } from "../../../../playground/methods/setWebhook/input";
import { effectiveMaxConnections, hasErrors, validate, verdict, type Issue } from "../../../../playground/methods/setWebhook/validate";

const BASE = { url: "https://bot.example.com/telegram/hook", secret_token: "s3cr3t" } satisfies SetWebhookInput;
const NOW = new Date("2026-11-26T00:00:00Z");
const issues = (input: SetWebhookInput, param?: string) =>
  validate({ ...BASE, ...input }, { now: NOW }).filter((i) => !param || i.param === param);
/** Each issue as the playground shows it: label and whole text. */
const only = (list: Issue[]) => verdict(list).shown.map((i) => `${i.label}: ${i.text}`);

function fixture(name: string): CertificateFile {
  const bytes = readFileSync(new URL(`../../../fixtures/certificates/${name}`, import.meta.url));
  const text = bytes.toString("utf8");
  return { name, size: bytes.length, text, pem: readPem(text) };
}

describe("a good request", () => {
  it("has no issues", () => {
    expect(validate(BASE)).toEqual([]);
  });
});

describe("url", () => {
  it("warns that an empty url removes the webhook and ignores most other parameters", () => {
    expect(only(validate({ url: "", max_connections: 5 }))).toEqual([
      "Warning: An empty url removes the webhook. The server then ignores max_connections.",
    ]);
  });
  it("says that allowed_updates is still stored with an empty url, and still checks it", () => {
    expect(only(validate({ url: "", allowed_updates: ["messages"] }))).toEqual([
      "Warning: An empty url removes the webhook. allowed_updates is still stored: the next webhook or getUpdates call without a list of its own uses it.",
      "Warning: Unknown update type “messages” is silently ignored by the server.",
      "Warning: No known update type is left, so the default set: every type except chat_member, message_reaction, message_reaction_count. Leave the field out to keep the previous setting instead.",
    ]);
  });
  it("quotes the server on an unparsable url", () => {
    expect(only(issues({ url: "https://exa mple.com/" }, "url"))).toEqual([
      "Error: This is not a URL the server can parse: the host contains the character U+0020 (space). Write it as https://host[:port]/path. The server answers “Bad Request: invalid webhook URL specified”.",
    ]);
  });
  it("says a leading space is a leading space, not part of a scheme", () => {
    expect(only(issues({ url: " https://example.com/hook" }, "url"))).toEqual([
      "Error: This is not a URL the server can parse: it starts with a space or another blank character. Write it as https://host[:port]/path. The server answers “Bad Request: invalid webhook URL specified”.",
    ]);
  });
  it("refuses http, and does not check the port of an http url", () => {
    expect(only(issues({ url: "http://example.com:3000/hook" }, "url"))).toEqual([
      "Error: Use https:// instead of http://: webhooks are delivered over HTTPS only. The server answers “Bad Request: bad webhook: An HTTPS URL must be provided for webhook”.",
    ]);
  });
  it.each([443, 80, 88, 8443])("accepts port %i", (port) => {
    expect(issues({ url: `https://example.com:${port}/hook` }, "url")).toEqual([]);
  });
  it.each([8080, 3000, 444, 1])("refuses port %i", (port) => {
    expect(only(issues({ url: `https://example.com:${port}/hook` }, "url"))).toEqual([
      `Error: Port ${port} is not allowed: use 443, 80, 88 or 8443 (put a reverse proxy in front of your app). The server answers “Bad Request: bad webhook: Webhook can be set up only on ports 80, 88, 443 or 8443”.`,
    ]);
  });
  it("refuses an IPv6 host", () => {
    expect(only(issues({ url: "https://[2001:db8::1]/hook" }, "url"))).toEqual([
      "Error: The host is an IPv6 address; use a host name with an IPv4 (A) record or a public IPv4 address. The server answers “Bad Request: bad webhook: IPv6-only addresses are not allowed”.",
    ]);
  });
  it("refuses a bracketed IPv6 host with a zone id as an invalid URL", () => {
    expect(only(issues({ url: "https://[fe80::1%25eth0]/hook" }, "url"))).toEqual([
      "Error: This is not a URL the server can parse: the IPv6 address in brackets is not valid. Write it as https://host[:port]/path. The server answers “Bad Request: invalid webhook URL specified”.",
    ]);
  });
  it("does not check the user info of an IPv6 host (then refuses the IPv6 address)", () => {
    expect(issues({ url: "https://a b@[2001:db8::1]/hook" }, "url").map((i) => i.answer)).toEqual([
      "Bad Request: bad webhook: IPv6-only addresses are not allowed",
    ]);
    expect(issues({ url: "https://a b@example.com/hook" }, "url").map((i) => i.answer)).toEqual(["Bad Request: invalid webhook URL specified"]);
  });
  it("refuses a reserved IPv4 host", () => {
    expect(only(issues({ url: "https://10.1.2.3/hook" }, "url"))).toEqual([
      "Error: The host 10.1.2.3 is in a private or reserved range that Telegram cannot reach; use the server's public IPv4 address. The server answers “Bad Request: bad webhook: IP address 10.1.2.3 is reserved”.",
    ]);
  });
  it("accepts a public IPv4 host", () => {
    expect(issues({ url: "https://203.0.114.7:8443/hook" }, "url")).toEqual([]);
  });
  it("refuses localhost", () => {
    expect(issues({ url: "https://localhost/hook" }, "url")[0]).toMatchObject({ severity: "error", answer: "Bad Request: bad webhook: IP address 127.0.0.1 is reserved" });
  });
  it("checks ip_address instead of the host when one is given", () => {
    expect(issues({ url: "https://10.1.2.3/hook", ip_address: "203.0.114.7" }, "url")).toEqual([]);
  });
  it("warns about a guessable URL without a secret token", () => {
    expect(only(validate({ url: "https://example.com/" }))).toEqual([
      "Warning: Anyone who finds this URL can send your bot fake updates: set a secret_token, or add a hard-to-guess path such as /telegram/<random>.",
    ]);
    expect(validate({ url: "https://example.com/", secret_token: "x" })).toEqual([]);
  });
  it("warns when each delivery's headers would pass the server's 4 KB buffer", () => {
    // 4,066 bytes fit: the request line, Host and the server's other headers take 148 here.
    const fits = `https://example.com/${"a".repeat(3918)}`;
    expect(issues({ url: fits, secret_token: "" }, "url")).toEqual([]);
    expect(only(issues({ url: `${fits}a`, secret_token: "" }, "url"))).toEqual([
      "Warning: Each delivery's request headers would be about 4,067 bytes. The server builds them in 4,066 bytes, so it accepts this url but drops every update silently, with no last_error_message. Shorten the path or query.",
    ]);
  });
  it.each([
    ["line feed", "https://example.com/a\nb", "U+000A (line feed)"],
    ["NUL", "https://example.com/a\u0000", "U+0000 (NUL)"],
    ["zero width space", "https://exa\u200bmple.com/", "U+200B (zero width space)"],
    ["right-to-left override", "https://example.com/\u202eabc", "U+202E (right-to-left override)"],
  ])("names a hidden %s", (_, url, named) => {
    expect(only(issues({ url }, "url"))[0]).toBe(`Warning: The url contains ${named}, which the input box may not show; the code keeps it.`);
  });
});

describe("ip_address", () => {
  it("accepts a public IPv4", () => {
    expect(issues({ ip_address: "203.0.114.7" })).toEqual([]);
  });
  it("refuses IPv6, with or without brackets", () => {
    for (const v6 of ["2001:db8::1", "[2001:db8::1]"]) {
      expect(only(issues({ ip_address: v6 }))).toEqual([
        "Error: IPv6 addresses are refused; give the server's public IPv4 address. The server answers “Bad Request: bad webhook: IPv6-only addresses are not allowed”.",
      ]);
    }
  });
  it.each(["abc", "256.1.1.1", "1.2.3.4.5", "localhost", "1.2.3.0x", "0x", "0x.1.2.3", "fe80::1%eth0", " 203.0.114.7", " "])("refuses %j as invalid", (bad) => {
    expect(only(issues({ ip_address: bad }))).toEqual([
      "Error: This is not an address the server can use: enter an IPv4 address such as 203.0.114.7 (no port, no host name, no zone id). The server answers “Bad Request: bad webhook: Invalid IP address specified”.",
    ]);
  });
  it.each(["255.255.255.255", "4294967295", "0xffffffff"])("refuses %s as invalid, not as reserved", (none) => {
    expect(only(issues({ ip_address: none }))).toEqual([
      "Error: This is not an address the server can use: 255.255.255.255 is the C library's error value, so the server cannot take it. The server answers “Bad Request: bad webhook: Invalid IP address specified”.",
    ]);
  });
  it.each(["203.0.114.7 ", "203.0.114.7\n", "203.0.114.7\t# note"])("accepts %j: the server stops at the first blank", (spaced) => {
    expect(only(issues({ ip_address: spaced }))).toEqual([
      "Warning: The server reads only 203.0.114.7: it stops at the first blank and ignores the rest. Write just 203.0.114.7.",
    ]);
  });
  it("refuses a reserved address", () => {
    expect(only(issues({ ip_address: "192.168.1.10" }))).toEqual([
      "Error: The address 192.168.1.10 is in a private or reserved range that Telegram cannot reach; use the server's public IPv4 address. The server answers “Bad Request: bad webhook: IP address 192.168.1.10 is reserved”.",
    ]);
  });
  it("warns on the short forms the server reads differently", () => {
    expect(only(issues({ ip_address: "1.2.3" }))).toEqual(["Warning: The server reads this as 1.2.0.3; write that dotted form to be sure."]);
  });
});

describe("max_connections", () => {
  it.each([1, 40, 100])("accepts %i", (n) => {
    expect(issues({ max_connections: n })).toEqual([]);
  });
  it.each([
    [0, 1, "it clamps the value to 1-100"],
    [101, 100, "it clamps the value to 1-100"],
    [-5, 1, "it clamps the value to 1-100"],
    [50.9, 50, "it reads only a leading - and the digits after it"],
    ["abc", 1, "it reads only a leading - and the digits after it"],
    ["12abc", 12, "it reads only a leading - and the digits after it"],
    ["4e", 4, "it reads only a leading - and the digits after it"],
    [2147483648, 1, "it reads the digits into a 32-bit number that wraps around, then clamps it to 1-100"],
    [4294967336, 40, "it reads the digits into a 32-bit number that wraps around, then clamps it to 1-100"],
    ["99999999999999999999", 100, "it reads the digits into a 32-bit number that wraps around, then clamps it to 1-100"],
  ] as const)("says that %j is sent and used as %i", (given, used, why) => {
    expect(only(issues({ max_connections: given }))).toEqual([
      `Warning: Use a whole number from 1 to 100: this sends “${given}”, and the server uses ${used} (${why}).`,
    ]);
  });
  it("reads values as the server does, with the 32-bit wrap-around and no trimming", () => {
    expect(effectiveMaxConnections("+50")).toBe(1);
    expect(effectiveMaxConnections(" 50")).toBe(1);
    expect(effectiveMaxConnections("007")).toBe(7);
    expect(effectiveMaxConnections(1e6)).toBe(100);
    expect(effectiveMaxConnections("2147483648")).toBe(1);
    expect(effectiveMaxConnections("4294967297")).toBe(1);
    expect(effectiveMaxConnections("4294967336")).toBe(40);
    expect(effectiveMaxConnections("-2147483649")).toBe(100);
  });
  it("sends whole numbers as numbers and any other text as typed, never dropping it", () => {
    expect(maxConnectionsValue("")).toBeUndefined();
    expect(maxConnectionsValue(" 7 ")).toBe(7);
    expect(maxConnectionsValue("4294967336")).toBe(4294967336);
    expect(maxConnectionsValue("99999999999999999999")).toBe("99999999999999999999");
    expect(maxConnectionsValue("4e")).toBe("4e");
    expect(maxConnectionsValue("12abc")).toBe("12abc");
  });
});

describe("allowed_updates", () => {
  it("accepts known types", () => {
    expect(issues({ allowed_updates: ["message", "chat_member"] })).toEqual([]);
  });
  it("warns that [] means the default set", () => {
    expect(only(issues({ allowed_updates: [] }))).toEqual([
      "Warning: An empty list means the default set: every type except chat_member, message_reaction, message_reaction_count. Leave the field out to keep the previous setting instead.",
    ]);
  });
  it("warns about upper case", () => {
    expect(only(issues({ allowed_updates: ["Message"] }))).toEqual(["Warning: Write message in lower case: the server accepts it, GramIO's types do not."]);
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
      "Error: Shorten it to 256 bytes or fewer: it has 257 bytes in UTF-8. The server answers “Bad Request: secret token is too long”.",
    ]);
  });
  it("counts bytes of UTF-8, and checks the length before the characters", () => {
    expect(only(issues({ secret_token: "é".repeat(130) }))).toEqual([
      "Error: Shorten it to 256 bytes or fewer: it has 260 bytes in UTF-8 (130 characters). The server answers “Bad Request: secret token is too long”.",
      "Next error: Remove “é”: only A-Z, a-z, 0-9, _ and - are allowed. Once the errors before it are fixed, the server answers “Bad Request: secret token contains unallowed characters”.",
    ]);
  });
  it("refuses characters outside A-Z a-z 0-9 _ -, naming invisible ones", () => {
    expect(only(issues({ secret_token: "abc def+/=\u200b" }))).toEqual([
      "Error: Remove U+0020 (space), “+”, “/”, “=”, U+200B (zero width space): only A-Z, a-z, 0-9, _ and - are allowed. The server answers “Bad Request: secret token contains unallowed characters”.",
    ]);
  });
  it("is not checked when the url is empty, as on the server", () => {
    expect(validate({ url: "", secret_token: "bad token" }).filter((i) => i.param === "secret_token")).toEqual([]);
  });
});

describe("certificate", () => {
  it("accepts a PEM certificate for the url's host", () => {
    expect(issues({ url: "https://bot.example.com:8443/hook", certificate: fixture("dns.pem") })).toEqual([]);
    expect(issues({ url: "https://a.hooks.example.com:8443/hook", certificate: fixture("dns.pem") })).toEqual([]);
  });
  it("accepts exactly 3 MiB and refuses a byte more", () => {
    const cert = fixture("dns.pem");
    expect(issues({ certificate: { ...cert, size: 3 << 20 } })).toEqual([]);
    expect(only(issues({ certificate: { ...cert, size: (3 << 20) + 1 } }))).toEqual([
      "Error: The file is 3,145,729 bytes; upload only the PEM public certificate (at most 3 MB). The server answers “Bad Request: certificate size is too big (3145729 bytes)”.",
    ]);
  });
  it.each(["dns.der", "junk.pem", "empty.pem", "private-key.pem"])("refuses %s: no PEM certificate for OpenSSL to load", (name) => {
    const shown = only(issues({ certificate: fixture(name) }));
    expect(shown.at(-1)).toBe(
      "Error: The server loads the file with OpenSSL and finds no PEM certificate in it (DER, an empty file or a key alone do not load). Upload the PEM public certificate. The server answers “Bad Request: bad webhook: Failed to set custom certificate file{error:05800088:x509 certificate routines::no certificate or crl found}”.",
    );
  });
  it("refuses to send a private key, even next to a certificate", () => {
    expect(only(issues({ url: "https://bot.example.com/hook", certificate: fixture("key-and-cert.pem") }))).toEqual([
      "Refused: This file contains a PRIVATE KEY, and the playground will not send it. Never upload a private key: pick the public certificate alone (-----BEGIN CERTIFICATE-----).",
    ]);
    expect(hasErrors(issues({ url: "https://bot.example.com/hook", certificate: fixture("key-and-cert.pem") }))).toBe(true);
  });
  it("matches an IP host against the CN, not against an IP-type alternative name", () => {
    expect(issues({ url: "https://203.0.114.7:8443/hook", certificate: fixture("ip-cn.pem") })).toEqual([]);
    expect(only(issues({ url: "https://203.0.114.7:8443/hook", certificate: fixture("ip-san.pem") }))).toEqual([
      "Warning: The certificate is not for 203.0.114.7: the server checks the host against its subject CN (an IP-type alternative name alone does not count: the IP must be the CN or a DNS-type name), so deliveries will fail with an SSL error.",
    ]);
  });
  it("checks the DNS names, not the CN, when there are any", () => {
    expect(only(issues({ url: "https://example.org/hook", certificate: fixture("dns.pem") }))).toEqual([
      "Warning: The certificate is not for example.org: the server checks the host against its DNS names, so deliveries will fail with an SSL error.",
    ]);
    // A wildcard stands for exactly one label.
    expect(issues({ url: "https://a.b.hooks.example.com/hook", certificate: fixture("dns.pem") })).toHaveLength(1);
  });
  it("warns about an expired certificate", () => {
    expect(only(validate({ ...BASE, url: "https://bot.example.com/hook", certificate: fixture("dns.pem") }, { now: new Date("2200-01-01") }))).toEqual([
      `Warning: The certificate expired on ${fixture("dns.pem").pem!.certificates[0]!.notAfter.slice(0, 10)}: deliveries will fail with an SSL error.`,
    ]);
  });
});

describe("drop_pending_updates", () => {
  it("warns that it drops updates even on a call rejected with 400, not on 429 or 409", () => {
    expect(only(issues({ drop_pending_updates: true }))).toEqual([
      "Warning: Every update waiting for delivery is deleted, even if the rest of the request is then rejected with 400 (not when it is refused with 429 or 409: those return first).",
    ]);
  });
});

describe("the server answers only the first failing check", () => {
  it("orders errors as the server checks them, whatever the form's order", () => {
    const v = verdict(
      validate({ url: "http://10.0.0.1:3000/", secret_token: "bad token", ip_address: "abc", certificate: { name: "c.pem", size: 4 << 20 } }),
    );
    expect(v.answer?.answer).toBe("Bad Request: secret token contains unallowed characters");
    expect(v.next.map((i) => i.answer)).toEqual([
      "Bad Request: certificate size is too big (4194304 bytes)",
      "Bad Request: bad webhook: An HTTPS URL must be provided for webhook",
      "Bad Request: bad webhook: Invalid IP address specified",
    ]);
    expect(v.summary).toBe(
      "The Bot API server would answer “Bad Request: secret token contains unallowed characters” (secret_token). It checks one thing at a time: 3 more errors come after that one (certificate, url, ip_address). The code below shows the request as it stands.",
    );
  });
  it("answers an unparsable url before anything else", () => {
    const v = verdict(validate({ url: "https://exa mple.com/", secret_token: "a".repeat(300) }));
    expect(v.answer?.param).toBe("url");
    expect(v.next.map((i) => i.param)).toEqual(["secret_token"]);
  });
  it("says nothing when nothing stops the request", () => {
    expect(verdict(validate(BASE)).summary).toBe("");
  });
});

describe("hasErrors", () => {
  it("is true only with an error", () => {
    expect(hasErrors(validate(BASE))).toBe(false);
    expect(hasErrors(validate({ url: "http://x.com/" }))).toBe(true);
    expect(hasErrors(validate({ url: "" }))).toBe(false);
  });
});
