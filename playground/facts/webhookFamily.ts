import type { MethodSpec, ObjectSpec } from "./types";
import { BOT_API_VERSION } from "./versions";
import { UPDATE_TYPES } from "./updateTypes";

export const deleteWebhook = {
  kind: "method",
  name: "deleteWebhook",
  botApiVersion: BOT_API_VERSION,
  officialUrl: "https://core.telegram.org/bots/api#deletewebhook",
  description:
    "Use this method to remove webhook integration if you decide to switch back to [getUpdates](https://core.telegram.org/bots/api#getupdates). Returns _True_ on success.",
  returns: { type: "True", description: "On success, _True_ is returned." },
  params: [
    {
      name: "drop_pending_updates",
      type: "Boolean",
      required: false,
      default: false,
      description: "Pass _True_ to drop all pending updates",
      hint: "Drops every update waiting for delivery.",
    },
  ],
} as const satisfies MethodSpec;

export const getWebhookInfo = {
  kind: "method",
  name: "getWebhookInfo",
  botApiVersion: BOT_API_VERSION,
  officialUrl: "https://core.telegram.org/bots/api#getwebhookinfo",
  description:
    "Use this method to get current webhook status. Requires no parameters. On success, returns a [WebhookInfo](/types/WebhookInfo) object. If the bot is using [getUpdates](https://core.telegram.org/bots/api#getupdates), will return an object with the _url_ field empty.",
  returns: {
    type: "WebhookInfo",
    description: "On success, a [WebhookInfo](/types/WebhookInfo) object is returned.",
  },
  params: [],
} as const satisfies MethodSpec;

export const webhookInfo = {
  kind: "object",
  name: "WebhookInfo",
  botApiVersion: BOT_API_VERSION,
  officialUrl: "https://core.telegram.org/bots/api#webhookinfo",
  description:
    "Describes the current status of a webhook. Returned by [getWebhookInfo](/methods/getWebhookInfo); GramIO types it as `TelegramWebhookInfo`.",
  params: [
    {
      name: "url",
      type: "String",
      required: true,
      description: "Webhook URL, may be empty if webhook is not set up",
      hint: "Empty when no webhook is set.",
    },
    {
      name: "has_custom_certificate",
      type: "Boolean",
      required: true,
      description: "_True_, if a custom certificate was provided for webhook certificate checks",
      hint: "Whether a certificate was uploaded with setWebhook.",
    },
    {
      name: "pending_update_count",
      type: "Integer",
      required: true,
      description: "Number of updates awaiting delivery",
      hint: "Updates waiting for delivery.",
    },
    {
      name: "ip_address",
      type: "String",
      required: false,
      description: "Currently used webhook IP address",
      hint: "May be `<unknown>` right after setWebhook.",
    },
    {
      name: "last_error_date",
      type: "Integer",
      required: false,
      description:
        "Unix time for the most recent error that happened when trying to deliver an update via webhook",
      hint: "Unix time of the last delivery error.",
    },
    {
      name: "last_error_message",
      type: "String",
      required: false,
      description:
        "Error message in human-readable format for the most recent error that happened when trying to deliver an update via webhook. The texts are listed under [delivery errors](/methods/setWebhook#delivery-errors).",
      hint: "Why the last delivery failed.",
    },
    {
      name: "last_synchronization_error_date",
      type: "Integer",
      required: false,
      description:
        "Unix time of the most recent error that happened when trying to synchronize available updates with Telegram datacenters",
      hint: "Unix time of the last synchronization error.",
    },
    {
      name: "max_connections",
      type: "Integer",
      required: false,
      description:
        "The maximum allowed number of simultaneous HTTPS connections to the webhook for update delivery",
      hint: "Present when a webhook is set.",
    },
    {
      name: "allowed_updates",
      type: "Array of String",
      required: false,
      description:
        "A list of update types the bot is subscribed to. Defaults to all update types except _chat\\_member_, _message\\_reaction_, and _message\\_reaction\\_count_.",
      hint: "Present only when it is not the default set.",
      constraints: { values: UPDATE_TYPES },
    },
  ],
} as const satisfies ObjectSpec;
