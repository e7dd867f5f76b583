/**
 * What the local search indexes of a page. VitePress splits a page into one search entry per
 * heading with an anchor; a parameter or field is an `<ApiParam>` component, whose heading only
 * exists once Vue renders it, so the whole parameter list was one "Parameters" entry. Here each
 * `<ApiParam name="x">` of the rendered Markdown gets the heading its component will render
 * (same id), so each parameter and field is its own entry that lands on its anchor, titled by
 * its name under its page and section ("sendMessage › Parameters › parse_mode").
 */
const API_PARAM = /<ApiParam\s+name="([^"]+)"/g;

/**
 * A name that is already an anchor of the page (the type `Gifts` and its field `gifts` share
 * `#gifts`) gets no entry of its own: it stays in its section's text.
 */
export function withParameterHeadings(html: string): string {
  const ids = new Set([...html.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]!));
  return html.replace(API_PARAM, (tag, name: string) => {
    if (ids.has(name)) return tag;
    ids.add(name);
    return `<h3 id="${name}" tabindex="-1">${name} <a class="header-anchor" href="#${name}">​</a></h3>${tag}`;
  });
}
