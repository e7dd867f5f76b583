import { gramioCall } from "./gramioCall";
import type { Generator } from "./types";

/** A runnable TypeScript file that makes the same call with GramIO. */
export const gramioGenerator: Generator = {
  id: "gramio",
  title: "GramIO",
  lang: "ts",
  generate(input) {
    const { slice, params, fromEnv = {} } = input;
    return gramioCall(slice.method, slice.objects, params, { fromEnv });
  },
};
