/** getWebhookInfo's view: its answer field by field, with the webhook doctor's findings. */
import { defineAsyncComponent } from "vue";
import type { MethodView } from "../index";

export const view: MethodView = {
  // The doctor's rules load with the first answer.
  answer: defineAsyncComponent(() => import("./WebhookInfoAnswer.vue")),
};
