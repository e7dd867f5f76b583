/**
 * A formatted text drawn as a Telegram message draws it, as one render function over the tree
 * (`playground/format/tree.ts`): no component per entity, so a keystroke in a long text builds
 * plain vnodes and Vue patches only what changed. What the reader opened (a spoiler, an
 * expandable quote) is kept by the entity's place in the text.
 */
import { h, type VNodeChild } from "vue";
import { dateTitle, shownChildren } from "../../playground/format/preview";
import type { FormatChild, FormatNode } from "../../playground/format/tree";
import { quoteFitHooks } from "./quoteFit";

export interface Opened {
  /** The start offsets of what the reader opened, by kind. */
  readonly spoilers: ReadonlySet<number>;
  readonly quotes: ReadonlySet<number>;
  toggle(kind: "spoilers" | "quotes", at: number): void;
}

const TAGS = { bold: "strong", italic: "em", underline: "u", strikethrough: "s" } as const;

function node(child: FormatChild, opened: Opened): VNodeChild {
  if (typeof child === "string") return child;
  const e = child.entity;
  const inner = () => shownChildren(child).map((c) => node(c, opened));
  switch (e.type) {
    case "bold":
    case "italic":
    case "underline":
    case "strikethrough":
      return h(TAGS[e.type], inner());
    case "spoiler":
      return spoiler(child, opened, inner());
    case "code":
      return h("code", { class: "tg-code" }, inner());
    case "pre":
      return h("span", { class: "tg-pre" }, [e.language ? h("span", { class: "tg-pre-language" }, e.language) : null, h("code", inner())]);
    case "text_link":
    case "text_mention": {
      const target = e.type === "text_link" ? e.url! : `tg://user?id=${e.user?.id}`;
      return h("span", { class: ["tg-link", { "is-mention": e.type === "text_mention" }], tabindex: 0, title: target, "data-target": target }, [...inner(), h("span", { class: "visually-hidden" }, ` (link to ${target})`)]);
    }
    case "custom_emoji":
      return h("span", { class: "tg-emoji", title: `Custom emoji ${e.custom_emoji_id}; clients without it show this text` }, inner());
    case "date_time":
      return h("time", { class: "tg-time", datetime: new Date(e.unix_time! * 1000).toISOString(), title: dateTitle(e.unix_time!, e.date_time_format) }, inner());
    case "expandable_blockquote": {
      const expanded = opened.quotes.has(child.start);
      return h("span", { class: ["tg-quote", "is-expandable", { "is-expanded": expanded }] }, [
        h("span", { class: "tg-quote-body" }, [h("span", { class: "tg-quote-content", ...quoteFitHooks }, inner())]),
        h("button", { type: "button", class: "tg-quote-toggle", "aria-expanded": expanded, onClick: () => opened.toggle("quotes", child.start) }, expanded ? "Show less" : "Show more"),
      ]);
    }
    default:
      return h("span", { class: "tg-quote" }, inner());
  }
}

/** A spoiler: hidden until pressed (click, Enter or Space), then shown. */
function spoiler(child: FormatNode, opened: Opened, inner: VNodeChild[]): VNodeChild {
  const revealed = opened.spoilers.has(child.start);
  const toggle = () => opened.toggle("spoilers", child.start);
  return h(
    "span",
    {
      class: ["tg-spoiler", { "is-revealed": revealed }],
      role: "button",
      tabindex: 0,
      "aria-pressed": revealed,
      "aria-label": revealed ? undefined : "Spoiler, hidden: press to show",
      onClick: toggle,
      onKeydown: (event: KeyboardEvent) => {
        if (event.key !== "Enter" && event.key !== " ") return;
        event.preventDefault();
        toggle();
      },
    },
    inner,
  );
}

/**
 * The message's content, drawn by `draw`, which keeps the vnodes of the top-level pieces that did
 * not change since the last keystroke (same place, entity and text): Vue skips a vnode it is given
 * again, so typing at one place in a long text patches only that piece.
 */
export function formattedRenderer(opened: Opened) {
  let kept = new Map<string, VNodeChild>();
  let seen = -1;
  const keyOf = (c: FormatChild) => (typeof c === "string" ? undefined : `${c.start}\u0000${JSON.stringify(c.entity)}\u0000${c.children.map((x) => (typeof x === "string" ? x : JSON.stringify(x))).join("\u0000")}`);
  return (tree: readonly FormatChild[], version: number): VNodeChild[] => {
    // What the reader opened changes what is drawn: nothing is kept across a toggle.
    if (version !== seen) kept = new Map();
    seen = version;
    const next = new Map<string, VNodeChild>();
    const out = tree.map((c) => {
      const key = keyOf(c);
      if (key === undefined) return c as string;
      const vnode = kept.get(key) ?? node(c, opened);
      next.set(key, vnode);
      return vnode;
    });
    kept = next;
    return out;
  };
}
