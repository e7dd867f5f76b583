/**
 * A self-signed setup for the url in the form, as bash: the openssl command that makes a
 * certificate the Bot API server accepts for the url's host, the setWebhook call that uploads
 * it (the cURL output's own generator), and the checks of what the server presents. Pure.
 */
import { shellQuote } from "../escape";
import { isDottedQuad, parseWebhookUrl } from "../net";
import { curlGenerator } from "../generators/curl";
import type { GeneratorInput } from "../generators/types";

/** Where the commands write the certificate and its key. */
export const CERTIFICATE_FILE = "public.pem";
export const KEY_FILE = "private.key";
const EXAMPLE_URL = "https://bot.example.com:8443/telegram/webhook";

/** The subject and alternative name openssl writes for a host, by the server's rule. */
export function certificateNames(host: string): { cn: string; kind: "IP" | "DNS"; name: string } {
  // The server compares the host as a name: the DNS-type alternative names if there are
  // any, else the CN. An IP-type name alone never matches, so an IP host goes in the CN
  // (the IP-type name is for other clients, curl and browsers).
  return { cn: host, kind: isDottedQuad(host) ? "IP" : "DNS", name: host };
}

/** A host the one-line command writes as it is: letters, digits, dots and dashes. */
const PLAIN_HOST = /^[a-z0-9.-]+$/;

/** A value in an OpenSSL config file: `\`, `$` (a variable), `#` (a comment) and quotes escaped (conf_def.c `str_copy`). */
const confValue = (value: string) => value.replace(/[\\$#"']/g, (c) => `\\${c}`);

/**
 * Step 1's commands. A plain host fits one line; any other (a `,` would split the
 * alternative names, `/` and `+` the subject, and non-ASCII text needs UTF-8) goes through
 * a config file, written by a quoted heredoc so bash expands nothing in it.
 */
function makeCertificate(host: string): string[] {
  const { cn, kind, name } = certificateNames(host);
  const files = `  -keyout ${KEY_FILE} -out ${CERTIFICATE_FILE}`;
  if (PLAIN_HOST.test(host))
    return [
      "openssl req -x509 -newkey rsa:2048 -sha256 -nodes -days 365 \\",
      `${files} \\`,
      `  -subj ${shellQuote(`/CN=${cn}`)} -addext ${shellQuote(`subjectAltName=${kind}:${name}`)}`,
    ];
  return [
    "cat > openssl.cnf <<'CONF'",
    "[req]",
    "prompt = no",
    "utf8 = yes",
    "string_mask = utf8only",
    "distinguished_name = subject",
    "x509_extensions = names",
    "[subject]",
    `CN = ${confValue(cn)}`,
    "[names]",
    "subjectAltName = @alt",
    "[alt]",
    `${kind}.1 = ${confValue(name)}`,
    "CONF",
    "openssl req -x509 -newkey rsa:2048 -sha256 -nodes -days 365 -config openssl.cnf \\",
    files,
  ];
}

/** The whole Certificate output. */
export function selfSignedCommands(input: GeneratorInput): string {
  const params = input.params as Readonly<Record<string, unknown>>;
  const typed = typeof params.url === "string" ? params.url : "";
  const parsedTyped = typed ? parseWebhookUrl(typed) : undefined;
  const url = parsedTyped?.ok ? typed : EXAMPLE_URL;
  const parsed = parseWebhookUrl(url);
  if (!parsed.ok) throw new Error("the example url is valid");
  const host = parsed.host;
  const ip = isDottedQuad(host);
  const connect = shellQuote(`${host}:${parsed.port}`);
  const sni = ip ? "" : ` -servername ${shellQuote(host)}`;

  const lines: string[] = [];
  if (!parsedTyped?.ok) lines.push(`# No valid url in the form yet: these commands use ${EXAMPLE_URL}.`);
  lines.push(
    "# Only for a self-signed certificate. With one from a certificate authority (Let's Encrypt...),",
    "# upload nothing: an uploaded file becomes the only certificate Telegram trusts, so a CA-signed",
    "# one then fails verification. Serve the whole chain instead (fullchain.pem, not cert.pem).",
    "",
    `# 1. A certificate for ${host}, valid for a year. ${ip ? "An IP host must be the CN: the server does not read IP-type names." : "The server checks the host against the DNS name (or the CN when there is none)."}`,
    ...makeCertificate(host),
    "",
    `# 2. Serve ${KEY_FILE} and ${CERTIFICATE_FILE} on port ${parsed.port} (your server or proxy), then upload the certificate:`,
  );
  const call = { ...params, url, certificate: { name: CERTIFICATE_FILE, size: 0 } };
  lines.push(curlGenerator.generate({ ...input, params: call }).trimEnd());
  lines.push(
    "",
    "# 3. What the server at the url presents (Telegram must get this certificate, and the whole chain):",
    `openssl s_client -connect ${connect}${sni} -showcerts </dev/null 2>/dev/null | openssl x509 -noout -subject -ext subjectAltName -enddate`,
    "",
    "# 4. Verify it as Telegram will, against the uploaded file and the url's host: it must print \"Verify return code: 0 (ok)\".",
    `openssl s_client -connect ${connect}${sni} -CAfile ${CERTIFICATE_FILE} -verify_hostname ${shellQuote(host)} </dev/null 2>&1 | grep -m 1 "Verify return code"`,
  );
  return `${lines.join("\n")}\n`;
}
