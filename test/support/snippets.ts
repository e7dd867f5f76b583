import ts from "typescript";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("../..", import.meta.url));

/** The one line the proof changes in a copied GramIO snippet: where the Bot API lives. */
export const BOT_LINE = "const bot = new Bot(process.env.BOT_TOKEN as string);";
export const RECORDER_BOT_LINE =
  "const bot = new Bot(process.env.BOT_TOKEN as string, { api: { baseURL: process.env.BOT_API_BASE_URL } });";

export function pointAtRecorder(snippet: string): string {
  if (snippet.split(BOT_LINE).length !== 2) throw new Error("snippet does not construct the bot exactly once as expected");
  return snippet.replace(BOT_LINE, RECORDER_BOT_LINE);
}

/** TypeScript's diagnostics for each snippet, compiled together against the installed gramio types. */
export function typeCheck(snippets: readonly string[]): string[][] {
  const options: ts.CompilerOptions = {
    target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.ESNext,
    moduleResolution: ts.ModuleResolutionKind.Bundler,
    strict: true,
    noEmit: true,
    skipLibCheck: true,
    types: ["node"],
    lib: ["lib.es2023.d.ts", "lib.dom.d.ts"],
  };
  const files = new Map(snippets.map((s, i) => [`${root}test/.snippets/case-${i}.ts`, s]));
  const host = ts.createCompilerHost(options);
  const read = host.readFile.bind(host);
  const exists = host.fileExists.bind(host);
  const getSource = host.getSourceFile.bind(host);
  host.readFile = (f) => files.get(f) ?? read(f);
  host.fileExists = (f) => files.has(f) || exists(f);
  host.getSourceFile = (f, lang, ...rest) => {
    const text = files.get(f);
    return text !== undefined ? ts.createSourceFile(f, text, lang) : getSource(f, lang, ...rest);
  };
  const program = ts.createProgram([...files.keys()], options, host);
  return [...files.keys()].map((f) =>
    ts
      .getPreEmitDiagnostics(program, program.getSourceFile(f))
      .map((d) => ts.flattenDiagnosticMessageText(d.messageText, "\n")),
  );
}

export function transpile(snippet: string): string {
  return ts.transpileModule(snippet, { compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022 } }).outputText;
}
