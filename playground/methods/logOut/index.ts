/** logOut: sending it explains what it does to the bot, which its name does not say. */
import type { MethodDescriptor } from "../types";

export const descriptor: MethodDescriptor = {
  confirm: () => ({
    kind: "explain",
    question: "Log the bot out of the cloud Bot API server?",
    // From the official description of logOut.
    consequences: [
      "It is for moving the bot to a local Bot API server: you can log in there at once.",
      "The bot cannot log back in to the cloud Bot API server for 10 minutes, so requests to api.telegram.org fail until then.",
    ],
  }),
};
