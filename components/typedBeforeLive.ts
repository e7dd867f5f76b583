/**
 * What a reader typed or picked in the server-rendered playground before its live version
 * arrived. Hydration resets form controls to the component's state, so the values are read
 * from the DOM just before it (see `.vitepress/theme/index.ts`) and handed to the live
 * components by control id when they mount.
 */
export type TypedValue = string | boolean | File;

const typed = new Map<string, TypedValue>();

function changedValue(el: Element): TypedValue | undefined {
  if (el instanceof HTMLInputElement) {
    if (el.type === "checkbox" || el.type === "radio") return el.checked !== el.defaultChecked ? el.checked : undefined;
    if (el.type === "file") return el.files?.[0];
    return el.value !== el.defaultValue ? el.value : undefined;
  }
  if (el instanceof HTMLSelectElement) {
    const initial = [...el.options].find((o) => o.defaultSelected) ?? el.options[0];
    return initial && el.value !== initial.value ? el.value : undefined;
  }
  if (el instanceof HTMLTextAreaElement) return el.value !== el.defaultValue ? el.value : undefined;
  return undefined;
}

/** Reads every control under `root` that differs from its server-rendered value. */
export function captureTyped(root: Element | null): void {
  if (!root) return;
  for (const el of root.querySelectorAll("input[id], select[id], textarea[id]")) {
    const value = changedValue(el);
    if (value !== undefined) typed.set(el.id, value);
  }
}

/** The value typed into the control `id` before the playground was live, once. */
export function takeTyped(id: string): TypedValue | undefined {
  const value = typed.get(id);
  typed.delete(id);
  return value;
}

/** Forgets everything captured (a token among it), taken or not. */
export function forgetTyped(): void {
  typed.clear();
}
