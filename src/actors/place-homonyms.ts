import type { Document, Mention } from '../core/document.ts';
import type { PlaceMention } from '../core/place.ts';
import { isStateCode } from '../core/actor-code.ts';

/**
 * The places of a document as the places stage resolves them (`findPlaceMentions` of src/geo),
 * given the actor mentions found so far. The actors stage asks it which town a homonym names, so
 * that an actor and the event's location never disagree on it.
 */
export type PlaceResolver = (doc: Document, mentions: readonly Mention[]) => readonly PlaceMention[];

/** A bare place of the actors stage: a country's code with no sector (a country's name, a place, a capital as a place, a place noun: "Iraqi towns"). */
export function isBarePlace(mention: Mention): boolean {
  return !mention.sector && isStateCode(mention.code) && mention.code.length === 3;
}

/** A town or region of the gazetteer (a capital or a place, or the dateline's), not a country's own name. */
const TOWN_RULE = /(^|-)place(-|$)|^dateline$/;

/**
 * Gives the places stage's reading to the towns whose name several countries share ("Tripoli":
 * Libya's capital or the Lebanese port), and to the mentions that took their country from them
 * ("militants in Tripoli"). The gazetteer reads such a name as one country's; the places stage
 * chooses by a country named with it, then the countries the document names, then population. A
 * document naming no town of the gazetteer's (only countries' names) is not asked.
 */
export function rereadHomonyms(doc: Document, mentions: Mention[], resolve: PlaceResolver | undefined): Mention[] {
  if (!resolve || !mentions.some((m) => isBarePlace(m) && TOWN_RULE.test(m.rule))) return mentions;
  const places = resolve(doc, mentions);
  // the bare places the places stage reads as a town of another country: their span and both countries
  const moved: { start: number; end: number; from: string; to: string }[] = [];
  for (const m of mentions) {
    if (!isBarePlace(m) || !TOWN_RULE.test(m.rule)) continue;
    const place = places.find((p) => p.start === m.start && p.end === m.end);
    if (place && place.candidates > 1 && place.place.kind === 'city' && place.place.country !== m.code) moved.push({ start: m.start, end: m.end, from: m.code, to: place.place.country });
  }
  if (!moved.length) return mentions;
  return mentions.map((m) => {
    const over = moved.find((p) => m.start <= p.start && p.end <= m.end && m.country === p.from && m.code.startsWith(p.from) && m.name === undefined);
    if (!over) return m;
    return { ...m, code: over.to + m.code.slice(over.from.length), country: over.to, rule: m.rule === 'dateline' ? m.rule : `${m.rule}-homonym` };
  });
}
