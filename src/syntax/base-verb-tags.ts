import { inflectionBase } from './lemmatize.ts';
import type { NameTagLexicon } from './name-tags.ts';

/*
 * Tag repairs for a verb the tagger reads as a noun where the grammar around it wants a
 * verb, applied between tagging and parsing as the news-name repairs are (the sentence is tagged
 * again around them). Without them the parser hangs the word on a noun and its event is lost:
 *
 * - after the infinitive "to" (tagged TO by the tagger itself), a lower-case word tagged a
 *   singular noun that can be a base-form verb, with an object after it, is that verb
 *   ("failed to end/NN attacks", "vowed to halt/NN the strikes");
 * - the subjunctive of a demand: after a verb of demanding ("demanded (that) the minister
 *   resign/NN", "urged that Chile halt/NN the tests"), the word closing the noun phrase of its
 *   subject, tagged a noun, that can be a base-form verb, is that clause's verb;
 * - the present tense after a plural subject: right after a plural noun, a word tagged a singular
 *   noun that can be a base-form verb, followed by a determiner, a possessive, a number, an
 *   adjective or a plural noun, with no finite or base-form verb before it in its clause (the plural
 *   noun is the clause's subject) and no finite verb after it, is the clause's verb ("two officers
 *   face/NN no charges", "residents fear/NN the worst"): a singular noun after a plural one starts
 *   no noun phrase of its own ("the rebels' leader" has its possessive mark between them). After a
 *   verb the plural noun opens an object's compound instead ("signed two arms control/NN
 *   agreements", "discussed arms control/NN issues").
 *
 * "Can be a base-form verb": the tagger took it as VB in training, or it is a word it never saw,
 * lower-case, with no noun ending.
 */
const OBJECT_START = new Set(['DT', 'PDT', 'PRP$', 'PRP', 'JJ', 'NN', 'NNS', 'NNP', 'NNPS', 'CD']);
/** Verbs whose clause complement takes the subjunctive ("demanded that he resign"). */
export const DEMAND_VERBS: ReadonlySet<string> = new Set(['demand', 'insist', 'recommend', 'urge', 'propose', 'suggest', 'require', 'request', 'order', 'ask']);
/** Tags of the words of a subject noun phrase in such a clause. */
const SUBJECT_PHRASE = new Set(['DT', 'PDT', 'JJ', 'NN', 'NNS', 'NNP', 'NNPS', 'POS', 'PRP$', 'CD', 'HYPH']);
/** Tags that may end a subject noun phrase (its head). */
const SUBJECT_HEAD = new Set(['NN', 'NNS', 'NNP', 'NNPS', 'PRP']);
/** Endings of nouns, which an unknown word bearing one is, not a verb. */
const NOUN_ENDING = /(?:tion|sion|ment|ness|ity|ism|ist|ship|ance|ence|ery|ure|age|er|or|s|y|al|ic)$/;

/** True when the tagger saw `lower` as a base-form verb, or never saw it and it has no noun ending. */
function canBeBaseVerb(lower: string, lexicon: NameTagLexicon): boolean {
  if (!/^[a-z]{3,}$/.test(lower)) return false;
  if (lexicon.baseVerbs?.has(lower)) return true;
  return !lexicon.known.has(lower) && !NOUN_ENDING.test(lower);
}

/** The tags to force on verbs read as nouns, by word index, as joint "UPOS<TAB>XPOS" tags; empty when none. */
export function baseVerbTagRepairs(forms: readonly string[], upos: readonly string[], xpos: readonly string[], lexicon: NameTagLexicon): Map<number, string> {
  const repairs = new Map<number, string>();
  if (!lexicon.baseVerbs) return repairs;
  for (let i = 1; i + 1 < forms.length; i++) {
    if (xpos[i] !== 'NN' || forms[i] !== forms[i].toLowerCase() || !canBeBaseVerb(forms[i], lexicon)) continue;
    // "failed to end/NN attacks on the town".
    if (xpos[i - 1] === 'TO' && forms[i - 1].toLowerCase() === 'to' && OBJECT_START.has(xpos[i + 1]) && i >= 2 && upos[i - 2] !== 'NOUN' && upos[i - 2] !== 'PROPN') {
      repairs.set(i, 'VERB\tVB');
      continue;
    }
    if (demandSubject(forms, upos, xpos, i)) repairs.set(i, 'VERB\tVB');
    else if (pluralSubject(forms, xpos, i)) repairs.set(i, 'VERB\tVBP');
  }
  return repairs;
}

/** Tags that open the object of a present-tense verb after a plural subject ("face no charges", "fear the worst", "control their towns"). */
const PRESENT_OBJECT_START = new Set(['DT', 'PDT', 'PRP$', 'CD', 'JJ', 'NNS']);
/** Tags that end the clause a verb would head. */
const CLAUSE_END = new Set([',', ':', 'CC', 'WDT', 'WP', '.']);
/** Finite verb tags, which the verb's clause holds only once. */
const FINITE = new Set(['VBD', 'VBZ', 'VBP', 'MD']);

/** Verb tags that, before the plural noun in its clause, make that noun an object, not the subject ("signed arms control deals"). */
const VERB_BEFORE = new Set([...FINITE, 'VB']);

/** True when word `i`, right after a plural subject noun and before an object, is a present-tense verb with no other finite verb in its clause. */
function pluralSubject(forms: readonly string[], xpos: readonly string[], i: number): boolean {
  if (xpos[i - 1] !== 'NNS' && xpos[i - 1] !== 'NNPS') return false;
  if (!PRESENT_OBJECT_START.has(xpos[i + 1])) return false;
  for (let k = i - 2; k >= 0 && !CLAUSE_END.has(xpos[k]); k--) if (VERB_BEFORE.has(xpos[k])) return false;
  for (let k = i + 1; k < forms.length && !CLAUSE_END.has(xpos[k]); k++) if (FINITE.has(xpos[k])) return false;
  return true;
}

/** True when word `i` closes the subject noun phrase of a demanded clause: "demanded (that) the minister resign". */
function demandSubject(forms: readonly string[], upos: readonly string[], xpos: readonly string[], i: number): boolean {
  if (!SUBJECT_HEAD.has(xpos[i - 1])) return false;
  // What follows the verb: an object, a preposition, or the end of the clause, not more of a compound ("a government review panel").
  const next = xpos[i + 1];
  if (!(['DT', 'PDT', 'PRP$', 'PRP', 'CD', 'IN', 'TO', 'RP', '.', ',', ':'].includes(next))) return false;
  let k = i - 1;
  while (k >= 0 && (SUBJECT_PHRASE.has(xpos[k]) || (xpos[k] === 'PRP' && k === i - 1))) k--;
  // The subject is definite: a name, a pronoun, or a phrase with "the", a possessive or a demonstrative
  // ("called for a regional crackdown on ...", "proposed government reform legislation": an indefinite or bare
  // phrase is the demand's object, not a subject).
  const first = k + 1;
  if (!(['NNP', 'NNPS', 'PRP', 'PRP$'].includes(xpos[first]) || ['the', 'this', 'that', 'these', 'those'].includes(forms[first].toLowerCase()))) return false;
  if (k >= 0 && forms[k].toLowerCase() === 'that' && xpos[k] === 'IN') k--;
  if (k < 0 || !xpos[k].startsWith('VB') || upos[k] !== 'VERB') return false;
  return DEMAND_VERBS.has(inflectionBase(forms[k].toLowerCase(), xpos[k]));
}
