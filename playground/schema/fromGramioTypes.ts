/**
 * Reads the installed `@gramio/types` with the TypeScript compiler and returns the normalized
 * schema (`model.ts`). Node-only, build-time: nothing here ships to the browser.
 * `npm run schema` writes it to `playground/schema/botApi.json`.
 */
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import ts from "typescript";
import { extractConstraints } from "./constraints";
import type { BotApiSchema, SchemaField, SchemaMethod, SchemaObject, SchemaType } from "./model";
import type { ObjectIndex } from "./slice";
import { serverSlice } from "../server/slices";
import { isMediaUpload, MEDIA_METHODS } from "@gramio/files";
import { sampleParams, sampleValue } from "./samples";
import { filePlaces } from "./uploads";
import type { UploadRules } from "./model";

// The package exports types only (no package.json, no JS), so it is read from node_modules.
const packageDir = fileURLToPath(new URL("../../node_modules/@gramio/types/", import.meta.url));

/** The JSDoc text of a declaration, and the `[Documentation](url)` link split off it. */
function docs(node: ts.Node): { description: string; docUrl?: string } {
  const text = ts
    .getJSDocCommentsAndTags(node)
    .filter(ts.isJSDoc)
    .map((d) => (typeof d.comment === "string" ? d.comment : ts.getTextOfJSDocComment(d.comment) ?? ""))
    .join("\n\n")
    .trim();
  const link = /\n*\[Documentation\]\((https:\/\/[^)]+)\)\s*$/.exec(text);
  return link ? { description: text.slice(0, link.index).trim(), docUrl: link[1]! } : { description: text };
}

const stripTelegram = (name: string) => name.replace(/^Telegram/, "");

/**
 * A union's literal values in the order its source writes them. The checker orders union
 * members by when it first met each type, which changes with what was read before.
 */
function inSourceOrder(values: (string | number)[], source: string | undefined): (string | number)[] {
  if (!source) return values;
  const at = (v: string | number) => {
    const i = source.indexOf(typeof v === "string" ? JSON.stringify(v) : String(v));
    return i < 0 ? Number.MAX_SAFE_INTEGER : i;
  };
  return [...values].sort((a, b) => at(a) - at(b));
}

class Reader {
  private readonly checker: ts.TypeChecker;
  private readonly program: ts.Program;

  /** `out`: the package's folder of declarations (`out/` in every version published). */
  constructor(private readonly out: string) {
    this.program = ts.createProgram([join(out, "index.d.ts")], { strict: true, noEmit: true, skipLibCheck: true, types: [] });
    this.checker = this.program.getTypeChecker();
  }

  source(file: string): ts.SourceFile {
    const sf = this.program.getSourceFile(join(this.out, file));
    if (!sf) throw new Error(`@gramio/types has no ${file}`);
    return sf;
  }

  /** Classifies a type as the schema's small union; `node` is where it is written, if known. */
  type(type: ts.Type, node?: ts.Node): SchemaType {
    const alias = type.aliasSymbol?.getName();
    if (alias === "TelegramInputFile") return { kind: "file", reference: false };
    if (type.isUnion()) {
      const members = type.types;
      if (members.every((m) => m.isLiteral())) {
        // A named set of values from the objects module stays a reference; others inline.
        if (alias?.startsWith("Telegram") && this.isObjectsAlias(type)) return { kind: "object", name: stripTelegram(alias) };
        const source = type.aliasSymbol?.declarations?.[0]?.getText() ?? node?.getText();
        return { kind: "enum", values: inSourceOrder(members.map((m) => (m as ts.LiteralType).value as string | number), source) };
      }
      if (alias?.startsWith("Telegram") && this.isObjectsAlias(type)) return { kind: "object", name: stripTelegram(alias) };
      const trueFalse = members.filter((m) => m.flags & ts.TypeFlags.BooleanLiteral);
      // `{ toJSON(): X }` beside `X`: a GramIO builder (a keyboard) of the same object.
      const source = type.aliasSymbol?.declarations?.[0]?.getText() ?? node?.getText() ?? "";
      const at = (m: ts.Type) => {
        const i = source.indexOf(this.checker.typeToString(m));
        return i < 0 ? Number.MAX_SAFE_INTEGER : i;
      };
      // Older versions (7.11) type a file as `Blob | Promise<Blob>`: the promise is the same upload.
      const rest = members
        .filter((m) => !(m.flags & ts.TypeFlags.BooleanLiteral) && !this.isSingleMethodObject(m, "toJSON") && !this.isPromiseOfBlob(m))
        .sort((a, b) => at(a) - at(b));
      const parts: SchemaType[] = [];
      if (trueFalse.length === 2) parts.push({ kind: "boolean" });
      else if (trueFalse.length === 1) parts.push(this.type(trueFalse[0]!));
      // `string | { toString(): string }`: text or a GramIO formatted string.
      const formattable = rest.some((m) => m.flags & ts.TypeFlags.String) && rest.some((m) => this.isToStringObject(m));
      for (const m of rest) {
        if (formattable && this.isToStringObject(m)) continue;
        const t = this.type(m, node);
        if (formattable && t.kind === "string") parts.push({ kind: "string", formattable: true });
        else parts.push(t);
      }
      // `TelegramInputFile | string`: an upload, or a file_id / URL.
      const file = parts.findIndex((p) => p.kind === "file");
      if (file >= 0 && parts.some((p) => p.kind === "string") && parts.length === 2) return { kind: "file", reference: true };
      return parts.length === 1 ? parts[0]! : { kind: "union", of: parts };
    }
    if (type.flags & ts.TypeFlags.String) return { kind: "string" };
    if (type.flags & ts.TypeFlags.Number) return { kind: "number" };
    if (type.flags & ts.TypeFlags.Boolean) return { kind: "boolean" };
    if (type.flags & ts.TypeFlags.BooleanLiteral) {
      if (this.checker.typeToString(type) === "true") return { kind: "true" };
      return { kind: "boolean" };
    }
    if (type.isStringLiteral() || type.isNumberLiteral()) return { kind: "enum", values: [type.value] };
    if (this.checker.isArrayType(type)) return { kind: "array", of: this.type(this.checker.getTypeArguments(type as ts.TypeReference)[0]!, node) };
    if (alias === "APIMethodReturn") return { kind: "methodResult" };
    const symbol = type.getSymbol()?.getName();
    if (symbol === "Blob") return { kind: "file", reference: false };
    if (symbol?.startsWith("Telegram")) return { kind: "object", name: stripTelegram(symbol) };
    throw new Error(`@gramio/types: cannot classify ${this.checker.typeToString(type)}`);
  }

  private isPromiseOfBlob(type: ts.Type): boolean {
    if (type.getSymbol()?.getName() !== "Promise") return false;
    const [argument] = this.checker.getTypeArguments(type as ts.TypeReference);
    return argument?.getSymbol()?.getName() === "Blob";
  }

  private isSingleMethodObject(type: ts.Type, method: string): boolean {
    return !!(type.flags & ts.TypeFlags.Object) && type.getProperties().length === 1 && type.getProperties()[0]!.getName() === method;
  }

  private isToStringObject(type: ts.Type): boolean {
    return this.isSingleMethodObject(type, "toString");
  }

  private isObjectsAlias(type: ts.Type): boolean {
    return !!type.aliasSymbol?.declarations?.some((d) => d.getSourceFile().fileName.endsWith("objects.d.ts"));
  }

  fields(declaration: ts.InterfaceDeclaration): SchemaField[] {
    return declaration.members.filter(ts.isPropertySignature).map((member) => {
      const symbol = this.checker.getSymbolAtLocation(member.name)!;
      const type = this.checker.getTypeOfSymbolAtLocation(symbol, member);
      const { description } = docs(member);
      // An optional member's type includes `undefined` under strict null checks.
      const required = !member.questionToken;
      const constraints = extractConstraints(description);
      return {
        name: symbol.getName(),
        type: this.type(required ? type : this.checker.getNonNullableType(type), member.type),
        required,
        description,
        ...(constraints && { constraints }),
      };
    });
  }

  methods(): SchemaMethod[] {
    const methods = this.source("methods.d.ts");
    const api = methods.statements.find((s): s is ts.InterfaceDeclaration => ts.isInterfaceDeclaration(s) && s.name.text === "APIMethods");
    if (!api) throw new Error("@gramio/types has no APIMethods");
    const params = this.source("params.d.ts");
    const paramsByName = new Map(
      params.statements.filter(ts.isInterfaceDeclaration).map((d) => [d.name.text, d] as const),
    );
    return api.members.filter(ts.isPropertySignature).map((member) => {
      const name = (member.name as ts.Identifier).text;
      const { description, docUrl } = docs(member);
      const ref = member.type;
      if (!ref || !ts.isTypeReferenceNode(ref)) throw new Error(`${name}: unexpected method type`);
      const kind = ref.typeName.getText();
      const args = ref.typeArguments ?? [];
      const paramsNode = kind === "CallAPIWithoutParams" ? undefined : args[0];
      const returnsNode = kind === "CallAPIWithoutParams" ? args[0] : args[1];
      const paramsName = paramsNode?.getText().replace(/^Params\./, "");
      const declaration = paramsName ? paramsByName.get(paramsName) : undefined;
      if (paramsName && !declaration) throw new Error(`${name}: no ${paramsName} in params.d.ts`);
      return {
        name,
        description,
        docUrl: docUrl ?? `https://core.telegram.org/bots/api#${name.toLowerCase()}`,
        params: kind === "CallAPIWithoutParams" ? "none" : kind === "CallAPIWithOptionalParams" ? "optional" : "required",
        fields: declaration ? this.fields(declaration) : [],
        returns: this.type(this.checker.getTypeFromTypeNode(returnsNode!)),
      } satisfies SchemaMethod;
    });
  }

  objects(): SchemaObject[] {
    const objects = this.source("objects.d.ts");
    const result: SchemaObject[] = [];
    for (const statement of objects.statements) {
      if (ts.isInterfaceDeclaration(statement)) {
        const { description, docUrl } = docs(statement);
        result.push({ kind: "fields", name: stripTelegram(statement.name.text), description, ...(docUrl && { docUrl }), fields: this.fields(statement) });
      } else if (ts.isTypeAliasDeclaration(statement)) {
        const { description, docUrl } = docs(statement);
        const name = stripTelegram(statement.name.text);
        if (name === "InputFile") continue;
        const type = this.checker.getTypeFromTypeNode(statement.type);
        if (type.isUnion() && type.types.every((m) => m.isLiteral())) {
          result.push({ kind: "enum", name, description, values: inSourceOrder(type.types.map((m) => (m as ts.LiteralType).value as string | number), statement.getText()) });
        } else if (type.isUnion()) {
          result.push({ kind: "oneOf", name, description, ...(docUrl && { docUrl }), of: [...type.types].sort((a, b) => statement.getText().indexOf(this.checker.typeToString(a)) - statement.getText().indexOf(this.checker.typeToString(b))).map((m) => this.type(m)) });
        } else {
          throw new Error(`objects.d.ts: cannot classify type ${statement.name.text}`);
        }
      }
    }
    return result;
  }
}

/**
 * How GramIO sends a file at each place the method allows one: a realistic call with a file
 * put there is given to `@gramio/files`' own `isMediaUpload`. A place where it says no, or
 * throws, is left out of `triggers` (the file would go as JSON text, `{}`).
 */
function uploadRules(objects: ObjectIndex, method: SchemaMethod): UploadRules | undefined {
  const places = filePlaces(objects, method.fields);
  if (places.length === 0) return undefined;
  let base: Record<string, unknown>;
  try {
    base = sampleParams(objects, method);
  } catch {
    base = {};
  }
  const triggers = places
    .filter((place) => {
      const params: Record<string, unknown> = { ...base };
      const file = new File(["x"], "x.bin");
      if (place.name === undefined) params[place.property] = file;
      else {
        const item = { ...(sampleValue(objects, { kind: "object", name: place.object! }, place.property, true) as object), [place.name]: file };
        params[place.property] = place.array ? [item] : item;
      }
      try {
        return isMediaUpload(method.name as keyof typeof MEDIA_METHODS, params as never);
      } catch {
        return false;
      }
    })
    .map((p) => p.key);
  const extractors = (MEDIA_METHODS as Record<string, readonly [unknown, readonly { property: string; name: string; type: "union" | "array" }[] | null]>)[method.name]?.[1] ?? [];
  return { triggers, extract: extractors.map(({ property, name, type }) => ({ property, name, type })) };
}

/**
 * A `@gramio/types` package unpacked at `dir` (the installed one, or any version the history
 * reads): the Bot API version its methods module says it is based on ("Based on Bot API v7.11.0"
 * is 7.11), its own version, its methods and its object types.
 */
export function readTypesPackage(dir: string): { botApiVersion: string; packageVersion: string; methods: SchemaMethod[]; objects: SchemaObject[] } {
  const out = join(dir, "out");
  const reader = new Reader(out);
  const header = readFileSync(join(out, "methods.d.ts"), "utf8");
  const version = /Based on Bot API v(\d+\.\d+)/.exec(header);
  if (!version) throw new Error(`@gramio/types at ${dir} does not say its Bot API version`);
  return {
    // Bot API versions have two numbers; some headers add a third, always 0 ("v7.11.0").
    botApiVersion: version[1]!,
    packageVersion: (JSON.parse(readFileSync(join(dir, "package.json"), "utf8")) as { version: string }).version,
    methods: reader.methods(),
    objects: reader.objects(),
  };
}

/** The schema of the installed package. */
export function readSchema(): BotApiSchema {
  const read = readTypesPackage(packageDir);
  const index: ObjectIndex = Object.fromEntries(read.objects.map((o) => [o.name, o]));
  return {
    botApiVersion: read.botApiVersion,
    packageVersion: read.packageVersion,
    gramioVersion: (JSON.parse(readFileSync(fileURLToPath(new URL("../../node_modules/gramio/package.json", import.meta.url)), "utf8")) as { version: string }).version,
    methods: read.methods.map((m) => {
      const upload = uploadRules(index, m);
      return upload ? { ...m, upload } : m;
    }),
    objects: read.objects,
  };
}

export const SCHEMA_FILE = fileURLToPath(new URL("./botApi.json", import.meta.url));

/** The JSON text written to `botApi.json`. */
export const schemaText = (schema: BotApiSchema) => `${JSON.stringify(schema, null, 1)}\n`;

export const SLICES_DIR = fileURLToPath(new URL("./slices/", import.meta.url));

/** Each method's slice (`slice.ts`, with the server's facts: `server/slices.ts`) as the JSON text of `slices/<method>.json`. */
export function sliceTexts(schema: BotApiSchema): Map<string, string> {
  return new Map(schema.methods.map((m) => [`${m.name}.json`, `${JSON.stringify(serverSlice(schema, m.name))}\n`]));
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const schema = readSchema();
  writeFileSync(SCHEMA_FILE, schemaText(schema));
  mkdirSync(SLICES_DIR, { recursive: true });
  const slices = sliceTexts(schema);
  for (const file of readdirSync(SLICES_DIR)) if (!slices.has(file)) rmSync(SLICES_DIR + file);
  for (const [file, text] of slices) writeFileSync(SLICES_DIR + file, text);
  console.log(`wrote ${SCHEMA_FILE}: Bot API ${schema.botApiVersion}, ${schema.methods.length} methods, ${schema.objects.length} object types`);
}
