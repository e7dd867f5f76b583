/**
 * A bot command. telegram-bot-api/Client.cpp, `get_bot_command` (ported in
 * `../server/jsonValues.ts`): both fields are required strings (a number is taken as its
 * text), refused after "Can't parse BotCommand: ". Then td/telegram/BotCommand.cpp, `set_commands`: each is trimmed with
 * td's spaces, the command loses one leading "/", and lengths are counted in code points:
 * command 1-32, description 1-256, refused beyond. td does not check the command's letters
 * (Telegram's servers may).
 */
import type { ObjectRules } from "./types";
import { readerRefusal, refusal } from "../call/serverIssues";
import { rareVerdicts } from "../server/rareKinds";
import { tdTrim, utf8Length } from "../server/td";

export const COMMAND_LIMITS = { command: 32, description: 256 } as const;

export const rules: ObjectRules = {
  governs: ["command", "description"],
  check(value, path) {
    const refused = readerRefusal(rareVerdicts().readBotCommand, value, path);
    if (refused) return [refused];
    const trimmed = tdTrim(String(value.command));
    const command = trimmed.startsWith("/") ? trimmed.slice(1) : trimmed;
    if (command === "") return [refusal([...path, "command"], "is empty once trimmed and without its leading “/”.", "Command must be non-empty")];
    const commandLength = utf8Length(command);
    if (commandLength > COMMAND_LIMITS.command)
      return [refusal([...path, "command"], `has ${commandLength} characters once trimmed; the server takes at most ${COMMAND_LIMITS.command}.`, `Command length must not exceed ${COMMAND_LIMITS.command}`)];
    const description = tdTrim(String(value.description));
    if (description === "") return [refusal([...path, "description"], "is empty once trimmed.", "Command description must be non-empty")];
    const descriptionLength = utf8Length(description);
    if (descriptionLength > COMMAND_LIMITS.description)
      return [
        refusal([...path, "description"], `has ${descriptionLength} characters once trimmed; the server takes at most ${COMMAND_LIMITS.description}.`, `Command description length must not exceed ${COMMAND_LIMITS.description}`),
      ];
    return [];
  },
};
