import type { CertificateFile, SetWebhookInput } from "../../playground/methods/setWebhook/input";
import { UPDATE_TYPES } from "../../playground/facts/updateTypes";
import { SECRET_TOKEN_ALPHABET } from "../../playground/methods/setWebhook/secretToken";

export interface WireCase {
  readonly name: string;
  readonly params: SetWebhookInput;
}

/** The random part of every check uses this seed, so a failure reproduces. */
export const SEED = 20261125;
export const RANDOM_CASES = 200;

/** mulberry32: a small, fast, seeded generator. */
export function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export const PEM = "-----BEGIN CERTIFICATE-----\nMIIBszCCAVmgAwIBAgIUQ0V+example/base64+data==\n-----END CERTIFICATE-----\n";
const cert = (name: string, text = PEM): CertificateFile => ({ name, size: new TextEncoder().encode(text).length, text });

/** Values that break naive quoting. `MARKER` is replaced by a path that must never be created. */
export const HOSTILE = [
  `it's "quoted"`,
  "$(touch MARKER)",
  "`touch MARKER`",
  "a; touch MARKER",
  "a && touch MARKER",
  "back\\slash \\\\ \\n",
  "line one\nline two",
  "@/etc/passwd",
  "<MARKER",
  "value;type=text/html",
  "ümlaut 日本語 🎉",
  "${BOT_TOKEN} $HOME %s %n",
  "x".repeat(2000),
] as const;

/** Every parameter alone and all together, with and without a certificate, plus hostile values. */
export function fixedCases(marker: string): WireCase[] {
  const url = "https://bot.example.com/telegram/hook";
  const all: SetWebhookInput = {
    url,
    ip_address: "203.0.114.7",
    max_connections: 100,
    allowed_updates: ["message", "callback_query", "chat_member"],
    drop_pending_updates: true,
    secret_token: "Abc_123-xyz",
  };
  const cases: WireCase[] = [
    { name: "url only", params: { url } },
    { name: "empty url (delete)", params: { url: "" } },
    { name: "certificate", params: { url, certificate: cert("public.pem") } },
    { name: "ip_address", params: { url, ip_address: "203.0.114.7" } },
    { name: "max_connections", params: { url, max_connections: 1 } },
    { name: "allowed_updates", params: { url, allowed_updates: ["message", "edited_message"] } },
    { name: "allowed_updates []", params: { url, allowed_updates: [] } },
    { name: "drop_pending_updates", params: { url, drop_pending_updates: true } },
    { name: "secret_token", params: { url, secret_token: "s".repeat(256) } },
    { name: "all parameters", params: all },
    { name: "all parameters with a certificate", params: { ...all, certificate: cert("webhook cert.pem") } },
  ];
  HOSTILE.forEach((raw, i) => {
    const value = raw.replaceAll("MARKER", marker);
    cases.push({ name: `hostile #${i} in JSON`, params: { url: `https://bot.example.com/${value}`, ip_address: value, secret_token: value } });
    cases.push({
      name: `hostile #${i} with a certificate`,
      params: { url: `https://bot.example.com/${value}`, certificate: cert(`cert-${i}.pem`), secret_token: value },
    });
  });
  for (const [i, filename] of [`it's "a";type=x.pem`, "back\\slash.pem", "ümlaut 🎉.pem", "@at.pem", "semi;colon,comma.pem"].entries()) {
    cases.push({ name: `hostile file name #${i}`, params: { url, certificate: cert(filename) } });
  }
  return cases;
}

const pick = <T>(rand: () => number, list: readonly T[]): T => list[Math.floor(rand() * list.length)]!;

function randomText(rand: () => number, alphabet: string, min: number, max: number): string {
  const length = min + Math.floor(rand() * (max - min + 1));
  let out = "";
  for (let i = 0; i < length; i++) out += alphabet[Math.floor(rand() * alphabet.length)];
  return out;
}

const PATH_CHARS = "abcXYZ019-_.~/'\"$`;&|<>(){}[]\\ %@!?#=+*,:ü日🎉\n\t";

/** `count` random valid parameter sets from `seed`; about a third carry a certificate. */
export function randomCases(seed = SEED, count = RANDOM_CASES): WireCase[] {
  const rand = seeded(seed);
  const cases: WireCase[] = [];
  for (let i = 0; i < count; i++) {
    const params: SetWebhookInput = {
      url: `https://${pick(rand, ["bot.example.com", "203.0.114.7", "xn--e1afmkfd.example"])}${pick(rand, ["", ":443", ":80", ":88", ":8443"])}/${[...randomText(rand, PATH_CHARS, 0, 40)].join("")}`,
    };
    if (rand() < 0.35) params.certificate = cert(`random-${i}.pem`, `-----BEGIN CERTIFICATE-----\n${randomText(rand, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/", 20, 200)}\n-----END CERTIFICATE-----\n`);
    if (rand() < 0.4) params.ip_address = `${1 + Math.floor(rand() * 9)}.${Math.floor(rand() * 256)}.${Math.floor(rand() * 256)}.${Math.floor(rand() * 256)}`;
    if (rand() < 0.5) params.max_connections = 1 + Math.floor(rand() * 100);
    if (rand() < 0.5) params.allowed_updates = UPDATE_TYPES.filter(() => rand() < 0.3);
    if (rand() < 0.3) params.drop_pending_updates = true;
    if (rand() < 0.6) params.secret_token = randomText(rand, SECRET_TOKEN_ALPHABET, 1, 256);
    cases.push({ name: `random #${i}`, params });
  }
  return cases;
}
