import { methodSlice } from "../schema/methods";
import { gramioCall } from "./gramioCall";
import { SECRET_ENV, secretFromEnv, type Generator } from "./types";

/** A runnable TypeScript file that makes the same call with GramIO. */
export const gramioGenerator: Generator = {
  id: "gramio",
  title: "GramIO",
  lang: "ts",
  generate({ params }) {
    const { method, objects } = methodSlice("setWebhook");
    // A valid secret stays out of copied code: the page shows the value to put in the variable.
    return gramioCall(method, objects, params as Record<string, unknown>, secretFromEnv(params) ? { fromEnv: { secret_token: SECRET_ENV } } : {});
  },
};
