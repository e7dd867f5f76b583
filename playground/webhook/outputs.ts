/**
 * The webhook workflow's outputs on the setWebhook playground: the server that receives the
 * updates, test updates to send it, and a self-signed certificate. Their tabs and controls are
 * here; the code that writes each output loads when its tab is first opened.
 */
import type { GeneratorInput, LazyOutput } from "../generators/types";
import { FRAMEWORKS } from "./frameworks";
import { localWebhookUrl } from "./path";
import { SAMPLE_TYPES } from "./sampleTypes";

const params = (input: GeneratorInput) => input.params as Readonly<Record<string, unknown>>;

export const serverOutput: LazyOutput = {
  id: "server",
  title: "Server",
  lang: "typescript",
  choices: [{ id: "framework", label: "framework", default: "express", options: FRAMEWORKS.map((f) => ({ value: f.id, label: f.label })) }],
  note: () =>
    "One file that receives the updates of this webhook: it serves the url's path and checks the secret from the same WEBHOOK_SECRET. " +
    "The Node.js files are started and sent real updates by this site's tests; Deno, Bun and Workers files are type-checked against their published types.",
  load: () =>
    import("./server").then(
      ({ serverFile, serverShape }) =>
        (input) =>
          serverFile(serverShape(params(input), input.choices?.framework ?? "express")),
    ),
};

export const testUpdateOutput: LazyOutput = {
  id: "test-update",
  title: "Test update",
  lang: "shellscript",
  langFor: (choices) => (choices.as === "fetch" ? "typescript" : "shellscript"),
  choices: [
    { id: "update", label: "update type", default: "message", options: SAMPLE_TYPES.map((t) => ({ value: t, label: t })) },
    {
      id: "as",
      label: "send with",
      default: "curl",
      options: [
        { value: "curl", label: "cURL" },
        { value: "fetch", label: "fetch (TypeScript)" },
      ],
    },
    {
      id: "to",
      label: "send to",
      default: "",
      placeholder: (input) => `the url, or ${localWebhookUrl(params(input).url)}`,
    },
  ],
  note: () =>
    "Copy it and run it yourself: the page does not send updates to your server. Browsers keep public pages from reaching localhost and private addresses " +
    "(Private Network Access), and your server would have to answer a CORS preflight for the secret header.",
  load: () =>
    import("./testUpdate").then(
      ({ testUpdateCurl, testUpdateFetch, testUpdateOptions }) =>
        (input) => {
          const options = testUpdateOptions(input.choices ?? {});
          return options.as === "fetch" ? testUpdateFetch(params(input), options) : testUpdateCurl(params(input), options);
        },
    ),
};

export const certificateOutput: LazyOutput = {
  id: "certificate",
  title: "Certificate",
  lang: "shellscript",
  runtimeMatters: true,
  note: () =>
    "Only for a self-signed certificate: one from a certificate authority must not be uploaded. Serve the whole chain, and check it with the last command.",
  load: () => import("./selfSigned").then(({ selfSignedCommands }) => selfSignedCommands),
};

export const WEBHOOK_OUTPUTS: readonly LazyOutput[] = [serverOutput, testUpdateOutput, certificateOutput];
