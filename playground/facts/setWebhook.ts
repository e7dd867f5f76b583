import type { MethodSpec } from "./types";
import { UPDATE_TYPES } from "./updateTypes";

import { BOT_API_VERSION } from "./versions";

/** Ports the Bot API server accepts for a webhook (not in local mode). */
export const WEBHOOK_PORTS = [443, 80, 88, 8443] as const;

/** `MAX_CERTIFICATE_FILE_SIZE` of the Bot API server: 3 MiB. */
export const MAX_CERTIFICATE_BYTES = 3 * 1024 * 1024;

export const setWebhook = {
  kind: "method",
  name: "setWebhook",
  botApiVersion: BOT_API_VERSION,
  officialUrl: "https://core.telegram.org/bots/api#setwebhook",
  description:
    "Use this method to specify a URL and receive incoming updates via an outgoing webhook. Whenever there is an update for the bot, we will send an HTTPS POST request to the specified URL, containing a JSON-serialized [Update](https://core.telegram.org/bots/api#update). In case of an unsuccessful request (a request with response [HTTP status code](https://en.wikipedia.org/wiki/List_of_HTTP_status_codes) different from `2XY`), we will repeat the request and give up after a reasonable amount of attempts. Returns _True_ on success.\n\n" +
    "If you'd like to make sure that the webhook was set by you, you can specify secret data in the parameter _secret\\_token_. If specified, the request will contain a header “X-Telegram-Bot-Api-Secret-Token” with the secret token as content.",
  returns: { type: "True", description: "On success, _True_ is returned." },
  params: [
    {
      name: "url",
      type: "String",
      required: true,
      description:
        "HTTPS URL to send updates to. Use an empty string to remove webhook integration.",
      hint: "HTTPS URL on port 443, 80, 88 or 8443. Empty removes the webhook.",
      constraints: {
        schemes: ["https"],
        ports: WEBHOOK_PORTS,
        emptyMeans: "removes the webhook",
      },
    },
    {
      name: "certificate",
      type: "InputFile",
      required: false,
      description:
        "Upload your public key certificate so that the root certificate in use can be checked. See our [self-signed guide](https://core.telegram.org/bots/self-signed) for details.",
      hint: "Only for a self-signed certificate: the PEM public key certificate, up to 3 MB.",
      constraints: { maxBytes: MAX_CERTIFICATE_BYTES, fileFormat: "PEM public key certificate" },
    },
    {
      name: "ip_address",
      type: "String",
      required: false,
      description:
        "The fixed IP address which will be used to send webhook requests instead of the IP address resolved through DNS",
      hint: "A public IPv4 address to use instead of resolving the URL's host.",
      constraints: { ipVersion: 4 },
    },
    {
      name: "max_connections",
      type: "Integer",
      required: false,
      default: 40,
      description:
        "The maximum allowed number of simultaneous HTTPS connections to the webhook for update delivery, 1-100. Defaults to _40_. Use lower values to limit the load on your bot's server, and higher values to increase your bot's throughput.",
      hint: "Simultaneous connections for delivery, 1-100.",
      constraints: { min: 1, max: 100 },
    },
    {
      name: "allowed_updates",
      type: "Array of String",
      required: false,
      default: "the previous setting",
      description:
        "A JSON-serialized list of the update types you want your bot to receive. For example, specify `[\"message\", \"edited_channel_post\", \"callback_query\"]` to only receive updates of these types. See [Update](https://core.telegram.org/bots/api#update) for a complete list of available update types. Specify an empty list to receive all update types except _chat\\_member_, _message\\_reaction_, and _message\\_reaction\\_count_ (default). If not specified, the previous setting will be used.\n\n" +
        "Please note that this parameter doesn't affect updates created before the call to the setWebhook, so unwanted updates may be received for a short period of time.",
      hint: "Leave unset to keep the previous setting; [] means every type except the three opt-in ones.",
      constraints: { values: UPDATE_TYPES },
    },
    {
      name: "drop_pending_updates",
      type: "Boolean",
      required: false,
      default: false,
      description: "Pass _True_ to drop all pending updates",
      hint: "Drops every update waiting for delivery, even if the call is then rejected with 400.",
    },
    {
      name: "secret_token",
      type: "String",
      required: false,
      description:
        "A secret token to be sent in a header “X-Telegram-Bot-Api-Secret-Token” in every webhook request, 1-256 characters. Only characters `A-Z`, `a-z`, `0-9`, `_` and `-` are allowed. The header is useful to ensure that the request comes from a webhook set by you.",
      hint: "1-256 characters of A-Z, a-z, 0-9, _ and -. Check it in your handler.",
      constraints: {
        minLength: 1,
        maxLength: 256,
        charPattern: "[A-Za-z0-9_-]",
        charWords: "A-Z, a-z, 0-9, _ and -",
      },
    },
  ],
} as const satisfies MethodSpec;

export type SetWebhookSpec = typeof setWebhook;
export type SetWebhookParamName = SetWebhookSpec["params"][number]["name"];

type ParamNamed<N extends SetWebhookParamName> = Extract<SetWebhookSpec["params"][number], { name: N }>;

/** One parameter of the specification, typed by its name. */
function param<N extends SetWebhookParamName>(name: N): ParamNamed<N> {
  return setWebhook.params.find((p) => p.name === name) as ParamNamed<N>;
}

/** Limits read by validation and the stand-in server, from the specification above. */
export const SECRET_TOKEN_CONSTRAINTS = param("secret_token").constraints;
export const MAX_CONNECTIONS_CONSTRAINTS = param("max_connections").constraints;
