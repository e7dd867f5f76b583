/** setWebhook's reference page: the schema's words with the server's limits, refused or clamped as the source says. */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { linkResolver, methodReference, renderSchemaField } from "../../../../playground/docgen/schemaPages";
import { SCHEMA_FILE } from "../../../../playground/schema/fromGramioTypes";
import type { BotApiSchema } from "../../../../playground/schema/model";
import { SET_WEBHOOK_PARAMS } from "../../../../playground/methods/setWebhook/facts";
import { reference } from "../../../../playground/methods/setWebhook/reference";

const schema = JSON.parse(readFileSync(SCHEMA_FILE, "utf8")) as BotApiSchema;
const method = schema.methods.find((m) => m.name === "setWebhook")!;
const field = (name: string) => renderSchemaField(method.fields.find((f) => f.name === name)!, linkResolver(schema), reference.fields?.[name]);
const words = (name: string) => JSON.parse(/:constraints='([^']*)'/.exec(field(name))![1]!.replaceAll("&quot;", '"')) as unknown;

describe("setWebhook's reference", () => {
  it("lists the parameters in the schema's order, and only url is required", () => {
    expect(method.fields.map((f) => f.name)).toEqual([...SET_WEBHOOK_PARAMS]);
    expect(method.fields.filter((f) => f.required).map((f) => f.name)).toEqual(["url"]);
    const block = methodReference(schema, method, reference).join("\n\n");
    expect(block.match(/ required[ >]/g)).toHaveLength(1);
    expect(block).not.toContain(':max="1"');
  });
  it("calls max_connections' range clamped, never refused, with its default", () => {
    expect(field("max_connections")).toMatch(/^<ApiParam name="max_connections" type="Number" default-value="40" /);
    expect(words("max_connections")).toEqual([{ label: "Range", text: "1-100; a value outside is clamped into it, never refused" }]);
  });
  it("counts secret_token in bytes, as the server does, and says empty sends none", () => {
    expect(words("secret_token")).toEqual([
      { label: "Length", text: "up to 256 bytes in UTF-8, longer is refused; empty sends no secret" },
      { label: "Characters", text: "A-Z, a-z, 0-9, _ and -; any other is refused" },
    ]);
  });
  it("says url's scheme, ports and what an empty url does", () => {
    expect(words("url")).toEqual([
      { label: "Scheme", text: "HTTPS only (a URL without a scheme is taken as HTTPS)" },
      { label: "Ports", text: "443, 80, 88, 8443; any other is refused" },
      { label: "Empty string", text: "removes the webhook" },
    ]);
  });
  it("gives the certificate's size in MB and bytes, and links InputFile", () => {
    expect(field("certificate")).toContain(`:type-parts='[{&quot;text&quot;:&quot;InputFile&quot;,&quot;href&quot;:&quot;https://core.telegram.org/bots/api#inputfile&quot;}]'`);
    expect(words("certificate")).toEqual([
      { label: "Format", text: "PEM public key certificate; a file with none in it is refused" },
      { label: "Max size", text: "3 MB (3,145,728 bytes); a larger file is refused" },
    ]);
  });
  it("keeps the schema's values for allowed_updates and says what leaving it out means", () => {
    expect(field("allowed_updates")).toContain('default-value="the previous setting"');
    expect(field("allowed_updates")).toContain("&quot;stopped_message_generation&quot;");
    expect(field("drop_pending_updates")).toMatch(/^<ApiParam name="drop_pending_updates" type="Boolean" default-value="False">/);
  });
});
