/**
 * Both code themes from one tokenization. Shiki colours code in two themes by tokenizing it
 * once per theme and lining the tokens up. When the two themes have the same rules (the same
 * scope selectors and font styles in the same order, only the colours differ, as GitHub's
 * light and dark themes do), the rule that colours a token is the same in both, so one
 * tokenization with a theme whose colours name the rules gives both themes' colours.
 * `pairThemes` builds that theme and reads its colours back; a test compares the result with
 * shiki's two tokenizations, character by character, on every output.
 */
import { applyColorReplacements, flatTokenVariants, StackElementMetadata, type ThemeRegistrationResolved } from "shiki/core";

export interface ThemePair {
  /** The theme to tokenize with: rule `i`'s foreground is the colour naming it. */
  readonly theme: ThemeRegistrationResolved;
  /** A token's style in both themes (`--shiki-light`, `--shiki-dark`, …) from its colour and font style in `theme`. */
  readonly styleOf: (color: string | undefined, fontStyle: number) => Readonly<Record<string, string>>;
}

/** The colour naming rule `index` (0 is the theme's default foreground). */
const ruleColor = (index: number) => `#${index.toString(16).padStart(6, "0")}`;

type Setting = ThemeRegistrationResolved["settings"][number];
const sameScope = (a: Setting, b: Setting) => JSON.stringify(a.scope ?? null) === JSON.stringify(b.scope ?? null);

/**
 * Pairs two themes shiki has resolved (`getTheme`), the first named `variants[0]` in the
 * styles, the second `variants[1]`. Throws, naming the first rule that differs, when their
 * rules are not the same but for colours: one tokenization could not colour both then.
 */
export function pairThemes(
  first: ThemeRegistrationResolved,
  second: ThemeRegistrationResolved,
  variants: readonly [string, string] = ["light", "dark"],
  prefix = "--shiki-",
): ThemePair {
  const rules = first.settings;
  if (rules.length !== second.settings.length) throw new Error(`${first.name} has ${rules.length} rules and ${second.name} ${second.settings.length}: they cannot share a tokenization`);
  const settings = rules.map((rule, i): Setting => {
    const other = second.settings[i]!;
    const a = rule.settings ?? {};
    const b = other.settings ?? {};
    if (!sameScope(rule, other) || (a.fontStyle ?? "") !== (b.fontStyle ?? "") || (a.foreground === undefined) !== (b.foreground === undefined))
      throw new Error(`rule ${i} (${JSON.stringify(rule.scope ?? null)}) differs between ${first.name} and ${second.name} beyond its colour: they cannot share a tokenization`);
    return { scope: rule.scope, settings: { fontStyle: a.fontStyle, foreground: a.foreground === undefined ? undefined : ruleColor(i) } };
  });
  // Backgrounds are left out: shiki's tokens carry only a foreground and a font style.
  // Rule 0 is the default colour of both (shiki puts an unscoped rule first when resolving).
  if (rules[0]?.scope !== undefined) throw new Error(`${first.name}'s first rule is scoped: it is not a theme shiki resolved`);
  settings[0] = { settings: { foreground: ruleColor(0), background: first.bg } };
  const theme: ThemeRegistrationResolved = {
    name: `${first.name}+${second.name}`,
    type: first.type,
    fg: ruleColor(0),
    bg: first.bg,
    settings,
    colorReplacements: {},
  };
  // A rule's colour as shiki would give it in each theme: the tokenizer's colour map upper-cases
  // colours, then the theme's replacements apply.
  const colorIn = (t: ThemeRegistrationResolved, index: number) =>
    applyColorReplacements((index === 0 ? t.fg : t.settings[index]!.settings!.foreground!).toUpperCase(), t.colorReplacements);
  const styles = new Map<string, Readonly<Record<string, string>>>();
  // One object per distinct style, so tokens alike in both themes compare equal by identity.
  const distinct = new Map<string, Readonly<Record<string, string>>>();
  return {
    theme,
    styleOf(color, fontStyle) {
      const key = `${color}/${fontStyle}`;
      let style = styles.get(key);
      if (!style) {
        const index = color ? Number.parseInt(color.slice(1), 16) : Number.NaN;
        if (!(index >= 0 && index < rules.length)) throw new Error(`${color} names no rule of ${theme.name}`);
        const variant = (t: ThemeRegistrationResolved) => ({ color: colorIn(t, index), fontStyle });
        const made = flatTokenVariants({ content: "", offset: 0, variants: { [variants[0]]: variant(first), [variants[1]]: variant(second) } }, [...variants], prefix, false).htmlStyle as Record<string, string>;
        const text = JSON.stringify(made);
        style = distinct.get(text) ?? made;
        distinct.set(text, style);
        styles.set(key, style);
      }
      return style;
    },
  };
}

/** A token drawn in both themes. */
export interface PairedToken {
  content: string;
  readonly htmlStyle: Readonly<Record<string, string>>;
}

/** What the tokenizer needs of a grammar (vscode-textmate's `IGrammar`) and its state after a line. */
export interface LineGrammar<S> {
  tokenizeLine2(line: string, state: S | null, timeLimit?: number): { readonly tokens: Uint32Array; readonly ruleStack: S };
}
export interface GrammarStack {
  equals(other: GrammarStack): boolean;
}

/** Two states after a line are the same when the grammar's stacks are: the lines after them tokenize the same. */
export const sameStack = <S extends GrammarStack>(a: S | undefined, b: S | undefined): boolean => a === b || (a !== undefined && b !== undefined && a.equals(b));

/**
 * Tokenizes one line, with neighbours of the same style joined (two rules can have the same
 * colours in both themes: one span, not two). It runs the grammar straight (shiki's `codeToTokens` tokenizes every line
 * twice, once for the tokens and once for the state after it), in the paired theme whose
 * colours the tokenizer's `colorMap` lists, as shiki does: an empty line has no tokens and
 * leaves the state as it was, and there is no time limit (a line is coloured or capped, never
 * left uncoloured because the machine was busy).
 */
export function pairedLineTokenizer<S extends GrammarStack>(grammar: LineGrammar<S>, colorMap: readonly string[], styleOf: ThemePair["styleOf"]) {
  return (line: string, state: S | undefined): { tokens: PairedToken[]; state: S | undefined } => {
    if (line === "") return { tokens: [], state };
    const { tokens, ruleStack } = grammar.tokenizeLine2(line, state ?? null, 0);
    const count = tokens.length / 2;
    const out: PairedToken[] = [];
    for (let j = 0; j < count; j++) {
      const start = tokens[2 * j]!;
      const end = j + 1 < count ? tokens[2 * j + 2]! : line.length;
      if (start === end) continue;
      const metadata = tokens[2 * j + 1]!;
      const htmlStyle = styleOf(colorMap[StackElementMetadata.getForeground(metadata)], StackElementMetadata.getFontStyle(metadata));
      const last = out.at(-1);
      if (last?.htmlStyle === htmlStyle) last.content += line.slice(start, end);
      else out.push({ content: line.slice(start, end), htmlStyle });
    }
    return { tokens: out, state: ruleStack };
  };
}
