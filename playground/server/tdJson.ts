/**
 * td's JSON parser, `json_decode` (tdutils/td/utils/JsonBuilder.h and JsonBuilder.cpp,
 * `do_json_decode`, `json_string_decode`), which the server runs on every JSON parameter. It is
 * not `JSON.parse`: a number is any run of `-+.0-9eE` kept as its text ("1.0", "+5", "1." and
 * "-" are numbers, and a check reads the text, so `1.0` is not the integer 1); any character
 * may follow a backslash (`\q` is `q`); control characters may stand in strings; an object's
 * first field of a name is the one read; nesting deeper than 100 levels is refused; whitespace
 * is only space, tab, CR and LF.
 */
import { toIntegerSafe } from "./td";

/** A JSON number as td keeps it: the text as written. */
export class TdJsonNumber {
  constructor(readonly text: string) {}
}

export type TdJsonValue = null | boolean | string | TdJsonNumber | TdJsonValue[] | TdJsonObject;
export interface TdJsonObject {
  readonly [field: string]: TdJsonValue;
}

/** JsonBuilder.h, json_decode: the depth it starts from. */
const MAX_DEPTH = 100;
const WHITESPACE = " \t\r\n";
const NUMBER = /[-+.0-9eE]/;

class Refused extends Error {}

/** The value td reads from `text`, or undefined when td refuses it (the server then answers with the parameter's own “Can't parse …”). */
export function tdJsonDecode(text: string): { readonly value: TdJsonValue } | undefined {
  const read = tdJsonRead(text);
  return "value" in read ? read : undefined;
}

/** json_decode's value, or its refusal word for word (which some readers put in their answer: “Can't parse JSON encoded inline query results: Unexpected string end”). */
export function tdJsonRead(text: string): { readonly value: TdJsonValue } | { readonly error: string } {
  let at = 0;
  const skipWhitespace = () => {
    while (at < text.length && WHITESPACE.includes(text[at]!)) at++;
  };
  const hex = (from: number) => {
    const digits = text.slice(from, from + 4);
    if (digits.length < 4) throw new Refused("\\u has less than 4 symbols");
    if (!/^[0-9a-fA-F]{4}$/.test(digits)) throw new Refused("Invalid \\u -- not hex digit");
    return Number.parseInt(digits, 16);
  };
  const string = (): string => {
    if (text[at] !== '"') throw new Refused("Opening '\"' expected");
    at++;
    let out = "";
    for (;;) {
      if (at >= text.length) throw new Refused("Closing '\"' not found");
      const c = text[at]!;
      if (c === '"') {
        at++;
        return out;
      }
      if (c !== "\\") {
        out += c;
        at++;
        continue;
      }
      at++;
      if (at >= text.length) throw new Refused("Closing '\"' not found");
      const e = text[at]!;
      const simple: Record<string, string> = { b: "\b", f: "\f", n: "\n", r: "\r", t: "\t" };
      if (e in simple) {
        out += simple[e];
        at++;
      } else if (e === "u") {
        let code = hex(at + 1);
        at += 5;
        // A surrogate followed by another \u surrogate is one character (td does not check their order).
        if (code > 0xd7ff && code < 0xe000 && text[at] === "\\" && text[at + 1] === "u" && at + 6 <= text.length) {
          const next = hex(at + 2);
          if (next > 0xd7ff && next < 0xe000) {
            code = (((code & 0x3ff) << 10) | (next & 0x3ff)) + 0x10000;
            at += 6;
          }
        }
        out += code > 0xffff ? String.fromCodePoint(code) : String.fromCharCode(code);
      } else {
        out += e;
        at++;
      }
    }
  };
  /** An array's or object's items after its opening character, up to `close`: each item, then `close` or a comma. */
  const items = (close: string, what: string, item: () => void) => {
    at++;
    skipWhitespace();
    if (text[at] === close) {
      at++;
      return;
    }
    for (;;) {
      if (at >= text.length) throw new Refused("Unexpected string end");
      item();
      skipWhitespace();
      if (text[at] === close) {
        at++;
        return;
      }
      if (text[at] !== ",") throw new Refused(at >= text.length ? "Unexpected string end" : `Unexpected symbol while parsing JSON ${what}`);
      at++;
      skipWhitespace();
    }
  };
  const value = (depth: number): TdJsonValue => {
    if (depth < 0) throw new Refused("Too big object depth");
    skipWhitespace();
    const c = at < text.length ? text[at]! : "\0";
    const word = (w: string, v: TdJsonValue) => {
      if (!text.startsWith(w, at)) throw new Refused(`Token starts with '${c}' -- ${w} expected`);
      at += w.length;
      return v;
    };
    if (c === "f") return word("false", false);
    if (c === "t") return word("true", true);
    if (c === "n") return word("null", null);
    if (c === '"') return string();
    if (c === "[") {
      const list: TdJsonValue[] = [];
      items("]", "Array", () => list.push(value(depth - 1)));
      return list;
    }
    if (c === "{") {
      // No prototype: "__proto__" is a field like any other.
      const object = Object.create(null) as Record<string, TdJsonValue>;
      items("}", "Object", () => {
        const field = string();
        skipWhitespace();
        if (text[at] !== ":") throw new Refused("':' expected");
        at++;
        const v = value(depth - 1);
        // JsonObject::get_field and extract_field take the first field of a name.
        if (!Object.hasOwn(object, field)) object[field] = v;
      });
      return object;
    }
    if (NUMBER.test(c)) {
      const start = at;
      while (at < text.length && NUMBER.test(text[at]!)) at++;
      return new TdJsonNumber(text.slice(start, at));
    }
    // Parser::peek_char is a byte: a printable or control ASCII one is named.
    if (c === "\0") throw new Refused("Unexpected string end");
    throw new Refused(c.charCodeAt(0) < 127 ? `Unexpected symbol '${c}'` : "Unexpected symbol");
  };
  try {
    const result = value(MAX_DEPTH);
    skipWhitespace();
    if (at < text.length) throw new Refused("Expected string end");
    return { value: result };
  } catch (error) {
    if (error instanceof Refused) return { error: error.message };
    throw error;
  }
}

/** What a value is, in words for a refusal: “a number”, “a list”, “null”… */
export function jsonKindOf(value: TdJsonValue): string {
  if (value === null) return "null";
  if (value instanceof TdJsonNumber) return "a number";
  if (Array.isArray(value)) return "a list";
  if (typeof value === "object") return "an object";
  return typeof value === "string" ? "text" : "true or false";
}

/** A number's or a string's text, as td's readers of numbers take either (`get_required_long_field`, `get_message_ids`). */
export const numberOrStringText = (value: TdJsonValue): string | undefined =>
  typeof value === "string" ? value : value instanceof TdJsonNumber ? value.text : undefined;

/** A place inside a JSON value: field names and list indexes (`["inline_keyboard", 0, 1, "text"]`). */
export type TdPath = readonly (string | number)[];

/**
 * A refusal of td's readers of JSON (`td::Status::Error`): the message word for word, why in
 * words (after the place, as an issue reads: “must be true or false.”), and the place.
 */
export class TdStatus extends Error {
  constructor(
    message: string,
    readonly why: string,
    readonly at: TdPath,
  ) {
    super(message);
  }
}

/** A reader's refusal: the server's message, why in words, and where in the value. */
export const refuse = (message: string, why: string, at: TdPath = []): never => {
  throw new TdStatus(message, why, at);
};

/** A port that stops at its first refusal, as one returning every refusal it makes (none, or that one). */
export function firstRefusalOf<A extends unknown[]>(read: (value: TdJsonValue, ...rest: A) => void): (value: TdJsonValue, ...rest: A) => readonly TdStatus[] {
  return (value, ...rest) => {
    try {
      read(value, ...rest);
      return [];
    } catch (error) {
      if (error instanceof TdStatus) return [error];
      throw error;
    }
  };
}

/** A reader's refusal as its caller words it: the reader's message after `prefix` (“Can't parse keyboard button: …”). */
export function withPrefix<T>(prefix: string, read: () => T): T {
  try {
    return read();
  } catch (error) {
    if (error instanceof TdStatus) throw new TdStatus(prefix + error.message, error.why, error.at);
    throw error;
  }
}

/** td's name of a value's type (`JsonValue::get_type_name`), as its readers' refusals say it. */
export function tdTypeName(value: TdJsonValue): "Null" | "Number" | "Boolean" | "String" | "Array" | "Object" {
  if (value === null) return "Null";
  if (value instanceof TdJsonNumber) return "Number";
  if (typeof value === "boolean") return "Boolean";
  if (typeof value === "string") return "String";
  return Array.isArray(value) ? "Array" : "Object";
}

/** True for a JSON object (not null, a list or a number). */
export const isTdObject = (value: TdJsonValue | undefined): value is TdJsonObject => value !== undefined && tdTypeName(value) === "Object";

const TYPE_WORDS = { Object: "an object", Array: "a list", Boolean: "true or false", String: "text (or a number)", Number: "a number (not its text)" } as const;

/**
 * td's `JsonObject` readers (tdutils/td/utils/JsonBuilder.cpp) of the object at `at`, each
 * refusing as td does by throwing `TdStatus`, so a port of a server function reads like its
 * `TRY_RESULT` lines. The first field of a name is the one read (`get_field`); `extract_*`
 * moving a value out is not modelled, as no reader here reads a field twice.
 */
export function tdFields(object: TdJsonObject, at: TdPath) {
  const field = (name: string): TdJsonValue | undefined => (Object.hasOwn(object, name) ? object[name] : undefined);
  const fail = (name: string, message: string, why: string): never => {
    throw new TdStatus(message, why, [...at, name]);
  };
  const missing = (name: string): never => fail(name, `Can't find field "${name}"`, "is required.");
  const mustBe = (name: string, type: keyof typeof TYPE_WORDS): never => fail(name, `Field "${name}" must be of type ${type}`, `must be ${TYPE_WORDS[type]}.`);
  const integer = (name: string, value: TdJsonValue, bits: 32 | 64): bigint => {
    const text = numberOrStringText(value);
    if (text === undefined) return fail(name, `Field "${name}" must be a Number`, "must be a number (or its text).");
    return toIntegerSafe(text, bits) ?? fail(name, `Field "${name}" must be a valid Number`, `must be a whole ${bits}-bit number written plainly (“${text}” is not).`);
  };
  const extract = (name: string, type: "Object" | "Array", required: boolean): TdJsonValue | undefined => {
    const value = field(name);
    if (value === undefined) return required ? missing(name) : undefined;
    return tdTypeName(value) === type ? value : mustBe(name, type);
  };
  const string = (name: string): string | undefined => {
    const value = field(name);
    if (value === undefined) return undefined;
    return numberOrStringText(value) ?? mustBe(name, "String");
  };
  return {
    has: (name: string) => field(name) !== undefined,
    /** A field as it is, whatever its type (td's `extract_field`), or undefined. */
    raw: field,
    /** `get_optional_bool_field`: true or false only; false when absent. */
    optionalBool(name: string): boolean {
      const value = field(name);
      if (value === undefined) return false;
      return typeof value === "boolean" ? value : mustBe(name, "Boolean");
    },
    /** `get_required_bool_field`: true or false, and there. */
    requiredBool(name: string): boolean {
      const value = field(name);
      if (value === undefined) return missing(name);
      return typeof value === "boolean" ? value : mustBe(name, "Boolean");
    },
    /** `get_optional_string_field` / `get_required_string_field`: text, or a number's text. */
    optionalString: (name: string): string => string(name) ?? "",
    requiredString: (name: string): string => string(name) ?? missing(name),
    /** `get_optional_long_field`, `get_required_int_field`, `get_optional_int_field`: a number or text, read by `to_integer_safe`. */
    optionalLong(name: string): bigint {
      const value = field(name);
      return value === undefined ? 0n : integer(name, value, 64);
    },
    requiredLong(name: string): bigint {
      const value = field(name);
      return value === undefined ? missing(name) : integer(name, value, 64);
    },
    requiredInt(name: string): number {
      const value = field(name);
      return value === undefined ? missing(name) : Number(integer(name, value, 32));
    },
    optionalInt(name: string): number | undefined {
      const value = field(name);
      return value === undefined ? undefined : Number(integer(name, value, 32));
    },
    /** `get_optional_double_field`: a JSON number only (its text is refused); 0 when absent. */
    optionalDouble(name: string): number {
      const value = field(name);
      if (value === undefined) return 0;
      return value instanceof TdJsonNumber ? Number(value.text) : mustBe(name, "Number");
    },
    /** `get_required_double_field`: a JSON number only (its text is refused), and there. */
    requiredDouble(name: string): number {
      const value = field(name);
      if (value === undefined) return missing(name);
      return value instanceof TdJsonNumber ? Number(value.text) : mustBe(name, "Number");
    },
    /** `extract_required_field` / `extract_optional_field` with a type: the value, of that type. */
    extractRequired: (name: string, type: "Object" | "Array") => extract(name, type, true)!,
    extractOptional: (name: string, type: "Object" | "Array") => extract(name, type, false),
  };
}

/** The readers of one object's fields (`tdFields`). */
export type TdFields = ReturnType<typeof tdFields>;
