/**
 * Sending any method from the browser: the form body from `formEntries` (files from the
 * view's own store), the same `send` as setWebhook (no redirects, abortable, the token in the
 * path only), and what to tell the reader about a refusal.
 */
import type { ApiAnswer } from "../botApi";
import { findServerAnswer, plainText } from "../facts/errors";
import { apiUrl, send, type Fetch, type SendResult } from "../send";
import type { Upload } from "../schema/slice";
import { hasFiles, type FormEntry } from "./form";

export interface CallSendOptions {
  readonly fetch: Fetch;
  readonly base: string;
  readonly token: string;
  readonly method: string;
  readonly entries: readonly FormEntry[];
  /** The picked file an upload stands for. */
  readonly fileFor: (upload: Upload) => Blob | undefined;
  readonly signal: AbortSignal;
}

/** The body: URL-encoded without files, multipart with them (neither needs a CORS preflight). */
export function callBody(entries: readonly FormEntry[], fileFor: (upload: Upload) => Blob | undefined): URLSearchParams | FormData | undefined {
  if (entries.length === 0) return undefined;
  if (!hasFiles(entries)) return new URLSearchParams(entries as [string, string][]);
  const form = new FormData();
  for (const [name, value] of entries) {
    if (typeof value === "string") form.append(name, value);
    else {
      const file = fileFor(value);
      if (!file) throw new Error(`the file ${value.name} is no longer available: pick it again`);
      form.append(name, file, value.name);
    }
  }
  return form;
}

export function sendCall(options: CallSendOptions): Promise<SendResult> {
  return send({
    fetch: options.fetch,
    url: apiUrl(options.base, options.token, options.method),
    body: callBody(options.entries, options.fileFor),
    signal: options.signal,
  });
}

/** What to tell the reader about an answer that is not ok, for any method. */
export function explainCallFailure(answer: ApiAnswer, base: string): string {
  const code = answer.errorCode ?? answer.status;
  const known = code !== 429 && answer.description ? findServerAnswer(answer.description) : undefined;
  if (known) return plainText(`${known.cause} ${known.fix}`);
  switch (code) {
    case 400:
      return "The server refused a parameter: its description above names it.";
    case 401:
      return "The bot token was refused: copy it again from @BotFather (it looks like 123456789:AA…).";
    case 403:
      return "The bot may not do this: the description above says why (for example, the user blocked the bot or the bot is not in the chat).";
    case 404:
      return `${base} has no such Bot API method here: check the server address.`;
    case 409:
      return "Conflict: getUpdates cannot run while a webhook is set (deleteWebhook first), or another getUpdates is running.";
    case 429:
      return `Too many requests: wait ${answer.retryAfter ?? 1} s before trying again.`;
    default:
      return `The server answered ${code}.`;
  }
}
