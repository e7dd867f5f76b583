import { describe, expect, it } from "vitest";
import { MAX_LINK_STRING } from "../../../../playground/call/link";
import { decodeLegacyLink } from "../../../../playground/methods/setWebhook/legacyLink";

const read = (search: string) => decodeLegacyLink(new URLSearchParams(search));

describe("links of the setWebhook page's first design", () => {
  it("read every field the old format carried into the value tree", () => {
    expect(
      read("url=https%3A%2F%2Fexample.com%2Fit's%2F%24(x)%0A%F0%9F%8E%89&ip_address=1.2.3.4&max_connections=100&allowed_updates=callback_query,message&drop_pending_updates=true&runtime=bun"),
    ).toEqual({
      params: { url: "https://example.com/it's/$(x)\n🎉", ip_address: "1.2.3.4", max_connections: 100, allowed_updates: ["message", "callback_query"], drop_pending_updates: true },
      notices: [],
    });
    expect(read("?url=https%3A%2F%2Fa.com%2F&allowed_updates=")).toEqual({ params: { url: "https://a.com/", allowed_updates: [] }, notices: [] });
  });
  it("are not taken for one when the link is in the generic format or holds none of the old keys", () => {
    expect(read("call=%7B%7D&url=x")).toBeUndefined();
    expect(read("tab=curl&runtime=bun")).toBeUndefined();
  });
  it("never take a secret", () => {
    expect(read("url=u&secret_token=abc&token=123:xyz&certificate=x")).toEqual({
      params: { url: "u" },
      notices: [
        "Ignored secret_token from the link: secrets are never taken from or put into links.",
        "Ignored certificate from the link: secrets are never taken from or put into links.",
        "Ignored token from the link: secrets are never taken from or put into links.",
      ],
    });
  });
  it("keep the valid part of a bad link and name the rest", () => {
    expect(read("url=https%3A%2F%2Fa.com%2Fh&max_connections=lots&allowed_updates=message,<script>&drop_pending_updates=yes")).toEqual({
      params: { url: "https://a.com/h", allowed_updates: ["message"] },
      notices: [
        "Ignored max_connections from the link: “lots” is not a whole number.",
        "Ignored unknown update types from the link: “<script>”.",
        "Ignored drop_pending_updates from the link: it must be true or false.",
      ],
    });
  });
  it("survive broken percent-encoding, huge values and repeated keys", () => {
    expect(read("url=%E0%A4%A&ip_address=%")?.params).toEqual({ url: "\uFFFD%A", ip_address: "%" });
    expect(read(`url=${"a".repeat(MAX_LINK_STRING + 1)}`)).toEqual({ params: {}, notices: ["Ignored url from the link: it is longer than 4,096 characters."] });
    expect(read("url=a&url=b")).toEqual({ params: { url: "a" }, notices: ["Ignored a repeated url in the link."] });
  });
});
