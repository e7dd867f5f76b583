/**
 * A method's slice as the playground loads it: the schema's slice and what the server's
 * source says of the method's parameters (the integers it clamps and the readings that decide
 * without the chat, without their citations, which the pages carry). `npm run schema` writes
 * these; tests build them the same way.
 */
import type { BotApiSchema } from "../schema/model";
import { sliceFor, type SchemaSlice } from "../schema/slice";
import { integerFactsOf } from "./integers";
import { checkedReading, type CheckedReading } from "./readingKinds";
import { readingsOf } from "./readings";
import { callChecksOf } from "./tdChecks";

export function serverSlice(schema: BotApiSchema, methodName: string): SchemaSlice {
  const slice = sliceFor(schema, methodName);
  const names = new Set(slice.method.fields.map((f) => f.name));
  const integers = Object.fromEntries(
    Object.entries(integerFactsOf(methodName))
      .filter(([name]) => names.has(name))
      .map(([name, f]) => [name, { default: f.default, min: f.min, max: f.max }]),
  );
  const readings: Record<string, CheckedReading> = {};
  for (const r of readingsOf(methodName) ?? []) {
    const checked = checkedReading(r);
    if (checked && names.has(r.param)) readings[r.param] = checked;
  }
  return {
    ...slice,
    ...(Object.keys(integers).length ? { integers } : {}),
    ...(Object.keys(readings).length ? { readings } : {}),
    ...(callChecksOf(methodName).length ? { callChecks: callChecksOf(methodName).map((c) => c.kind) } : {}),
  };
}
