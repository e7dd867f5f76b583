/**
 * The header that carries `secret_token` on every delivery (the Bot API page's own spelling).
 * Its own module: the delivery-size check, the generated servers and test updates read it
 * without loading setWebhook's whole specification.
 */
export const SECRET_HEADER = "X-Telegram-Bot-Api-Secret-Token";
