import { isDoneToPeople } from './reduced-relative-tags.ts';

/** Forms of "be" and "get" that make a passive of the participle after them. */
const PASSIVE_AUXILIARIES = new Set(['be', 'is', 'are', 'was', 'were', 'been', 'being', 'get', 'got', 'gets', 'getting']);

/**
 * Tag repairs for a passive that the tagger reads as an adjective ("four soldiers were wounded by
 * militants", "two officers were seriously injured near the border"), applied between tagging and
 * parsing as the news-name repairs are: "wounded/JJ" after "were" makes a copula and an adjective, and
 * the act and its doer are lost. A past form in -ed tagged an adjective after a form of "be" or "get"
 * (an adverb may stand between) is the passive participle when "by" follows it (the agent's phrase) or
 * when it is of a verb of what is done to people (data/lexicon/en/passive-verbs.txt: "were wounded in
 * the north"). Any other stays an adjective ("were concerned about", "was divided over").
 *
 * The tag to force on a passive participle read as an adjective, by word index, as a joint
 * "UPOS<TAB>XPOS" tag; empty when none.
 */
export function agentPassiveTagRepairs(forms: readonly string[], upos: readonly string[]): Map<number, string> {
  const repairs = new Map<number, string>();
  for (let word = 1; word < forms.length; word++) {
    if (upos[word] !== 'ADJ' || !/^[a-z]+ed$/.test(forms[word])) continue;
    const before = upos[word - 1] === 'ADV' && word > 1 ? word - 2 : word - 1;
    if (!PASSIVE_AUXILIARIES.has(forms[before].toLowerCase())) continue;
    if (forms[word + 1]?.toLowerCase() !== 'by' && !isDoneToPeople(forms[word])) continue;
    repairs.set(word, 'VERB\tVBN');
  }
  return repairs;
}
