/**
 * Tag repairs for the bare infinitive after "help" ("Norway helped broker a ceasefire", "helped end
 * the siege"), applied between tagging and parsing as the news-name repairs are: the tagger reads the
 * verb as a noun object of "help" ("broker/NN"), and the act is lost. Right after a form of "help",
 * a lower-case word tagged a singular noun with a determiner, possessive or number after it opens a
 * clause of its own: it is the verb ("helped police investigators" keeps its noun: no determiner).
 */
const HELP = new Set(['help', 'helps', 'helped', 'helping']);
const DETERMINERS = new Set(['DT', 'PDT', 'PRP$', 'CD']);

/** The tag to force on a bare infinitive after "help" read as a noun, by word index, as a joint "UPOS<TAB>XPOS" tag; empty when none. */
export function helpVerbTagRepairs(forms: readonly string[], upos: readonly string[], xpos: readonly string[]): Map<number, string> {
  const repairs = new Map<number, string>();
  for (let word = 1; word + 1 < forms.length; word++) {
    if (!HELP.has(forms[word - 1].toLowerCase()) || upos[word - 1] !== 'VERB') continue;
    if (xpos[word] !== 'NN' || !/^[a-z]+$/.test(forms[word]) || !DETERMINERS.has(xpos[word + 1])) continue;
    repairs.set(word, 'VERB\tVB');
  }
  return repairs;
}
