import { describe, expect, it } from "vitest";
import { defaultFormState, formToInput, type FormState } from "../../playground/params";
import { generateSecretToken, SECRET_TOKEN_ALPHABET } from "../../playground/secretToken";
import { decodeFormState, encodeFormState, linkLeavesOut, MAX_LINK_VALUE } from "../../playground/urlState";

const form = (patch: Partial<FormState>): FormState => ({ ...defaultFormState(), ...patch });

describe("encodeFormState", () => {
  it("leaves defaults out", () => {
    expect(encodeFormState(defaultFormState())).toBe("");
  });
  it("writes set fields, never the secret token or certificate", () => {
    expect(
      encodeFormState(
        form({
          url: "https://example.com/hook?a=1&b=2",
          ip_address: "203.0.114.7",
          max_connections: "10",
          allowed_updates_mode: "list",
          allowed_updates: ["chat_member", "message"],
          drop_pending_updates: true,
          secret_token: "TOP_SECRET",
          certificate: { name: "c.pem", size: 1, text: "x" },
          runtime: "bun",
        }),
      ),
    ).toBe(
      "url=https%3A%2F%2Fexample.com%2Fhook%3Fa%3D1%26b%3D2&ip_address=203.0.114.7&max_connections=10&allowed_updates=message%2Cchat_member&drop_pending_updates=true&runtime=bun",
    );
  });
  it("writes only what can be read back, and says what it left out", () => {
    const long = form({ url: "x".repeat(MAX_LINK_VALUE + 1), ip_address: "1.2.3.4", max_connections: "4e" });
    expect(encodeFormState(long)).toBe("ip_address=1.2.3.4");
    expect(linkLeavesOut(long)).toEqual(["url is longer than 2,048 characters", "max_connections is not a whole number of up to 6 digits"]);
    const fits = form({ url: "x".repeat(MAX_LINK_VALUE), tab: "curl" });
    expect(decodeFormState(encodeFormState(fits))).toEqual({ form: fits, notices: [] });
    expect(linkLeavesOut(fits)).toEqual([]);
  });
  it("writes an empty list as an empty value", () => {
    expect(encodeFormState(form({ allowed_updates_mode: "list", allowed_updates: [] }))).toBe("allowed_updates=");
  });
});

describe("decodeFormState", () => {
  it("round-trips every field a link may carry", () => {
    const original = form({
      url: "https://example.com/it's/$(x)\n🎉",
      ip_address: "1.2.3.4",
      max_connections: "100",
      allowed_updates_mode: "list",
      allowed_updates: ["message", "callback_query"],
      drop_pending_updates: true,
      runtime: "bun",
    });
    expect(decodeFormState(encodeFormState(original))).toEqual({ form: original, notices: [] });
  });
  it("round-trips an empty allowed_updates list", () => {
    const original = form({ allowed_updates_mode: "list", allowed_updates: [] });
    expect(decodeFormState(encodeFormState(original)).form).toEqual(original);
  });
  it("reads a leading ?", () => {
    expect(decodeFormState("?url=https%3A%2F%2Fa.com%2F").form.url).toBe("https://a.com/");
  });
  it("never takes a secret from a link", () => {
    expect(decodeFormState("secret_token=abc&token=123:xyz&certificate=x")).toEqual({
      form: defaultFormState(),
      notices: [
        "Ignored secret_token from the link: secrets are never taken from or put into links.",
        "Ignored token from the link: secrets are never taken from or put into links.",
        "Ignored certificate from the link: secrets are never taken from or put into links.",
      ],
    });
  });
  it("keeps the valid part of a bad link and names the rest", () => {
    expect(
      decodeFormState("url=https%3A%2F%2Fa.com%2Fh&max_connections=lots&allowed_updates=message,<script>&runtime=deno&drop_pending_updates=yes&evil=1"),
    ).toEqual({
      form: form({ url: "https://a.com/h", allowed_updates_mode: "list", allowed_updates: ["message"] }),
      notices: [
        "Ignored max_connections from the link: “lots” is not a whole number.",
        "Ignored unknown update types from the link: “<script>”.",
        "Ignored runtime from the link: “deno” is not node or bun.",
        "Ignored drop_pending_updates from the link: it must be true or false.",
        "Ignored an unknown field in the link: “evil”.",
      ],
    });
  });
  it("survives broken percent-encoding", () => {
    const { form: f } = decodeFormState("url=%E0%A4%A&ip_address=%");
    expect(f.url).toBe("\uFFFD%A");
    expect(f.ip_address).toBe("%");
  });
  it("drops huge values", () => {
    const { form: f, notices } = decodeFormState(`url=${"a".repeat(MAX_LINK_VALUE + 1)}`);
    expect(f.url).toBe("");
    expect(notices).toEqual([`Ignored url from the link: it is longer than ${MAX_LINK_VALUE} characters.`]);
  });
  it("ignores repeated keys after the first", () => {
    expect(decodeFormState("url=a&url=b")).toEqual({ form: form({ url: "a" }), notices: ["Ignored a repeated url in the link."] });
  });
});

describe("formToInput", () => {
  it("sends only url for an untouched form", () => {
    expect(formToInput(defaultFormState())).toEqual({ url: "" });
  });
  it("keeps call order and converts max_connections to a number", () => {
    const input = formToInput(
      form({ secret_token: "s", url: "u", max_connections: " 7 ", allowed_updates_mode: "list", allowed_updates: ["poll", "message"], drop_pending_updates: true }),
    );
    expect(Object.keys(input)).toEqual(["url", "max_connections", "allowed_updates", "drop_pending_updates", "secret_token"]);
    expect(input).toMatchObject({ max_connections: 7, allowed_updates: ["message", "poll"] });
  });
});

describe("generateSecretToken", () => {
  it("maps random bytes onto the allowed alphabet without bias", () => {
    const fill = (b: Uint8Array) => b.map((_, i) => i * 5);
    expect(generateSecretToken(fill, 8)).toBe("AFKPUZej");
    expect(generateSecretToken((b) => b.fill(255), 3)).toBe("---");
  });
  it("makes valid tokens of the requested length", () => {
    const token = generateSecretToken((b) => crypto.getRandomValues(b));
    expect(token).toMatch(/^[A-Za-z0-9_-]{48}$/);
    expect(SECRET_TOKEN_ALPHABET).toHaveLength(64);
  });
});
