/**
 * The versions the site is about, read from the installed packages by `npm run schema` (every
 * slice carries them; setWebhook's is small and already part of the webhook pages): the Bot API
 * version `@gramio/types` is based on, and the `gramio` whose requests and mistakes the pages show.
 */
import slice from "../schema/slices/setWebhook.json";

export const BOT_API_VERSION: string = slice.botApiVersion;
export const GRAMIO_VERSION: string = slice.gramioVersion;
/** "gramio 0.10.0", as the pages name the package. */
export const GRAMIO = `gramio ${GRAMIO_VERSION}`;
