import { describe, expect, it } from "vitest";
import { answerTree, MAX_ANSWER_NODES } from "../../../playground/call/answer";

describe("answerTree", () => {
  it("shows objects as fields and lists as numbered items", () => {
    expect(answerTree({ message_id: 5, chat: { id: 1 }, photo: [{ w: 1 }] }).root).toEqual({
      label: "result",
      shape: "object",
      children: [
        { label: "message_id", text: "5" },
        { label: "chat", shape: "object", children: [{ label: "id", text: "1" }] },
        { label: "photo", shape: "list", children: [{ label: "1", shape: "object", children: [{ label: "w", text: "1" }] }] },
      ],
    });
  });
  it("bounds a huge answer", () => {
    const { omitted } = answerTree(Array.from({ length: 1000 }, (_, i) => i));
    expect(omitted).toBe(1001 - MAX_ANSWER_NODES);
  });
});

describe("answerTree on hostile answers", () => {
  it("bounds the depth it shows, so 300 nested lists cannot overflow the page", async () => {
    const { MAX_ANSWER_DEPTH } = await import("../../../playground/call/answer");
    let value: unknown = 1;
    for (let i = 0; i < 300; i++) value = [value];
    let node = answerTree(value).root;
    let depth = 0;
    while (node.children?.[0]) {
      node = node.children[0];
      depth++;
    }
    expect(depth).toBe(MAX_ANSWER_DEPTH);
    expect(node.text).toBe(`(nested deeper than ${MAX_ANSWER_DEPTH} levels: not shown)`);
  });
  it("stops walking a list once the budget is spent", () => {
    const { omitted } = answerTree(Array.from({ length: 1_000_000 }, () => ({ a: 1 })));
    expect(omitted).toBeGreaterThan(999_000);
  });
});
