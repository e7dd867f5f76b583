/**
 * The state of one method's playground: the value tree, the picked files, the issues, the
 * outputs, the link. The views bind to it; everything that decides is in `playground/`.
 */
import { computed, ref, shallowRef, watch } from "vue";
import { controlFor, controlId } from "../../playground/call/controls";
import { linkable } from "../../playground/call/link";
import { readJsonText, valueFromCheck, valueFromChoice, valueFromText } from "../../playground/call/textValues";
import { getAt, inFieldOrder, pathText, removeAt, setAt, type Path } from "../../playground/call/paths";
import { sameIssues, validateCall, type CallIssue } from "../../playground/call/validate";
import { GENERATORS } from "../../playground/generators";
import { methodVersionNotice, versionIssues } from "../../playground/call/targetVersion";
import { describedIssues, type MethodDescriptor } from "../../playground/methods";
import { buildMethodRequest, type Runtime, type WireResult } from "../../playground/request";
import { isUpload, type SchemaSlice, type Upload } from "../../playground/schema/slice";
import { readLink, useLinkWriter, writeLinkQuery } from "./useCallLink";
import { useCallOutputs } from "./useCallOutputs";

export type CallPlaygroundStore = ReturnType<typeof useCallPlayground>;

const NO_ISSUES: readonly CallIssue[] = Object.freeze([]);
const NO_FILES: WireResult = Object.freeze({ lost: [] });

/** True when a picked file stands anywhere in the tree. */
function containsUpload(value: unknown): boolean {
  if (isUpload(value)) return true;
  if (Array.isArray(value)) return value.some(containsUpload);
  if (value !== null && typeof value === "object") return Object.values(value).some(containsUpload);
  return false;
}


export function useCallPlayground(slice: SchemaSlice, descriptor: MethodDescriptor = {}) {
  const params = shallowRef<Record<string, unknown>>({});
  const tab = ref<string>(GENERATORS[0]!.id);
  const runtime = ref<Runtime>("node");
  /** The Bot API version of the server the call is aimed at: "" for the newest (`targetVersion.ts`). */
  const target = ref("");
  const notices = ref<string[]>([]);
  /** A refusal from a real send, shown at the field it concerns until the call changes. */
  const serverIssue = shallowRef<CallIssue | null>(null);
  /** The picked files, by the id their upload carries in the tree. */
  const files = new Map<string, File>();
  let nextFile = 0;

  /** The call as it is sent: the form's tree, as the method's descriptor completes it. */
  const call = computed(() => (descriptor.normalize ? descriptor.normalize(params.value) : params.value));
  watch(call, () => (serverIssue.value = null));
  const clientIssues = computed<CallIssue[]>(() => {
    const issues = describedIssues(validateCall(slice, call.value), descriptor, call.value);
    const older = versionIssues(slice, call.value, target.value);
    return older.length ? [...issues, ...older] : issues;
  });
  const methodNotice = computed(() => methodVersionNotice(slice.method.name, slice.history, target.value));
  const issues = computed<CallIssue[]>(() => (serverIssue.value ? [...clientIssues.value, serverIssue.value] : clientIssues.value));
  const errors = computed<readonly CallIssue[]>((old) => {
    const next = clientIssues.value.filter((i) => i.severity === "error");
    return old && sameIssues(old, next) ? old : next;
  });
  const summary = computed(() => (errors.value.length && descriptor.summary ? descriptor.summary(call.value) : ""));
  /** The issues by path, grouped once per change of the call (not once per control). */
  const byPath = computed(() => {
    const map = new Map<string, CallIssue[]>();
    for (const issue of issues.value) {
      const list = map.get(issue.path);
      if (list) list.push(issue);
      else map.set(issue.path, [issue]);
    }
    return map;
  });
  const issuesAt = (path: Path): readonly CallIssue[] => byPath.value.get(pathText(path)) ?? NO_ISSUES;
  const fromEnv = computed(() => descriptor.fromEnv?.(call.value) ?? {});
  /** What GramIO does with the call's files (the banners); without a file GramIO neither loses one nor throws. */
  const wire = computed(() => (containsUpload(call.value) ? buildMethodRequest(slice, call.value, { runtime: runtime.value, token: "<token>" }) : NO_FILES));
  const { outputs, outputOf, choices, input, code, langOf } = useCallOutputs(descriptor, tab, () => ({
    slice,
    params: call.value,
    runtime: runtime.value,
    fromEnv: fromEnv.value,
  }));
  /**
   * What the address bar's link leaves out, found when the link is written (typing paused),
   * not on each keystroke: it speaks of the address bar, which changes then.
   */
  const leftOut = shallowRef<readonly string[]>([]);
  function linkQuery(): string {
    const next = linkable(params.value, descriptor).leftOut;
    if (!(leftOut.value.length === next.length && leftOut.value.every((x, i) => x === next[i]))) leftOut.value = next;
    return writeLinkQuery({ params: params.value, tab: tab.value, runtime: runtime.value, target: target.value }, choices.value, descriptor, outputs);
  }

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
  const parse = (name: string) => descriptor.parse?.[name];

  useLinkWriter(
    () => [params.value, tab.value, runtime.value, target.value, choices.value],
    linkQuery,
    () => {
      const read = readLink(window.location.search, slice.method, descriptor, outputs, slice.history?.versions);
      params.value = inFieldOrder(slice.method.fields, { ...read.params, ...params.value });
      tab.value = read.tab;
      runtime.value = read.runtime;
      target.value = read.target ?? "";
      choices.value = read.choices;
      notices.value = read.notices;
    },
  );

  return {
    slice,
    descriptor,
    params,
    call,
    tab,
    runtime,
    target,
    methodNotice,
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
    if (typed instanceof File) store.pickFile(path, typed);
    else if (typeof typed === "boolean") store.set(path, valueFromCheck(control, typed));
    else if (control.kind === "choice" || control.kind === "boolean") store.set(path, valueFromChoice(control, typed));
    else if (control.kind === "json") {
      const read = readJsonText(typed);
      if (!read.error) store.set(path, read.value);
    } else store.set(path, valueFromText(control, typed, { nested: false, parse: store.parse(field.name) }));
  }
}
