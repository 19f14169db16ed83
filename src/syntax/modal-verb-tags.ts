/**
 * Tag repairs for a verb read as an adjective right after a modal ("will free 50 Iraqi prisoners",
 * "would free Palestinian prisoners"), applied between tagging and parsing as the news-name repairs
 * are: the tagger takes "free" before a noun phrase for the adjective of "free elections", and the
 * sentence loses its event. A modal takes a verb, so a plain lower-case word tagged as an adjective
 * right after one (or after one adverb: "will soon free") is the verb's base form, unless a verb
 * follows it (then it modifies that verb, as "likely" does) or it is an adverb-like "-ly" word.
 */
const MODALS = new Set(['will', 'would', 'shall', 'should', 'can', 'could', 'may', 'might', 'must', "'ll", "'d"]);

/** The tag to force on an adjective right after a modal, by word index, as a joint "UPOS<TAB>XPOS" tag; empty when none. */
export function modalVerbTagRepairs(forms: readonly string[], upos: readonly string[], xpos: readonly string[]): Map<number, string> {
  const repairs = new Map<number, string>();
  for (let modal = 0; modal + 1 < forms.length; modal++) {
    if (xpos[modal] !== 'MD' || !MODALS.has(forms[modal].toLowerCase())) continue;
    const word = upos[modal + 1] === 'ADV' ? modal + 2 : modal + 1;
    if (word >= forms.length || xpos[word] !== 'JJ' || !/^[a-z]+$/.test(forms[word]) || forms[word].endsWith('ly')) continue;
    const next = word + 1 < forms.length ? upos[word + 1] : 'PUNCT';
    // "would be able", "will likely meet": a verb after the word is the modal's.
    if (next === 'VERB' || next === 'AUX' || next === 'PUNCT' || next === 'ADP' || next === 'PART') continue;
    repairs.set(word, 'VERB\tVB');
  }
  return repairs;
}
