/**
 * What the playground asks before it sends a method for real. Only reads are sent at once;
 * everything else changes what people see, or the bot, and asks first. A method's
 * descriptor may ask otherwise (logOut and close explain their consequences).
 */
import type { Confirmation, MethodDescriptor, Params } from "../methods/types";

/** Reads that change nothing, by the Bot API's naming: every `get*`. */
const isRead = (method: string) => /^get[A-Z]/.test(method);

export function confirmationFor(method: string, params: Params, descriptor: MethodDescriptor): Confirmation {
  const own = descriptor.confirm?.(params);
  if (own) return own;
  if (isRead(method)) return { kind: "none" };
  return { kind: "confirm", question: `${method} acts for real with your bot: it can change what people see, and may not be undone. Send it?` };
}
