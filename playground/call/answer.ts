/**
 * An answer's `result` as rows to show: objects as their fields, lists as numbered items,
 * long texts folded, and a bound on how much is shown so a huge answer cannot freeze the page.
 */
import { clip } from "../send";

export interface AnswerNode {
  readonly label: string;
  /** Set for a plain value. */
  readonly text?: string;
  /** Text beyond what is shown at first. */
  readonly rest?: string;
  readonly children?: readonly AnswerNode[];
  /** `object` or `list`, for children. */
  readonly shape?: "object" | "list";
}

/** The most nodes an answer shows; a larger one says how many were left out. */
export const MAX_ANSWER_NODES = 400;

export function answerTree(value: unknown, label = "result"): { root: AnswerNode; omitted: number } {
  let budget = MAX_ANSWER_NODES;
  let omitted = 0;
  const node = (v: unknown, l: string): AnswerNode | undefined => {
    if (budget <= 0) {
      omitted++;
      return undefined;
    }
    budget--;
    if (Array.isArray(v)) return { label: l, shape: "list", children: v.flatMap((x, i) => node(x, `${i + 1}`) ?? []) };
    if (v && typeof v === "object") return { label: l, shape: "object", children: Object.entries(v).flatMap(([k, x]) => node(x, k) ?? []) };
    const text = typeof v === "string" ? v : JSON.stringify(v) ?? "undefined";
    const { shown, rest } = clip(text);
    return rest ? { label: l, text: shown, rest } : { label: l, text: shown };
  };
  return { root: node(value, label)!, omitted };
}
