/**
 * Tag repairs for the schedule frame "be due to" + verb ("talks are due to resume", "the envoy is due
 * to arrive"), applied between tagging and parsing as the news-name repairs are: the tagger reads
 * "due to" as the preposition of "due to the weather" and the verb after it as a noun, and the
 * sentence loses its event. After a form of "be", "due to" and a bare singular word that is not a
 * typical noun ending (-tion, -ment, ...) are the adjective, the infinitive marker and the verb;
 * a word the tagger read as a noun stays one when "of" or the end of the clause follows it (the
 * cause: "was due to lack of funds", "due to rain.").
 */
const BE = new Set(['is', 'are', 'was', 'were', "'s", "'re", 'be', 'been']);
const NOUN_ENDINGS = /(tion|sion|ment|ness|ity|ure|ance|ence|ism|ship|age)$/;

/** The tags to force on a "be due to" frame, by word index, as joint "UPOS<TAB>XPOS" tags; empty when none is misread. */
export function frameTagRepairs(forms: readonly string[], upos: readonly string[], xpos: readonly string[]): Map<number, string> {
  const repairs = new Map<number, string>();
  for (let be = 0; be + 3 < forms.length; be++) {
    const [due, to, verb] = [be + 1, be + 2, be + 3];
    if (!BE.has(forms[be].toLowerCase()) || forms[due].toLowerCase() !== 'due' || forms[to].toLowerCase() !== 'to') continue;
    const word = forms[verb];
    if (!/^[a-z]+$/.test(word) || NOUN_ENDINGS.test(word) || !['NN', 'VB', 'VBP'].includes(xpos[verb])) continue;
    if (xpos[verb] === 'VB' && xpos[to] === 'TO' && upos[due] === 'ADJ') continue;
    if (xpos[verb] === 'NN' && (verb + 1 === forms.length || forms[verb + 1].toLowerCase() === 'of' || upos[verb + 1] === 'PUNCT')) continue;
    repairs.set(due, 'ADJ\tJJ');
    repairs.set(to, 'PART\tTO');
    repairs.set(verb, 'VERB\tVB');
  }
  return repairs;
}
