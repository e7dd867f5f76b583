/**
 * What the server does with a keyboard, shared by inline and reply keyboards. Two readers in
 * turn: telegram-bot-api/Client.cpp (`get_reply_markup`, `get_inline_keyboard_button`,
 * `get_keyboard_button`, `get_button_style`) reads the JSON and refuses what it cannot read;
 * then td (td/telegram/ReplyMarkup.cpp, `get_reply_markup` and `get_inline_keyboard_button`
 * at the commit the server pins) drops what it does not keep, without a word.
 */
import { type Path } from "../call/paths";
import { readerRefusal, refusal, warning } from "../call/serverIssues";
import type { CallIssue } from "../call/validate";
import { asGrid } from "../call/grid";
import type { ObjectKind, ObjectRules } from "./types";
import { kindsSet } from "../call/kinds";
import type { TdJsonValue, TdPath } from "../server/tdJson";

/** td keeps at most this many buttons of a row, and of a keyboard; the rest is dropped (ReplyMarkup.cpp, `get_reply_markup`). */
export const KEYBOARD_LIMITS = { perRow: 12, total: 300 } as const;

type Value = Readonly<Record<string, unknown>>;

/** td's test for a button it keeps: text, or an icon (`button->text_.empty() && icon_custom_emoji_id_ == 0` is skipped). */
function hasIcon(value: Value): boolean {
  const icon = value.icon_custom_emoji_id;
  return (typeof icon === "string" || typeof icon === "number") && String(icon) !== "" && Number(icon) !== 0;
}

/** True unless td drops the button: empty text and no icon (a button without text is refused before). */
export function buttonKept(value: unknown): boolean {
  if (typeof value === "string") return value !== "";
  if (!value || typeof value !== "object" || Array.isArray(value)) return true;
  const v = value as Value;
  return v.text !== "" || hasIcon(v);
}

/**
 * A button as the server reads it (Client.cpp's reader, ported in `../server/replyMarkup.ts`,
 * the same the server's reading of `reply_markup` uses), then as td keeps it: an empty text
 * drops the button, unless it has an icon, which td refuses with `emptyText`.
 */
export function readButton(read: (button: TdJsonValue, at: TdPath) => void, value: Value, path: Path, emptyText: string): CallIssue[] {
  const refused = readerRefusal(read, value, path);
  if (refused) return [refused];
  if (value.text !== "") return [];
  if (hasIcon(value)) return [refusal([...path, "text"], "a button with an icon still needs text.", emptyText)];
  return [warning([...path, "text"], "is empty: the server drops this button without a word.")];
}

/**
 * A button's issues (`./InlineKeyboardButton.ts`, `./KeyboardButton.ts`): read as the server
 * reads it (`readButton`), then which of its kinds the server uses, unless the first set is
 * newer than the source read (not checked).
 */
export function checkButton(rules: ObjectRules, read: (button: TdJsonValue, at: TdPath) => void, value: Value, path: Path, emptyText: string): CallIssue[] {
  const issues = readButton(read, value, path, emptyText);
  if (issues.some((i) => i.severity === "error")) return issues;
  const set = kindsSet(rules, value);
  if (set[0]?.unchecked) return issues;
  return [...issues, ...kindsWarning(set, path)];
}

/** A button with more than one kind set: the server uses the first in its order and ignores the rest. */
export function kindsWarning(set: readonly ObjectKind[], path: Path): CallIssue[] {
  if (set.length < 2) return [];
  const [first, ...ignored] = set.map((k) => k.field);
  return [warning(path, `has ${[first, ...ignored].join(" and ")}: the server uses ${first} and ignores ${ignored.join(" and ")}.`)];
}

/**
 * A keyboard's rows as td keeps them: empty rows dropped, 12 buttons a row, 300 in all. No rows
 * at all is no keyboard: Client.cpp's `get_reply_markup` reads the rows as an optional field
 * and, with none, sends the message without markup.
 */
export function checkRows(value: unknown, path: Path): CallIssue[] {
  if (value === undefined) return [warning(path, "is not set: the message is sent without this keyboard.")];
  if (!Array.isArray(value)) return [];
  const issues: CallIssue[] = [];
  let total = 0;
  let kept = 0;
  asGrid(value).forEach((row, r) => {
    if (!Array.isArray(value[r])) return;
    const buttons = row.filter(buttonKept).length;
    total += buttons;
    kept += Math.min(buttons, KEYBOARD_LIMITS.perRow);
    if (row.length === 0) issues.push(warning([...path, r], "is an empty row: the server drops it."));
    else if (buttons === 0) issues.push(warning([...path, r], "has no button the server keeps (each has empty text): the row is dropped."));
    else if (buttons > KEYBOARD_LIMITS.perRow)
      issues.push(warning([...path, r], `has ${buttons} buttons: the server keeps the first ${KEYBOARD_LIMITS.perRow} of a row and drops the rest.`));
  });
  if (kept > KEYBOARD_LIMITS.total) issues.push(warning(path, `has ${kept.toLocaleString("en-US")} buttons: the server keeps the first ${KEYBOARD_LIMITS.total} and drops the rest.`));
  else if (total === 0) issues.push(warning(path, value.length === 0 ? "has no rows: the message is sent without this keyboard." : "has no button the server keeps: the message is sent without this keyboard."));
  return issues;
}
