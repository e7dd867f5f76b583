/**
 * Links of the setWebhook page's first design (`?url=…&max_connections=40&allowed_updates=message,poll`)
 * keep opening: read once into the value tree, which the generic link then writes in its own
 * format (`?call=…`). `tab` and `runtime` read the same in both, so the generic link reads them.
 */
import { UPDATE_TYPES } from "../../facts/updateTypes";
import { MAX_LINK_STRING } from "../../call/link";
import { sortUpdateTypes } from "./input";

/** The keys of the old format that hold parameters. */
const KEYS = ["url", "ip_address", "max_connections", "allowed_updates", "drop_pending_updates"] as const;
/** Keys an old link may hold that it never carried: each is named and ignored. */
const SECRET_KEYS = ["secret_token", "certificate", "token", "bot_token"];
/** What the old format carried of `max_connections`. */
const LINKABLE_MAX_CONNECTIONS = /^-?\d{1,6}$/;

const quote = (value: string) => `“${value.slice(0, 40)}${value.length > 40 ? "…" : ""}”`;

/** The parameters of an old link and what was ignored, in words; undefined when it is not one. */
export function decodeLegacyLink(query: URLSearchParams): { params: Record<string, unknown>; notices: string[] } | undefined {
  if (query.has("call") || ![...KEYS, ...SECRET_KEYS].some((k) => query.has(k))) return undefined;
  const params: Record<string, unknown> = {};
  const notices: string[] = [];
  for (const key of SECRET_KEYS)
    if (query.has(key)) notices.push(`Ignored ${key} from the link: secrets are never taken from or put into links.`);
  for (const key of KEYS) {
    const values = query.getAll(key);
    if (values.length === 0) continue;
    if (values.length > 1) notices.push(`Ignored a repeated ${key} in the link.`);
    const value = values[0]!;
    if (value.length > MAX_LINK_STRING) {
      notices.push(`Ignored ${key} from the link: it is longer than ${MAX_LINK_STRING.toLocaleString("en-US")} characters.`);
      continue;
    }
    switch (key) {
      case "url":
      case "ip_address":
        if (value !== "") params[key] = value;
        break;
      case "max_connections":
        if (LINKABLE_MAX_CONNECTIONS.test(value.trim())) params.max_connections = Number(value.trim());
        else notices.push(`Ignored max_connections from the link: ${quote(value)} is not a whole number.`);
        break;
      case "allowed_updates": {
        const names = value === "" ? [] : value.split(",");
        const unknown = names.filter((n) => !(UPDATE_TYPES as readonly string[]).includes(n));
        if (unknown.length) notices.push(`Ignored unknown update types from the link: ${unknown.slice(0, 5).map(quote).join(", ")}.`);
        params.allowed_updates = sortUpdateTypes(names.filter((n) => !unknown.includes(n)));
        break;
      }
      case "drop_pending_updates":
        if (value === "true") params.drop_pending_updates = true;
        else if (value !== "false") notices.push("Ignored drop_pending_updates from the link: it must be true or false.");
        break;
    }
  }
  return { params, notices };
}
