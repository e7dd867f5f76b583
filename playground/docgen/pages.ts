import type { ServerAnswerId } from "../facts/errors";
import type { Spec } from "../facts/types";
import { renderDeliveryErrors, renderServerAnswers } from "./render";
import { setWebhook } from "../facts/setWebhook";
import { deleteWebhook, getWebhookInfo, webhookInfo } from "../facts/webhookFamily";

/** Every page whose parameter block is generated, by its path under `docs/`. */
export const GENERATED_PAGES: readonly { readonly file: string; readonly spec: Spec }[] = [
  { file: "methods/setWebhook.md", spec: setWebhook },
  { file: "methods/deleteWebhook.md", spec: deleteWebhook },
  { file: "methods/getWebhookInfo.md", spec: getWebhookInfo },
  { file: "types/WebhookInfo.md", spec: webhookInfo },
];

/** Named blocks generated from shared data (server answers, delivery errors), by page. */
export const GENERATED_BLOCKS: readonly { readonly file: string; readonly name: string; readonly render: () => string }[] = [
  { file: "methods/setWebhook.md", name: "errors", render: () => renderServerAnswers() },
  { file: "methods/setWebhook.md", name: "delivery-errors", render: renderDeliveryErrors },
  {
    file: "methods/deleteWebhook.md",
    name: "errors",
    render: () => renderServerAnswers(["unauthorized", "invalidToken", "unallowedToken", "notFound"] satisfies ServerAnswerId[]),
  },
  {
    file: "methods/getWebhookInfo.md",
    name: "errors",
    render: () => renderServerAnswers(["unauthorized", "invalidToken", "unallowedToken", "notFound"] satisfies ServerAnswerId[]),
  },
];
