import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";
import { rendererRich } from "@shikijs/twoslash";
import { transformerTwoslash } from "@shikijs/vitepress-twoslash";
import { defineConfig, type DefaultTheme, type MarkdownOptions } from "vitepress";
import llmstxt, { copyOrDownloadAsMarkdownButtons } from "vitepress-plugin-llms";
import pkg from "../package.json" with { type: "json" };
import schemaJson from "../playground/schema/botApi.json" with { type: "json" };
import { methodSections, typeSections } from "../playground/docgen/schemaPages";
import { changePageHref } from "../playground/docgen/changelog";
import { readHistory } from "../playground/schema/historyFile";
import type { BotApiSchema } from "../playground/schema/model";
import { codeThemes } from "./theme/codeThemes";
import { checksChunk } from "./checksChunk";
import { compactCodeThemes } from "./compactThemes";
import { withParameterHeadings } from "./searchSections";

/** simple-icons' GitHub mark (CC0), from the icon set VitePress itself draws social links with. */
function githubIcon(): string {
  const set = createRequire(createRequire(import.meta.url).resolve("vitepress/package.json"))("@iconify-json/simple-icons/icons.json") as { icons: Record<string, { body: string }>; width: number; height: number };
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${set.width} ${set.height}" aria-hidden="true">${set.icons.github!.body}</svg>`;
}

const repo = pkg.repository.url.replace(/^git\+/, "").replace(/\.git$/, "");

/**
 * Markdown options, exported so tests render markdown exactly as the build does. Twoslash
 * type-checks every ```ts twoslash block against the installed gramio; outside `vitepress
 * dev` an error in an example throws, which fails the build.
 */
export const markdown: MarkdownOptions = {
  theme: codeThemes,
  // "Copy page as Markdown" under every page's title (our own accessible component).
  config(md) {
    // (Called directly: the plugin types a different markdown-it version.)
    copyOrDownloadAsMarkdownButtons(md as never, "CopyPageMarkdown");
  },
  // Type-check only: hover popups for every identifier cost thousands of DOM nodes and pushed
  // mobile Lighthouse performance under 95 (see README, Performance). The rich renderer is
  // static HTML, so errors and explicit `// ^?` queries still render without any client code.
  codeTransformers: [
    transformerTwoslash({
      renderer: rendererRich({ jsdoc: false }),
      twoslashOptions: { handbookOptions: { noStaticSemanticInfo: true } },
    }),
  ],
};

const schema = schemaJson as unknown as BotApiSchema;
const guide: DefaultTheme.SidebarItem = { text: "Guide", items: [{ text: "Webhooks with GramIO", link: "/guide/webhooks" }, { text: "From zero to a working webhook", link: "/guide/webhook-from-zero" }, { text: "Formatting messages", link: "/guide/formatting" }] };

/** The Bot API versions of the schema's history, newest first, each with its "What changed" page. */
const versions: DefaultTheme.SidebarItem = {
  text: "Bot API versions",
  items: [{ text: "What changed, by version", link: "/changes/" }, ...readHistory().snapshots.map((s) => ({ text: `Bot API ${s.botApiVersion}`, link: changePageHref(s.botApiVersion) })).reverse()],
};

const methodGroups: DefaultTheme.SidebarItem[] = methodSections(schema).map((section) => ({
  text: section.title,
  collapsed: true,
  items: section.items.map((m) => ({ text: m.name, link: `/methods/${m.name}` })),
}));
const typeGroups: DefaultTheme.SidebarItem[] = typeSections(schema).map((section) => ({
  text: section.title,
  collapsed: true,
  items: section.items.map((o) => ({ text: o.name, link: `/types/${o.name}` })),
}));

/**
 * One sidebar for methods and one for types, each grouped as the official page groups them:
 * a page carries the links of its own kind only. Groups start collapsed; the one that holds
 * the current page opens.
 */
function sidebar(): DefaultTheme.SidebarMulti {
  return {
    "/guide/": [guide, { text: "Reference", items: [{ text: "All methods", link: "/methods/" }, { text: "All types", link: "/types/" }, { text: "What changed, by version", link: "/changes/" }] }],
    "/changes/": [guide, versions, { text: "Reference", items: [{ text: "All methods", link: "/methods/" }, { text: "All types", link: "/types/" }] }],
    "/methods/": [guide, { text: "All methods", link: "/methods/" }, ...methodGroups, { text: "All types", link: "/types/" }],
    "/types/": [guide, { text: "All types", link: "/types/" }, ...typeGroups, { text: "All methods", link: "/methods/" }],
  };
}

/**
 * llms.txt's table of contents: every page once, the guide first, then the method groups and
 * the type groups named as such (both have a "Getting updates").
 */
const llmsSidebar: DefaultTheme.SidebarItem[] = [
  guide,
  { text: "Reference", items: [{ text: "Methods", link: "/methods/" }, { text: "Types", link: "/types/" }] },
  versions,
  ...methodGroups.map((g) => ({ ...g, text: `Methods: ${g.text}` })),
  ...typeGroups.map((g) => ({ ...g, text: `Types: ${g.text}` })),
];

export default defineConfig({
  title: "GramIO",
  titleTemplate: ":title — Telegram Bot API | GramIO",
  description: "Every Telegram Bot API method and type with type-checked GramIO TypeScript examples and a live playground.",
  lang: "en-US",
  srcDir: "docs",
  cleanUrls: true,
  lastUpdated: true,
  // The site's data (the sidebars of 185 methods and 445 types) and the page map in one cached
  // module, not in an 80 KB inline script that every page's HTML carries and parses.
  metaChunk: true,
  // Transitions are turned off by the theme's switch when the reader switches (theme/appearance.ts),
  // not by VueUse on every page's hydration, where it forces a style pass of the whole page.
  appearance: { disableTransition: false },
  // Dead links fail the build: this is one of the gates of `npm test`.
  ignoreDeadLinks: false,
  head: [
    ["link", { rel: "icon", type: "image/svg+xml", href: "/favicon.svg" }],
    ["meta", { name: "theme-color", content: "#2b82c9" }],
  ],
  markdown,
  vite: {
    // llms.txt, llms-full.txt and each page as Markdown (with the parameter tables the pages
    // carry in <llm-only> blocks); a well-kept plugin rather than our own crawler.
    // The code themes reach the browser without the editor chrome's colours (compactThemes.ts).
    // Every method's validation in one chunk (checksChunk.ts).
    plugins: [compactCodeThemes(), checksChunk(), llmstxt({ title: "GramIO: Telegram Bot API reference", description: "Every Telegram Bot API method and type with GramIO TypeScript examples.", sidebar: llmsSidebar })],
    resolve: {
      // A sidebar item that renders a collapsed group's links only once it is opened.
      alias: [
        { find: /^.*\/VPSidebarItem\.vue$/, replacement: fileURLToPath(new URL("./theme/SidebarItem.vue", import.meta.url)) },
        // The sidebar's groups watched by reference, not walked item by item while hydrating.
        { find: /^.*\/VPSidebar\.vue$/, replacement: fileURLToPath(new URL("./theme/Sidebar.vue", import.meta.url)) },
        // "Last updated" written in UTC when the page is rendered, without Intl in the hydration.
        { find: /^.*\/VPDocFooterLastUpdated\.vue$/, replacement: fileURLToPath(new URL("./theme/LastUpdated.vue", import.meta.url)) },
      ],
    },
    // Pre-bundled when the dev server starts: discovered later (when the playground mounts or
    // a certificate is picked), Vite would reload the page and lose what the reader typed.
    optimizeDeps: {
      include: [
        "shiki/core",
        "@shikijs/engine-javascript/raw",
        // The webhook tabs' full grammars: found late, they would reload the page under the reader.
        "@shikijs/langs-precompiled/typescript",
        "@shikijs/langs-precompiled/shellscript",
        "shiki/themes/github-dark.mjs",
        "shiki/themes/github-light.mjs",
        "@peculiar/asn1-schema",
        "@peculiar/asn1-x509",
        "@vueuse/core",
      ],
    },
  },
  themeConfig: {
    nav: [
      { text: "Guide", link: "/guide/webhooks" },
      { text: "Methods", link: "/methods/" },
      { text: "Types", link: "/types/" },
      { text: "setWebhook", link: "/methods/setWebhook" },
      { text: "Playground", link: "/methods/setWebhook#playground" },
    ],
    sidebar: sidebar(),
    search: {
      provider: "local",
      options: {
        // Results show the text around the match, not only the titles.
        detailedView: true,
        // Each parameter and field its own entry, landing on its anchor (searchSections.ts).
        _render(src, env, md) {
          const html = md.render(src, env);
          return env.frontmatter?.search === false ? "" : withParameterHeadings(html);
        },
      },
    },
    outline: { level: [2, 3] },
    editLink: { pattern: `${repo}/edit/main/docs/:path`, text: "Edit this page" },
    // The icon as SVG (simple-icons' GitHub, the one VitePress ships): given by name, VitePress
    // reads the icon's computed style while mounting, forcing a style pass of the whole page
    // inside the hydration's long task, and draws it from vp-icons.css (still linked, now empty).
    socialLinks: [{ icon: { svg: githubIcon() }, link: repo, ariaLabel: "GitHub repository" }],
    footer: { message: "Examples are type-checked against the gramio package at build time." },
  },
});
