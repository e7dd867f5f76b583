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
/** The deepest an answer is shown; the Bot API's own types nest far less. */
export const MAX_ANSWER_DEPTH = 24;

export function answerTree(value: unknown, label = "result"): { root: AnswerNode; omitted: number } {
  let budget = MAX_ANSWER_NODES;
  let omitted = 0;
  const node = (v: unknown, l: string, depth: number): AnswerNode | undefined => {
    if (budget <= 0) {
      omitted++;
      return undefined;
    }
    budget--;
    if (depth >= MAX_ANSWER_DEPTH && v !== null && typeof v === "object") {
      return { label: l, text: `(nested deeper than ${MAX_ANSWER_DEPTH} levels: not shown)` };
    }
    if (Array.isArray(v)) {
      const children: AnswerNode[] = [];
      for (const [i, x] of v.entries()) {
        if (budget <= 0) {
          omitted += v.length - i;
          break;
        }
        const child = node(x, `${i + 1}`, depth + 1);
        if (child) children.push(child);
      }
      return { label: l, shape: "list", children };
    }
    if (v && typeof v === "object") {
      const entries = Object.entries(v);
      const children: AnswerNode[] = [];
      for (const [i, [k, x]] of entries.entries()) {
        if (budget <= 0) {
          omitted += entries.length - i;
          break;
        }
        const child = node(x, k, depth + 1);
        if (child) children.push(child);
      }
      return { label: l, shape: "object", children };
    }
    const text = typeof v === "string" ? v : JSON.stringify(v) ?? "undefined";
    const { shown, rest } = clip(text);
    return rest ? { label: l, text: shown, rest } : { label: l, text: shown };
  };
  return { root: node(value, label, 0)!, omitted };
}
