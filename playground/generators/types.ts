import type { Runtime, SetWebhookInput } from "../params";

/** What every generator receives. */
export interface GeneratorInput {
  readonly params: SetWebhookInput;
  readonly runtime: Runtime;
}

/** One output of the playground: an id, a tab title, a shiki language, and a pure function. */
export interface Generator {
  readonly id: string;
  readonly title: string;
  readonly lang: "ts" | "http" | "bash";
  generate(input: GeneratorInput): string;
}
