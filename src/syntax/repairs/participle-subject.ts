// Repair: a noun modified by a passive participle with no relative pronoun, at the head of its
// clause ("Two aid workers kidnapped last week in Somalia were freed on Sunday", "A teacher shot
// dead in the capital was a party member"), is parsed as the subject of the participle, which
// becomes the clause's verb; the real verb, opened by a finite auxiliary or copula of its own
// ("were freed", "was a member"), hangs on it or beside it as a second clause with no subject. The
// events stage then takes the victims for the doers. When the participle, of a verb of what is
// done to people (data/lexicon/en/passive-verbs.txt), has no object, clause,
// auxiliary or marker of its own, and the first verb after it is such a subjectless clause, that
// clause takes the participle's place, the noun becomes its subject, and the participle a
// modifier (acl) of the noun, keeping the phrases between them ("last week in Somalia").
import { LEXICON } from '../../lexicon/index.ts';
import type { ParsedToken } from '../tree.ts';

/** Relations by which the parser hangs the real verb on the participle, or beside it. */
const SECOND_CLAUSE = new Set(['conj', 'ccomp', 'parataxis', 'advcl']);
/** Dependents that give a clause its own subject or opening. */
const OWN_OPENING = /^(nsubj|csubj|expl|mark|cc)/;
/** Finite auxiliaries and copulas that open the real verb's clause. */
const FINITE_AUXILIARIES = new Set(['is', 'are', 'was', 'were', 'has', 'have', 'had']);

/** Makes a participle read as its noun's verb ("workers kidnapped ... were freed") a modifier of the noun. */
export function repairParticipleSubject(tokens: ParsedToken[]): void {
  for (let v = 1; v < tokens.length; v++) {
    const verb = tokens[v];
    if (verb.upos !== 'VERB' || (verb.xpos !== 'VBD' && verb.xpos !== 'VBN') || !LEXICON.passiveVerbs.has(verb.lemma.toLowerCase())) continue;
    const children = tokens.flatMap((t, k) => (t.head === v ? [k] : []));
    const noun = v - 1;
    if (!['NOUN', 'PROPN'].includes(tokens[noun].upos) || tokens[noun].head !== v || !tokens[noun].deprel.startsWith('nsubj')) continue;
    if (children.some((k) => /^(aux|cop|mark|cc)/.test(tokens[k].deprel) && k < v)) continue;
    // A clause or second object it governs makes it active ("said the men were ...", "vowed to ...").
    // A result adjective is no clause ("shot dead").
    if (children.some((k) => /^(xcomp|ccomp|iobj|csubj)/.test(tokens[k].deprel) && tokens[k].upos !== 'ADJ')) continue;
    const bare = (k: number) => tokens[k].xpos === 'NN' && LEXICON.predicateNouns.has(tokens[k].form.toLowerCase());
    if (children.some((k) => tokens[k].deprel === 'obj' && !bare(k))) continue;
    const real = realClause(tokens, v);
    if (real === undefined) continue;
    const clause = tokens[real];
    const ownParent = clause.head === v;
    if (!ownParent && !(clause.head === verb.head && verb.head >= 0)) continue;
    // The real clause takes the participle's place (or keeps its own, beside it) and the noun as subject.
    const passive = tokens.some((t) => t.head === real && t.deprel === 'aux:pass');
    if (ownParent) tokens[real] = { ...clause, head: verb.head, deprel: verb.deprel };
    tokens[noun] = { ...tokens[noun], head: real, deprel: passive ? 'nsubj:pass' : 'nsubj' };
    tokens[v] = { ...verb, head: noun, deprel: 'acl', xpos: 'VBN' };
    // Dependents of the participle after the real clause's verb are the real clause's.
    for (const k of children) if (k > real || tokens[k].deprel === 'punct' && k === tokens.length - 1) tokens[k] = { ...tokens[k], head: real };
  }
}

/** The clause after participle `v` that opens with a finite auxiliary or copula and has no subject, if it is the first verb after it. */
function realClause(tokens: readonly ParsedToken[], v: number): number | undefined {
  for (let k = v + 1; k < tokens.length; k++) {
    const token = tokens[k];
    if (token.deprel === 'punct' || token.upos === 'CCONJ' || token.upos === 'SCONJ' || token.upos === 'PRON' && /^(WP|WDT)/.test(token.xpos)) return undefined;
    if (token.upos !== 'AUX' && token.upos !== 'VERB') continue;
    if (token.upos === 'VERB' || !FINITE_AUXILIARIES.has(token.form.toLowerCase())) return undefined;
    const clause = token.deprel === 'aux' || token.deprel === 'aux:pass' || token.deprel === 'cop' ? token.head : k;
    if (clause <= k && clause !== k) return undefined;
    if (!SECOND_CLAUSE.has(tokens[clause].deprel)) return undefined;
    if (tokens.some((t, c) => t.head === clause && OWN_OPENING.test(t.deprel))) return undefined;
    return clause;
  }
  return undefined;
}
