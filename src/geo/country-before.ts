import type { Mention } from '../core/document.ts';
import { isBarePlace } from '../actors/place-homonyms.ts';
import { LEXICON } from '../lexicon/index.ts';

/**
 * The country that words right before a place name give it, as the actors stage read them (a
 * bare country mention: a country's name or demonym, no sector):
 * - a demonym or a country's name: "Pakistani Kashmir", "Turkish Cyprus";
 * - the same with a participle of control: "Indian-administered Kashmir", "Pakistan-held Kashmir";
 * - a possessive: "Pakistan's Balochistan province", "Russia's restive Dagestan";
 * - a place noun with its demonym: "the Pakistani province of Punjab", "the Afghan town, Khost".
 * Like a country named after the place ("Najaf, Iraq"), it decides which place of that name is
 * meant, and makes a region that straddles a border the part of the country named ("Pakistani
 * Kashmir" is not the Indian-held valley).
 */

/** What may stand between a country's name and a place it owns: a possessive (with up to two lower-case words), a participle of control ("Pakistan's restive Balochistan", "Pakistan-held Kashmir"). */
export const OWNER_JOIN = /^(?:['’]s\s+(?:\p{Ll}+\s+){0,2}|-\p{Ll}+\s+)$/u;

/** What may stand between the country's words and the place name: nothing, or as `OWNER_JOIN`. */
const JOINS = [/^\s+$/u, OWNER_JOIN];

/** What may stand between a country's place noun ("the Pakistani province") and the name. */
const AFTER_PLACE_NOUN = /^(?:\s+of|,)\s+$/u;

/** Rules of the actors stage for a town or region's name, which names no country by itself ("the Swat valley"). */
const TOWN_RULES = /(^|-)place(-homonym)?$|^dateline$/;

/** The country mentions of a document that may qualify a place (see above): bare places naming a country (its name, its demonym), by the sentence. */
export function countryWords(mentions: readonly Mention[]): Map<number, Mention[]> {
  const bySentence = new Map<number, Mention[]>();
  for (const mention of mentions) {
    if (!isBarePlace(mention) || TOWN_RULES.test(mention.rule)) continue;
    bySentence.set(mention.sentence, [...(bySentence.get(mention.sentence) ?? []), mention]);
  }
  return bySentence;
}

/** True when a mention's last word is a place noun ("the Pakistani province"). */
function endsInPlaceNoun(mention: Mention): boolean {
  const last = /(\p{L}+)$/u.exec(mention.text)?.[1]?.toLowerCase();
  return !!last && LEXICON.placeNouns.has(last);
}

/** The country the words before a place name starting at `start` give it (see above), if any. */
export function countryBefore(text: string, start: number, mentions: readonly Mention[] | undefined): string | undefined {
  for (const mention of mentions ?? []) {
    if (mention.end > start || start - mention.end > 40) continue;
    const between = text.slice(mention.end, start);
    if (JOINS.some((join) => join.test(between)) || (endsInPlaceNoun(mention) && AFTER_PLACE_NOUN.test(between))) return mention.code.slice(0, 3);
  }
  return undefined;
}
