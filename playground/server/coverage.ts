/**
 * What the playground does not check yet of a method's request, from its readings: the
 * entities sent beside a text (what td makes of them), JSON values the server reads further with no port here, and readings made only
 * under a condition this site does not model. A page says so; nothing here is guessed.
 */
import { checkedReading, isCheckedKind, type Reading } from "./readingKinds";
import { checkedReadingOf, readingsOf } from "./readings";

export interface Unchecked {
  /** The entities sent beside a text (`entities`, `caption_entities`): the server's reading is checked, td's checks of them against the text (once the chat is found) are not. */
  readonly formatted: readonly string[];
  /** JSON values the server parses and reads further, with no port here: only td's parse is checked. */
  readonly jsonInside: readonly string[];
  /** Readings made only under a condition not modelled (`if (type == "quiz")`): not checked. */
  readonly conditional: readonly string[];
}

const ENTITIES = /^(?:\w+_)?entities$/;

/** The parameters of a method whose checks are not all made here, by why. */
export function uncheckedOf(method: string): Unchecked {
  const readings = readingsOf(method) ?? [];
  const formatted = new Set<string>();
  // The entities sent beside a text: the server's reading of them is checked (../format/entities.ts),
  // td's checks of them against the text, made once the chat is found, are not.
  for (const r of readings) if (ENTITIES.test(r.param)) formatted.add(r.param);
  const jsonInside = readings.filter((r) => isJsonRead(r) && !formatted.has(r.param)).map((r) => r.param);
  const conditional = readings.filter((r) => r.onlyIf && !checkedReadingOf(method, r) && decides(r)).map((r) => r.param);
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
