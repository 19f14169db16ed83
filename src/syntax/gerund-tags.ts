import { LEXICON } from '../lexicon/index.ts';
import { inflectionBase } from './lemmatize.ts';

/*
 * Tag repairs for a gerund after a verb that takes one ("is considering lifting sanctions on Libya",
 * "proposed easing the embargo"), applied between tagging and parsing as the news-name repairs are:
 * the tagger reads the -ing word as an adjective of the noun after it ("lifting/JJ sanctions"), so the
 * noun becomes the object of "consider" and the act in the gerund is lost, or coded as the noun's
 * own act (sanctions imposed, not lifted). Right after a verb of gerund-verbs.txt, a lower-case -ing
 * word tagged an adjective or a noun, with a noun phrase after it, is the gerund.
 */
/** -ing words that are adjectives or pronouns before a noun, never a gerund ("opposed crippling sanctions"). */
const ING_ADJECTIVES = new Set(['crippling', 'sweeping', 'lasting', 'growing', 'mounting', 'ongoing', 'existing', 'remaining', 'outstanding', 'pressing', 'leading', 'ruling', 'continuing', 'worsening', 'escalating', 'something', 'nothing', 'anything', 'everything']);
const OBJECT_START = new Set(['DT', 'PDT', 'PRP$', 'JJ', 'NN', 'NNS', 'NNP', 'NNPS', 'CD']);

/** The tag to force on a gerund read as an adjective or noun, by word index, as a joint "UPOS<TAB>XPOS" tag; empty when none. */
export function gerundTagRepairs(forms: readonly string[], upos: readonly string[], xpos: readonly string[]): Map<number, string> {
  const repairs = new Map<number, string>();
  for (let word = 1; word + 1 < forms.length; word++) {
    if (!['JJ', 'NN'].includes(xpos[word]) || !/^[a-z]+ing$/.test(forms[word]) || ING_ADJECTIVES.has(forms[word]) || !OBJECT_START.has(xpos[word + 1])) continue;
    const verb = word - 1;
    if (upos[verb] !== 'VERB' || !LEXICON.gerundVerbs.has(inflectionBase(forms[verb].toLowerCase(), xpos[verb]))) continue;
    repairs.set(word, 'VERB\tVBG');
  }
  return repairs;
}
