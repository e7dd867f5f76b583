import TwoslashFloatingVue from "@shikijs/vitepress-twoslash/client";
import "@shikijs/vitepress-twoslash/style.css";
import type { Theme } from "vitepress";
import DefaultTheme from "vitepress/theme";
import { defineAsyncComponent } from "vue";
import ApiParam from "../../components/ApiParam.vue";
import "./style.css";

export default {
  extends: DefaultTheme,
  enhanceApp({ app }) {
    app.use(TwoslashFloatingVue);
    app.component("ApiParam", ApiParam);
    // The playground (validation, generators, and later shiki) is its own chunk, fetched only
    // on the page that uses it.
    app.component(
      "SetWebhookPlayground",
      defineAsyncComponent(() => import("../../components/SetWebhookPlayground.vue")),
    );
  },
} satisfies Theme;
