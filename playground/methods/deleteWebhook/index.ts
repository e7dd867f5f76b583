/**
 * deleteWebhook: asks before sending, on its own page and beside setWebhook alike, and says
 * what drop_pending_updates deletes.
 */
import type { MethodDescriptor } from "../types";

export const descriptor: MethodDescriptor = {
  confirm: (params) => ({
    kind: "confirm",
    question:
      params.drop_pending_updates === true
        ? "deleteWebhook with drop_pending_updates deletes every update waiting for delivery. Send it?"
        : "deleteWebhook removes the webhook: updates wait on the server (for up to 24 hours) until the bot calls getUpdates or sets a webhook again. Send it?",
  }),
};
