import { describe, expect, it } from "vitest";
import {
  GENERATED_END,
  GENERATED_START,
  blockMarkers,
  renderDeliveryErrors,
  renderServerAnswers,
  replaceBlock,
  replaceGenerated,
} from "../../playground/docgen/render";
import { fillHandPage, GENERATED_NOTICE, isHandWritten } from "../../playground/docgen/schemaPages";
import { indexReferences } from "../../playground/docgen/extras";

describe("replaceGenerated", () => {
  it("replaces only what is between the markers", () => {
    const md = `# t\n\n${GENERATED_START}\nold\n${GENERATED_END}\n\n## Hand-written\n`;
    expect(replaceGenerated(md, `${GENERATED_START}\nnew\n${GENERATED_END}`)).toBe(
      `# t\n\n${GENERATED_START}\nnew\n${GENERATED_END}\n\n## Hand-written\n`,
    );
  });
  it("refuses a page without markers or with two blocks", () => {
    expect(() => replaceGenerated("# no markers", "x")).toThrow(/Expected one/);
    const twice = `${GENERATED_START}${GENERATED_END}${GENERATED_START}${GENERATED_END}`;
    expect(() => replaceGenerated(twice, "x")).toThrow(/More than one/);
  });
});

describe("error lists from the shared data", () => {
  it("writes each server answer with its status, its exact text, cause and fix", () => {
    expect(renderServerAnswers(["reserved", "certificateFile"])).toBe(
      "- **400** `Bad Request: bad webhook: IP address 10.1.2.3 is reserved`<br>\n" +
        "  The host or `ip_address` is in a private or reserved range (10/8, 127/8, 172.16/12, 192.168/16, 100.64/10, …). **Fix:** Use the server's public IPv4 address; Telegram cannot reach private networks.\n" +
        "- **400** `Bad Request: bad webhook: Failed to set custom certificate file{error:05800088:x509 certificate routines::no certificate or crl found}`<br>\n" +
        "  The uploaded `certificate` holds no PEM certificate OpenSSL can load: DER, an empty file, a private key alone, a broken block. The part in braces is the server's OpenSSL error (this is OpenSSL 3's wording). **Fix:** Upload the PEM public certificate (`-----BEGIN CERTIFICATE-----`); convert DER with `openssl x509 -inform der -in cert.der -out cert.pem`.",
    );
  });
  it("marks delivery errors that are only the beginning of a text", () => {
    expect(renderDeliveryErrors()).toContain("- `SSL error…`<br>\n");
  });
  it("replaces only what is between a named block's markers", () => {
    const [start, end] = blockMarkers("errors");
    expect(replaceBlock(`a\n${start}\nold\n${end}\nb`, "errors", "new")).toBe(`a\n${start}\n\nnew\n\n${end}\nb`);
    expect(() => replaceBlock("no markers", "errors", "x")).toThrow(/Expected one/);
  });
});

describe("hand-written pages", () => {
  const [errorsStart, errorsEnd] = blockMarkers("errors");
  const page = `# m\n\n${GENERATED_START}\nold\n${GENERATED_END}\n\n## Hand\n\nkept\n\n${errorsStart}\nold\n${errorsEnd}\n`;
  it("are told from generated pages by their markers", () => {
    expect(isHandWritten(page)).toBe(true);
    expect(isHandWritten(`${GENERATED_NOTICE}\n${GENERATED_START}`)).toBe(false);
    expect(isHandWritten("# no block")).toBe(false);
    expect(isHandWritten(undefined)).toBe(false);
  });
  it("get their reference and named blocks filled, and keep every hand-written line", () => {
    expect(fillHandPage(page, "m/reference.ts", ["## Parameters", "p"], { errors: () => "- e" })).toBe(
      `# m\n\n${GENERATED_START}\n\n<!-- Written by \`npm run generate\` from the schema and m/reference.ts: edit those, not this block. -->\n\n## Parameters\n\np\n\n${GENERATED_END}\n\n## Hand\n\nkept\n\n${errorsStart}\n\n- e\n\n${errorsEnd}\n`,
    );
  });
  it("refuse a named block nothing renders, rather than leave it stale", () => {
    expect(() => fillHandPage(page, "m/reference.ts", [])).toThrow("<!-- GENERATED:errors:START --> has no renderer in m/reference.ts");
  });
  it("take a type's words from one method only", () => {
    expect(() => indexReferences([["a", { types: { T: {} } }], ["b", { types: { T: {} } }]])).toThrow("a and b both add to the page of T");
    expect(indexReferences([["a", { types: { T: { fields: {} } } }]]).types.get("T")).toEqual({ method: "a", extras: { fields: {} } });
  });
});
