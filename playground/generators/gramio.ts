import { tsString } from "../escape";
import { SECRET_ENV, secretFromEnv, type Generator } from "./types";

const INDENT = "    ";

function tsValue(value: unknown): string {
  if (typeof value === "string") return tsString(value);
  if (Array.isArray(value)) return `[${value.map(tsValue).join(", ")}]`;
  return String(value);
}

/** A runnable TypeScript file that makes the same call with GramIO. */
export const gramioGenerator: Generator = {
  id: "gramio",
  title: "GramIO",
  lang: "ts",
  generate({ params }) {
    const lines: string[] = [];
    for (const [key, value] of Object.entries(params)) {
      if (value === undefined) continue;
      if (key === "certificate" && typeof value === "object" && value && "name" in value) {
        lines.push(`certificate: await MediaUpload.path(${tsString(`./${value.name}`)}),`);
      } else if (key === "secret_token" && secretFromEnv(params)) {
        // The secret stays out of copied code: the page shows the value to put in the variable.
        lines.push(`${key}: process.env.${SECRET_ENV},`);
      } else if (key === "max_connections" && typeof value === "string") {
        // Text that is not a whole number is sent as typed, as the form holds it; GramIO's
        // type is a number, hence the cast.
        lines.push(`${key}: ${tsString(value)} as unknown as number,`);
      } else {
        lines.push(`${key}: ${tsValue(value)},`);
      }
    }
    const imports = params.certificate ? "Bot, MediaUpload" : "Bot";
    return [
      `import { ${imports} } from "gramio";`,
      "",
      "const bot = new Bot(process.env.BOT_TOKEN as string);",
      "",
      "await bot.api.setWebhook({",
      ...lines.map((l) => INDENT + l),
      "});",
      "",
    ].join("\n");
  },
};
