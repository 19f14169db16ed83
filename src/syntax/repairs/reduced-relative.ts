// Repair: a participle that follows a noun with no auxiliary ("the life of a Korean translator
// kidnapped in Fallujah", "two drivers still held captive in Iraq") is a reduced relative on that
// noun: the people it names are who the act was done to. The parser sometimes reads it as a second
// verb of the sentence, a conjunct, complement or adverbial clause of a main verb (before or after
// it) with no "and" and no comma before it; the events stage then takes the main clause's subject for the doer. Such a past form
// with no subject, auxiliary, marker, conjunction, object or clause of its own, right after a noun
// (an adverb such as "still" between them) that no clause-opening preposition ("after") marks,
// becomes a participle modifying that noun.
import { LEXICON } from '../../lexicon/index.ts';
import type { ParsedToken } from '../tree.ts';
import { isUnder } from './token-heads.ts';

/** Relations by which the parser hangs a misread participle on the main verb. */
const MISREAD = new Set(['conj', 'advcl', 'parataxis', 'xcomp']);
/** Dependents that give a verb a clause of its own. */
const OWN_CLAUSE = /^(nsubj|csubj|expl|aux|cop|mark|cc)/;

/** Re-hangs as a participle on the noun before it ("a translator kidnapped in X") a past form the parser made a second verb. */
export function repairReducedRelative(tokens: ParsedToken[]): void {
  tokens.forEach((verb, v) => {
    if (verb.upos !== 'VERB' || (verb.xpos !== 'VBN' && verb.xpos !== 'VBD') || !MISREAD.has(verb.deprel) || verb.head < 0) return;
    const children = tokens.flatMap((t, k) => (t.head === v ? [k] : []));
    if (children.some((k) => OWN_CLAUSE.test(tokens[k].deprel))) return;
    // An object makes it active ("killed two soldiers"), unless it is a bare captive noun ("held hostage").
    const bare = (k: number) => tokens[k].xpos === 'NN' && LEXICON.predicateNouns.has(tokens[k].form.toLowerCase());
    if (children.some((k) => (tokens[k].deprel === 'obj' || tokens[k].deprel === 'iobj') && !bare(k))) return;
    // So does a clause it governs ("threatened to cut ties", "agreed to accept").
    if (children.some((k) => tokens[k].deprel === 'xcomp' || tokens[k].deprel === 'ccomp')) return;
    let noun = v - 1;
    while (noun >= 0 && tokens[noun].upos === 'ADV' && tokens[noun].head === v) noun--;
    if (noun < 0 || !['NOUN', 'PROPN'].includes(tokens[noun].upos) || (verb.head < v && noun <= verb.head) || isUnder(tokens, noun, v)) return;
    // A complement of the verb's object is no relative ("had the man arrested", "found them
    // dead"); one after a noun deeper in the phrase is ("sought the release of a nurse kidnapped").
    if (verb.deprel === 'xcomp' && tokens[noun].deprel !== 'nmod') return;
    // A noun after a word that opens a clause ("after the government threatened") is that clause's subject.
    if (tokens.some((t) => t.head === noun && t.deprel === 'case' && LEXICON.clausePrepositions.has(t.form.toLowerCase()))) return;
    tokens[v] = { ...verb, head: noun, deprel: 'acl', xpos: 'VBN' };
  });
}
