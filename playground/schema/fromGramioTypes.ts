/**
 * Reads the installed `@gramio/types` with the TypeScript compiler and returns the normalized
 * schema (`model.ts`). Node-only, build-time: nothing here ships to the browser.
 * `npm run schema` writes it to `playground/schema/botApi.json`.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import ts from "typescript";
import { extractConstraints } from "./constraints";
import type { BotApiSchema, SchemaField, SchemaMethod, SchemaObject, SchemaType } from "./model";

// The package exports types only (no package.json, no JS), so it is read from node_modules.
const packageDir = fileURLToPath(new URL("../../node_modules/@gramio/types/", import.meta.url));
const out = join(packageDir, "out");

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

class Reader {
  private readonly checker: ts.TypeChecker;
  private readonly program: ts.Program;

  constructor() {
    this.program = ts.createProgram([join(out, "index.d.ts")], { strict: true, noEmit: true, skipLibCheck: true, types: [] });
    this.checker = this.program.getTypeChecker();
  }

  source(file: string): ts.SourceFile {
    const sf = this.program.getSourceFile(join(out, file));
    if (!sf) throw new Error(`@gramio/types has no ${file}`);
    return sf;
  }

  /** Classifies a type as the schema's small union. */
  type(type: ts.Type): SchemaType {
    const alias = type.aliasSymbol?.getName();
    if (alias === "TelegramInputFile") return { kind: "file", reference: false };
    if (type.isUnion()) {
      const members = type.types;
      if (members.every((m) => m.isLiteral())) {
        // A named set of values from the objects module stays a reference; others inline.
        if (alias?.startsWith("Telegram") && this.isObjectsAlias(type)) return { kind: "object", name: stripTelegram(alias) };
        return { kind: "enum", values: members.map((m) => (m as ts.LiteralType).value as string | number) };
      }
      if (alias?.startsWith("Telegram") && this.isObjectsAlias(type)) return { kind: "object", name: stripTelegram(alias) };
      const trueFalse = members.filter((m) => m.flags & ts.TypeFlags.BooleanLiteral);
      // `{ toJSON(): X }` beside `X`: a GramIO builder (a keyboard) of the same object.
      const rest = members.filter((m) => !(m.flags & ts.TypeFlags.BooleanLiteral) && !this.isSingleMethodObject(m, "toJSON"));
      const parts: SchemaType[] = [];
      if (trueFalse.length === 2) parts.push({ kind: "boolean" });
      else if (trueFalse.length === 1) parts.push(this.type(trueFalse[0]!));
      // `string | { toString(): string }`: text or a GramIO formatted string.
      const formattable = rest.some((m) => m.flags & ts.TypeFlags.String) && rest.some((m) => this.isToStringObject(m));
      for (const m of rest) {
        if (formattable && this.isToStringObject(m)) continue;
        const t = this.type(m);
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
    if (this.checker.isArrayType(type)) return { kind: "array", of: this.type(this.checker.getTypeArguments(type as ts.TypeReference)[0]!) };
    if (alias === "APIMethodReturn") return { kind: "methodResult" };
    const symbol = type.getSymbol()?.getName();
    if (symbol === "Blob") return { kind: "file", reference: false };
    if (symbol?.startsWith("Telegram")) return { kind: "object", name: stripTelegram(symbol) };
    throw new Error(`@gramio/types: cannot classify ${this.checker.typeToString(type)}`);
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
        type: this.type(required ? type : this.checker.getNonNullableType(type)),
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
          result.push({ kind: "enum", name, description, values: type.types.map((m) => (m as ts.LiteralType).value as string | number) });
        } else if (type.isUnion()) {
          result.push({ kind: "oneOf", name, description, ...(docUrl && { docUrl }), of: type.types.map((m) => this.type(m)) });
        } else {
          throw new Error(`objects.d.ts: cannot classify type ${statement.name.text}`);
        }
      }
    }
    return result;
  }
}

/** The schema of the installed package. */
export function readSchema(): BotApiSchema {
  const reader = new Reader();
  const header = readFileSync(join(out, "methods.d.ts"), "utf8");
  const version = /Based on Bot API v([\d.]+)/.exec(header)?.[1];
  if (!version) throw new Error("@gramio/types does not say its Bot API version");
  return {
    botApiVersion: version,
    packageVersion: (JSON.parse(readFileSync(join(packageDir, "package.json"), "utf8")) as { version: string }).version,
    methods: reader.methods(),
    objects: reader.objects(),
  };
}

export const SCHEMA_FILE = fileURLToPath(new URL("./botApi.json", import.meta.url));

/** The JSON text written to `botApi.json`. */
export const schemaText = (schema: BotApiSchema) => `${JSON.stringify(schema, null, 1)}\n`;

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const schema = readSchema();
  writeFileSync(SCHEMA_FILE, schemaText(schema));
  console.log(`wrote ${SCHEMA_FILE}: Bot API ${schema.botApiVersion}, ${schema.methods.length} methods, ${schema.objects.length} object types`);
}
