import { readFile } from "node:fs/promises";
import { describe, expect, it } from "vitest";
import { GENERATED_PAGES } from "../../playground/docgen/pages";
import {
  GENERATED_END,
  GENERATED_START,
  escapeAttr,
  renderGeneratedBlock,
  renderParam,
  replaceGenerated,
} from "../../playground/docgen/render";
import { setWebhook, type ParamSpec } from "../../playground/spec";

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

describe("pages on disk", () => {
  for (const { file, spec } of GENERATED_PAGES) {
    it(`docs/${file} holds exactly what npm run generate writes`, async () => {
      const onDisk = await readFile(new URL(`../../docs/${file}`, import.meta.url), "utf8");
      expect(onDisk).toBe(replaceGenerated(onDisk, renderGeneratedBlock(spec)));
    });
  }
});
