import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { SCHEMA_FILE } from "../../playground/schema/fromGramioTypes";
import type { BotApiSchema } from "../../playground/schema/model";
import { sliceFor } from "../../playground/schema/slice";

const schema = JSON.parse(readFileSync(SCHEMA_FILE, "utf8")) as BotApiSchema;

describe("the request builder on a form's state", () => {
  it("reads values behind a proxy, as a Vue store holds them", async () => {
    const { buildMethodRequest } = await import("../../playground/request");
    const { reactive } = await import("vue");
    const slice = sliceFor(schema, "setWebhook");
    const params = reactive({ url: "https://a.example/h", certificate: { name: "c.pem", size: 3, text: "pem" } });
    const built = buildMethodRequest(slice, params, { runtime: "node", token: "t" });
    expect(built.request?.body).toMatchObject({ kind: "multipart", parts: [{ name: "certificate", filename: "c.pem", content: "pem" }] });
  });
});
