/** Orders Bot API versions ("9.10" after "9.6"): small, for the reference's version picker as much as the history. */
export function compareVersions(a: string, b: string): number {
  const [am, an] = a.split(".").map(Number);
  const [bm, bn] = b.split(".").map(Number);
  return am! - bm! || an! - bn!;
}
