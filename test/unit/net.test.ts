import { X509Certificate } from "node:crypto";
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { readPem } from "../../playground/methods/setWebhook/certificate";
import { describeCertificate } from "../../playground/methods/setWebhook/certificateView";
import {
  certificateNamesMatch,
  formatIPv4,
  hiddenCharacters,
  isDottedQuad,
  isIPv6,
  isReservedIPv4,
  parseInetAddr,
  parseIPv4Loose,
  parseWebhookUrl,
} from "../../playground/net";

const ip = (s: string) => parseIPv4Loose(s);

describe("parseIPv4Loose (inet_aton)", () => {
  it("reads dotted quads", () => {
    expect(formatIPv4(ip("1.2.3.4")!)).toBe("1.2.3.4");
    expect(ip("255.255.255.255")).toBe(0xffffffff);
  });
  it("reads the short, octal and hex forms the C library accepts", () => {
    expect(formatIPv4(ip("1.2.3")!)).toBe("1.2.0.3");
    expect(formatIPv4(ip("127.1")!)).toBe("127.0.0.1");
    expect(formatIPv4(ip("0x7f.1")!)).toBe("127.0.0.1");
    expect(formatIPv4(ip("010.0.0.1")!)).toBe("8.0.0.1");
    expect(formatIPv4(ip("16909060")!)).toBe("1.2.3.4");
  });
  it("refuses what inet_aton refuses", () => {
    for (const bad of ["abc", "256.1.1.1", "1.2.3.4.5", "localhost", "", "1..2", "08.1.1.1", "1.2.3.4 "]) {
      expect(ip(bad), bad).toBeUndefined();
    }
  });
  it("tells dotted quads from other forms", () => {
    expect(isDottedQuad("203.0.114.7")).toBe(true);
    expect(isDottedQuad("1.2.3")).toBe(false);
    expect(isDottedQuad("01.2.3.4")).toBe(false);
  });
});

describe("isIPv6", () => {
  it("accepts IPv6 with or without brackets", () => {
    expect(isIPv6("2001:db8::1")).toBe(true);
    expect(isIPv6("[2001:db8::1]")).toBe(true);
    expect(isIPv6("::ffff:1.2.3.4")).toBe(true);
  });
  it("refuses other text", () => {
    expect(isIPv6("1.2.3.4")).toBe(false);
    expect(isIPv6("2001:db8::g")).toBe(false);
    expect(isIPv6("example.com")).toBe(false);
  });
});

describe("isReservedIPv4", () => {
  it("refuses every reserved range at its edges", () => {
    for (const r of ["0.0.0.0", "10.255.255.255", "100.64.0.0", "100.127.255.255", "127.0.0.1", "169.254.1.1", "172.16.0.1", "172.31.255.255", "192.0.0.1", "192.0.2.1", "192.88.99.1", "192.168.1.1", "198.18.0.1", "198.19.255.255", "198.51.100.1", "203.0.113.1", "224.0.0.1", "255.255.255.255"]) {
      expect(isReservedIPv4(ip(r)!), r).toBe(true);
    }
  });
  it("accepts public addresses next to them", () => {
    for (const p of ["1.1.1.1", "100.63.255.255", "100.128.0.0", "172.15.255.255", "172.32.0.0", "192.169.0.1", "198.20.0.1", "203.0.114.7", "223.255.255.255"]) {
      expect(isReservedIPv4(ip(p)!), p).toBe(false);
    }
  });
});

describe("parseWebhookUrl (td parse_url)", () => {
  it("defaults to https on 443 without a scheme", () => {
    expect(parseWebhookUrl("example.com/hook")).toEqual({ ok: true, scheme: "https", userinfo: "", host: "example.com", port: 443, path: "/hook" });
  });
  it("reads upper-case schemes and hosts", () => {
    expect(parseWebhookUrl("HTTPS://Example.COM/")).toMatchObject({ ok: true, host: "example.com", port: 443 });
  });
  it("ignores leading zeros in the port", () => {
    expect(parseWebhookUrl("https://example.com:00443/")).toMatchObject({ ok: true, port: 443 });
  });
  it("keeps http with its default port 80", () => {
    expect(parseWebhookUrl("http://example.com")).toMatchObject({ ok: true, scheme: "http", port: 80, path: "/" });
  });
  it("reads user info", () => {
    expect(parseWebhookUrl("https://user:p%40ss@example.com:8443/x?y=1")).toMatchObject({ ok: true, userinfo: "user:p%40ss", port: 8443, path: "/x?y=1" });
  });
  it("percent-encodes spaces in the path", () => {
    expect(parseWebhookUrl("https://example.com/a b")).toMatchObject({ ok: true, path: "/a%20b" });
  });
  it("allows IPv6 literals in brackets", () => {
    expect(parseWebhookUrl("https://[2001:db8::1]:8443/")).toMatchObject({ ok: true, host: "[2001:db8::1]", port: 8443 });
  });
  it("refuses what the server refuses", () => {
    for (const bad of ["https://:443/", "https:///path", "https:/example.com", "https://exa mple.com/", "https://example.com:443abc/", "ftp://example.com/", "https://example.com:0/", "https://example.com:65536/", "https://[zz]/", "https://ex<ample.com/", "https://./"]) {
      expect(parseWebhookUrl(bad).ok, bad).toBe(false);
    }
  });
});

describe("parseInetAddr (glibc inet_addr, for ip_address)", () => {
  it("stops at the first blank and ignores the rest", () => {
    for (const spaced of ["203.0.114.7 ", "203.0.114.7\n", "203.0.114.7\t# note", "203.0.114.7\r\nx"]) {
      expect(formatIPv4(parseInetAddr(spaced)!), JSON.stringify(spaced)).toBe("203.0.114.7");
    }
  });
  it("refuses 0x without a hex digit, and INADDR_NONE in any spelling", () => {
    for (const bad of ["1.2.3.0x", "0x", "0x.1.2.3", "255.255.255.255", "4294967295", "0xffffffff", " 1.2.3.4", "", " "]) {
      expect(parseInetAddr(bad), JSON.stringify(bad)).toBeUndefined();
    }
    expect(formatIPv4(parseInetAddr("0x7f.1")!)).toBe("127.0.0.1");
  });
  it("refuses IPv6 zone ids", () => {
    expect(isIPv6("fe80::1%eth0")).toBe(false);
    expect(isIPv6("[fe80::1%25eth0]")).toBe(false);
    expect(parseWebhookUrl("https://[fe80::1%25eth0]/")).toEqual({ ok: false, reason: "the IPv6 address in brackets is not valid" });
  });
});

describe("hiddenCharacters", () => {
  it("names each hidden or reordering character once, in order", () => {
    expect(hiddenCharacters("a\u200bb\u202ec\u200b\n\u0000 d")).toEqual([
      "U+200B (zero width space)",
      "U+202E (right-to-left override)",
      "U+000A (line feed)",
      "U+0000 (NUL)",
    ]);
    expect(hiddenCharacters("https://example.com/a b")).toEqual([]);
  });
});

describe("certificateNamesMatch (OpenSSL's X509_check_host)", () => {
  const fixtures = ["dns.pem", "ip-cn.pem", "ip-san.pem"];
  const hosts = ["bot.example.com", "BOT.example.com", "x.hooks.example.com", "a.b.hooks.example.com", "hooks.example.com", "example.org", "203.0.114.7", "[2001:db8::1]", "example.com"];
  it("agrees with Node's OpenSSL for every fixture and host", () => {
    for (const name of fixtures) {
      const text = readFileSync(new URL(`../fixtures/certificates/${name}`, import.meta.url), "utf8");
      const ours = readPem(text).certificates[0]!;
      const openssl = new X509Certificate(text);
      for (const host of hosts) {
        expect(certificateNamesMatch(ours, host), `${name} ${host}`).toBe(openssl.checkHost(host.replace(/^\[|\]$/g, "")) !== undefined);
      }
    }
  });
  it("reads the names, the IP-type names and the validity", () => {
    const text = readFileSync(new URL("../fixtures/certificates/dns.pem", import.meta.url), "utf8");
    const openssl = new X509Certificate(text);
    expect(readPem(text)).toEqual({
      loadable: true,
      privateKey: false,
      certificates: [
        {
          subjectCN: "bot.example.com",
          dnsNames: ["bot.example.com", "*.hooks.example.com"],
          ipAddresses: ["203.0.114.7"],
          notBefore: new Date(openssl.validFrom).toISOString(),
          notAfter: new Date(openssl.validTo).toISOString(),
        },
      ],
    });
  });
});

describe("describeCertificate", () => {
  it("shows the CN, names, expiry and the host check", () => {
    const text = readFileSync(new URL("../fixtures/certificates/ip-san.pem", import.meta.url), "utf8");
    const pem = readPem(text);
    const until = pem.certificates[0]!.notAfter.slice(0, 10);
    expect(describeCertificate(pem, "https://203.0.114.7:8443/hook", new Date("2026-11-26"))).toEqual([
      { label: "Subject CN", value: "example.org" },
      { label: "DNS names", value: "(none)" },
      { label: "IP addresses", value: "203.0.114.7 (not used for the host check)" },
      { label: "Valid until", value: until },
      { label: "Host check", value: "does not match 203.0.114.7" },
    ]);
    expect(describeCertificate(readPem(readFileSync(new URL("../fixtures/certificates/key-and-cert.pem", import.meta.url), "utf8")), "", new Date("2300-01-01"))).toEqual([
      { label: "Private key", value: "in this file: it is never sent" },
      { label: "Subject CN", value: "bot.example.com" },
      { label: "DNS names", value: "bot.example.com, *.hooks.example.com" },
      { label: "IP addresses", value: "203.0.114.7 (not used for the host check)" },
      { label: "Valid until", value: `${readPem(readFileSync(new URL("../fixtures/certificates/key-and-cert.pem", import.meta.url), "utf8")).certificates[0]!.notAfter.slice(0, 10)} (expired)` },
      { label: "Host check", value: "enter the url to check it" },
    ]);
  });
});
