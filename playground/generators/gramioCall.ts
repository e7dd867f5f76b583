/**
 * A GramIO call for any method, printed from the method's value tree with the schema beside
 * it: uploads become `await MediaUpload.path(...)`, a text where the schema wants a number is
 * kept as typed (with a cast, as the server reads it), secrets can come from the environment.
 */
import { tsString } from "../escape";
import type { SchemaMethod, SchemaType } from "../schema/model";
import { expand, fieldsOf, isUpload, memberFor, type ObjectIndex } from "../schema/slice";

export const INDENT = "    ";

export interface GramioCallOptions {
  /** Top-level parameters read from an environment variable instead of written out. */
  readonly fromEnv?: Readonly<Record<string, string>>;
  /** Name of a constant that takes the result (`const message = await ...`). */
  readonly result?: string;
}

const IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$]*$/;
// `__proto__: v` and `"__proto__": v` in a literal set the prototype; only a computed key sends it as a key.
const key = (name: string) => (name === "__proto__" ? `[${tsString(name)}]` : IDENTIFIER.test(name) ? name : tsString(name));

function wantsNumber(objects: ObjectIndex, type: SchemaType | undefined): boolean {
  if (!type) return false;
  const t = expand(objects, type);
  return t.kind === "number" || (t.kind === "enum" && t.values.every((v) => typeof v === "number"));
}

/** The TypeScript text of `value` at a position of `type`, continuing at `indent`. */
function tsValue(objects: ObjectIndex, type: SchemaType | undefined, value: unknown, indent: string): string {
  const t = type && memberFor(objects, type, value);
  if (t?.kind === "file" && isUpload(value)) return `await MediaUpload.path(${tsString(`./${value.name}`)})`;
  if (typeof value === "string") {
    // Text that is not a number where a number belongs goes as typed; GramIO's type says number.
    return type && wantsNumber(objects, type) ? `${tsString(value)} as unknown as number` : tsString(value);
  }
  if (typeof value === "number") return Number.isFinite(value) ? String(value) : "Number.NaN";
  if (typeof value === "boolean") return String(value);
  if (value === null) return "null";
  const inner = indent + INDENT;
  if (Array.isArray(value)) {
    const of = t?.kind === "array" ? t.of : undefined;
    if (value.every((v) => v === null || typeof v !== "object")) return `[${value.map((v) => tsValue(objects, of, v, inner)).join(", ")}]`;
    return `[\n${value.map((v) => `${inner}${tsValue(objects, of, v, inner)},\n`).join("")}${indent}]`;
  }
  if (typeof value === "object") {
    const fields = t?.kind === "object" ? fieldsOf(objects, t.name) : undefined;
    const entries = Object.entries(value).filter(([, v]) => v !== undefined);
    if (entries.length === 0) return "{}";
    const lines = entries.map(([k, v]) => `${inner}${key(k)}: ${tsValue(objects, fields?.find((f) => f.name === k)?.type, v, inner)},\n`);
    return `{\n${lines.join("")}${indent}}`;
  }
  return "undefined";
}

/** True when the value tree holds an upload anywhere (the snippet then imports MediaUpload). */
function hasUpload(objects: ObjectIndex, type: SchemaType | undefined, value: unknown): boolean {
  const t = type && memberFor(objects, type, value);
  if (t?.kind === "file") return isUpload(value);
  if (Array.isArray(value)) return value.some((v) => hasUpload(objects, t?.kind === "array" ? t.of : undefined, v));
  if (value && typeof value === "object" && t?.kind === "object") {
    const fields = fieldsOf(objects, t.name) ?? [];
    return Object.entries(value).some(([k, v]) => hasUpload(objects, fields.find((f) => f.name === k)?.type, v));
  }
  return false;
}

/** A runnable TypeScript file that makes the call with GramIO. */
export function gramioCall(method: SchemaMethod, objects: ObjectIndex, params: Readonly<Record<string, unknown>>, options: GramioCallOptions = {}): string {
  const typeOf = (name: string) => method.fields.find((f) => f.name === name)?.type;
  const set = Object.entries(params).filter(([, v]) => v !== undefined);
  const lines = set.map(([name, value]) => {
    const env = options.fromEnv?.[name];
    return `${INDENT}${key(name)}: ${env ? `process.env.${env}` : tsValue(objects, typeOf(name), value, INDENT)},`;
  });
  const upload = set.some(([name, value]) => !options.fromEnv?.[name] && hasUpload(objects, typeOf(name), value));
  const call = `await bot.api.${method.name}`;
  const head = options.result ? `const ${options.result} = ${call}` : call;
  const invocation = method.params === "none" ? [`${head}();`] : [`${head}({`, ...lines, "});"];
  return [
    `import { ${upload ? "Bot, MediaUpload" : "Bot"} } from "gramio";`,
    "",
    "const bot = new Bot(process.env.BOT_TOKEN as string);",
    "",
    ...invocation,
    ...(options.result ? ["", `console.log(${options.result});`] : []),
    "",
  ].join("\n");
}
