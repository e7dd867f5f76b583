import { describe, expect, it } from "vitest";
import { describeConstraints, describeDefault, setWebhook, typeHref, type ParamSpec } from "../../playground/facts";

const param = (name: string): ParamSpec => {
  const p = setWebhook.params.find((x) => x.name === name);
  if (!p) throw new Error(name);
  return p;
};

describe("describeConstraints", () => {
  it("describes max_connections as a range", () => {
    expect(describeConstraints(param("max_connections"))).toEqual([{ label: "Range", text: "1-100" }]);
  });
  it("describes secret_token's length and characters", () => {
    expect(describeConstraints(param("secret_token"))).toEqual([
      { label: "Length", text: "1-256 characters" },
      { label: "Characters", text: "A-Z, a-z, 0-9, _ and -" },
    ]);
  });
  it("describes url's scheme, ports and empty value", () => {
    expect(describeConstraints(param("url"))).toEqual([
      { label: "Scheme", text: "HTTPS only" },
      { label: "Ports", text: "443, 80, 88, 8443" },
      { label: "Empty string", text: "removes the webhook" },
    ]);
  });
  it("describes the certificate's format and size", () => {
    expect(describeConstraints(param("certificate"))).toEqual([
      { label: "Format", text: "PEM public key certificate" },
      { label: "Max size", text: "3 MB (3,145,728 bytes)" },
    ]);
  });
  it("describes ip_address", () => {
    expect(describeConstraints(param("ip_address"))).toEqual([
      { label: "Format", text: "public IPv4 address (IPv6 and reserved ranges are refused)" },
    ]);
  });
  it("lists allowed_updates values", () => {
    const [values] = describeConstraints(param("allowed_updates"));
    expect(values?.label).toBe("Values");
    expect(values?.values).toContain("chat_member");
    expect(values?.values).toHaveLength(27);
  });
  it("has nothing to say about a parameter without constraints", () => {
    expect(describeConstraints(param("drop_pending_updates"))).toEqual([]);
  });
  it("handles one-sided bounds", () => {
    expect(describeConstraints({ constraints: { min: 1 } })).toEqual([{ label: "Minimum", text: "1" }]);
    expect(describeConstraints({ constraints: { max: 9 } })).toEqual([{ label: "Maximum", text: "9" }]);
    expect(describeConstraints({ constraints: { maxLength: 9 } })).toEqual([{ label: "Length", text: "up to 9 characters" }]);
  });
});

describe("describeDefault and typeHref", () => {
  it("writes defaults as the docs do", () => {
    expect(describeDefault(param("max_connections"))).toBe("40");
    expect(describeDefault(param("drop_pending_updates"))).toBe("False");
    expect(describeDefault(param("url"))).toBeUndefined();
  });
  it("links Telegram types only", () => {
    expect(typeHref("InputFile")).toBe("https://core.telegram.org/bots/api#inputfile");
    expect(typeHref("WebhookInfo")).toBe("/types/WebhookInfo");
    expect(typeHref("String")).toBeUndefined();
  });
});
