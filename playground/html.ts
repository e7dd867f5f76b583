/**
 * Text escaped for HTML, shared by the page generator and the sidebar (which writes a group's
 * links as HTML). A module of its own, with no imports: the sidebar is on every page, and
 * nothing of the playground's chunks may load with it.
 */

/** Text escaped for HTML: as an element's text, or an attribute value in single or double quotes. */
export function escapeAttr(value: string): string {
  return value
    .replaceAll("&", "&amp;")
    .replaceAll('"', "&quot;")
    .replaceAll("'", "&#39;")
    .replaceAll("<", "&lt;")
    .replaceAll(">", "&gt;");
}
