// A tag repair for a sentence that opens with a plural noun ("Talks between Armenia and Azerbaijan
// will resume", "Clashes broke out"), applied between tagging and parsing as the news-name repairs
// are: the tagger reads the capitalised word as a present-tense verb (VBZ), and a sentence of news
// does not open with one. Its first word, so tagged and ending in -s, is a plural noun, unless a
// clause or a name follows it as its object ("Says that ...", "Says Iran will ...": a headline's verb).

/** Words after which an opening -s verb keeps its clause: it stays a verb. */
const SUBORDINATORS = new Set(['that', 'if', 'whether']);

/** The tag to force on an opening plural noun read as a verb, by word index, as a joint "UPOS<TAB>XPOS" tag; empty when none. */
export function openingPluralTagRepairs(forms: readonly string[], upos: readonly string[], xpos: readonly string[]): Map<number, string> {
  const repairs = new Map<number, string>();
  if (forms.length < 3 || upos[0] !== 'VERB' || xpos[0] !== 'VBZ' || !/^\p{Lu}\p{Ll}+s$/u.test(forms[0])) return repairs;
  if (SUBORDINATORS.has(forms[1].toLowerCase()) || upos[1] === 'PROPN') return repairs;
  repairs.set(0, 'NOUN\tNNS');
  return repairs;
}
