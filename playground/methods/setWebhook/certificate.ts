/**
 * Reading the certificate file a user picks, as the Bot API server's OpenSSL will: which PEM
 * blocks it holds, and for each certificate the names the server checks the webhook's host
 * against and its validity. Pure (no DOM, no network); loaded only when a file is picked, as
 * it brings the ASN.1 reader with it.
 */
import { AsnConvert } from "@peculiar/asn1-schema";
import { Certificate, id_ce_subjectAltName, SubjectAlternativeName } from "@peculiar/asn1-x509";
import type { CertificateInfo, PemSummary } from "./input";

const COMMON_NAME = "2.5.4.3";
const BLOCK = /-----BEGIN ([A-Z0-9 ]+)-----([\s\S]*?)-----END \1-----/g;

function der(base64: string): ArrayBuffer | undefined {
  const clean = base64.replace(/\s+/g, "");
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(clean) || clean.length % 4 !== 0 || clean === "") return undefined;
  const binary = atob(clean);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes.buffer;
}

function readCertificate(data: ArrayBuffer): CertificateInfo | undefined {
  let cert: Certificate;
  try {
    cert = AsnConvert.parse(data, Certificate);
  } catch {
    return undefined;
  }
  const tbs = cert.tbsCertificate;
  let subjectCN: string | undefined;
  for (const rdn of tbs.subject) for (const attr of rdn) if (attr.type === COMMON_NAME) subjectCN = attr.value.toString();
  const dnsNames: string[] = [];
  const ipAddresses: string[] = [];
  const san = tbs.extensions?.find((e) => e.extnID === id_ce_subjectAltName);
  if (san) {
    try {
      for (const name of AsnConvert.parse(san.extnValue, SubjectAlternativeName)) {
        if (name.dNSName !== undefined) dnsNames.push(name.dNSName);
        if (name.iPAddress !== undefined) ipAddresses.push(name.iPAddress);
      }
    } catch {
      /* an unreadable extension: OpenSSL would ignore the names too */
    }
  }
  return {
    subjectCN,
    dnsNames,
    ipAddresses,
    notBefore: tbs.validity.notBefore.getTime().toISOString(),
    notAfter: tbs.validity.notAfter.getTime().toISOString(),
  };
}

/**
 * The PEM blocks of a file: certificates (read), whether a private key is in it, and whether
 * OpenSSL's `SSL_CTX_load_verify_locations` would find anything to load (a certificate or CRL).
 */
export function readPem(text: string): PemSummary {
  const certificates: CertificateInfo[] = [];
  let loadable = false;
  for (const [, label, body] of text.matchAll(BLOCK)) {
    if (label === "CERTIFICATE" || label === "TRUSTED CERTIFICATE" || label === "X509 CERTIFICATE") {
      const data = der(body!);
      const info = data && readCertificate(data);
      if (info) {
        certificates.push(info);
        loadable = true;
      }
      // OpenSSL loads a trusted certificate with its trust data appended; a CRL loads too.
      else if (label === "TRUSTED CERTIFICATE") loadable = true;
    } else if (label === "X509 CRL") loadable = true;
  }
  return { certificates, loadable, privateKey: /-----BEGIN [A-Z0-9 ]*PRIVATE KEY-----/.test(text) };
}
