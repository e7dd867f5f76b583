import { answerText, DELIVERY_ERRORS, SERVER_ANSWERS, type ServerAnswerId } from "../facts/errors";

export const GENERATED_START = "<!-- GENERATED:START -->";
export const GENERATED_END = "<!-- GENERATED:END -->";

/** A Markdown table cell: one line, pipes escaped. */
export function tableCell(text: string): string {
  return text.replace(/\s*\n\s*/g, " ").replaceAll("|", "\\|").trim();
}

/**
 * The parameters as a Markdown table inside `<llm-only>`: the llms plugin keeps it in
 * llms.txt, llms-full.txt and "Copy page as Markdown", and strips it from the page, which
 * shows the same parameters as `ApiParam` blocks (HTML, which the plugin strips).
 */
export function renderLlmTable(heading: "Parameter" | "Field", rows: readonly { name: string; type: string; required: boolean; description: string }[]): string {
  const lines = [`| ${heading} | Type | Required | Description |`, "| --- | --- | --- | --- |"];
  for (const r of rows) lines.push(`| ${tableCell(r.name)} | ${tableCell(r.type)} | ${r.required ? "Yes" : "Optional"} | ${tableCell(r.description)} |`);
  return `<llm-only>\n\n${lines.join("\n")}\n\n</llm-only>`;
}

/**
 * Puts `block` between the markers of `markdown`, keeping everything around them.
 * Throws when the markers are missing or out of order, so a broken page is never half-written.
 */
export function replaceGenerated(markdown: string, block: string): string {
  const start = markdown.indexOf(GENERATED_START);
  const end = markdown.indexOf(GENERATED_END);
  if (start < 0 || end < 0 || end < start) {
    throw new Error(`Expected one ${GENERATED_START} … ${GENERATED_END} pair`);
  }
  if (markdown.indexOf(GENERATED_START, start + 1) >= 0) throw new Error("More than one GENERATED:START marker");
  return markdown.slice(0, start) + block + markdown.slice(end + GENERATED_END.length);
}

/** Markers of a named generated block, e.g. `<!-- GENERATED:errors:START -->`. */
export const blockMarkers = (name: string) => [`<!-- GENERATED:${name}:START -->`, `<!-- GENERATED:${name}:END -->`] as const;

/** Puts `content` between the markers of the block `name`, keeping everything around them. */
export function replaceBlock(markdown: string, name: string, content: string): string {
  const [startMarker, endMarker] = blockMarkers(name);
  const start = markdown.indexOf(startMarker);
  const end = markdown.indexOf(endMarker);
  if (start < 0 || end < start || markdown.indexOf(startMarker, start + 1) >= 0) throw new Error(`Expected one ${startMarker} … ${endMarker} pair`);
  return `${markdown.slice(0, start)}${startMarker}\n\n${content}\n\n${markdown.slice(end)}`;
}

/**
 * One entry a line pair, so a long answer reads at the content width: the status and the
 * answer in code, then cause and fix.
 */
function errorEntry(head: string, cause: string, fix: string): string {
  return `- ${head}<br>\n  ${cause} **Fix:** ${fix}`;
}

/** The answers of the server, from the table the playground quotes (`facts/errors.ts`). */
export function renderServerAnswers(ids: readonly ServerAnswerId[] = Object.keys(SERVER_ANSWERS) as ServerAnswerId[]): string {
  return ids
    .map((id) => {
      const entry = SERVER_ANSWERS[id];
      return errorEntry(`**${entry.code}** \`${answerText(id)}\``, entry.cause, entry.fix);
    })
    .join("\n");
}

/** The `last_error_message` texts getWebhookInfo reports, from `DELIVERY_ERRORS`. */
export function renderDeliveryErrors(): string {
  return DELIVERY_ERRORS.map((e) => errorEntry(`\`${e.message}${e.prefix ? "…" : ""}\``, e.cause, e.fix)).join("\n");
}
