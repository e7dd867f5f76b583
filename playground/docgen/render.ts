import { answerText, DELIVERY_ERRORS, SERVER_ANSWERS, type ServerAnswerId } from "../facts/errors";
import type { MethodSpec, ParamSpec, Spec } from "../facts/types";
import { describeConstraints, describeDefault, typeHref } from "../facts/words";

export const GENERATED_START = "<!-- GENERATED:START -->";
export const GENERATED_END = "<!-- GENERATED:END -->";

/** Escapes text for an HTML attribute value in single or double quotes. */
export function escapeAttr(value: string): string {
  return value
    .replaceAll("&", "&amp;")
    .replaceAll('"', "&quot;")
    .replaceAll("'", "&#39;")
    .replaceAll("<", "&lt;")
    .replaceAll(">", "&gt;");
}

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

/** One `<ApiParam>` element with its description as markdown in the default slot. */
export function renderParam(param: ParamSpec): string {
  const attrs = [`name="${escapeAttr(param.name)}"`, `type="${escapeAttr(param.type)}"`];
  const href = typeHref(param.type);
  if (href) attrs.push(`type-href="${escapeAttr(href)}"`);
  if (param.required) attrs.push("required");
  const def = describeDefault(param);
  if (def !== undefined) attrs.push(`default-value="${escapeAttr(def)}"`);
  const constraints = describeConstraints(param);
  if (constraints.length) attrs.push(`:constraints='${escapeAttr(JSON.stringify(constraints))}'`);
  return `<ApiParam ${attrs.join(" ")}>\n\n${param.description}\n\n</ApiParam>`;
}

function renderReturns(spec: MethodSpec): string {
  const href = typeHref(spec.returns.type);
  const label = `Returns: ${spec.returns.type}`;
  return href
    ? `<a class="api-badge returns" href="${escapeAttr(href)}">${label}</a>`
    : `<span class="api-badge returns">${label}</span>`;
}

/** The block between the GENERATED markers of a method or type page. */
export function renderGeneratedBlock(spec: Spec): string {
  const badges = [
    spec.kind === "method" ? renderReturns(spec) : `<span class="api-badge returns">Type</span>`,
    `<a class="api-badge official" href="${escapeAttr(spec.officialUrl)}" target="_blank" rel="noopener">Official docs ↗</a>`,
    `<span class="api-badge version">Bot API ${escapeAttr(spec.botApiVersion)}</span>`,
  ];
  const parts = [
    GENERATED_START,
    "<!-- Written by `npm run generate` from playground/facts: edit the facts, not this block. -->",
    `<div class="api-badge-row">\n  ${badges.join("\n  ")}\n</div>`,
    spec.description,
    spec.kind === "method" ? "## Parameters" : "## Fields",
  ];
  if (spec.params.length === 0) parts.push("This method takes no parameters.");
  else parts.push(renderLlmTable(spec.kind === "method" ? "Parameter" : "Field", spec.params), ...spec.params.map(renderParam));
  if (spec.kind === "method") parts.push("## Returns", spec.returns.description);
  parts.push(GENERATED_END);
  return parts.join("\n\n");
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
