/**
 * Tag repairs for "hostage" and "captive" read as verbs ("a band that is holding two pilots hostage
 * demanded ..."): after the object of "holding", the tagger takes "hostage" for the clause's verb
 * ("hostage/VBP"), the parser makes it the root, and the real verb and the hostage-taking are lost.
 * Neither word is a verb: a "hostage" or "captive" tagged as one is a noun, singular (NN) or plural
 * (NNS) as written.
 */
const NEVER_VERBS = new Set(['hostage', 'hostages', 'captive', 'captives']);

/** The tag to force on "hostage" or "captive" read as a verb, by word index, as a joint "UPOS<TAB>XPOS" tag; empty when none. */
export function hostageTagRepairs(forms: readonly string[], upos: readonly string[]): Map<number, string> {
  const repairs = new Map<number, string>();
  forms.forEach((form, word) => {
    const lower = form.toLowerCase();
    if (upos[word] === 'VERB' && NEVER_VERBS.has(lower)) repairs.set(word, lower.endsWith('s') ? 'NOUN\tNNS' : 'NOUN\tNN');
  });
  return repairs;
}
