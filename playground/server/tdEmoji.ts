/**
 * td's `is_emoji` (tdutils/td/utils/emoji.cpp, td 49b3bcb, the commit telegram-bot-api 01a3679
 * pins): whether a text is one emoji as Telegram takes it for a sticker. td packs its list of
 * emoji (without U+FE0F and without zero-width joiners) into the source; `extractEmoji.ts`
 * unpacks it into `tdEmoji.json`, which this module reads once it is loaded (`needsEmojiList`). A sequence
 * joined by U+200D is an emoji when each part is; a part may end in one U+FE0F. Lengths are
 * td's, in UTF-8 bytes.
 */
import { utf8Length as bytes } from "../escape";
import { emojiList } from "./rareKinds";

/** emoji.cpp, MAX_EMOJI_LENGTH: the longest emoji of the list, in UTF-8 bytes. */
const MAX_EMOJI_LENGTH = 28;
const ZWJ = "\u200D";
const VS16 = "\uFE0F";

let emojis: ReadonlySet<string> | undefined;
const list = () => (emojis ??= new Set(emojiList().emoji.split(" ")));

/** emoji.cpp, is_emoji_element: in the list, or in it once one trailing U+FE0F is taken off. */
function isEmojiElement(text: string): boolean {
  const length = bytes(text);
  if (length > MAX_EMOJI_LENGTH + 3) return false;
  if (list().has(text)) return true;
  if (length <= 3 || !text.endsWith(VS16) || text.endsWith(VS16 + VS16)) return false;
  return list().has(text.slice(0, -1));
}

/** emoji.cpp, is_emoji: split at each zero-width joiner that is not the last character, when one of td's first 32 bytes starts a U+2000-U+2FFF character; each part an emoji. */
export function isEmoji(text: string): boolean {
  const chars = [...text];
  let offset = 0;
  const offsets = chars.map((c) => ((offset += bytes(c)), offset - bytes(c)));
  const first = chars.findIndex((c, i) => offsets[i]! < MAX_EMOJI_LENGTH + 4 && c >= "\u2000" && c <= "\u2FFF");
  if (first === -1) return isEmojiElement(text);
  const parts: string[] = [];
  let start = 0;
  for (let i = first; i < chars.length - 1; i++) {
    if (chars[i] !== ZWJ) continue;
    parts.push(chars.slice(start, i).join(""));
    start = i + 1;
  }
  parts.push(chars.slice(start).join(""));
  return parts.every(isEmojiElement);
}
