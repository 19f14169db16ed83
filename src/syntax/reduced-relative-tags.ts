import { LEXICON } from '../lexicon/index.ts';

/**
 * Tag repairs for a noun modified by a passive participle with no relative pronoun ("Two aid workers
 * kidnapped last week in Somalia were freed", "A teacher shot dead in the capital was a member of the
 * party"), applied between tagging and parsing as the news-name repairs are: the tagger reads the past
 * form as the past tense, the parser makes the noun its subject (the victim becomes the attacker) and
 * the real verb a clause of it. After a noun, a past form of a verb of what is done to people
 * (data/lexicon/en/passive-verbs.txt) with no object after it, the past form is a participle
 * when the first verb of its clause is a finite auxiliary ("was", "were", "has", "will"); a new clause
 * ("as", "who", a comma) or any other verb before it leaves the past tense alone ("Rebels attacked on
 * Monday as troops were moving in").
 */

/** Tags that end the clause a past form would head. */
const CLAUSE_END = new Set([',', ':', ';', 'CC', 'WDT', 'WP', 'WP$', 'WRB', '.', '-LRB-', '-RRB-', '``', "''"]);
/** Tags after a past form that open its object: then it is the verb ("Troops killed two rebels ..."). */
const OBJECT_OPENERS = new Set(['DT', 'PDT', 'CD', 'PRP', 'PRP$', 'NN', 'NNS', 'NNP', 'NNPS', 'JJ', 'JJR', 'JJS', 'RB']);
/** Finite forms of "be" and "have": the auxiliary of the clause the noun is the subject of. */
const AUXILIARIES = new Set(['is', 'are', 'was', 'were', 'has', 'have', 'had']);
const VERB_TAGS = new Set(['VB', 'VBD', 'VBG', 'VBN', 'VBP', 'VBZ', 'MD']);

/** The tag to force ("VERB\tVBN") on a past form that modifies the noun before it, by word index. */
export function reducedRelativeTagRepairs(forms: readonly string[], upos: readonly string[], xpos: readonly string[]): Map<number, string> {
  const repairs = new Map<number, string>();
  for (let i = 1; i + 2 < forms.length; i++) {
    if (xpos[i] !== 'VBD' || !['NOUN', 'PROPN'].includes(upos[i - 1]) || !isDoneToPeople(forms[i])) continue;
    if (OBJECT_OPENERS.has(xpos[i + 1]) && !opensNoObject(forms, i + 1)) continue;
    if (auxiliaryClosesPhrase(forms, xpos, i)) repairs.set(i, 'VERB\tVBN');
  }
  return repairs;
}

/** Past forms spelt like the participle, of irregular verbs of what is done to people. */
const IRREGULAR_PASTS: Readonly<Record<string, string>> = { held: 'hold', shot: 'shoot', hurt: 'hurt' };

/** Whether past form `form` is of a verb of what is done to people ("kidnapped", "shot"; data/lexicon/en/passive-verbs.txt). */
export function isDoneToPeople(form: string): boolean {
  const word = form.toLowerCase();
  const stems = [IRREGULAR_PASTS[word], word.replace(/ed$/, ''), word.replace(/d$/, ''), word.replace(/([bdglmnprt])\1ed$/, '$1')];
  return stems.some((stem) => stem !== undefined && LEXICON.passiveVerbs.has(stem));
}

/**
 * Whether the word at `k`, after a verb of harm, opens no object: a time phrase ("last week", "earlier this
 * month") or the state the victims were left in ("shot dead", "taken hostage").
 */
function opensNoObject(forms: readonly string[], k: number): boolean {
  const word = forms[k].toLowerCase();
  return word === 'last' || word === 'earlier' || word === 'overnight' || word === 'dead' || word === 'hostage';
}

/** Whether the first verb after `i`, before its clause ends, is a finite auxiliary. */
function auxiliaryClosesPhrase(forms: readonly string[], xpos: readonly string[], i: number): boolean {
  for (let k = i + 1; k < forms.length; k++) {
    const word = forms[k].toLowerCase();
    if (CLAUSE_END.has(xpos[k]) || LEXICON.relativeParticipleEnds.has(word) || LEXICON.clausePrepositions.has(word)) return false;
    if (AUXILIARIES.has(word) || xpos[k] === 'MD') return true;
    if (VERB_TAGS.has(xpos[k])) return false;
  }
  return false;
}
