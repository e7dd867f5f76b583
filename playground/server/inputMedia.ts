/**
 * How the Bot API server reads the media a method takes as JSON (an album's items, the media
 * an edit puts in, paid media, a poll's media), ported from telegram-bot-api/Client.cpp
 * (01a3679): get_input_media, get_input_message_contents, get_input_paid_media, get_paid_media
 * and get_input_poll_media, each refusing as the server does (`TdStatus`, td's JSON readers'
 * messages from `tdFields`). A file is found as get_input_file finds it: a file_id or URL as
 * it is, `attach://<name>` only when the request has a file part of that name (`parts`).
 * A caption is read as get_formatted_text reads it (its bytes and its parse mode; what td's
 * parser and the entities make of it is not checked here).
 */
import { readFormattedText, readLocation, readVenue } from "./jsonValues";
import { isTdObject, refuse, tdFields, withPrefix, type TdFields, type TdJsonObject, type TdJsonValue, type TdPath } from "./tdJson";

/** The refusals of the media readers (Client.cpp), each once; the callers' prefixes are in `MEDIA_PREFIXES`. */
export const MEDIA_MESSAGES = {
  object: "expected an Object",
  mediaNotFound: "media not found",
  photoNotFound: "photo not found",
  album: "Expected an Array of InputMedia",
  paidMedia: "Expected an Array of InputPaidMedia",
  pollType: "invalid type specified",
  profilePhoto: "Object expected as profile photo",
  profilePhotoType: "Invalid profile photo type specified",
  photoNotUploaded: "Photo must be uploaded as a file",
  storyContent: "Object expected as story content",
  storyContentType: "Invalid story content type specified",
  storyPhotoNotUploaded: "Story photo must be uploaded as a file",
  storyVideoNotUploaded: "Story video must be uploaded as a file",
} as const;

/** What each reader puts before a refusal of one item (get_input_message_contents: “Can't parse InputMedia: …”). */
export const MEDIA_PREFIXES = {
  media: "Can't parse InputMedia: ",
  paidMedia: "Can't parse InputPaidMedia: ",
  pollMedia: "Failed to parse InputPollMedia: ",
} as const;

/** `type "x" is unsupported`, and an animation in an album. */
export const unsupportedType = (type: string) => `type "${type}" is unsupported`;
export const notInAlbum = (type: string) => `type "${type}" can't be used in sendMediaGroup`;

/** The media types get_input_media reads (an animation not in an album). */
export const INPUT_MEDIA_TYPES = ["photo", "live_photo", "video", "animation", "audio", "document"] as const;
/** The types get_input_paid_media reads. */
export const PAID_MEDIA_TYPES = ["photo", "live_photo", "video"] as const;
/** The types get_input_poll_media reads for a poll's own media (not an option's). */
export const POLL_MEDIA_TYPES = ["location", "venue", "animation", "photo", "live_photo", "video", "audio", "document"] as const;

/** The names of a request's file parts: what `attach://<name>` can point at. */
export type FileParts = ReadonlySet<string>;

/**
 * Client.cpp, get_input_file with no field of its own (a file inside a JSON value): an empty
 * text finds nothing, `attach://<name>` the part of that name, anything else is a file_id or
 * a URL. True when the server has a file.
 */
export function findsFile(text: string, parts: FileParts): boolean {
  if (text === "") return false;
  return text.startsWith("attach://") ? parts.has(text.slice("attach://".length)) : true;
}

/** Client.cpp, get_input_file forced to a file (force_file): only attach://<name> of a part the request has. */
const findsUpload = (text: string, parts: FileParts) => text.startsWith("attach://") && parts.has(text.slice("attach://".length));

const uploadWhy = (text: string) =>
  text.startsWith("attach://")
    ? `names attach://${text.slice("attach://".length)}, and the request has no file part of that name.`
    : "must be attach://<name> of a file sent with the request: a file_id or a URL is not taken here.";

export const fileWhy = (field: string, text: string) =>
  text === ""
    ? `is needed: a file_id, an HTTP URL, or attach://<name> of a file sent with the request (${field}).`
    : `names attach://${text.slice("attach://".length)}, and the request has no file part of that name.`;

/**
 * Client.cpp, get_input_media(query, object, type, …): the file, its thumbnail (never refused:
 * one the server cannot find is no thumbnail), then the fields of its type, clamped where
 * they are numbers.
 */
function readMediaOfType(fields: TdFields, at: TdPath, type: string, parts: FileParts, forAlbum: boolean): void {
  const media = fields.optionalString("media");
  if (!findsFile(media, parts)) refuse(MEDIA_MESSAGES.mediaNotFound, fileWhy("media", media), [...at, "media"]);
  readThumbnail(fields);
  if (type === "photo") return;
  if (type === "live_photo") {
    const photo = fields.optionalString("photo");
    if (!findsFile(photo, parts)) refuse(MEDIA_MESSAGES.photoNotFound, fileWhy("photo", photo), [...at, "photo"]);
    return;
  }
  if (type === "video") {
    for (const name of ["width", "height", "duration"]) fields.optionalInt(name);
    fields.optionalString("cover");
    fields.optionalInt("start_timestamp");
    fields.optionalBool("supports_streaming");
    return;
  }
  if (type === "animation") {
    if (forAlbum) refuse(notInAlbum(type), "an album takes photos, videos, audio or documents, not animations.", [...at, "type"]);
    for (const name of ["width", "height", "duration"]) fields.optionalInt(name);
    return;
  }
  if (type === "audio") {
    fields.optionalInt("duration");
    fields.optionalString("title");
    fields.optionalString("performer");
    return;
  }
  if (type === "document") return void fields.optionalBool("disable_content_type_detection");
  refuse(unsupportedType(type), `must be one of ${INPUT_MEDIA_TYPES.join(", ")}; this is “${type}”.`, [...at, "type"]);
}

/** Client.cpp, get_input_thumbnail(query, object, true): `thumbnail`, or the old `thumb` when it is empty; text only. */
function readThumbnail(fields: TdFields): void {
  if (fields.optionalString("thumbnail") === "") fields.optionalString("thumb");
}

/** Client.cpp, get_input_media(query, JsonValue, for_album): the caption and flags, the type, then the rest. */
export function readInputMedia(value: TdJsonValue, at: TdPath, parts: FileParts, forAlbum: boolean): void {
  if (!isTdObject(value)) return refuse(MEDIA_MESSAGES.object, "must be an InputMedia object.", at);
  const fields = tdFields(value, at);
  const caption = fields.optionalString("caption");
  const mode = fields.optionalString("parse_mode");
  readFormattedText(caption, mode, { text: [...at, "caption"], mode: [...at, "parse_mode"], entities: [...at, "caption_entities"] }, fields.raw("caption_entities"));
  fields.optionalBool("show_caption_above_media");
  fields.optionalBool("has_spoiler");
  const type = fields.requiredString("type");
  readMediaOfType(fields, at, type, parts, forAlbum);
}

/** Client.cpp, get_input_message_contents: sendMediaGroup's list, each item read for an album. */
export function readInputMediaList(value: TdJsonValue, parts: FileParts): void {
  if (!Array.isArray(value)) return refuse(MEDIA_MESSAGES.album, "must be a list of InputMedia.");
  for (const [i, item] of value.entries()) withPrefix(MEDIA_PREFIXES.media, () => readInputMedia(item, [i], parts, true));
}

/** Client.cpp, get_input_media(query, field_name): one InputMedia, as editMessageMedia reads it. */
export function readOneInputMedia(value: TdJsonValue, parts: FileParts): void {
  withPrefix(MEDIA_PREFIXES.media, () => readInputMedia(value, [], parts, false));
}

/** Client.cpp, get_input_paid_media(query, JsonValue): the file, its thumbnail, its size, then its type's fields. */
export function readInputPaidMedia(value: TdJsonValue, at: TdPath, parts: FileParts): void {
  if (!isTdObject(value)) return refuse(MEDIA_MESSAGES.object, "must be an InputPaidMedia object.", at);
  const fields = tdFields(value as TdJsonObject, at);
  const media = fields.optionalString("media");
  if (!findsFile(media, parts)) refuse(MEDIA_MESSAGES.mediaNotFound, fileWhy("media", media), [...at, "media"]);
  readThumbnail(fields);
  fields.optionalInt("width");
  fields.optionalInt("height");
  const type = fields.requiredString("type");
  if (type === "photo") return;
  if (type === "live_photo") {
    // get_input_file(query, "photo", photo, false): nothing named falls back to a file part named “photo”.
    const photo = fields.optionalString("photo");
    if (!findsFile(photo === "" ? "attach://photo" : photo, parts)) refuse(MEDIA_MESSAGES.photoNotFound, fileWhy("photo", photo), [...at, "photo"]);
    return;
  }
  if (type === "video") {
    fields.optionalInt("duration");
    fields.optionalBool("supports_streaming");
    fields.optionalString("cover");
    fields.optionalInt("start_timestamp");
    return;
  }
  refuse(unsupportedType(type), `must be one of ${PAID_MEDIA_TYPES.join(", ")}; this is “${type}”.`, [...at, "type"]);
}

/** Client.cpp, get_paid_media: sendPaidMedia's list. */
export function readPaidMediaList(value: TdJsonValue, parts: FileParts): void {
  if (!Array.isArray(value)) return refuse(MEDIA_MESSAGES.paidMedia, "must be a list of InputPaidMedia.");
  for (const [i, item] of value.entries()) withPrefix(MEDIA_PREFIXES.paidMedia, () => readInputPaidMedia(item, [i], parts));
}

/** Client.cpp, get_input_paid_media(query, field_name): one InputPaidMedia (sendInvoice's paid_media). */
export function readOnePaidMedia(value: TdJsonValue, parts: FileParts): void {
  withPrefix(MEDIA_PREFIXES.paidMedia, () => readInputPaidMedia(value, [], parts));
}

/**
 * Client.cpp, get_input_poll_media (for a poll, not an option): null is none; a location or
 * a venue (get_location, get_venue), or a file of a type a poll takes, read as get_input_media
 * reads it without a caption.
 */
export function readPollMedia(value: TdJsonValue, parts: FileParts): void {
  withPrefix(MEDIA_PREFIXES.pollMedia, () => {
    if (value === null) return;
    if (!isTdObject(value)) return refuse(MEDIA_MESSAGES.object, "must be an InputPollMedia object.");
    const fields = tdFields(value, []);
    const type = fields.requiredString("type");
    if (type === "location") return readLocation(fields);
    if (type === "venue") return readVenue(fields);
    if (!(POLL_MEDIA_TYPES as readonly string[]).includes(type)) refuse(MEDIA_MESSAGES.pollType, `must be one of ${POLL_MEDIA_TYPES.join(", ")}; this is “${type}”.`, ["type"]);
    readMediaOfType(fields, [], type, parts, false);
  });
}

/** Client.cpp, get_input_chat_photo (a JSON value): a static photo or an animation, uploaded with the request. */
export function readInputProfilePhoto(value: TdJsonValue, parts: FileParts): void {
  if (!isTdObject(value)) return refuse(MEDIA_MESSAGES.profilePhoto, "must be an InputProfilePhoto object.");
  const fields = tdFields(value, []);
  const type = fields.requiredString("type");
  if (type !== "static" && type !== "animated") return refuse(MEDIA_MESSAGES.profilePhotoType, `must be “static” or “animated”; this is “${type}”.`, ["type"]);
  const field = type === "static" ? "photo" : "animation";
  const file = fields.requiredString(field);
  if (type === "animated") fields.optionalDouble("main_frame_timestamp");
  if (!findsUpload(file, parts)) refuse(MEDIA_MESSAGES.photoNotUploaded, uploadWhy(file), [field]);
}

/** Client.cpp, get_input_story_content (a JSON value): a photo or a video, uploaded with the request. */
export function readInputStoryContent(value: TdJsonValue, parts: FileParts): void {
  if (!isTdObject(value)) return refuse(MEDIA_MESSAGES.storyContent, "must be an InputStoryContent object.");
  const fields = tdFields(value, []);
  const type = fields.requiredString("type");
  if (type === "photo") {
    const photo = fields.requiredString("photo");
    if (!findsUpload(photo, parts)) refuse(MEDIA_MESSAGES.storyPhotoNotUploaded, uploadWhy(photo), ["photo"]);
    return;
  }
  if (type !== "video") return refuse(MEDIA_MESSAGES.storyContentType, `must be “photo” or “video”; this is “${type}”.`, ["type"]);
  const video = fields.requiredString("video");
  fields.optionalDouble("duration");
  fields.optionalDouble("cover_frame_timestamp");
  fields.optionalBool("is_animation");
  if (!findsUpload(video, parts)) refuse(MEDIA_MESSAGES.storyVideoNotUploaded, uploadWhy(video), ["video"]);
}
