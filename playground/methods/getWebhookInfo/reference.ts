/**
 * What getWebhookInfo's reference page adds to the schema's words: its answers, and on the
 * page of the WebhookInfo it returns, where the delivery errors are listed and when
 * `ip_address` reads `<unknown>` (`Client.cpp` `JsonWebhookInfo`, audited in
 * `../shared/botapi-setwebhook.md`).
 */
import type { ReferenceExtras } from "../../docgen/extras";
import { renderServerAnswers } from "../../docgen/render";
import { REQUEST_ANSWERS } from "../../facts/errors";

export const reference: ReferenceExtras = {
  blocks: { errors: () => renderServerAnswers(REQUEST_ANSWERS) },
  types: {
    WebhookInfo: {
      fields: {
        ip_address: { note: "It reads `<unknown>` while a new webhook is still being checked, and for a webhook restored after a server restart when its address was not saved." },
        last_error_message: { note: "The texts are listed under [delivery errors](/methods/setWebhook#delivery-errors)." },
      },
    },
  },
};
