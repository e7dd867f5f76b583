/** close: sending it explains what it does to the bot, which its name does not say. */
import type { MethodDescriptor } from "../types";

export const descriptor: MethodDescriptor = {
  confirm: () => ({
    kind: "explain",
    question: "Close the bot instance on this server?",
    // From the official description of close.
    consequences: [
      "It is for moving the bot from one local server to another.",
      "Delete the webhook first, or the bot is launched again when the server restarts.",
      "The server answers 429 to it in the first 10 minutes after the bot is launched.",
    ],
  }),
};
