import "@shikijs/twoslash/style-rich.css";
import { useData, type Theme } from "vitepress";
// System fonts: no 100 KB of Inter on the critical path of first paint.
import DefaultTheme from "vitepress/theme-without-fonts";
import { defineAsyncComponent, onMounted, provide } from "vue";
import ApiParam from "../../components/ApiParam.vue";
import ApiVersionPicker from "../../components/ApiVersionPicker.vue";
import CopyPageMarkdown from "../../components/CopyPageMarkdown.vue";
import MethodFinder from "../../components/MethodFinder.vue";
import { captureTyped } from "../../components/typedBeforeLive";
import { switchAppearance } from "./appearance";
import { LIVE_ATTRIBUTE } from "./live";
import "./style.css";
import "../../components/toolPanel.css";

/**
 * Resolves when the playground is wanted: at once on the server, for a link that carries
 * playground state, or when the page has no server-rendered playground (client navigation);
 * otherwise when its server-rendered form comes within 200px of the viewport.
 */
function playgroundWanted(): Promise<void> {
  if (import.meta.env.SSR || window.location.search) return Promise.resolve();
  const element = document.querySelector("[data-playground]");
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
  setup() {
    const { isDark } = useData();
    provide("toggle-appearance", () => switchAppearance(isDark));
    onMounted(() => document.documentElement.setAttribute(LIVE_ATTRIBUTE, ""));
  },
  enhanceApp({ app, router }) {
    app.component("ApiParam", ApiParam);
    app.component("ApiVersionPicker", ApiVersionPicker);
    app.component("CopyPageMarkdown", CopyPageMarkdown);
    app.component("MethodFinder", MethodFinder);
    // Small, but only the getWebhookInfo page uses it: its own chunk. What the reader typed
    // into its server-rendered form before it was live is read just before hydration.
    app.component(
      "WebhookDoctor",
      defineAsyncComponent(() =>
        import("../../components/WebhookDoctor.vue").then((module) => {
          if (!import.meta.env.SSR) captureTyped(document.querySelector(".WebhookDoctor"));
          return module;
        }),
      ),
    );
    // Every method's playground (setWebhook's with its overlay) is its own chunk, fetched only
    // on a page that uses it and only once it is wanted; until then its server-rendered form
    // shows. The page's schema slice (its own chunk) comes with it, so what the server
    // rendered hydrates at once; after client-side navigation to another method the component
    // loads that method's slice itself. What the reader typed into the server-rendered form
    // is read just before hydration (which would reset it) and taken over by the live one.
    app.component(
      "CallPlayground",
      defineAsyncComponent(() =>
        playgroundWanted()
          .then(() =>
            Promise.all([
              import("../../components/call/CallPlayground.vue"),
              import("../../playground/schema/loadSlice").then(({ loadSlice, methodOfPath }) => {
                const method = methodOfPath(router.route.path);
                return method
                  ? Promise.all([loadSlice(method), import("../../components/methods").then(({ loadMethod }) => loadMethod(method))])
                  : undefined;
              }),
            ]),
          )
          .then(([module]) => {
            if (!import.meta.env.SSR) captureTyped(document.querySelector(".CallPlayground"));
            return module;
          }),
      ),
    );
  },
} satisfies Theme;
