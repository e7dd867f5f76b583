/**
 * What the playground asks before it sends a method for real. Only reads are sent at once;
 * everything else changes what people see, or the bot, and asks first. `logOut` and `close`
 * explain their consequences, which are not obvious from the name.
 */

export type Confirmation =
  | { readonly kind: "none" }
  | { readonly kind: "confirm"; readonly question: string }
  | { readonly kind: "explain"; readonly question: string; readonly consequences: readonly string[] };

/** Reads that change nothing, by name: every `get*` but the one that consumes updates. */
const isRead = (method: string) => /^get[A-Z]/.test(method) && method !== "getUpdates";

export function confirmationFor(method: string): Confirmation {
  if (method === "logOut") {
    return {
      kind: "explain",
      question: "Log the bot out of the cloud Bot API server?",
      // From the official description of logOut.
      consequences: [
        "It is for moving the bot to a local Bot API server: you can log in there at once.",
        "The bot cannot log back in to the cloud Bot API server for 10 minutes, so requests to api.telegram.org fail until then.",
      ],
    };
  }
  if (method === "close") {
    return {
      kind: "explain",
      question: "Close the bot instance on this server?",
      // From the official description of close.
      consequences: [
        "It is for moving the bot from one local server to another.",
        "Delete the webhook first, or the bot is launched again when the server restarts.",
        "The server answers 429 to it in the first 10 minutes after the bot is launched.",
      ],
    };
  }
  if (method === "getUpdates") {
    return { kind: "confirm", question: "getUpdates confirms the updates before the offset, so your bot will not receive them again, and fails while a webhook is set. Send it?" };
  }
  if (isRead(method)) return { kind: "none" };
  return { kind: "confirm", question: `${method} acts for real with your bot: it can change what people see, and may not be undone. Send it?` };
}
