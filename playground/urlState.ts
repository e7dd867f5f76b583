import { defaultFormState, OUTPUT_TABS, sortUpdateTypes, type FormState, type OutputTab } from "./params";
import { UPDATE_TYPES } from "./facts/updateTypes";

/** Longest value a link may carry for one field; longer ones are dropped with a notice. */
export const MAX_LINK_VALUE = 2048;

/** Keys a link may carry. `secret_token`, the certificate and any bot token are never among them. */
const KEYS = ["url", "ip_address", "max_connections", "allowed_updates", "drop_pending_updates", "runtime", "tab"] as const;
const SECRET_KEYS = ["secret_token", "certificate", "token", "bot_token"];

/** What a link can carry of `max_connections` (and read back). */
const LINKABLE_MAX_CONNECTIONS = /^-?\d{1,6}$/;

/**
 * Fields the link leaves out because it could not be read back from it, in words: a value
 * longer than `MAX_LINK_VALUE`, or a `max_connections` that is not a short whole number.
 */
export function linkLeavesOut(form: FormState): string[] {
  const out: string[] = [];
  for (const key of ["url", "ip_address"] as const)
    if (form[key].length > MAX_LINK_VALUE) out.push(`${key} is longer than ${MAX_LINK_VALUE.toLocaleString("en-US")} characters`);
  const max = form.max_connections.trim();
  if (max && !LINKABLE_MAX_CONNECTIONS.test(max)) out.push("max_connections is not a whole number of up to 6 digits");
  return out;
}

/**
 * The form as query parameters, defaults left out, and only what `decodeFormState` reads
 * back (see `linkLeavesOut`). `allowed_updates` is a comma-separated list; present but empty
 * means `[]`, absent means "leave the field out".
 */
export function encodeFormState(form: FormState): string {
  const q = new URLSearchParams();
  if (form.url && form.url.length <= MAX_LINK_VALUE) q.set("url", form.url);
  if (form.ip_address && form.ip_address.length <= MAX_LINK_VALUE) q.set("ip_address", form.ip_address);
  const max = form.max_connections.trim();
  if (max && LINKABLE_MAX_CONNECTIONS.test(max)) q.set("max_connections", max);
  if (form.allowed_updates_mode === "list") q.set("allowed_updates", sortUpdateTypes(form.allowed_updates).join(","));
  if (form.drop_pending_updates) q.set("drop_pending_updates", "true");
  if (form.runtime !== "node") q.set("runtime", form.runtime);
  if (form.tab !== "gramio") q.set("tab", form.tab);
  return q.toString();
}

/** A value from a link, shortened, in the quotes every message uses. */
const quote = (value: string) => `“${value.slice(0, 40)}${value.length > 40 ? "…" : ""}”`;

export interface DecodedState {
  readonly form: FormState;
  /** What was ignored, in words; empty when the link was clean. */
  readonly notices: readonly string[];
}

/**
 * Reads a form from a query string. Never throws: whatever cannot be used is left at its
 * default and named in `notices`.
 */
export function decodeFormState(search: string): DecodedState {
  const form = defaultFormState();
  const notices: string[] = [];
  let params: URLSearchParams;
  try {
    params = new URLSearchParams(search);
  } catch {
    return { form, notices: ["The link could not be read, so the form starts empty."] };
  }
  const seen = new Set<string>();
  for (const [key, value] of params) {
    if (SECRET_KEYS.includes(key)) {
      notices.push(`Ignored ${key} from the link: secrets are never taken from or put into links.`);
      continue;
    }
    if (!(KEYS as readonly string[]).includes(key)) {
      if (!key.startsWith("utm_")) notices.push(`Ignored an unknown field in the link: ${quote(key)}.`);
      continue;
    }
    if (seen.has(key)) {
      notices.push(`Ignored a repeated ${key} in the link.`);
      continue;
    }
    seen.add(key);
    if (value.length > MAX_LINK_VALUE) {
      notices.push(`Ignored ${key} from the link: it is longer than ${MAX_LINK_VALUE} characters.`);
      continue;
    }
    switch (key) {
      case "url":
        form.url = value;
        break;
      case "ip_address":
        form.ip_address = value;
        break;
      case "max_connections":
        if (LINKABLE_MAX_CONNECTIONS.test(value.trim())) form.max_connections = value.trim();
        else notices.push(`Ignored max_connections from the link: ${quote(value)} is not a whole number.`);
        break;
      case "allowed_updates": {
        const names = value === "" ? [] : value.split(",");
        const unknown = names.filter((n) => !(UPDATE_TYPES as readonly string[]).includes(n));
        if (unknown.length) notices.push(`Ignored unknown update types from the link: ${unknown.slice(0, 5).map(quote).join(", ")}.`);
        form.allowed_updates_mode = "list";
        form.allowed_updates = sortUpdateTypes(names);
        break;
      }
      case "drop_pending_updates":
        if (value === "true") form.drop_pending_updates = true;
        else if (value !== "false") notices.push("Ignored drop_pending_updates from the link: it must be true or false.");
        break;
      case "runtime":
        if (value === "node" || value === "bun") form.runtime = value;
        else notices.push(`Ignored runtime from the link: ${quote(value)} is not node or bun.`);
        break;
      case "tab":
        if ((OUTPUT_TABS as readonly string[]).includes(value)) form.tab = value as OutputTab;
        else notices.push(`Ignored tab from the link: ${quote(value)} is not ${OUTPUT_TABS.join(", ")}.`);
        break;
    }
  }
  return { form, notices };
}
