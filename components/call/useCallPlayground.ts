/**
 * The state of one method's playground: the value tree, the picked files, the issues, the
 * outputs, the link. The views bind to it; everything that decides is in `playground/`.
 */
import { watchDebounced } from "@vueuse/core";
import { computed, onMounted, ref, shallowRef, watch } from "vue";
import { controlFor, controlId } from "../../playground/call/controls";
import { decodeCall, encodeCall, linkable } from "../../playground/call/link";
import { splitChoices, withChoices } from "../../playground/call/outputChoices";
import { numberFromText } from "../../playground/call/numbers";
import { getAt, inFieldOrder, pathText, removeAt, setAt, type Path } from "../../playground/call/paths";
import { validateCall, type CallIssue } from "../../playground/call/validate";
import { GENERATORS, type GeneratorInput, type Output, type OutputLang } from "../../playground/generators";
import { overlaidIssues, type CallOverlay } from "../../playground/overlays";
import type { OutputTab, Runtime } from "../../playground/params";
import { buildMethodRequest } from "../../playground/request";
import type { SchemaSlice, Upload } from "../../playground/schema/slice";

export type CallPlaygroundStore = ReturnType<typeof useCallPlayground>;

export function useCallPlayground(slice: SchemaSlice, overlay?: CallOverlay) {
  const params = shallowRef<Record<string, unknown>>({});
  const tab = ref<OutputTab>("gramio");
  const runtime = ref<Runtime>("node");
  const notices = ref<string[]>([]);
  /** A refusal from a real send, shown at the field it concerns until the call changes. */
  const serverIssue = shallowRef<CallIssue | null>(null);
  /** The picked files, by the id their upload carries in the tree. */
  const files = new Map<string, File>();
  let nextFile = 0;

  /** The call as it is sent: the form's tree, as the method's overlay completes it. */
  const call = computed(() => (overlay?.normalize ? overlay.normalize(params.value) : params.value));
  watch(call, () => (serverIssue.value = null));
  const clientIssues = computed<CallIssue[]>(() => overlaidIssues(validateCall(slice, call.value), overlay, call.value));
  const issues = computed<CallIssue[]>(() => (serverIssue.value ? [...clientIssues.value, serverIssue.value] : clientIssues.value));
  const errors = computed(() => clientIssues.value.filter((i) => i.severity === "error"));
  const summary = computed(() => (errors.value.length && overlay?.summary ? overlay.summary(call.value) : ""));
  const issuesAt = (path: Path) => {
    const text = pathText(path);
    return issues.value.filter((i) => i.path === text);
  };
  const fromEnv = computed(() => overlay?.fromEnv?.(call.value) ?? {});
  const wire = computed(() => buildMethodRequest(slice, call.value, { runtime: runtime.value, token: "<token>" }));
  /** The call's outputs, then the method's own (the Server tab on setWebhook). */
  const outputs: readonly Output[] = [...GENERATORS, ...(overlay?.outputs ?? [])];
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
  const input = (): GeneratorInput => ({ slice, params: call.value, runtime: runtime.value, fromEnv: fromEnv.value, choices: choices.value });
  const code = (id: string) => {
    const output = outputOf(id);
    const generate = "generate" in output ? output.generate : loadedOutputs.value[output.id];
    return generate ? generate(input()) : `Loading the ${output.title} output…`;
  };
  const langOf = (id: string): OutputLang => {
    const output = outputOf(id);
    return output.langFor?.(choices.value) ?? output.lang;
  };
  const leftOut = computed(() => (overlay?.link ? overlay.link.leftOut(params.value) : linkable(slice.method, params.value).leftOut));

  const get = (path: Path) => getAt(params.value, path);
  function set(path: Path, value: unknown) {
    params.value = inFieldOrder(slice.method.fields, setAt(params.value, path, value) as Record<string, unknown>);
  }
  function remove(path: Path, index: number) {
    params.value = removeAt(params.value, path, index) as Record<string, unknown>;
  }
  /** Keeps a picked file for sending; its upload in the tree carries `extra` (a PEM's text). */
  function pickFile(path: Path, file: File, extra: Partial<Upload> = {}) {
    const id = `f${nextFile++}`;
    files.set(id, file);
    set(path, { id, name: file.name, size: file.size, ...extra } satisfies Upload);
  }
  const fileFor = (upload: Upload) => (upload.id ? files.get(upload.id) : undefined);
  /** How a top-level text control's text becomes a value. */
  const parse = (name: string) => overlay?.parse?.[name];

  onMounted(() => {
    // The outputs' own controls first; the method's link format reads the rest.
    const split = splitChoices(window.location.search, outputs);
    const decoded = overlay?.link ? overlay.link.decode(split.rest) : decodeCall(slice.method, split.rest);
    params.value = inFieldOrder(slice.method.fields, { ...decoded.params, ...params.value });
    tab.value = outputOf(decoded.tab).id as OutputTab;
    runtime.value = decoded.runtime;
    // The output controls show only once a webhook tab is open, which needs the live page: nothing typed to keep.
    choices.value = split.choices;
    notices.value = [...decoded.notices, ...split.notices];
    const writeLink = (query: string) => {
      const url = new URL(window.location.href);
      url.search = query;
      window.history.replaceState(window.history.state, "", url);
    };
    const state = () => ({ params: params.value, tab: tab.value, runtime: runtime.value });
    const link = () => withChoices(overlay?.link ? overlay.link.encode(state()) : encodeCall(slice.method, state()), outputs, choices.value);
    writeLink(link());
    watchDebounced(link, writeLink, { debounce: 400, maxWait: 2000 });
  });

  return {
    slice,
    overlay,
    params,
    call,
    tab,
    runtime,
    notices,
    serverIssue,
    clientIssues,
    issues,
    errors,
    summary,
    issuesAt,
    wire,
    outputs,
    outputOf,
    choices,
    input,
    code,
    langOf,
    fromEnv,
    leftOut,
    get,
    set,
    remove,
    pickFile,
    fileFor,
    parse,
  };
}

/**
 * Takes over what was typed into the server-rendered form before the live one arrived:
 * each top-level control, read by its id, as its control would have stored it.
 */
export function takeOverTyped(store: CallPlaygroundStore, take: (id: string) => string | boolean | File | undefined): void {
  for (const field of store.slice.method.fields) {
    const path = [field.name];
    const control = controlFor(store.slice.objects, field.type);
    const typed = take(controlId(path));
    if (typed === undefined) continue;
    const parse = store.parse(field.name);
    if (typed instanceof File) store.pickFile(path, typed);
    else if (typeof typed === "boolean") store.set(path, control.kind === "flag" ? (typed ? true : undefined) : typed);
    else if (parse) store.set(path, parse(typed));
    else if (control.kind === "number" || (control.kind === "text" && control.numeric)) store.set(path, numberFromText(typed));
    else if (control.kind === "choice") store.set(path, control.values.find((v) => String(v) === typed));
    else if (control.kind === "boolean") store.set(path, typed === "" ? undefined : typed === "true");
    else if (control.kind === "text" || control.kind === "file") store.set(path, typed === "" ? undefined : typed);
  }
}
