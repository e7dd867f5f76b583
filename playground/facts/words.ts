import type { ParamSpec, TelegramType } from "./types";

/** One constraint of a parameter, in words, as `ApiParam` shows it. */
export interface ConstraintWords {
  readonly label: string;
  readonly text?: string;
  /** Shown as a list of code values. */
  readonly values?: readonly string[];
}

function formatBytes(bytes: number): string {
  const mib = bytes / (1024 * 1024);
  return `${Number.isInteger(mib) ? mib : mib.toFixed(1)} MB (${bytes.toLocaleString("en-US")} bytes)`;
}

/** Turns a parameter's machine-readable constraints into the lines a reader sees. */
export function describeConstraints(param: Pick<ParamSpec, "constraints">): ConstraintWords[] {
  const c = param.constraints;
  if (!c) return [];
  const out: ConstraintWords[] = [];
  if (c.min !== undefined && c.max !== undefined) out.push({ label: "Range", text: `${c.min}-${c.max}` });
  else if (c.min !== undefined) out.push({ label: "Minimum", text: String(c.min) });
  else if (c.max !== undefined) out.push({ label: "Maximum", text: String(c.max) });
  if (c.minLength !== undefined && c.maxLength !== undefined)
    out.push({ label: "Length", text: `${c.minLength}-${c.maxLength} characters` });
  else if (c.maxLength !== undefined) out.push({ label: "Length", text: `up to ${c.maxLength} characters` });
  if (c.charWords) out.push({ label: "Characters", text: c.charWords });
  if (c.schemes) out.push({ label: "Scheme", text: c.schemes.map((s) => s.toUpperCase()).join(", ") + " only" });
  if (c.ports) out.push({ label: "Ports", text: c.ports.join(", ") });
  if (c.emptyMeans) out.push({ label: "Empty string", text: c.emptyMeans });
  if (c.ipVersion) out.push({ label: "Format", text: `public IPv${c.ipVersion} address (IPv6 and reserved ranges are refused)` });
  if (c.fileFormat) out.push({ label: "Format", text: c.fileFormat });
  if (c.maxBytes !== undefined) out.push({ label: "Max size", text: formatBytes(c.maxBytes) });
  if (c.values) out.push({ label: "Values", values: c.values });
  return out;
}

/** The default, as text, or undefined when the parameter has none worth showing. */
export function describeDefault(param: Pick<ParamSpec, "default">): string | undefined {
  const d = param.default;
  if (d === undefined) return undefined;
  return typeof d === "boolean" ? (d ? "True" : "False") : String(d);
}

const TYPE_LINKS: Partial<Record<string, string>> = {
  InputFile: "https://core.telegram.org/bots/api#inputfile",
  WebhookInfo: "/types/WebhookInfo",
};

/** Where a Telegram type is documented, or undefined for primitive types. */
export function typeHref(type: TelegramType): string | undefined {
  return TYPE_LINKS[type];
}
