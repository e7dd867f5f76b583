import { UPDATE_TYPES } from "../../facts/updateTypes";

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

/** Update types in the order of the specification, whatever order they were picked in; unknown names after them, as given. */
export function sortUpdateTypes(types: readonly string[]): string[] {
  return [...UPDATE_TYPES.filter((t) => types.includes(t)), ...types.filter((t) => !(UPDATE_TYPES as readonly string[]).includes(t))];
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
