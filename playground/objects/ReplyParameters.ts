/**
 * Reply parameters (telegram-bot-api/Client.cpp, `get_reply_parameters`): an empty object is
 * no reply at all; any other needs the message replied to. The source read (Bot API 10.0)
 * requires `message_id`; `ephemeral_message_id` is newer, so a value with it is not checked.
 */
import type { ObjectRules } from "./types";
import { pathText } from "../call/paths";

export const rules: ObjectRules = {
  primary: ["message_id", "chat_id"],
  check(value, path) {
    const fields = Object.keys(value).filter((k) => value[k] !== undefined);
    if (fields.length === 0 || value.message_id !== undefined || value.ephemeral_message_id !== undefined) return [];
    const at = pathText([...path, "message_id"]);
    return [{ path: at, severity: "error", message: `${at}: is needed when reply_parameters has any other field (ephemeral_message_id instead, to reply to an ephemeral message).` }];
  },
};
