/** createChatInviteLink: td refuses a member limit on a link that needs an administrator's approval (`../../server/inviteLink.ts`). */
import { joinRequestLimit } from "../../server/inviteLink";
import type { MethodDescriptor } from "../types";

export const descriptor: MethodDescriptor = {
  validate: joinRequestLimit,
};
