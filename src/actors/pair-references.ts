import { composeCode, countryOf, isStateCode, isUnknown } from '../core/actor-code.ts';
import type { Token } from '../core/document.ts';
import { LEXICON } from '../lexicon/index.ts';

/**
 * "The two countries", "both sides", "the two leaders", "the neighbours": a phrase that names again
 * two actors named just before it ("India and Bangladesh held talks. The two countries agreed ...").
 * Each such phrase gives two candidates of one span (find-mentions.ts), and coreference gives the
 * first the first of the two actors and the second the other.
 */

/** How many sentences back a pair phrase looks for the two actors it names again (0 = its own). */
const PAIR_WINDOW = 2;

/** Words that count a pair before its noun: "the two", "both". */
const PAIR_COUNTS: ReadonlySet<string> = new Set(['two', '2']);

/** Mentions that say where, not who: a capital after "in", a place noun, a town, a dateline. */
const PLACE_RULE = /place|dateline/;

/** Sectors a pair noun gives the states it names again ("the two leaders", "both armies"); others ("the two men") keep the actors as named. */
const PAIR_SECTORS: ReadonlySet<string> = new Set(['GOV', 'MIL', 'COP']);

/** What coreference needs to know of a mention to pair it: its code, span and rule. */
export interface PairMember {
  sentence: number;
  start: number;
  code: string;
  rule: string;
  kind: string;
}

/**
 * True when tokens `[start, end)` of a noun phrase name a pair again: "the two" or "both" before a
 * noun of pair-nouns.tsv ("the two nuclear rivals", "both governments"), "the" before a noun that
 * names a pair alone ("the neighbours"), or "the two" alone before a verb ("the two agreed").
 */
export function isPairPhrase(tokens: readonly Token[], start: number, end: number): boolean {
  const words = tokens.slice(start, end).map((token) => token.form.toLowerCase());
  const counted = words[0] === 'both' || (words[0] === 'the' && PAIR_COUNTS.has(words[1] ?? ''));
  if (counted && words.length === 2 && words[0] === 'the') {
    const next = tokens[end];
    return next !== undefined && (next.upos === 'VERB' || next.upos === 'AUX');
  }
  const noun = LEXICON.pairNouns.get(words[words.length - 1]);
  if (!noun || words.length < 2) return false;
  return counted || (words[0] === 'the' && noun.alone);
}

/**
 * The two actors a pair phrase names again: in the nearest sentence (its own, before it, then up to
 * two back) that names actors of two countries, the first mention of each of the first two
 * countries, places aside. Undefined when no sentence names two.
 */
export function pairAntecedents(candidate: { sentence: number; start: number }, index: number, members: readonly (PairMember | undefined)[]): [number, number] | undefined {
  return nearestTwo(candidate.sentence, PAIR_WINDOW, index, members, (member) => member.kind !== 'pair' && member.kind !== 'pronoun');
}

/**
 * In the nearest sentence (`sentence`, then up to `window` back) whose members before `index` that
 * `accept` name two countries, the first member of each of the first two countries, places and
 * actors of unknown country aside.
 */
function nearestTwo<M extends PairMember>(sentence: number, window: number, index: number, members: readonly (M | undefined)[], accept: (member: M) => boolean): [number, number] | undefined {
  for (let at = sentence; at >= 0 && sentence - at <= window; at--) {
    const firstOf = new Map<string, number>();
    for (let i = 0; i < index; i++) {
      const member = members[i];
      if (!member || member.sentence !== at || !accept(member)) continue;
      if (isUnknown(member.code) || PLACE_RULE.test(member.rule)) continue;
      const country = countryOf(member.code);
      if (!firstOf.has(country)) firstOf.set(country, i);
    }
    if (firstOf.size >= 2) {
      const [first, second] = [...firstOf.values()];
      return [first, second];
    }
  }
  return undefined;
}

/**
 * The code a pair phrase gives one of its actors: the country for "the two countries" (a state's
 * country, an organisation as named), the country's actor of the noun's sector for "the two leaders"
 * (KENGOV for Kenya), else the actor as named ("both sides").
 */
export function pairCode(head: string, sector: string | undefined, antecedent: string): string {
  const takes = LEXICON.pairNouns.get(head)?.takes ?? 'actor';
  if (!isStateCode(antecedent)) return antecedent;
  if (takes === 'country') return countryOf(antecedent);
  return sector && PAIR_SECTORS.has(sector) ? composeCode(countryOf(antecedent), sector) : antecedent;
}

/** What coreference needs to know of a mention to take it for one of a joint subject. */
export interface JointMember extends PairMember {
  end: number;
  subject: boolean;
  joint?: boolean;
}

/**
 * "Chile and Peru held talks. They agreed to meet again": the first two actors of different
 * countries among the subjects of the nearest sentence (the pronoun's own before it, or the one
 * before) whose subjects name two countries; undefined when none does. Places and pronouns aside.
 */
export function jointSubjects(candidate: { sentence: number; start: number }, index: number, members: readonly (JointMember | undefined)[]): [number, number] | undefined {
  const before = (member: JointMember) => member.sentence !== candidate.sentence || member.end <= candidate.start;
  return nearestTwo(candidate.sentence, 1, index, members, (member) => member.subject && member.joint === true && member.kind !== 'pronoun' && member.kind !== 'pair' && before(member));
}
