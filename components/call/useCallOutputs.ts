/**
 * A playground's outputs: the call's own (GramIO, HTTP, cURL), then the method's (setWebhook's
 * Server, Test update, Certificate), each output's own controls, and the code of a tab. An
 * output whose code is more than a call loads when its tab is first opened, once.
 */
import { ref, shallowRef, watch, type Ref } from "vue";
import { GENERATORS, type GeneratorInput, type Output, type OutputLang } from "../../playground/generators";
import type { MethodDescriptor } from "../../playground/methods";

export function useCallOutputs(descriptor: MethodDescriptor, tab: Ref<string>, call: () => Omit<GeneratorInput, "choices">) {
  /** The call's outputs, then the method's own (the Server tab on setWebhook). */
  const outputs: readonly Output[] = [...GENERATORS, ...(descriptor.outputs ?? [])];
  /** The output of a tab id (the first for an unknown one, as the tabs show it). */
  const outputOf = (id: string): Output => outputs.find((o) => o.id === id) ?? outputs[0]!;
  /** What each output's own controls hold, by choice id, starting at their defaults. */
  const choices = ref<Record<string, string>>(Object.fromEntries(outputs.flatMap((o) => o.choices ?? []).map((c) => [c.id, c.default])));
  /** The functions of the outputs that load with their tab, once loaded. */
  const loadedOutputs = shallowRef<Readonly<Record<string, (input: GeneratorInput) => string>>>({});
  const loading = new Set<string>();
  function loadOutput(id: string) {
    const output = outputOf(id);
    if ("generate" in output || loadedOutputs.value[id] || loading.has(id)) return;
    loading.add(id);
    void output.load().then((generate) => {
      loadedOutputs.value = { ...loadedOutputs.value, [id]: generate };
      loading.delete(id);
    });
  }
  watch(tab, loadOutput, { immediate: true });
  const input = (): GeneratorInput => ({ ...call(), choices: choices.value });
  const code = (id: string) => {
    const output = outputOf(id);
    const generate = "generate" in output ? output.generate : loadedOutputs.value[output.id];
    return generate ? generate(input()) : `Loading the ${output.title} output…`;
  };
  const langOf = (id: string): OutputLang => {
    const output = outputOf(id);
    return output.langFor?.(choices.value) ?? output.lang;
  };
  return { outputs, outputOf, choices, input, code, langOf };
}
