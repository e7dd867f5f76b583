import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { validateCall } from "../../../../playground/call/validate";
import { describedIssues } from "../../../../playground/methods";
import { descriptor, fieldForAnswer } from "../../../../playground/methods/setWebhook";
import { explainFailure } from "../../../../playground/send";
import { SCHEMA_FILE } from "../../../../playground/schema/fromGramioTypes";
import type { BotApiSchema } from "../../../../playground/schema/model";
import { sliceFor } from "../../../../playground/schema/slice";

const schema = JSON.parse(readFileSync(SCHEMA_FILE, "utf8")) as BotApiSchema;
const setWebhook = sliceFor(schema, "setWebhook");
const issuesOf = (params: Record<string, unknown>) => describedIssues(validateCall(setWebhook, params), descriptor, params);

describe("setWebhook's descriptor", () => {
  it("gives the playground the server's own checks, labels and order, not the schema's", () => {
    // The schema calls url required; the server takes "" (it removes the webhook).
    expect(validateCall(setWebhook, { url: "" })).toEqual([{ path: "url", severity: "error", message: "url is required." }]);
    expect(issuesOf({ url: "" }).filter((i) => i.severity === "error")).toEqual([]);
    expect(issuesOf({ url: "http://example.com/hook", max_connections: "4e" })).toEqual([
      {
        path: "url",
        severity: "error",
        label: "Error",
        message: "Use https:// instead of http://: webhooks are delivered over HTTPS only. The server answers “Bad Request: bad webhook: An HTTPS URL must be provided for webhook”.",
      },
      expect.objectContaining({ path: "max_connections" }),
    ]);
    expect(issuesOf({ url: "http://example.com/hook", max_connections: "4e" }).some((i) => i.message.includes("is not a number"))).toBe(false);
  });
  it("reads a valid secret token from WEBHOOK_SECRET in copied code, and never links it", () => {
    expect(descriptor.fromEnv!({ url: "https://a", secret_token: "Abc_123" })).toEqual({ secret_token: "WEBHOOK_SECRET" });
    expect(descriptor.fromEnv!({ url: "https://a", secret_token: "bad token!" })).toEqual({});
    expect(descriptor.secrets).toEqual(["secret_token"]);
  });
  it("sends url always, keeps max_connections as typed unless whole, and lists update types in the specification's order", () => {
    expect(descriptor.normalize!({ secret_token: "s", max_connections: " 1.5 ", drop_pending_updates: false })).toEqual({ url: "", max_connections: "1.5", secret_token: "s" });
    expect(descriptor.normalize!({ url: "u", max_connections: 7, allowed_updates: ["poll", "message", "nope"], drop_pending_updates: true, secret_token: "" })).toEqual({
      url: "u",
      max_connections: 7,
      allowed_updates: ["message", "poll", "nope"],
      drop_pending_updates: true,
    });
    expect(Object.keys(descriptor.normalize!({ secret_token: "s", drop_pending_updates: true, url: "u", ip_address: "1.2.3.4" }))).toEqual(["url", "ip_address", "drop_pending_updates", "secret_token"]);
    expect(descriptor.parse!.max_connections!(" 10 ")).toBe(10);
  });
  it("places each 400 at its field", () => {
    expect(fieldForAnswer("Bad Request: secret token contains unallowed characters", { url: "u" })).toBe("secret_token");
    expect(fieldForAnswer("Bad Request: certificate size is too big (4194304 bytes)", { url: "u" })).toBe("certificate");
    expect(fieldForAnswer("Bad Request: bad webhook: IP address 10.0.0.5 is reserved", { url: "u" })).toBe("url");
    expect(fieldForAnswer("Bad Request: bad webhook: IP address 10.0.0.5 is reserved", { url: "u", ip_address: "10.0.0.5" })).toBe("ip_address");
    expect(fieldForAnswer("Bad Request: bad webhook: Failed to resolve host: Name or service not known", { url: "u" })).toBe("url");
    expect(fieldForAnswer("Bad Request: invalid webhook URL specified", { url: "u" })).toBe("url");
    expect(fieldForAnswer("Bad Request: something new", { url: "u" })).toBeUndefined();
  });
  it("words its own failures where the generic words would mislead, and leaves the rest to them", () => {
    expect(explainFailure({ ok: false, status: 409, errorCode: 409 }, "b", descriptor)).toBe("Another setWebhook was sent at the same moment; set the webhook from one place only.");
    expect(explainFailure({ ok: false, status: 409, errorCode: 409 }, "b")).toBe(
      "Conflict: getUpdates cannot run while a webhook is set (deleteWebhook first), or another getUpdates is running.",
    );
    expect(explainFailure({ ok: false, status: 400, errorCode: 400, description: "Bad Request: x" }, "b", descriptor)).toBe(
      "The server rejected a parameter; its message is shown next to that field.",
    );
    expect(explainFailure({ ok: false, status: 401, errorCode: 401 }, "b", descriptor)).toContain("token was refused");
  });
  it("sends getWebhookInfo and deleteWebhook beside itself", () => {
    expect(descriptor.alongside).toEqual([{ method: "getWebhookInfo" }, { method: "deleteWebhook", flag: "drop_pending_updates" }]);
  });
});
