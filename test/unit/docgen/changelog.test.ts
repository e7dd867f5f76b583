/** What changed from one version of the history to the next, in words (`playground/docgen/changelog.ts`): exact strings. */
import { describe, expect, it } from "vitest";
import { changesSummary, versionChanges } from "../../../playground/docgen/changelog";
import type { Snapshot } from "../../../playground/schema/history";

const field = (type: string, required = false) => ({ type, required });
const snap = (botApiVersion: string, methods: Snapshot["methods"], types: Snapshot["types"]): Snapshot => ({ botApiVersion, from: `@gramio/types@${botApiVersion}.0`, methods, types });

describe("a version's changes", () => {
  const before = snap("9.5", { sendMessage: { chat_id: field("Number", true), flag: field("Boolean") }, oldMethod: {} }, { Chat: { fields: { id: field("Number", true) } }, ChatType: { members: ["private"] } });
  const after = snap("9.6", { sendMessage: { chat_id: field("Number or String", true), flag: field("True"), effect: field("String") }, sendGift: { user_id: field("Number", true) } }, { Chat: { fields: { id: field("Number") } }, ChatType: { members: ["private", "group"] }, Gift: { fields: {} } });

  it("names what was added, removed and changed, and not the package's Boolean for the official True", () => {
    expect(versionChanges(before, after)).toEqual({
      methods: { added: ["sendGift"], removed: ["oldMethod"], changed: [{ name: "sendMessage", changes: ["`chat_id`: Number → Number or String", "parameter `effect` added (String, optional)"] }] },
      types: { added: ["Gift"], removed: [], changed: [{ name: "Chat", changes: ["`id`: required → optional"] }, { name: "ChatType", changes: ["`group` added"] }] },
    });
  });

  it("counts them in a line", () => {
    expect(changesSummary(versionChanges(before, after))).toBe("methods: 1 added, 1 removed, 1 changed; types: 1 added, 2 changed");
    expect(changesSummary(versionChanges(before, before))).toBe("no method or type changed");
  });
});
