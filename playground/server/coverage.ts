/**
 * What the playground does not check yet of a method's request, from its readings: formatted
 * text (what Telegram's parser makes of a text with its parse mode, and the entities: the next
 * step's), JSON values the server reads further with no port here, and readings made only
 * under a condition this site does not model. A page says so; nothing here is guessed.
 */
import { checkedReading, isCheckedKind, type Reading } from "./readingKinds";
import { readingsOf } from "./readings";

export interface Unchecked {
  /** Texts and what goes with them (`text`, `parse_mode`, `entities`): td's parser's verdict is not checked. */
  readonly formatted: readonly string[];
  /** JSON values the server parses and reads further, with no port here: only td's parse is checked. */
  readonly jsonInside: readonly string[];
  /** Readings made only under a condition not modelled (`if (type == "quiz")`): not checked. */
  readonly conditional: readonly string[];
}

const FORMATTING = /^(?:(\w+)_)?(?:parse_mode|entities)$/;

/** The parameters of a method whose checks are not all made here, by why. */
export function uncheckedOf(method: string): Unchecked {
  const readings = readingsOf(method) ?? [];
  const params = new Set(readings.map((r) => r.param));
  const formatted = new Set<string>();
  for (const r of readings) {
    const m = FORMATTING.exec(r.param);
    if (!m) continue;
    formatted.add(r.param);
    // parse_mode goes with text or caption; x_parse_mode and x_entities with x.
    const text = m[1] ?? ["text", "caption"].find((p) => params.has(p));
    if (text && params.has(text)) formatted.add(text);
  }
  const jsonInside = readings.filter((r) => isJsonRead(r) && !formatted.has(r.param)).map((r) => r.param);
  const conditional = readings.filter((r) => r.onlyIf && !checkedReading(r) && decides(r)).map((r) => r.param);
  const order = (names: Iterable<string>) => readings.map((r) => r.param).filter((p, i, all) => all.indexOf(p) === i && [...names].includes(p));
  return { formatted: order(formatted), jsonInside: order(jsonInside), conditional: order(conditional) };
}

/** A JSON value whose parse is checked and whose content no port reads. */
const isJsonRead = (r: Reading) => {
  const checked = checkedReading(r);
  return checked?.json !== undefined && checked.kind === undefined;
};

/** A reading that would decide something if its condition were modelled. */
const decides = (r: Reading) => isCheckedKind(r.kind) || r.json !== undefined || r.empty !== undefined;
