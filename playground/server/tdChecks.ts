/**
 * Checks td makes of a parameter's value once the server has read it, that need no chat:
 * ported by hand from tdlib/td at the commit the server pins (49b3bcb), each with the file and
 * function that makes it and, per method, the td function that calls it. `readings.ts` lays
 * them over the server's readings.
 */
import type { CheckedKind } from "./readingKinds";

/** One check of td, by kind: where it is made, and for each method the td function that makes it. */
interface TdCheckSites<K extends string> {
  readonly kind: K;
  /** The file and function of the check. */
  readonly check: string;
  /** Each method, with the td function that calls the check for it. */
  readonly methods: Readonly<Record<string, string>>;
}

/** Where a check is made for a method, as the pages cite it. */
export const checkSource = (c: TdCheckSites<string>, method: string) => `${c.check}, from ${c.methods[method]}`;

export interface TdCheck extends TdCheckSites<CheckedKind> {
  readonly param: string;
}

export const TD_CHECKS: readonly TdCheck[] = [
  {
    param: "language_code",
    kind: "bot_language_code",
    check: "td/telegram/misc.cpp validate_bot_language_code",
    methods: {
      setMyCommands: "BotCommand.cpp set_commands",
      deleteMyCommands: "BotCommand.cpp delete_commands",
      getMyCommands: "BotCommand.cpp get_commands",
      setMyName: "BotInfoManager.cpp set_bot_name",
      getMyName: "BotInfoManager.cpp get_bot_name",
      setMyDescription: "BotInfoManager.cpp set_bot_info_description",
      getMyDescription: "BotInfoManager.cpp get_bot_info_description",
      setMyShortDescription: "BotInfoManager.cpp set_bot_info_about",
      getMyShortDescription: "BotInfoManager.cpp get_bot_info_about",
    },
  },
];

/** A check td makes of several parameters together, by kind (`readingKinds.ts`, `callCheckVerdict`). */
export type CallCheckKind = "join_request_limit";

export const TD_CALL_CHECKS: readonly TdCheckSites<CallCheckKind>[] = [
  {
    kind: "join_request_limit",
    check: "td/telegram/DialogInviteLinkManager.cpp",
    methods: { createChatInviteLink: "export_dialog_invite_link", editChatInviteLink: "edit_dialog_invite_link" },
  },
];

/** The checks td makes of several of a method's parameters together, with where each is made. */
export function callChecksOf(method: string): { readonly kind: CallCheckKind; readonly source: string }[] {
  return TD_CALL_CHECKS.flatMap((c) => (c.methods[method] ? [{ kind: c.kind, source: `${c.check}, ${c.methods[method]}` }] : []));
}
