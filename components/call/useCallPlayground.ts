/**
 * The state of one method's playground: the value tree, the picked files, the issues, the
 * outputs, the link. The views bind to it; everything that decides is in `playground/`.
 */
import { watchDebounced } from "@vueuse/core";
import { computed, onMounted, ref, shallowRef } from "vue";
import { controlFor, controlId } from "../../playground/call/controls";
import { decodeCall, encodeCall, linkable } from "../../playground/call/link";
import { numberFromText } from "../../playground/call/numbers";
import { getAt, inFieldOrder, pathText, removeAt, setAt, type Path } from "../../playground/call/paths";
import { validateCall, type CallIssue } from "../../playground/call/validate";
import { generatorById } from "../../playground/generators";
import type { OutputTab, Runtime } from "../../playground/params";
import { OVERLAYS, overlaidIssues } from "../../playground/overlays";
import { buildMethodRequest } from "../../playground/request";
import type { SchemaSlice, Upload } from "../../playground/schema/slice";

export type CallPlaygroundStore = ReturnType<typeof useCallPlayground>;

export function useCallPlayground(slice: SchemaSlice) {
  const params = shallowRef<Record<string, unknown>>({});
  const tab = ref<OutputTab>("gramio");
  const runtime = ref<Runtime>("node");
  const notices = ref<string[]>([]);
  /** The picked files, by the id their upload carries in the tree. */
  const files = new Map<string, File>();
  let nextFile = 0;

  const overlay = OVERLAYS[slice.method.name];
  const issues = computed<CallIssue[]>(() => overlaidIssues(validateCall(slice, params.value), overlay, params.value));
  const fromEnv = computed(() => overlay?.fromEnv?.(params.value) ?? {});
  const errors = computed(() => issues.value.filter((i) => i.severity === "error"));
  const issuesAt = (path: Path) => {
    const text = pathText(path);
    return issues.value.filter((i) => i.path === text);
  };
  const wire = computed(() => buildMethodRequest(slice, params.value, { runtime: runtime.value, token: "<token>" }));
  const code = (id: string) => generatorById(id)!.generate({ slice, params: params.value, runtime: runtime.value, fromEnv: fromEnv.value });
  const leftOut = computed(() => linkable(slice.method, params.value).leftOut);

  const get = (path: Path) => getAt(params.value, path);
  function set(path: Path, value: unknown) {
    params.value = inFieldOrder(slice.method.fields, setAt(params.value, path, value) as Record<string, unknown>);
  }
  function remove(path: Path, index: number) {
    params.value = removeAt(params.value, path, index) as Record<string, unknown>;
  }
  function pickFile(path: Path, file: File) {
    const id = `f${nextFile++}`;
    files.set(id, file);
    set(path, { id, name: file.name, size: file.size } satisfies Upload);
  }
  const fileFor = (upload: Upload) => (upload.id ? files.get(upload.id) : undefined);

  onMounted(() => {
    const decoded = decodeCall(slice.method, window.location.search);
    params.value = inFieldOrder(slice.method.fields, { ...decoded.params, ...params.value });
    tab.value = decoded.tab;
    runtime.value = decoded.runtime;
    notices.value = decoded.notices;
    const writeLink = (query: string) => {
      const url = new URL(window.location.href);
      url.search = query;
      window.history.replaceState(window.history.state, "", url);
    };
    const link = () => encodeCall(slice.method, { params: params.value, tab: tab.value, runtime: runtime.value });
    writeLink(link());
    watchDebounced(link, writeLink, { debounce: 400, maxWait: 2000 });
  });

  return { slice, params, tab, runtime, notices, issues, errors, issuesAt, wire, code, fromEnv, leftOut, get, set, remove, pickFile, fileFor };
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
    if (typed instanceof File) store.pickFile(path, typed);
    else if (typeof typed === "boolean") store.set(path, control.kind === "flag" ? (typed ? true : undefined) : typed);
    else if (control.kind === "number" || (control.kind === "text" && control.numeric)) store.set(path, numberFromText(typed));
    else if (control.kind === "choice") store.set(path, control.values.find((v) => String(v) === typed));
    else if (control.kind === "boolean") store.set(path, typed === "" ? undefined : typed === "true");
    else if (control.kind === "text" || control.kind === "file") store.set(path, typed === "" ? undefined : typed);
  }
}
