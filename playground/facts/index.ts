export * from "./types";
export * from "./updateTypes";
export * from "./setWebhook";
export * from "./webhookFamily";
export * from "./words";
