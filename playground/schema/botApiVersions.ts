/** Orders Bot API versions ("9.10" after "9.6"): small, for the reference's version picker (on every reference page) as much as the history. */
export function compareVersions(a: string, b: string): number {
  const [am, an] = a.split(".").map(Number);
  const [bm, bn] = b.split(".").map(Number);
  return am! - bm! || an! - bn!;
}

/**
 * The options of the server's version: the newest first ("" is the newest, the schema's), then
 * each older version of the history; the oldest is "or earlier".
 */
export function targetOptions(history: { readonly versions: readonly string[] } | undefined): { readonly value: string; readonly label: string }[] {
  if (!history) return [];
  const [oldest] = history.versions;
  return [...history.versions].reverse().map((v, i) => ({ value: i === 0 ? "" : v, label: `Bot API ${v}${i === 0 ? " (newest)" : v === oldest ? " or earlier" : ""}` }));
}
