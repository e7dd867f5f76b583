/**
 * What a number box holds. The tree keeps a number when the text is one (as JSON writes it
 * back), and the text itself otherwise, so nothing typed is lost and validation can name it.
 */
export function numberFromText(text: string): number | string | undefined {
  const trimmed = text.trim();
  if (trimmed === "") return undefined;
  if (/^-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?$/.test(trimmed)) {
    const n = Number(trimmed);
    if (Number.isFinite(n)) return n;
  }
  return text;
}

/** The text a number box shows for a value in the tree. */
export function textFromNumber(value: unknown): string {
  if (value === undefined || value === null) return "";
  return String(value);
}
