/**
 * Realistic example values for a method's required parameters, from the schema: a table of
 * names that mean the same thing everywhere in the Bot API (`chat_id`, `text`, `latitude`),
 * then the type. Used by the generated usage examples; every example is type-checked.
 */
import type { SchemaField, SchemaType } from "./model";
import { expand, fieldsOf, type ObjectIndex, type Upload } from "./slice";

/** Values by parameter or field name, where the name alone says what is realistic. */
const BY_NAME: Readonly<Record<string, unknown>> = {
  chat_id: 123456789,
  from_chat_id: 987654321,
  user_id: 123456789,
  sender_chat_id: -1001234567890,
  message_id: 42,
  message_ids: [42, 43],
  message_thread_id: 7,
  text: "Hello from GramIO!",
  caption: "Sent with GramIO",
  question: "Which framework do you use?",
  title: "GramIO",
  name: "GramIO",
  first_name: "Ada",
  last_name: "Lovelace",
  phone_number: "+15551234567",
  description: "A Telegram bot built with GramIO",
  short_description: "Built with GramIO",
  url: "https://example.com/gramio",
  emoji: "👍",
  emoji_list: ["👍"],
  latitude: 51.5074,
  longitude: -0.1278,
  address: "221B Baker Street, London",
  currency: "XTR",
  payload: "order-42",
  amount: 100,
  label: "Access",
  command: "start",
  callback_query_id: "4382bfdwdsb323b2d9",
  inline_query_id: "4382bfdwdsb323b2d9",
  guest_query_id: "4382bfdwdsb323b2d9",
  shipping_query_id: "4382bfdwdsb323b2d9",
  pre_checkout_query_id: "4382bfdwdsb323b2d9",
  web_app_query_id: "AAHdF6IQAAAAAN0XohDhrOrc",
  business_connection_id: "AbCdEfGhIjKlMnOp",
  custom_emoji_id: "5368324170671202286",
  custom_emoji_ids: ["5368324170671202286"],
  gift_id: "5170233102089322756",
  owned_gift_id: "5170233102089322756",
  invite_link: "https://t.me/+AbCdEfGhIjKlMnOp",
  file_id: "AgACAgIAAxkBAAIBZ2ZkW",
  sticker_set_name: "gramio_by_gramio_bot",
  telegram_payment_charge_id: "stxAbCdEfGhIjKlMnOp",
  game_short_name: "gramio_game",
  score: 100,
  star_count: 100,
  month_count: 3,
  duration: 60,
  period: 86400,
  subscription_period: 2592000,
  subscription_price: 100,
  width: 512,
  height: 512,
  story_id: 1,
  action: "typing",
  format: "static",
};

/** File names by parameter, for uploads in examples. */
const FILE_NAMES: Readonly<Record<string, string>> = {
  photo: "photo.jpg",
  video: "video.mp4",
  audio: "audio.mp3",
  document: "document.pdf",
  animation: "animation.mp4",
  voice: "voice.ogg",
  video_note: "video_note.mp4",
  sticker: "sticker.webp",
  thumbnail: "thumbnail.jpg",
  certificate: "cert.pem",
  live_photo: "live_photo.mp4",
  cover: "cover.jpg",
};

/** Where a name means something else in one family of methods (a sticker set's `name`). */
const BY_METHOD: readonly { readonly method: RegExp; readonly field: string; readonly value: unknown }[] = [
  { method: /Sticker/, field: "name", value: "animals_by_gramio_bot" },
];

const MAX_DEPTH = 8;

/**
 * A realistic value of `type` for a field called `name`, or undefined when none can be built
 * (a type that only refers to itself). `nested`: inside an object or array, where an upload
 * is written as a URL the server fetches (GramIO extracts only some nested files).
 */
export function sampleValue(objects: ObjectIndex, type: SchemaType, name: string, nested = false, depth = 0, tag?: string, minItems = 1): unknown {
  if (depth > MAX_DEPTH) return undefined;
  const known = BY_NAME[name];
  const t = expand(objects, type);
  if (known !== undefined && fitsLoosely(objects, t, known)) return known;
  switch (t.kind) {
    case "string":
      return name.endsWith("_id") ? "1234567890" : name.includes("url") ? "https://example.com" : "GramIO";
    case "number":
      return name.endsWith("_id") ? 123456789 : 1;
    case "boolean":
    case "true":
      return true;
    case "enum":
      return t.values[0];
    case "file": {
      const file = FILE_NAMES[name] ?? (tag && FILE_NAMES[tag]) ?? "file.bin";
      if (nested && t.reference) return `https://example.com/${file}`;
      return { name: file } satisfies Upload;
    }
    case "array": {
      const item = sampleValue(objects, t.of, name, true, depth + 1);
      return item === undefined ? undefined : Array.from({ length: Math.max(1, minItems) }, () => item);
    }
    case "union":
      for (const member of t.of) {
        const value = sampleValue(objects, member, name, nested, depth + 1);
        if (value !== undefined) return value;
      }
      return undefined;
    case "object": {
      const fields = fieldsOf(objects, t.name);
      if (!fields) return undefined;
      return sampleObject(objects, fields, depth + 1);
    }
    default:
      return undefined;
  }
}

/** The required fields of an object, each with a sample value. */
function sampleObject(objects: ObjectIndex, fields: readonly SchemaField[], depth: number, method?: string): Record<string, unknown> | undefined {
  const out: Record<string, unknown> = {};
  // The object's `type` literal names its kind (`photo`), which names its file.
  const tagField = fields.find((f) => f.name === "type" && f.type.kind === "enum" && f.type.values.length === 1);
  const tag = tagField?.type.kind === "enum" ? String(tagField.type.values[0]) : undefined;
  for (const field of fields.filter((f) => f.required)) {
    const special = method ? BY_METHOD.find((r) => r.method.test(method) && r.field === field.name) : undefined;
    if (special) {
      out[field.name] = special.value;
      continue;
    }
    const value = sampleValue(objects, field.type, field.name, depth > 0, depth, tag, field.constraints?.minItems);
    if (value === undefined) return undefined;
    out[field.name] = value;
  }
  return out;
}

function fitsLoosely(objects: ObjectIndex, type: SchemaType, value: unknown): boolean {
  switch (type.kind) {
    case "string":
      return typeof value === "string";
    case "number":
      return typeof value === "number";
    case "enum":
      return type.values.includes(value as string);
    case "file":
      return false;
    case "array":
      return Array.isArray(value) && value.every((v) => fitsLoosely(objects, expand(objects, type.of), v));
    case "union":
      return type.of.some((m) => fitsLoosely(objects, expand(objects, m), value));
    default:
      return false;
  }
}

/** Every required parameter of a method with a sample value. */
export function sampleParams(objects: ObjectIndex, method: { readonly name: string; readonly fields: readonly SchemaField[] }): Record<string, unknown> {
  const fields = method.fields;
  const out = sampleObject(objects, fields, 0, method.name);
  if (!out) throw new Error(`no sample for ${fields.filter((f) => f.required).map((f) => f.name).join(", ")}`);
  return out;
}

/** The name of the constant that holds a method's result in an example, if any. */
export function resultName(returns: SchemaType): string | undefined {
  if (returns.kind === "object") return returns.name[0]!.toLowerCase() + returns.name.slice(1);
  if (returns.kind === "array" && returns.of.kind === "object") return `${returns.of.name[0]!.toLowerCase()}${returns.of.name.slice(1)}s`;
  if (returns.kind === "true" || returns.kind === "boolean") return undefined;
  return "result";
}
