/**
 * Reply parameters: the form shows the message replied to and its chat first. How the server
 * reads them (an empty object is no reply; any other needs `message_id`) is the reading of the
 * `reply_parameters` parameter (`../server/jsonValues.ts`, Client.cpp `get_reply_parameters`).
 */
import type { ObjectRules } from "./types";

export const rules: ObjectRules = {
  primary: ["message_id", "chat_id"],
};
