// Repair: a lead says how long or where two parties met before it names the other party ("met for
// five hours on Sunday with rebel envoys", "met in London with the unionist leader"), and the parser
// hangs the "with" phrase on the duration, day or place before it, as if it modified that word: the
// verb loses the phrase that names its other party. A time word (a day, a month, a unit of time) or a
// place name (a proper noun after "in" or "at"), a counted duration ("for five hours") that is an oblique of a verb, directly or through
// other such words, takes no "with" or "against" phrase: the phrase goes back to the verb.
import { LEXICON } from '../../lexicon/index.ts';
import type { ParsedToken } from '../tree.ts';

/** Prepositions that name the other party of a verb's act. */
const PARTY_PREPOSITIONS = new Set(['with', 'against']);
/** Prepositions of a place name that locates the act. */
const PLACE_PREPOSITIONS: ReadonlySet<string> = new Set(['in', 'at']);
/** The preposition of a counted duration ("for five hours"). */
const DURATION_PREPOSITIONS: ReadonlySet<string> = new Set(['for']);

/** Gives back to the verb the "with"/"against" phrases the parser hung on its time or place oblique. */
export function repairPartyPhrase(tokens: ParsedToken[]): void {
  for (let phrase = 0; phrase < tokens.length; phrase++) {
    const token = tokens[phrase];
    if (token.deprel !== 'nmod' || (token.upos !== 'NOUN' && token.upos !== 'PROPN' && token.upos !== 'PRON')) continue;
    if (!tokens.some((t, k) => t.head === phrase && k < phrase && t.deprel === 'case' && PARTY_PREPOSITIONS.has(t.form.toLowerCase()))) continue;
    const verb = verbOfSetting(tokens, token.head);
    if (verb === undefined || verb > phrase) continue;
    tokens[phrase] = { ...token, head: verb, deprel: 'obl' };
  }
}

/** The verb whose time or place oblique word `k` is (directly, or as a modifier of another such word), if any. */
function verbOfSetting(tokens: readonly ParsedToken[], k: number): number | undefined {
  for (let steps = 0; k >= 0 && steps < 4; steps++) {
    if (!isSetting(tokens, k)) return undefined;
    const { head, deprel } = tokens[k];
    if (head < 0) return undefined;
    if (deprel.startsWith('obl') && tokens[head].upos === 'VERB') return head;
    if (!deprel.startsWith('nmod') && deprel !== 'compound') return undefined;
    k = head;
  }
  return undefined;
}

/** True for a time word, a counted duration ("for five hours"), or a proper noun that a place preposition introduces. */
function isSetting(tokens: readonly ParsedToken[], k: number): boolean {
  const { lemma, form, upos } = tokens[k];
  if (upos !== 'NOUN' && upos !== 'PROPN') return false;
  if (LEXICON.calendar.timeNouns.has(lemma.toLowerCase()) || LEXICON.calendar.dayWords.has(form.toLowerCase())) return true;
  const marked = (words: ReadonlySet<string>) => tokens.some((t) => t.head === k && t.deprel === 'case' && words.has(t.form.toLowerCase()));
  if (upos === 'NOUN' && marked(DURATION_PREPOSITIONS) && tokens.some((t) => t.head === k && t.deprel === 'nummod')) return true;
  return upos === 'PROPN' && marked(PLACE_PREPOSITIONS);
}
