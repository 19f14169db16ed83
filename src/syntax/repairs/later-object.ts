// Repair: "will meet rebel leaders later this week" is misread as "[rebel leaders] later", the way
// "two years later" is read: the verb's object becomes a bare oblique of the adverb, and the verb
// loses its object (and the sentence its event). A noun right before "later" or "earlier" that is
// no time word ("days later" stays) and follows a verb with no object of its own is that verb's
// object.
import { LEXICON } from '../../lexicon/index.ts';
import type { ParsedToken } from '../tree.ts';

const RELATIVE_ADVERBS = new Set(['later', 'earlier']);

/** Gives a noun misread as the bare oblique of a following "later"/"earlier" back to the verb before it as its object. */
export function repairLaterObject(tokens: ParsedToken[]): void {
  for (let adverb = 1; adverb < tokens.length; adverb++) {
    if (!RELATIVE_ADVERBS.has(tokens[adverb].form.toLowerCase()) || tokens[adverb].upos !== 'ADV') continue;
    const noun = adverb - 1;
    const verb = tokens[adverb].head;
    const { upos, deprel, head, lemma } = tokens[noun];
    if (head !== adverb || !deprel.endsWith(':unmarked') || (upos !== 'NOUN' && upos !== 'PROPN')) continue;
    if (LEXICON.calendar.timeNouns.has(lemma.toLowerCase()) || tokens.some((t) => t.head === noun && t.upos === 'NUM')) continue;
    if (verb < 0 || verb >= noun || tokens[verb].upos !== 'VERB' || tokens.some((t) => t.head === verb && t.deprel === 'obj')) continue;
    // Only the words between the verb and the noun that hang inside the noun's phrase: "meet [Kenyan officials] later".
    if (tokens.some((t, k) => k > verb && k < noun && t.head !== noun)) continue;
    tokens[noun] = { ...tokens[noun], head: verb, deprel: 'obj' };
  }
}
