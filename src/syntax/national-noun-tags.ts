/**
 * Tag repairs for "national" as a noun after a nationality ("a Spanish national was kidnapped", "two
 * Indian nationals"), applied between tagging and parsing as the news-name repairs are: the tagger
 * reads it as the adjective of "national assembly", the phrase loses its head, and the parser
 * scatters the determiner and the nationality over the sentence, so the event finds no victim. After
 * a capitalised adjective or name (the nationality) and before no noun, adjective or number of its
 * own, it is the noun.
 */

/** Tags after "national" that make it the adjective of a noun ("Spanish national team"). */
const NOMINAL_NEXT = new Set(['NOUN', 'PROPN', 'ADJ', 'NUM']);

/** The tag to force ("NOUN\tNN" or "NOUN\tNNS") on "national(s)" after a nationality, by word index. */
export function nationalNounTagRepairs(forms: readonly string[], upos: readonly string[]): Map<number, string> {
  const repairs = new Map<number, string>();
  for (let i = 1; i < forms.length; i++) {
    const word = forms[i].toLowerCase();
    if (word !== 'national' && word !== 'nationals') continue;
    if (upos[i] === 'NOUN' || !['ADJ', 'PROPN'].includes(upos[i - 1]) || !/^[A-Z]/.test(forms[i - 1])) continue;
    // A past form before "dead" is the verb, whatever its tag ("a Spanish national shot dead").
    if (i + 1 < forms.length && NOMINAL_NEXT.has(upos[i + 1]) && forms[i + 2]?.toLowerCase() !== 'dead') continue;
    repairs.set(i, word === 'national' ? 'NOUN\tNN' : 'NOUN\tNNS');
  }
  return repairs;
}
