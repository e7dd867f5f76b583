/** What deleteWebhook's reference page adds to the schema's words: the default, and its answers. */
import type { ReferenceExtras } from "../../docgen/extras";
import { renderServerAnswers } from "../../docgen/render";
import { REQUEST_ANSWERS } from "../../facts/errors";

export const reference: ReferenceExtras = {
  fields: { drop_pending_updates: { default: "False" } },
  blocks: { errors: () => renderServerAnswers(REQUEST_ANSWERS) },
};
