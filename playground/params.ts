import { UPDATE_TYPES, type UpdateType } from "./facts/updateTypes";

/** What the server checks in one certificate of the file. Dates are ISO 8601 texts. */
export interface CertificateInfo {
  readonly subjectCN: string | undefined;
  /** DNS-type subject alternative names. */
  readonly dnsNames: readonly string[];
  /** IP-type subject alternative names (the server does not match the host against them). */
  readonly ipAddresses: readonly string[];
  readonly notBefore: string;
  readonly notAfter: string;
}

/** The PEM blocks of a certificate file, as `playground/certificate.ts` reads them. */
export interface PemSummary {
  readonly certificates: readonly CertificateInfo[];
  /** True when OpenSSL would find a certificate or CRL to load. */
  readonly loadable: boolean;
  /** True when the file holds a private key, which must never be sent. */
  readonly privateKey: boolean;
}

/** A certificate the user picked: its name, size and, when it is text, its content. */
export interface CertificateFile {
  readonly name: string;
  readonly size: number;
  /** The file's text (a PEM certificate is ASCII); undefined when it was not read. */
  readonly text?: string;
  /** What the file holds; undefined until it has been read. */
  readonly pem?: PemSummary;
}

/**
 * setWebhook parameters as a client sends them, in the order GramIO's call lists them.
 * Absent keys are not sent. Values may be of the wrong kind (they come from links and
 * from people), which is what validation is for.
 */
export interface SetWebhookInput {
  url?: string;
  certificate?: CertificateFile;
  ip_address?: string;
  max_connections?: number | string;
  allowed_updates?: readonly string[] | string;
  drop_pending_updates?: boolean;
  secret_token?: string;
}

export type Runtime = "node" | "bun";

/** The outputs, by generator id, as tabs. */
export const OUTPUT_TABS = ["gramio", "http", "curl", "server", "test-update", "certificate"] as const;
export type OutputTab = (typeof OUTPUT_TABS)[number];

/** What the form holds. Text fields keep exactly what was typed. */
export interface FormState {
  url: string;
  certificate: CertificateFile | null;
  ip_address: string;
  max_connections: string;
  /** `omit` leaves the field out (the previous setting stays); `list` sends `selected`. */
  allowed_updates_mode: "omit" | "list";
  allowed_updates: UpdateType[];
  drop_pending_updates: boolean;
  secret_token: string;
  runtime: Runtime;
  /** The output shown; a link made on the HTTP tab opens on it. */
  tab: OutputTab;
}

export function defaultFormState(): FormState {
  return {
    url: "",
    certificate: null,
    ip_address: "",
    max_connections: "",
    allowed_updates_mode: "omit",
    allowed_updates: [],
    drop_pending_updates: false,
    secret_token: "",
    runtime: "node",
    tab: "gramio",
  };
}

/** Update types in the order of the specification, whatever order they were picked in. */
export function sortUpdateTypes(types: readonly string[]): UpdateType[] {
  return UPDATE_TYPES.filter((t) => types.includes(t));
}

/**
 * What the form sends for `max_connections`: nothing when blank, a whole number as a number
 * (spaces around it trimmed), and any other text exactly as typed, so it is never dropped.
 */
export function maxConnectionsValue(text: string): number | string | undefined {
  const trimmed = text.trim();
  if (trimmed === "") return undefined;
  return /^-?\d+$/.test(trimmed) && Number.isSafeInteger(Number(trimmed)) ? Number(trimmed) : trimmed;
}

/**
 * The parameters the form sends: `url` always (empty means delete), the rest only when set,
 * so defaults are left out of every output.
 */
export function formToInput(form: FormState): SetWebhookInput {
  const input: SetWebhookInput = { url: form.url };
  if (form.certificate) input.certificate = form.certificate;
  if (form.ip_address !== "") input.ip_address = form.ip_address;
  const max = maxConnectionsValue(form.max_connections);
  if (max !== undefined) input.max_connections = max;
  if (form.allowed_updates_mode === "list") input.allowed_updates = sortUpdateTypes(form.allowed_updates);
  if (form.drop_pending_updates) input.drop_pending_updates = true;
  if (form.secret_token !== "") input.secret_token = form.secret_token;
  return input;
}
