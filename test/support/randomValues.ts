/**
 * Seeded random values for any method, from its schema slice: every kind of type, optional
 * fields now and then, files as uploads (top level and nested) or as references, and the
 * hostile strings of the setWebhook proof in string positions.
 */
import type { SchemaField, SchemaType } from "../../playground/schema/model";
import { sampleValue } from "../../playground/schema/samples";
import { expand, fieldsOf, type ObjectIndex, type SchemaSlice, type Upload } from "../../playground/schema/slice";
import { HOSTILE } from "./cases";

export interface RandomContext {
  readonly rand: () => number;
  /** Every string position gets the next hostile string (cycling), within its length limits. */
  readonly allHostile?: { next: number };
  /** Replaces MARKER in hostile strings: a path that must never be created. */
  readonly marker: string;
  /** Upload names must be unique within a case: the snippet reads them from one folder. */
  uploads: number;
}

const WORDS = ["hello", "GramIO", "Привет", "日本語 🎉", "a b  c", "line\nbreak", "0", "true", "null", "-1", "{\"a\":1}", "[1,2]"];
const FILE_NAMES = ["photo.jpg", "doc ument.pdf", `it's "a";type=x.bin`, "ümlaut 🎉.ogg", "semi;colon,comma.mp4", "@at.webp"];
const NUMBERS = [0, 1, 42, -1, 123456789, -1001234567890, 2.5, 4096];

const pick = <T>(ctx: RandomContext, items: readonly T[]): T => items[Math.floor(ctx.rand() * items.length)]!;

function randomString(ctx: RandomContext, field: SchemaField | undefined): string {
  const max = field?.constraints?.maxLength ?? Infinity;
  const min = field?.constraints?.minLength ?? 0;
  if (ctx.allHostile) {
    for (let i = 0; i < HOSTILE.length; i++) {
      const value = HOSTILE[ctx.allHostile.next++ % HOSTILE.length]!.replaceAll("MARKER", ctx.marker);
      if ([...value].length <= max && [...value].length >= min) return value;
    }
  }
  for (let i = 0; i < 8; i++) {
    const raw = ctx.rand() < 0.4 ? pick(ctx, HOSTILE) : pick(ctx, WORDS);
    const value = raw.replaceAll("MARKER", ctx.marker);
    if ([...value].length <= max && [...value].length >= min) return value;
  }
  return "x".repeat(Math.max(1, min));
}

function randomNumber(ctx: RandomContext, field: SchemaField | undefined): number {
  const c = field?.constraints;
  if (c?.min !== undefined && c.max !== undefined) return c.min + Math.floor(ctx.rand() * (c.max - c.min + 1));
  return pick(ctx, NUMBERS);
}

function upload(ctx: RandomContext): Upload {
  const name = `${ctx.uploads++}-${pick(ctx, FILE_NAMES)}`;
  // No CR: the HTTP view prints multipart line breaks as LF, so a CR in a file cannot be read back from it.
  return { name, text: ctx.rand() < 0.5 ? "binary\u0000-ish content\n" : `file ${name}\nwith lines\n` };
}

const MAX_DEPTH = 4;

export function randomValue(ctx: RandomContext, objects: ObjectIndex, type: SchemaType, field: SchemaField | undefined, depth: number): unknown {
  const t = expand(objects, type);
  switch (t.kind) {
    case "string":
      return randomString(ctx, field);
    case "number":
      return randomNumber(ctx, field);
    case "boolean":
      return ctx.rand() < 0.5;
    case "true":
      return true;
    case "enum":
      return pick(ctx, t.values);
    case "file":
      return !t.reference || ctx.rand() < 0.6 ? upload(ctx) : pick(ctx, ["AgACAgIAAxkBAAIBZ2ZkW", "https://example.com/a file.jpg?x=1&y=ü"]);
    case "array": {
      const min = field?.constraints?.minItems ?? 0;
      const max = Math.min(field?.constraints?.maxItems ?? 3, Math.max(min, 3));
      const length = depth >= MAX_DEPTH ? min : min + Math.floor(ctx.rand() * (max - min + 1));
      return Array.from({ length }, () => randomValue(ctx, objects, t.of, undefined, depth + 1));
    }
    case "union":
      return randomValue(ctx, objects, pick(ctx, t.of), field, depth);
    case "object": {
      const fields = fieldsOf(objects, t.name) ?? [];
      if (depth >= MAX_DEPTH) return sampleValue(objects, t, field?.name ?? "", true);
      return randomObject(ctx, objects, fields, depth + 1);
    }
    default:
      return undefined;
  }
}

function randomObject(ctx: RandomContext, objects: ObjectIndex, fields: readonly SchemaField[], depth: number): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const field of fields) {
    if (!field.required && !(ctx.allHostile && depth <= 1) && ctx.rand() > (depth <= 1 ? 0.45 : 0.2)) continue;
    out[field.name] = randomValue(ctx, objects, field.type, field, depth);
  }
  return out;
}

/** Random valid parameters for a method. */
export function randomParams(ctx: RandomContext, slice: Pick<SchemaSlice, "method" | "objects">): Record<string, unknown> {
  return randomObject(ctx, slice.objects, slice.method.fields, 0);
}
