import { describe, expect, it } from "vitest";
import {
  DEFAULT_UPDATE_TYPES,
  OPT_IN_UPDATE_TYPES,
  UPDATE_TYPES,
  setWebhook,
} from "../../playground/facts";

describe("setWebhook specification", () => {
  it("lists the seven parameters in the official order", () => {
    expect(setWebhook.params.map((p) => p.name)).toEqual([
      "url",
      "certificate",
      "ip_address",
      "max_connections",
      "allowed_updates",
      "drop_pending_updates",
      "secret_token",
    ]);
  });
  it("requires only url", () => {
    expect(setWebhook.params.filter((p) => p.required).map((p) => p.name)).toEqual(["url"]);
  });
  it("bounds max_connections to 1-100 with default 40", () => {
    const p = setWebhook.params.find((x) => x.name === "max_connections");
    expect(p).toMatchObject({ type: "Integer", default: 40, constraints: { min: 1, max: 100 } });
  });
  it("limits secret_token to 1-256 characters of A-Z a-z 0-9 _ -", () => {
    const p = setWebhook.params.find((x) => x.name === "secret_token");
    expect(p?.constraints).toMatchObject({ minLength: 1, maxLength: 256, charPattern: "[A-Za-z0-9_-]" });
  });
  it("accepts the four webhook ports", () => {
    const p = setWebhook.params.find((x) => x.name === "url");
    expect(p?.constraints).toMatchObject({ schemes: ["https"], ports: [443, 80, 88, 8443] });
  });
  it("excludes exactly the three opt-in update types by default", () => {
    expect(OPT_IN_UPDATE_TYPES).toEqual(["chat_member", "message_reaction", "message_reaction_count"]);
    expect(DEFAULT_UPDATE_TYPES).toHaveLength(UPDATE_TYPES.length - 3);
    expect(DEFAULT_UPDATE_TYPES).not.toContain("chat_member");
    expect(new Set(UPDATE_TYPES).size).toBe(UPDATE_TYPES.length);
  });
  it("gives every parameter a description and a hint", () => {
    for (const p of setWebhook.params) {
      expect(p.description.length, p.name).toBeGreaterThan(20);
      expect(p.hint.length, p.name).toBeGreaterThan(10);
    }
  });
});
