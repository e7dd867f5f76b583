/** Where a webhook's updates arrive: the url's path, and the same path on this machine. */
import { parseWebhookUrl } from "../net";

/** The path served when the form has no usable url. */
export const DEFAULT_WEBHOOK_PATH = "/telegram/webhook";

/** Where the Server tab's file listens on this machine by default (PORT 3000). */
export const LOCAL_ORIGIN = "http://localhost:3000";

/** The path of the form's url as the Bot API server puts it on the request line, without the query. */
export function webhookPath(url: unknown): string {
  if (typeof url !== "string" || url === "") return DEFAULT_WEBHOOK_PATH;
  const parsed = parseWebhookUrl(url);
  if (!parsed.ok) return DEFAULT_WEBHOOK_PATH;
  return parsed.path.split("?")[0]!;
}

/** The local url that reaches the Server tab's file on this machine. */
export const localWebhookUrl = (url: unknown) => `${LOCAL_ORIGIN}${webhookPath(url)}`;
