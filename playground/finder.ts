/**
 * The home page's method finder: methods ranked for what a reader types, by name or by what
 * the method does. Pure; the component binds an input and a list to it.
 */
export interface FinderEntry {
  readonly name: string;
  /** The first sentence of the method's description, plain text. */
  readonly summary: string;
}

/** Methods most bots call, shown before anything is typed (each is checked against the schema by a test). */
export const MOST_USED = [
  "sendMessage",
  "editMessageText",
  "answerCallbackQuery",
  "sendPhoto",
  "sendDocument",
  "deleteMessage",
  "getUpdates",
  "setWebhook",
  "getChat",
  "sendMediaGroup",
  "setMyCommands",
  "answerInlineQuery",
] as const;

const words = (text: string) => text.toLowerCase().split(/[^a-z0-9_]+/).filter(Boolean);

/**
 * The entries that match `query`, best first: the exact name, then names that start with it,
 * then names that contain it, then summaries with every word of it (word starts count, so
 * "photo" finds "photos"). Ties keep the schema's order. An empty query matches nothing.
 */
export function findMethods(query: string, entries: readonly FinderEntry[]): FinderEntry[] {
  const q = query.trim().toLowerCase();
  if (!q) return [];
  const qWords = words(q);
  const compact = q.replace(/[\s_]+/g, "");
  const score = (e: FinderEntry): number => {
    const name = e.name.toLowerCase();
    if (name === compact) return 100;
    if (name.startsWith(compact)) return 80;
    if (name.includes(compact)) return 60;
    const summary = words(e.summary);
    const inName = (w: string) => name.includes(w);
    const inSummary = (w: string) => summary.some((s) => s.startsWith(w));
    if (qWords.every((w) => inName(w) || inSummary(w))) return 20 + qWords.filter(inName).length * 10;
    return 0;
  };
  return entries
    .map((entry, index) => ({ entry, index, score: score(entry) }))
    .filter((r) => r.score > 0)
    .sort((a, b) => b.score - a.score || a.index - b.index)
    .map((r) => r.entry);
}
