/**
 * The state of one formatted text parameter's preview: what the server makes of the text with
 * its parse mode or entities (`formattedPreview`), the text written in each other form when the
 * reader opens the conversions, and the changes the preview offers (escape what td refuses, use a
 * conversion instead). Decisions are in `playground/format/`.
 */
import { computed, ref, shallowRef, watch } from "vue";
import { formattedPreview } from "../../playground/format/preview";
import { formatPorts } from "../../playground/server/rareKinds";
import type { WriterName } from "../../playground/format/write";
import type { CallPlaygroundStore } from "../call/useCallPlayground";

export interface FormattedParams {
  /** The text parameter, its parse mode's parameter and the entities sent beside it. */
  readonly text: string;
  readonly mode?: string;
  readonly entities?: string;
}

const textOf = (value: unknown) => (typeof value === "string" ? value : "");

export function useFormattedText(store: Pick<CallPlaygroundStore, "get" | "set">, names: FormattedParams) {
  const text = computed(() => textOf(store.get([names.text])));
  const mode = computed(() => (names.mode ? textOf(store.get([names.mode])) : ""));
  const entities = computed(() => (names.entities ? store.get([names.entities]) : undefined));
  const preview = computed(() => formattedPreview(text.value, mode.value, entities.value));
  const parsed = computed(() => (preview.value && "tree" in preview.value ? preview.value : undefined));
  const refusal = computed(() => (preview.value && "refused" in preview.value ? preview.value : undefined));

  /**
   * The conversions are written only while they are open, a keystroke otherwise writes none;
   * their writers load the first time they are opened.
   */
  const converting = ref(false);
  const writers = shallowRef<typeof import("../../playground/format/write")>();
  watch(converting, async (open) => {
    if (open && !writers.value) writers.value = await import("../../playground/format/write");
  });
  const conversions = computed(() => (converting.value && parsed.value && writers.value ? writers.value.writeAll(parsed.value.text, parsed.value.entities) : undefined));

  /** The last escape made: how many characters, said while the text is the one it wrote. */
  const lastEscape = shallowRef<{ readonly text: string; readonly escaped: number }>();
  const escaped = computed(() => (lastEscape.value?.text === text.value ? lastEscape.value.escaped : undefined));
  /** Escapes what td refuses (a parse per character escaped: made when asked, not on every keystroke). */
  function escape() {
    if (!refusal.value?.escapable) return;
    const out = formatPorts().escapeRefused(text.value);
    if (!out) return;
    lastEscape.value = out;
    store.set([names.text], out.text);
  }

  /** Sends the text in another form: MarkdownV2 or HTML with that parse mode, or the plain text with the entities. */
  function use(form: Exclude<WriterName, "format">) {
    const written = conversions.value?.[form];
    if (!parsed.value || !written || "cannot" in written) return;
    if (form === "entities") {
      store.set([names.text], parsed.value.text);
      if (names.mode) store.set([names.mode], undefined);
      if (names.entities) store.set([names.entities], parsed.value.entities.length ? JSON.parse(written.code) : undefined);
    } else {
      store.set([names.text], written.code);
      if (names.mode) store.set([names.mode], form);
      if (names.entities) store.set([names.entities], undefined);
    }
  }

  return { text, preview, parsed, refusal, converting, conversions, writers, escape, escaped, use, canUse: (form: WriterName) => form !== "format" && (form !== "entities" || names.entities !== undefined) && (form === "entities" || names.mode !== undefined) };
}
