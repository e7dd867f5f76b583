/**
 * The Bot API server source the server-exact checks are read from: tdlib/telegram-bot-api at
 * `commit` (its Bot API version) with the td it pins as a submodule. What `@gramio/types` has
 * beyond it is offered in the playground and not checked.
 */
export const SERVER_SOURCE = { botApiVersion: "10.0", commit: "01a3679", tdCommit: "49b3bcb" } as const;
