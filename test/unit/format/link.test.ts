/** td's check of a link's URL (`playground/format/link.ts`), with the answers TDLib gave for each (test/proof/format proves the rest). */
import { describe, expect, it } from "vitest";
import { checkedLink } from "../../../playground/format/link";

describe("checkedLink, as LinkManager::get_checked_link", () => {
  it("rewrites what it keeps as td writes it", () => {
    const cases: [string, string][] = [
      ["HTTP://Example.COM", "http://example.com/"],
      ["example.com", "http://example.com/"],
      ["https://[::1]:8080/x", "https://[::1]:8080/x"],
      ["[::ffff:1.2.3.4]", "http://[::ffff:1.2.3.4]/"],
      ["tg://resolve?domain=x", "tg://resolve?domain=x"],
      ["TG:resolve", "tg://resolve/"],
      ["ton://x", "ton://x/"],
      ["tonsite://a.b", "tonsite://a.b/"],
      ["http://a.b:080/", "http://a.b:80/"],
      ["http://u:p@a.b/ x", "http://u:p@a.b/%20x"],
      ["http://a.b/%zz", "http://a.b/%zz"],
      ["a.b/x y\t", "http://a.b/x%20y"],
    ];
    for (const [link, kept] of cases) expect(checkedLink(link), link).toBe(kept);
  });

  it("drops what it refuses", () => {
    for (const link of ["http://a", "tg://x.y", "http://a.b:0", "http://a%2.b", "ftp://a.b", "http://a.b:65536", "http://[1::2::3]", "", ".", "tg://u@x", "tg://x:80"]) expect(checkedLink(link), link).toBe("");
  });
});
