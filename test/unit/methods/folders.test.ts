import { describe, expect, it } from "vitest";
import { folderRegistry } from "../../../playground/methods/folders";

describe("a registry derived from method folders", () => {
  it("loads a method's module once, gives the empty entry to a method without one, and reads both synchronously once known", async () => {
    let loads = 0;
    const registry = folderRegistry({ "./setWebhook/index.ts": async () => (loads++, { descriptor: "rules" }) }, (m) => m.descriptor, "none");
    expect(registry.methods).toEqual(["setWebhook"]);
    expect(registry.cached("setWebhook")).toBeUndefined();
    expect(registry.cached("getMe")).toBe("none");
    expect(await registry.load("setWebhook")).toBe("rules");
    expect(await registry.load("setWebhook")).toBe("rules");
    expect(await registry.load("getMe")).toBe("none");
    expect(registry.cached("setWebhook")).toBe("rules");
    expect(loads).toBe(1);
  });
});
