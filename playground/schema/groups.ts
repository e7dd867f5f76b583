/**
 * The sections of the official Bot API page, as the sidebar shows them. The package keeps the
 * official order, so a section is named by its first member; everything up to the next
 * section's first member belongs to it. This short list is the only hand-kept part.
 */
export interface Section {
  readonly title: string;
  /** The first method or type of the section, in the package's order. */
  readonly first: string;
}

export const METHOD_SECTIONS: readonly Section[] = [
  { title: "Getting updates", first: "getUpdates" },
  { title: "Available methods", first: "getMe" },
  { title: "Updating messages", first: "editMessageText" },
  { title: "Stickers", first: "sendSticker" },
  { title: "Rich messages", first: "sendRichMessage" },
  { title: "Inline mode", first: "answerInlineQuery" },
  { title: "Payments", first: "sendInvoice" },
  { title: "Telegram Passport", first: "setPassportDataErrors" },
  { title: "Games", first: "sendGame" },
];

export const TYPE_SECTIONS: readonly Section[] = [
  { title: "Getting updates", first: "Update" },
  { title: "Available types", first: "User" },
  { title: "Stickers", first: "StickerType" },
  { title: "Rich messages", first: "RichMessage" },
  { title: "Inline mode", first: "InlineQueryChatType" },
  { title: "Payments", first: "LabeledPrice" },
  { title: "Telegram Passport", first: "PassportData" },
  { title: "Games", first: "Game" },
  { title: "Currencies and responses", first: "Currencies" },
];

/**
 * Splits `names` (in the package's order) into the sections. Throws when a section's first
 * member is missing or out of order, so a new package version cannot silently misfile pages.
 */
export function groupBySection<T>(items: readonly T[], nameOf: (item: T) => string, sections: readonly Section[]): { title: string; items: T[] }[] {
  const names = items.map(nameOf);
  const starts = sections.map((s) => {
    const index = names.indexOf(s.first);
    if (index < 0) throw new Error(`section "${s.title}": no ${s.first} in the schema (update playground/schema/groups.ts)`);
    return index;
  });
  if (starts[0] !== 0) throw new Error(`the first section must start with ${names[0]}`);
  starts.forEach((start, i) => {
    if (i > 0 && start <= starts[i - 1]!) throw new Error(`section "${sections[i]!.title}" starts before the one above it`);
  });
  return sections.map((s, i) => ({ title: s.title, items: items.slice(starts[i]!, starts[i + 1] ?? items.length) }));
}
