import { convertJsonToFormData } from "@gramio/files";
import { Bot, type SetWebhookParams } from "gramio";
import type { SetWebhookInput } from "../../playground/methods/setWebhook/input";
import type { Runtime } from "../../playground/request";

export const TEST_TOKEN = "123456:TEST-token_for-the-recorder";

/** The call a GramIO user makes for these parameters: the certificate as a File. */
export function toGramioParams(params: SetWebhookInput): SetWebhookParams {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(params)) {
    out[k] = k === "certificate" && v && typeof v === "object" && "name" in v ? new File([v.text ?? ""], v.name) : v;
  }
  return out as unknown as SetWebhookParams;
}

/**
 * Sends the parameters with the real gramio package to `origin`. On Node.js that is
 * `bot.api.setWebhook`. With a file on Bun, `_callApi` takes a branch it only takes under Bun;
 * that branch is run here: `convertJsonToFormData` from @gramio/files as the body of a POST.
 */
export async function sendWithGramio(origin: string, params: SetWebhookInput, runtime: Runtime): Promise<void> {
  if (runtime === "node" || !params.certificate) {
    const bot = new Bot(TEST_TOKEN, { api: { baseURL: `${origin}/bot` } });
    await bot.api.setWebhook(toGramioParams(params));
    return;
  }
  const body = await convertJsonToFormData("setWebhook", toGramioParams(params));
  const response = await fetch(`${origin}/bot${TEST_TOKEN}/setWebhook`, { method: "POST", body });
  await response.json();
}
