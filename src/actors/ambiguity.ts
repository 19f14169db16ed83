import { LEXICON } from '../lexicon/index.ts';
import type { Token } from '../core/document.ts';
import type { Unit } from './match-units.ts';

/** Why the country reading of an ambiguous name was rejected, or undefined when it stands. */
export type AmbiguityReason = 'person' | 'us-state';

/**
 * Decides whether a name whose country readings are all flagged ambiguous ("Jordan", "Georgia",
 * "Chad", "Washington") is a country here. The country reading stands unless the context says
 * otherwise: a neighbouring capitalised word that is no known name makes it part of a person's
 * name ("Barbara Jordan", "Chad Johnson"); "City, Georgia", "Georgia's governor" and "the state of
 * Georgia" make it a US state.
 */
export function rejectCountryReading(tokens: readonly Token[], units: readonly Unit[], index: number): AmbiguityReason | undefined {
  const unit = units[index];
  if (isInPersonName(tokens, units, index)) return 'person';

  const previous = tokens[unit.start - 1];
  const city = units[index - 2];
  if (previous?.form === ',' && isPlainName(tokens, city)) return 'us-state';
  const two = tokens.slice(Math.max(0, unit.start - 2), unit.start).map((token) => token.form.toLowerCase()).join(' ');
  if (two === 'state of') return 'us-state';

  let next = unit.end;
  const possessive = isPossessive(tokens[next]);
  if (possessive) next++;
  const word = tokens[next]?.form.toLowerCase();
  if (word === undefined || !LEXICON.usStateWords.has(word)) return undefined;
  // "Jordan's state security court", "Georgia's state television": a country's own state bodies; a
  // US state's follow as "Georgia's state legislature", "Georgia state senator".
  if (word === 'state' && possessive && !LEXICON.usStateWords.has(tokens[next + 1]?.form.toLowerCase() ?? '')) return undefined;
  return 'us-state';
}

/** A one-word unit the gazetteer does not know, tagged as a proper noun and capitalised. */
function isPlainName(tokens: readonly Token[], unit: Unit | undefined): boolean {
  if (!unit || unit.names.length > 0 || unit.agent || unit.nonActor || unit.end - unit.start !== 1) return false;
  const token = tokens[unit.start];
  return token.upos === 'PROPN' && /^\p{Lu}/u.test(token.form) && !LEXICON.calendar.dayAndMonthNames.has(token.form.toLowerCase());
}

/** Removes the rejected country readings of ambiguous names; a unit left with nothing becomes a plain word. */
export function resolveAmbiguousNames(tokens: readonly Token[], units: Unit[]): Unit[] {
  return units.map((unit, index) => {
    // (a plain word, most units, has no reading to drop)
    if (unit.names.length === 0) return unit;
    if (isDate(tokens, unit)) return { ...unit, names: unit.names.filter((entry) => entry.kind !== 'person') };
    const countries = unit.names.filter((entry) => entry.kind === 'country');
    if (countries.length > 0 && countries.every((entry) => entry.ambiguous)) {
      if (!rejectCountryReading(tokens, units, index)) return unit;
      return { ...unit, names: unit.names.filter((entry) => entry.kind !== 'country') };
    }
    // "Richard Wagner", "Wagner Moura": an ambiguous alias of a group or organisation beside a name
    // the gazetteer does not know is part of a person's name, as a country's is.
    const bodies = unit.names.filter((entry) => BODY_KINDS.has(entry.kind));
    if (bodies.length === 0 || !bodies.every((entry) => entry.ambiguous) || !isInPersonName(tokens, units, index)) return unit;
    return { ...unit, names: unit.names.filter((entry) => !BODY_KINDS.has(entry.kind)) };
  });
}

/** Kinds of names of bodies (groups, organisations) whose ambiguous aliases may be part of a person's name. */
const BODY_KINDS: ReadonlySet<string> = new Set(['group', 'igo', 'ngo']);

/** True when a neighbouring capitalised word that is no known name makes the unit part of a person's name. */
function isInPersonName(tokens: readonly Token[], units: readonly Unit[], index: number): boolean {
  return isPlainName(tokens, units[index - 1]) || isPlainName(tokens, units[index + 1]);
}

/**
 * "1 May", "May 2019": a month name beside a number is a date, not Theresa May; so is a month name
 * after a word that opens a date ("in May", "since May", "early May"), unless a possessive follows
 * ("in May's cabinet") or the word is the "by" of a passive ("was praised by May").
 */
function isDate(tokens: readonly Token[], unit: Unit): boolean {
  if (unit.end - unit.start !== 1) return false;
  const form = tokens[unit.start].form.toLowerCase();
  if (!LEXICON.calendar.dayAndMonthNames.has(form)) return false;
  if (tokens[unit.start - 1]?.upos === 'NUM' || tokens[unit.end]?.upos === 'NUM') return true;
  return LEXICON.calendar.words.get(form) === 'month' && opensDate(tokens, unit.start - 1) && !isPossessive(tokens[unit.end]);
}

/** True when the token at index opens a date before a month name ("in", "since", "early", a "by" not after a participle). */
function opensDate(tokens: readonly Token[], index: number): boolean {
  const word = tokens[index]?.form.toLowerCase();
  if (word === undefined || !LEXICON.monthOpeners.has(word)) return false;
  return word !== 'by' || tokens[index - 1]?.xpos !== 'VBN';
}

function isPossessive(token: Token | undefined): boolean {
  return token?.xpos === 'POS' || token?.form === "'s";
}
