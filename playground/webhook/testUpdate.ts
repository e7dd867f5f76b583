/**
 * A test update sent to the user's own server the way Telegram sends it: a POST with
 * `Content-Type: application/json`, the secret header when the form sets a secret, and a
 * realistic Update as the body. As a cURL command or a fetch script. Pure.
 */
import { shellQuote, shellWordWithVariables, tsString } from "../escape";
import { SECRET_HEADER } from "../facts/secretHeader";
import { SECRET_ENV } from "../methods/setWebhook/secretEnv";
import { sampleUpdate, sampleUpdateId, SAMPLE_TYPES, type SampleType } from "./sampleUpdates";
import { DEFAULT_WEBHOOK_PATH, LOCAL_ORIGIN } from "./path";

export interface TestUpdateOptions {
  readonly type: SampleType;
  /** Where to send it: empty means the webhook url of the form. */
  readonly to: string;
  readonly as: "curl" | "fetch";
}

export interface TestUpdateTarget {
  readonly url: string;
  readonly secret: boolean;
}

/** The url a test update goes to, and whether it carries the secret header. */
export function testUpdateTarget(params: Readonly<Record<string, unknown>>, to: string): TestUpdateTarget {
  const secret = typeof params.secret_token === "string" && params.secret_token !== "";
  const chosen = to.trim();
  if (chosen) return { url: chosen, secret };
  const url = typeof params.url === "string" ? params.url.trim() : "";
  return { url: url || `${LOCAL_ORIGIN}${DEFAULT_WEBHOOK_PATH}`, secret };
}


const isSampleType = (value: string): value is SampleType => (SAMPLE_TYPES as readonly string[]).includes(value);

export function testUpdateOptions(choices: Readonly<Record<string, string>>): TestUpdateOptions {
  const type = choices.update ?? "";
  return { type: isSampleType(type) ? type : "message", to: choices.to ?? "", as: choices.as === "fetch" ? "fetch" : "curl" };
}

const title = (type: SampleType) => `# A ${type} update, sent the way Telegram sends it.`;

/** A bash command: curl prints the server's answer and fails on a non-2xx status. */
export function testUpdateCurl(params: Readonly<Record<string, unknown>>, options: TestUpdateOptions): string {
  const target = testUpdateTarget(params, options.to);
  const body = JSON.stringify(sampleUpdate(options.type, sampleUpdateId(options.type)), null, 2);
  const hole = "\u0000secret\u0000";
  const lines = [
    title(options.type),
    // --globoff: curl would expand {a,b} and [1-5] in the url into several requests; --url: a url starting with - is not an option.
    `curl --globoff --fail-with-body --show-error --silent -X POST --url ${shellQuote(target.url)} \\`,
    `  -H ${shellQuote("Content-Type: application/json")} \\`,
    ...(target.secret ? [`  -H ${shellWordWithVariables(`${SECRET_HEADER}: ${hole}`, { [hole]: SECRET_ENV })} \\`] : []),
    `  --data-binary ${shellQuote(body)}`,
  ];
  return `${lines.join("\n")}\n`;
}

/** A TypeScript file (`npx tsx test-update.ts`) whose update is checked against `@gramio/types`. */
export function testUpdateFetch(params: Readonly<Record<string, unknown>>, options: TestUpdateOptions): string {
  const target = testUpdateTarget(params, options.to);
  const body = JSON.stringify(sampleUpdate(options.type, sampleUpdateId(options.type)), null, 4);
  return [
    `// A ${options.type} update, sent the way Telegram sends it. Run it with: npx tsx test-update.ts`,
    'import type { TelegramUpdate } from "@gramio/types";',
    "",
    `const update: TelegramUpdate = ${body};`,
    "",
    `fetch(${tsString(target.url)}, {`,
    '    method: "POST",',
    "    headers: {",
    '        "Content-Type": "application/json",',
    ...(target.secret ? [`        ${tsString(SECRET_HEADER)}: process.env.${SECRET_ENV} as string,`] : []),
    "    },",
    "    body: JSON.stringify(update),",
    "}).then(async (response) => {",
    "    console.log(response.status, await response.text());",
    "    if (!response.ok) process.exitCode = 1;",
    "});",
    "",
  ].join("\n");
}
