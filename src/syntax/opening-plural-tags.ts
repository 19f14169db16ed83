/**
 * A tag repair for a sentence that opens with a plural noun ("Talks between Armenia and Azerbaijan
 * will resume", "Clashes broke out"), applied between tagging and parsing as the news-name repairs
 * are: the tagger reads the capitalised word as a present-tense verb (VBZ), and a sentence of news
 * does not open with one. Its first word, so tagged and ending in -s, is a plural noun.
 */
export function openingPluralTagRepairs(forms: readonly string[], upos: readonly string[], xpos: readonly string[]): Map<number, string> {
  const repairs = new Map<number, string>();
  if (forms.length > 2 && upos[0] === 'VERB' && xpos[0] === 'VBZ' && /^\p{Lu}\p{Ll}+s$/u.test(forms[0])) repairs.set(0, 'NOUN\tNNS');
  return repairs;
}
