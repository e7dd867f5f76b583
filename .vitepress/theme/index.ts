import "@shikijs/twoslash/style-rich.css";
import type { Theme } from "vitepress";
// System fonts: no 100 KB of Inter on the critical path of first paint.
import DefaultTheme from "vitepress/theme-without-fonts";
import { defineAsyncComponent } from "vue";
import ApiParam from "../../components/ApiParam.vue";
import "./style.css";

/**
 * Resolves when the playground is wanted: at once on the server, for a link that carries
 * playground state, or when the page has no server-rendered playground (client navigation);
 * otherwise when its server-rendered form comes within 200px of the viewport.
 */
function playgroundWanted(): Promise<void> {
  if (import.meta.env.SSR || window.location.search) return Promise.resolve();
  const element = document.querySelector(".SetWebhookPlayground");
  if (!element || !("IntersectionObserver" in window)) return Promise.resolve();
  return new Promise((resolve) => {
    const observer = new IntersectionObserver(
      (entries) => {
        if (!entries.some((e) => e.isIntersecting)) return;
        observer.disconnect();
        resolve();
      },
      { rootMargin: "200px" },
    );
    observer.observe(element);
  });
}

export default {
  extends: DefaultTheme,
  enhanceApp({ app }) {
    app.component("ApiParam", ApiParam);
    // The playground (validation, generators, then shiki) is its own chunk, fetched only on the
    // page that uses it and only once it is wanted; until then its server-rendered form shows.
    app.component(
      "SetWebhookPlayground",
      defineAsyncComponent(() => playgroundWanted().then(() => import("../../components/SetWebhookPlayground.vue"))),
    );
  },
} satisfies Theme;
