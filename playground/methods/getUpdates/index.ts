/** getUpdates: a `get` that is no read, since it confirms the updates before its offset. */
import type { MethodDescriptor } from "../types";

export const descriptor: MethodDescriptor = {
  confirm: () => ({
    kind: "confirm",
    question: "getUpdates confirms the updates before the offset, so your bot will not receive them again, and fails while a webhook is set. Send it?",
  }),
};
