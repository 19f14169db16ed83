import { LEXICON } from '../lexicon/index.ts';
import { composeCode, isStateCode, isUnknown } from '../core/actor-code.ts';
import type { Token } from '../core/document.ts';
import type { NameEntry } from './gazetteer/index.ts';
import type { Unit } from './match-units.ts';

/**
 * Chooses the country of each people name from its sentence (data/actors/README.md, "Peoples"):
 * the first of its countries that another name in the sentence gives ("Shona rebels" next to
 * "the Mozambique government": MOZ), else the usual one (the first listed); a group of no one
 * country (Muslims, Shiites) takes the only country the sentence names, or stays UNK. A demonym
 * after "ethnic" ("ethnic Albanians ... in Serbia") becomes the people of the one other country
 * the sentence names; a people name right after a country's demonym ("Congolese Tutsis") is of that
 * country. An ambiguous people name ("Karen", also a first name) stands only before an agent word
 * ("Karen guerrillas") or after "the" or "ethnic".
 */
export function resolvePeoples(tokens: readonly Token[], units: readonly Unit[]): Unit[] {
  // the countries the sentence names, read when first needed (a variable, not a closure: tsx names each closure made, at a cost, and this runs for every run of words)
  let named: string[] | undefined;
  return units.map((unit, index) => {
    if (unit.names.length === 0) return unit;
    const previous = tokens[unit.start - 1]?.form.toLowerCase();
    if (unit.names.every((entry) => entry.type === 'demonym' && entry.kind === 'country') && previous === 'ethnic') {
      const entry = unit.names[0];
      const others = (named ??= countriesNamed(units)).filter((country) => country !== entry.country);
      if (others.length !== 1) return unit;
      return { ...unit, names: [withCountry({ ...entry, type: 'people' }, others[0], 'CVL')] };
    }
    if (!unit.names.every((entry) => entry.type === 'people')) return unit;
    if (unit.names.some((entry) => entry.ambiguous) && !units[index + 1]?.agent && !(previous && LEXICON.peopleOpeners.has(previous))) {
      return { ...unit, names: [] };
    }
    const readings = unit.names;
    // "Congolese Tutsi refugees", "Sudanese Shiites": a country's demonym right before the people name gives its country.
    const before = units[index - 1];
    const demonym = before?.end === unit.start ? before.names[0] : undefined;
    if (demonym && demonym.type === 'demonym' && demonym.kind === 'country' && isStateCode(demonym.country)) {
      return { ...unit, names: [withCountry(readings[0], demonym.country, readings[0].sector ?? 'CVL')] };
    }
    if (isUnknown(readings[0].country)) {
      const countries = (named ??= countriesNamed(units));
      return countries.length === 1 ? { ...unit, names: [withCountry(readings[0], countries[0], readings[0].sector ?? 'CVL')] } : { ...unit, names: [readings[0]] };
    }
    const countries = (named ??= countriesNamed(units));
    const chosen = readings.find((entry) => countries.includes(entry.country)) ?? readings[0];
    return { ...unit, names: [chosen] };
  });
}

function withCountry(entry: NameEntry, country: string, sector: string): NameEntry {
  return { ...entry, code: composeCode(country, sector), country, sector };
}

/** The countries the units name by a country's, a person's or a group's name (not a people's), each once, in order. */
function countriesNamed(units: readonly Unit[]): string[] {
  const named: string[] = [];
  for (const unit of units) {
    const entry = unit.names[0];
    if (!entry || entry.type === 'people' || !isStateCode(entry.country) || named.includes(entry.country)) continue;
    if (entry.kind === 'country' || entry.kind === 'person' || entry.kind === 'group') named.push(entry.country);
  }
  return named;
}
