import type { Spec } from "../spec/types";
import { setWebhook } from "../spec/setWebhook";
import { deleteWebhook, getWebhookInfo, webhookInfo } from "../spec/webhookFamily";

/** Every page whose parameter block is generated, by its path under `docs/`. */
export const GENERATED_PAGES: readonly { readonly file: string; readonly spec: Spec }[] = [
  { file: "methods/setWebhook.md", spec: setWebhook },
  { file: "methods/deleteWebhook.md", spec: deleteWebhook },
  { file: "methods/getWebhookInfo.md", spec: getWebhookInfo },
  { file: "types/WebhookInfo.md", spec: webhookInfo },
];
