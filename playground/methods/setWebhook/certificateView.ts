import { certificateNamesMatch, parseWebhookUrl } from "../../net";
import type { PemSummary } from "./input";

export interface CertificateRow {
  readonly label: string;
  readonly value: string;
}

/**
 * What matters in a picked certificate file, as rows for the form: the first certificate's
 * subject CN, its alternative names, its expiry, and whether it matches the url's host the
 * way the server checks it.
 */
export function describeCertificate(pem: PemSummary, url: string, now: Date): CertificateRow[] {
  const rows: CertificateRow[] = [];
  if (pem.privateKey) rows.push({ label: "Private key", value: "in this file: it is never sent" });
  const [first] = pem.certificates;
  if (!first) {
    rows.push({ label: "Certificate", value: pem.loadable ? "present, not readable here" : "none found" });
    return rows;
  }
  if (pem.certificates.length > 1) rows.push({ label: "Certificates", value: `${pem.certificates.length} in the file; the first is shown` });
  rows.push({ label: "Subject CN", value: first.subjectCN ?? "(none)" });
  rows.push({ label: "DNS names", value: first.dnsNames.length ? first.dnsNames.join(", ") : "(none)" });
  if (first.ipAddresses.length) rows.push({ label: "IP addresses", value: `${first.ipAddresses.join(", ")} (not used for the host check)` });
  const expired = new Date(first.notAfter).getTime() < now.getTime();
  rows.push({ label: "Valid until", value: `${first.notAfter.slice(0, 10)}${expired ? " (expired)" : ""}` });
  const parsed = url ? parseWebhookUrl(url) : undefined;
  rows.push({
    label: "Host check",
    value: !parsed?.ok
      ? "enter the url to check it"
      : pem.certificates.some((c) => certificateNamesMatch(c, parsed.host))
        ? `matches ${parsed.host}`
        : `does not match ${parsed.host}`,
  });
  return rows;
}
