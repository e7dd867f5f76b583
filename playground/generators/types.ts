import type { Runtime } from "../request";
import type { SchemaSlice } from "../schema/slice";

/** What every generator receives: one method's call as a value tree, with its schema slice. */
export interface GeneratorInput {
  /** The method and the object types its parameters reach. */
  readonly slice: Pick<SchemaSlice, "method" | "objects">;
  /** Parameter name → value, as the call sends them. */
  readonly params: Readonly<Record<string, unknown>>;
  readonly runtime: Runtime;
  /**
   * Top-level parameters the snippets read from an environment variable (name → variable)
   * instead of writing them out (the method's descriptor says which).
   */
  readonly fromEnv?: Readonly<Record<string, string>>;
  /** What the output's own controls hold (a framework), by choice id. */
  readonly choices?: Readonly<Record<string, string>>;
}

/** The call's outputs use the playground's small grammars; longer files use full ones, loaded with their tab. */
export type OutputLang = "ts" | "http" | "bash" | "typescript" | "shellscript";

/** A control an output takes beside the call (the Server tab's framework). */
export interface OutputChoice {
  readonly id: string;
  /** The control's visible label, which is its accessible name. */
  readonly label: string;
  readonly default: string;
  /** A pick list; without one the control is a text box. */
  readonly options?: readonly { readonly value: string; readonly label: string }[];
  /** The text box's placeholder, from the call. */
  placeholder?(input: GeneratorInput): string;
}

/** One output of the playground, as a tab: what every output has, whether its code is ready or loads. */
export interface OutputInfo {
  readonly id: string;
  readonly title: string;
  readonly lang: OutputLang;
  /** The language for these choices, when they change it. */
  langFor?(choices: Readonly<Record<string, string>>): OutputLang;
  readonly choices?: readonly OutputChoice[];
  /** True when the output differs between Node.js and Bun (it shows a request with a file). */
  readonly runtimeMatters?: boolean;
  /** A short note under the controls, from the call. */
  note?(input: GeneratorInput): string;
}

/** An output whose code is a pure function of the call. */
export interface Generator extends OutputInfo {
  generate(input: GeneratorInput): string;
}

/** An output whose function loads when its tab is first opened (the page does not fetch it before). */
export interface LazyOutput extends OutputInfo {
  load(): Promise<(input: GeneratorInput) => string>;
}

export type Output = Generator | LazyOutput;
