/**
 * Tag repairs for a killing told with a result ("gunmen shot dead a judge", "militants in Gaza shot
 * dead two officers"), applied between tagging and parsing as the news-name repairs are: the tagger
 * reads "shot" after a name or a place as a noun ("a shot"), and the sentence loses its verb. A past
 * form before "dead" is the verb: a past tense, or a participle after a form of "be" ("was shot dead").
 */

/** Forms of "be" and "get" before which a past form is a participle. */
const PASSIVE_AUXILIARIES = new Set(['be', 'is', 'are', 'was', 'were', 'been', 'being', 'get', 'got', 'gets', 'getting']);

/** The tag to force on a past form before "dead" read as a noun, by word index, as a joint "UPOS<TAB>XPOS" tag; empty when none. */
export function resultativeTagRepairs(forms: readonly string[], upos: readonly string[]): Map<number, string> {
  const repairs = new Map<number, string>();
  for (let i = 1; i + 1 < forms.length; i++) {
    if (upos[i] !== 'NOUN' || forms[i + 1].toLowerCase() !== 'dead') continue;
    const word = forms[i].toLowerCase();
    if (word !== 'shot' && !/[^e]ed$/.test(word)) continue;
    repairs.set(i, PASSIVE_AUXILIARIES.has(forms[i - 1].toLowerCase()) ? 'VERB\tVBN' : 'VERB\tVBD');
  }
  return repairs;
}
