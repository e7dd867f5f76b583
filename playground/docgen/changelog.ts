/**
 * "What changed in Bot API X.Y": one generated page per version of the schema's history
 * (`playground/schema/history.ts`), comparing it with the version before it in the history,
 * and an index of them newest first. What is still in the schema is linked to its page, and a
 * method added gets its GramIO example (the method page's own, type-checked with it).
 */
import type { BotApiSchema } from "../schema/model";
import { changeText, fieldText, follows, type History, type Shape, type Snapshot, type TypeShape } from "../schema/history";
import { methodPageHref, typePageHref } from "../schema/words";
import { GENERATED_NOTICE, usageExample } from "./schemaPages";

/** The page of a version, under `docs/`: `changes/bot-api-10-3.md`. */
export const changePageFile = (version: string) => `changes/bot-api-${version.replace(".", "-")}.md`;
/** Its address. */
export const changePageHref = (version: string) => `/${changePageFile(version).replace(/\.md$/, "")}`;


/** The differences of one method's parameters or one type's fields between two versions, in words. */
function shapeChanges(before: Shape, after: Shape, noun: string): string[] {
  const out: string[] = [];
  for (const [name, f] of Object.entries(after)) {
    const was = before[name];
    if (!was) out.push(`${noun} \`${name}\` added (${fieldText(f)})`);
    else {
      const what = changeText(was, f);
      if (what) out.push(`\`${name}\`: ${what}`);
    }
  }
  for (const name of Object.keys(before)) if (!(name in after)) out.push(`${noun} \`${name}\` removed`);
  return out;
}

function typeChanges(before: TypeShape, after: TypeShape): string[] {
  if ("fields" in before && "fields" in after) return shapeChanges(before.fields, after.fields, "field");
  if ("members" in before && "members" in after) {
    const added = after.members.filter((m) => !before.members.includes(m));
    const removed = before.members.filter((m) => !after.members.includes(m));
    return [...(added.length ? [`${added.map((m) => `\`${m}\``).join(", ")} added`] : []), ...(removed.length ? [`${removed.map((m) => `\`${m}\``).join(", ")} removed`] : [])];
  }
  return ["changed from an object with fields to one of several types, or back"];
}

/** What changed from one snapshot to the next. */
export interface VersionChanges {
  readonly methods: { readonly added: readonly string[]; readonly removed: readonly string[]; readonly changed: readonly { readonly name: string; readonly changes: readonly string[] }[] };
  readonly types: { readonly added: readonly string[]; readonly removed: readonly string[]; readonly changed: readonly { readonly name: string; readonly changes: readonly string[] }[] };
}

export function versionChanges(before: Snapshot, after: Snapshot): VersionChanges {
  const diff = <T>(then: Readonly<Record<string, T>>, now: Readonly<Record<string, T>>, changes: (a: T, b: T) => string[]) => ({
    added: Object.keys(now).filter((n) => !(n in then)),
    removed: Object.keys(then).filter((n) => !(n in now)),
    changed: Object.keys(now)
      .filter((n) => n in then)
      .map((name) => ({ name, changes: changes(then[name]!, now[name]!) }))
      .filter((c) => c.changes.length > 0),
  });
  return { methods: diff(before.methods, after.methods, (a, b) => shapeChanges(a, b, "parameter")), types: diff(before.types, after.types, typeChanges) };
}

const count = (n: number, noun: string) => `${n} ${noun}${n === 1 ? "" : "s"}`;

/** The counts of a version's changes in a line: "methods: 5 added, 3 changed; types: 46 added". */
export function changesSummary(c: VersionChanges): string {
  const part = (x: VersionChanges["methods"], noun: string) => {
    const bits = [x.added.length ? `${x.added.length} added` : "", x.removed.length ? `${x.removed.length} removed` : "", x.changed.length ? `${x.changed.length} changed` : ""].filter(Boolean);
    return bits.length ? `${noun}: ${bits.join(", ")}` : "";
  };
  return [part(c.methods, "methods"), part(c.types, "types")].filter(Boolean).join("; ") || "no method or type changed";
}

const frontmatter = (title: string, description: string) => `---\ntitle: ${JSON.stringify(title)}\ndescription: ${JSON.stringify(description)}\n---`;

/** Every version's page and the index, by path under `docs/`. */
export function changelogPages(schema: BotApiSchema, history: History): Map<string, string> {
  const pages = new Map<string, string>();
  const methods = new Set(schema.methods.map((m) => m.name));
  const types = new Set(schema.objects.map((o) => o.name));
  const method = (name: string) => (methods.has(name) ? `[${name}](${methodPageHref(name)})` : `\`${name}\``);
  const type = (name: string) => (types.has(name) ? `[${name}](${typePageHref(name)})` : `\`${name}\``);
  const snapshots = history.snapshots;
  const rows: string[] = [];
  snapshots.forEach((now, i) => {
    const title = `What changed in Bot API ${now.botApiVersion}`;
    const before = snapshots[i - 1];
    const body: string[] = [frontmatter(title, before ? `The methods, parameters, types and fields Telegram Bot API ${now.botApiVersion} added, removed and changed.` : `Telegram Bot API ${now.botApiVersion}, where this site's history of the Bot API begins.`), GENERATED_NOTICE, `# ${title}`];
    if (!before) {
      body.push(
        `This is where the history begins: ${count(Object.keys(now.methods).length, "method")} and ${count(Object.keys(now.types).length, "type")}, read from \`${now.from}\`, the oldest published \`@gramio/types\`. What they added is older than the history, so their pages say “Since Bot API ${now.botApiVersion} or earlier”.`,
      );
      rows.push(`| [${now.botApiVersion}](${changePageHref(now.botApiVersion)}) | where the history begins: ${count(Object.keys(now.methods).length, "method")}, ${count(Object.keys(now.types).length, "type")} | \`${now.from}\` |`);
    } else {
      const c = versionChanges(before, now);
      body.push(
        `Compared with Bot API ${before.botApiVersion}, the version before it in this history (read from \`${now.from}\` and \`${before.from}\`).${follows(before.botApiVersion, now.botApiVersion) ? "" : ` Any versions between them have no published \`@gramio/types\` here: their changes are counted in this one.`}`,
        `In short: ${changesSummary(c)}.`,
      );
      if (c.methods.added.length) {
        body.push(`## Methods added (${c.methods.added.length})`);
        for (const name of c.methods.added) {
          const params = Object.keys(now.methods[name]!);
          body.push(`### ${method(name)}`, params.length ? `Parameters: ${params.map((p) => `\`${p}\``).join(", ")}.` : "No parameters.");
          const current = schema.methods.find((m) => m.name === name);
          if (current) body.push(`\`\`\`ts\n${usageExample(schema, current)}\`\`\``);
        }
      }
      if (c.methods.removed.length) body.push(`## Methods removed (${c.methods.removed.length})`, c.methods.removed.map((n) => `- \`${n}\``).join("\n"));
      if (c.methods.changed.length) body.push(`## Methods changed (${c.methods.changed.length})`, c.methods.changed.map((x) => `- ${method(x.name)}: ${x.changes.join("; ")}.`).join("\n"));
      if (c.types.added.length) body.push(`## Types added (${c.types.added.length})`, c.types.added.map((n) => `- ${type(n)}`).join("\n"));
      if (c.types.removed.length) body.push(`## Types removed (${c.types.removed.length})`, c.types.removed.map((n) => `- \`${n}\``).join("\n"));
      if (c.types.changed.length) body.push(`## Types changed (${c.types.changed.length})`, c.types.changed.map((x) => `- ${type(x.name)}: ${x.changes.join("; ")}.`).join("\n"));
      rows.push(`| [${now.botApiVersion}](${changePageHref(now.botApiVersion)}) | ${changesSummary(c)} | \`${now.from}\` |`);
    }
    pages.set(changePageFile(now.botApiVersion), `${body.join("\n\n")}\n`);
  });
  const index = [
    frontmatter("What changed in each Bot API version", "The methods, parameters, types and fields each Telegram Bot API version added, removed and changed, newest first."),
    GENERATED_NOTICE,
    "# What changed in each Bot API version",
    `Each version as the published \`@gramio/types\` for it types the Bot API, compared with the one before it. The history goes back to Bot API ${snapshots[0]?.botApiVersion}; \`npm run history\` reads it again from the registry.`,
    "| Bot API | changes | read from |\n| --- | --- | --- |\n" + [...rows].reverse().join("\n"),
  ];
  pages.set("changes/index.md", `${index.join("\n\n")}\n`);
  return pages;
}
