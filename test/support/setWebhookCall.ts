/** A setWebhook call as every generator receives it in the playground: its slice and its descriptor's environment variables. */
import type { GeneratorInput } from "../../playground/generators";
import { descriptor } from "../../playground/methods/setWebhook";
import type { SetWebhookInput } from "../../playground/methods/setWebhook/input";
import type { Runtime } from "../../playground/request";
import { sliceOf } from "./slices";

export function webhookInput(params: SetWebhookInput | Readonly<Record<string, unknown>>, runtime: Runtime = "node", choices?: Readonly<Record<string, string>>): GeneratorInput {
  const p = params as Readonly<Record<string, unknown>>;
  return { slice: sliceOf("setWebhook"), params: p, runtime, fromEnv: descriptor.fromEnv!(p), ...(choices ? { choices } : {}) };
}
