import { readFile } from "node:fs/promises";
import { describe, expect, it } from "vitest";
import { GENERATED_BLOCKS, GENERATED_PAGES } from "../../playground/docgen/pages";
import {
  GENERATED_END,
  GENERATED_START,
  blockMarkers,
  escapeAttr,
  renderDeliveryErrors,
  renderGeneratedBlock,
  renderServerAnswers,
  replaceBlock,
  renderParam,
  replaceGenerated,
} from "../../playground/docgen/render";
import { setWebhook, type ParamSpec } from "../../playground/facts";

const param = (name: string): ParamSpec => setWebhook.params.find((p) => p.name === name)!;

describe("renderParam", () => {
  it("writes max_connections with its range and default, description in the slot", () => {
    expect(renderParam(param("max_connections"))).toBe(
      `<ApiParam name="max_connections" type="Integer" default-value="40" :constraints='[{&quot;label&quot;:&quot;Range&quot;,&quot;text&quot;:&quot;1-100&quot;}]'>\n\n` +
        "The maximum allowed number of simultaneous HTTPS connections to the webhook for update delivery, 1-100. Defaults to _40_. Use lower values to limit the load on your bot's server, and higher values to increase your bot's throughput.\n\n" +
        "</ApiParam>",
    );
  });
  it("marks only required parameters as required", () => {
    expect(renderParam(param("url"))).toMatch(/^<ApiParam name="url" type="String" required /);
    expect(renderParam(param("secret_token"))).not.toContain(" required");
  });
  it("links InputFile", () => {
    expect(renderParam(param("certificate"))).toContain(
      'type="InputFile" type-href="https://core.telegram.org/bots/api#inputfile"',
    );
  });
  it("never marks a parameter with :max=\"1\" or marks all required (the seed's errors)", () => {
    const block = renderGeneratedBlock(setWebhook);
    expect(block).not.toContain(':max="1"');
    expect(block.match(/ required[ >]/g)).toHaveLength(1);
  });
});

describe("escapeAttr", () => {
  it("escapes every character that could end an attribute or open a tag", () => {
    expect(escapeAttr(`a&b"c'd<e>f`)).toBe("a&amp;b&quot;c&#39;d&lt;e&gt;f");
  });
});

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

describe("pages on disk", () => {
  for (const { file, name, render } of GENERATED_BLOCKS) {
    it(`docs/${file} holds the ${name} list exactly as npm run generate writes it`, async () => {
      const onDisk = await readFile(new URL(`../../docs/${file}`, import.meta.url), "utf8");
      expect(onDisk).toBe(replaceBlock(onDisk, name, render()));
    });
  }
  for (const { file, spec } of GENERATED_PAGES) {
    it(`docs/${file} holds exactly what npm run generate writes`, async () => {
      const onDisk = await readFile(new URL(`../../docs/${file}`, import.meta.url), "utf8");
      expect(onDisk).toBe(replaceGenerated(onDisk, renderGeneratedBlock(spec)));
    });
  }
});
