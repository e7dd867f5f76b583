import { describe, expect, it } from "vitest";
import { nextTick, ref } from "vue";
import { useCallOutputs } from "../../../components/call/useCallOutputs";
import type { LazyOutput } from "../../../playground/generators";
import { sliceOf } from "../../support/slices";

describe("a playground's outputs", () => {
  it("lists the call's outputs then the method's, loads a lazy one when its tab opens, once, and keeps its controls' values", async () => {
    let loads = 0;
    let release: () => void = () => undefined;
    const extra: LazyOutput = {
      id: "extra",
      title: "Extra",
      lang: "bash",
      langFor: (choices) => (choices.as === "ts" ? "typescript" : "shellscript"),
      choices: [{ id: "as", label: "as", default: "sh", options: [{ value: "sh", label: "sh" }, { value: "ts", label: "ts" }] }],
      load: () => (loads++, new Promise((ok) => (release = () => ok((input) => `${input.slice.method.name} ${JSON.stringify(input.params)} ${input.choices?.as}`)))),
    };
    const tab = ref("gramio");
    const o = useCallOutputs({ outputs: [extra] }, tab, () => ({ slice: sliceOf("getMe"), params: {}, runtime: "node" }));
    expect(o.outputs.map((x) => x.id)).toEqual(["gramio", "http", "curl", "extra"]);
    expect(o.outputOf("nope").id).toBe("gramio");
    expect(o.choices.value).toEqual({ as: "sh" });
    expect(o.code("gramio")).toContain("await bot.api.getMe();");
    expect(loads).toBe(0);
    tab.value = "extra";
    await nextTick();
    tab.value = "gramio";
    await nextTick();
    tab.value = "extra";
    await nextTick();
    expect(loads).toBe(1);
    expect(o.code("extra")).toBe("Loading the Extra output…");
    release();
    await expect.poll(() => o.code("extra")).toBe("getMe {} sh");
    o.choices.value = { as: "ts" };
    expect(o.langOf("extra")).toBe("typescript");
    expect(o.code("extra")).toBe("getMe {} ts");
  });
});
