/**
 * A Bot API upgrade is: update the packages, `npm run schema && npm run generate`, review the
 * diff, `npm test`. This runs that path on the current schema with a method and a parameter
 * added, and sees the pages, the sidebar's groups, the counts and the playground follow, with
 * no literal to edit anywhere.
 */
import { readHistory } from "../../playground/schema/historyFile";
import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { controlFor } from "../../playground/call/controls";
import { validateCall } from "../../playground/call/validate";
import { loadReferences } from "../../playground/docgen/references";
import { homeTagline, isHandWritten, methodSections, schemaPages, withGramioVersion, withHomeTagline } from "../../playground/docgen/schemaPages";
import { GENERATORS } from "../../playground/generators";
import { SCHEMA_FILE } from "../../playground/schema/fromGramioTypes";
import type { BotApiSchema, SchemaMethod } from "../../playground/schema/model";
import { sliceFor } from "../../playground/schema/slice";

const schema = JSON.parse(readFileSync(SCHEMA_FILE, "utf8")) as BotApiSchema;
const getMe = schema.methods.find((m) => m.name === "getMe")!;
const sendMessage = schema.methods.find((m) => m.name === "sendMessage")!;
const added: SchemaMethod = {
  ...getMe,
  name: "getUpgradeProbe",
  description: "Returns the probe. A method of a newer Bot API.",
  params: "required",
  fields: [{ name: "probe_id", type: { kind: "number" }, required: true, description: "The probe to return." }],
};
const grown: BotApiSchema = {
  ...schema,
  botApiVersion: "99.1",
  methods: [
    ...schema.methods.map((m) =>
      m.name === "sendMessage" ? { ...m, fields: [...m.fields, { name: "upgrade_flag", type: { kind: "boolean" as const }, required: false, description: "A newer parameter." }] } : m,
    ),
    added,
  ],
};

describe("an upgraded schema", () => {
  const pages = schemaPages(grown);
  it("gets a page for the new method, and the new parameter on its method's page", () => {
    expect(pages.get("methods/getUpgradeProbe.md")).toContain("# getUpgradeProbe");
    expect(pages.get("methods/getUpgradeProbe.md")).toContain('<ApiParam name="probe_id"');
    expect(pages.get("methods/getUpgradeProbe.md")).toContain("Bot API 99.1");
    expect(pages.get("methods/sendMessage.md")).toContain('<ApiParam name="upgrade_flag"');
    expect(sendMessage.fields.some((f) => f.name === "upgrade_flag")).toBe(false);
  });
  it("counts the new method on the index page, the home page and in the sidebar's groups", () => {
    expect(pages.get("methods/index.md")).toContain(`All ${schema.methods.length + 1} methods of Telegram Bot API 99.1`);
    expect(pages.get("methods/index.md")).toContain("[getUpgradeProbe](/methods/getUpgradeProbe)");
    expect(homeTagline(grown)).toMatch(new RegExp(`^All ${schema.methods.length + 1} methods and ${schema.objects.length} types of Telegram Bot API 99\\.1,`));
    expect(withHomeTagline("---\nhero:\n  tagline: old\n---\n", grown)).toBe(`---\nhero:\n  tagline: ${homeTagline(grown)}\n---\n`);
    expect(methodSections(grown).flatMap((s) => s.items.map((m) => m.name))).toContain("getUpgradeProbe");
  });
  it("gives the new method a working playground: a control, validation and every output", () => {
    const slice = sliceFor(grown, "getUpgradeProbe");
    expect(controlFor(slice.objects, slice.method.fields[0]!.type)).toEqual({ kind: "number" });
    expect(validateCall(slice, {})).toEqual([{ path: "probe_id", severity: "error", message: "probe_id is required." }]);
    for (const g of GENERATORS) expect(g.generate({ slice, params: { probe_id: 7 }, runtime: "node" }), g.id).toContain("getUpgradeProbe");
  });
});

const docs = new URL("../../docs/", import.meta.url);
const read = (file: string) => {
  try {
    return readFileSync(new URL(file, docs), "utf8");
  } catch {
    return undefined;
  }
};

describe("hand-written pages after an upgrade", () => {
  const newer = { ...grown, gramioVersion: "0.99.1" };
  it("name the new gramio wherever they name the installed one, and keep every other line", async () => {
    const pages = schemaPages(newer, await loadReferences(), read, readHistory());
    const setWebhook = pages.get("methods/setWebhook.md")!;
    expect(setWebhook).toContain("gramio 0.99.1");
    expect(setWebhook).not.toContain(`gramio ${schema.gramioVersion}`);
    expect(setWebhook.replaceAll("gramio 0.99.1", `gramio ${schema.gramioVersion}`).replaceAll("Bot API 99.1", `Bot API ${schema.botApiVersion}`)).toBe(read("methods/setWebhook.md"));
    // The wire proof's notes on generated pages name it too.
    expect(pages.get("methods/sendPoll.md")).toContain("GramIO 0.99.1 reads");
  });
  it("name the installed gramio on disk: guides, the home page and the webhook family", () => {
    const files = ["index.md", ...readdirSync(new URL("guide/", docs)).map((n) => `guide/${n}`), ...["methods", "types"].flatMap((d) => readdirSync(new URL(`${d}/`, docs)).map((n) => `${d}/${n}`).filter((f) => isHandWritten(read(f))))];
    expect(files.length).toBeGreaterThanOrEqual(7);
    for (const file of files) expect(read(file), file).toBe(withGramioVersion(read(file)!, schema.gramioVersion));
    expect(withGramioVersion("with gramio 0.10.0's adapter; GramIO's docs", "1.2.3")).toBe("with gramio 1.2.3's adapter; GramIO's docs");
  });
});

describe("the home page", () => {
  it("says the counts the schema gives (npm run generate writes them)", () => {
    const home = readFileSync(new URL("../../docs/index.md", import.meta.url), "utf8");
    expect(home).toBe(withHomeTagline(home, schema));
  });
});
