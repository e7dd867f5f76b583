/**
 * A formatted text as the Bot API returns it, and as a tree: the entities in the Bot API's shape
 * (td's own, written so by `botEntity.ts`), and their nesting, which the preview draws and the
 * writers (`write.ts`) turn into MarkdownV2, HTML and GramIO's `format`.
 */

export const BOT_ENTITY_TYPES = ["bold", "italic", "underline", "strikethrough", "spoiler", "code", "pre", "text_link", "text_mention", "custom_emoji", "blockquote", "expandable_blockquote", "date_time"] as const;
export type BotEntityType = (typeof BOT_ENTITY_TYPES)[number];

/** A MessageEntity the server stores for a text it parsed (offsets in UTF-16 code units). */
export interface BotEntity {
  readonly type: BotEntityType;
  readonly offset: number;
  readonly length: number;
  readonly language?: string;
  readonly url?: string;
  readonly user?: { readonly id: number };
  readonly custom_emoji_id?: string;
  readonly unix_time?: number;
  readonly date_time_format?: string;
}

/** A place in the tree: an entity over [start, end) of the text and what it holds, text or entities. */
export interface FormatNode {
  readonly entity: BotEntity;
  readonly start: number;
  readonly end: number;
  /** The entity is a part of one that crossed the end of another: written as two. */
  readonly split: boolean;
  readonly children: readonly FormatChild[];
}
export type FormatChild = string | FormatNode;

/**
 * Which of two entities over the same text holds the other: a block quote outside everything,
 * then links, mentions, custom emoji and dates, then styles, then code and pre inside, as every
 * mode can write them.
 */
const RANK: Readonly<Record<BotEntityType, number>> = {
  blockquote: 0,
  expandable_blockquote: 0,
  text_link: 1,
  text_mention: 1,
  custom_emoji: 1,
  date_time: 1,
  bold: 2,
  italic: 3,
  underline: 4,
  strikethrough: 5,
  spoiler: 6,
  code: 7,
  pre: 7,
};

interface Building {
  readonly entity: BotEntity;
  readonly start: number;
  end: number;
  split: boolean;
  readonly nodes: Building[];
}

/**
 * The text's entities nested: each inside the smallest one that holds it; one that crosses the
 * end of the entity it starts in is cut there and goes on as a second piece (`split`), as only
 * nested markup can be written. Entities outside the text, or empty, are left out.
 */
export function formatTree(text: string, entities: readonly BotEntity[]): FormatChild[] {
  const queue = entities
    .filter((e) => e.length > 0 && e.offset >= 0 && e.offset + e.length <= text.length)
    .map((entity) => ({ entity, start: entity.offset, end: entity.offset + entity.length, split: false }));
  const order = (a: { start: number; end: number; entity: BotEntity }, b: { start: number; end: number; entity: BotEntity }) => a.start - b.start || b.end - a.end || RANK[a.entity.type] - RANK[b.entity.type];
  queue.sort(order);
  const root: Building = { entity: { type: "bold", offset: 0, length: text.length }, start: 0, end: text.length, split: false, nodes: [] };
  const stack: Building[] = [root];
  while (queue.length) {
    const next = queue.shift()!;
    while (stack.length > 1 && stack.at(-1)!.end <= next.start) stack.pop();
    const parent = stack.at(-1)!;
    const node: Building = { ...next, nodes: [] };
    if (node.end > parent.end) {
      const rest = { entity: next.entity, start: parent.end, end: next.end, split: true };
      node.end = parent.end;
      node.split = true;
      const at = queue.findIndex((q) => order(rest, q) < 0);
      queue.splice(at === -1 ? queue.length : at, 0, rest);
    }
    parent.nodes.push(node);
    stack.push(node);
  }
  const children = (node: Building): FormatChild[] => {
    const out: FormatChild[] = [];
    let at = node.start;
    for (const child of node.nodes) {
      if (child.start > at) out.push(text.slice(at, child.start));
      out.push({ entity: child.entity, start: child.start, end: child.end, split: child.split, children: children(child) });
      at = child.end;
    }
    if (node.end > at) out.push(text.slice(at, node.end));
    return out;
  };
  return children(root);
}

/** The entities of a tree again, each piece of a cut one as its own entity, sorted as td sorts them. */
export function treeEntities(tree: readonly FormatChild[]): BotEntity[] {
  const out: BotEntity[] = [];
  const walk = (nodes: readonly FormatChild[]) => {
    for (const node of nodes) {
      if (typeof node === "string") continue;
      out.push({ ...node.entity, offset: node.start, length: node.end - node.start });
      walk(node.children);
    }
  };
  walk(tree);
  return out;
}
