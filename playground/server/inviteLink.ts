/**
 * td's rule for invite links that need an administrator's approval: no member limit on them
 * (td/telegram/DialogInviteLinkManager.cpp, `export_dialog_invite_link` and
 * `edit_dialog_invite_link`). It needs no chat's state, but td makes it once the server found
 * the chat. Both values as the server reads them: `to_bool` and `get_integer_arg`
 * (Client.cpp, process_create_chat_invite_link_query / process_edit_chat_invite_link_query).
 */
import type { CallIssue } from "../call/validate";
import { refusal } from "../call/serverIssues";
import { toInt32, wireText } from "./integerArg";
import { toBool } from "./readingKinds";

export function joinRequestLimit(params: Readonly<Record<string, unknown>>): CallIssue[] {
  if (!toBool(params.creates_join_request) || toInt32(wireText(params.member_limit)) <= 0) return [];
  return [
    refusal(
      ["member_limit"],
      "can't be set on a link that needs an administrator's approval (creates_join_request); td checks it once the chat is found.",
      "Member limit can't be specified for links requiring administrator approval",
    ),
  ];
}
