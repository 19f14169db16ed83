import { LEXICON } from '../lexicon/index.ts';

/**
 * Tag repairs for the infinitive marker read as a preposition after a noun of effort ("efforts to
 * free the hostages", "a bid to release them"), applied between tagging and parsing as the news-name
 * repairs are: the tagger tags the verb a base form (VB) but "to" before it a preposition (IN), and
 * the parser then hangs the verb as an oblique on the clause's verb and may make its object that
 * verb's subject, so the purpose is lost. After an effort noun (effort-nouns.txt, singular or
 * plural), "to" right before a word tagged VB is the infinitive marker (TO).
 */
/** The tag to force on "to" between an effort noun and a base-form verb, by word index, as a joint "UPOS<TAB>XPOS" tag; empty when none. */
export function infinitiveMarkerTagRepairs(forms: readonly string[], xpos: readonly string[]): Map<number, string> {
  const repairs = new Map<number, string>();
  for (let word = 1; word + 1 < forms.length; word++) {
    if (forms[word].toLowerCase() !== 'to' || xpos[word] !== 'IN' || xpos[word + 1] !== 'VB') continue;
    const noun = forms[word - 1].toLowerCase();
    if (LEXICON.effortNouns.has(noun) || LEXICON.effortNouns.has(noun.replace(/s$/, ''))) repairs.set(word, 'PART\tTO');
  }
  return repairs;
}
