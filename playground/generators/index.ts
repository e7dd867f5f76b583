import { curlGenerator } from "./curl";
import { gramioGenerator } from "./gramio";
import { httpGenerator } from "./http";
import type { Generator } from "./types";

export type { Generator, GeneratorInput, LazyOutput, Output, OutputChoice, OutputInfo, OutputLang } from "./types";

/** Every output of the playground, in tab order. */
export const GENERATORS: readonly Generator[] = [gramioGenerator, httpGenerator, curlGenerator];

export function generatorById(id: string): Generator | undefined {
  return GENERATORS.find((g) => g.id === id);
}
