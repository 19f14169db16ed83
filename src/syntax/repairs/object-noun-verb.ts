// Repair: the second noun of an object compound ("lifted its arms embargo on Libya") is tagged a
// present-tense verb and parsed as a complement clause (xcomp) of the sentence's verb, with the
// first noun left as that verb's object. A finite verb with no subject, auxiliary, marker, object or
// clause of its own ("urged his party accept the deal" keeps its verb), right after the object of the verb it hangs on, starts no clause: it is the object's head
// noun, and the noun before it its compound. (plural-noun-verb.ts handles the other reading of such a
// pair: both nouns under the verb, "launched air strikes" with "air" the subject of "strikes".)
import { DEMAND_VERBS } from '../base-verb-tags.ts';
import type { ParsedToken } from '../tree.ts';

/** Verbs whose object is followed by a bare infinitive of its own ("made the rebels retreat"). */
const BARE_INFINITIVE_VERBS = new Set(['make', 'let', 'have', 'help', 'see', 'watch', 'hear', 'bid']);
const FINITE = new Set(['VBP', 'VBZ', 'VB']);
/** Dependents that only a clause's verb has. */
const CLAUSAL = /^(nsubj|aux|mark|cop|expl|obj|iobj|xcomp|ccomp)/;

/** Retags as the object's head noun a verb the parser hung as a complement right after the object of its own head. */
export function repairObjectNounVerb(tokens: ParsedToken[]): void {
  for (let verb = 1; verb < tokens.length; verb++) {
    const noun = verb - 1;
    const token = tokens[verb];
    if (token.upos !== 'VERB' || !FINITE.has(token.xpos) || token.deprel !== 'xcomp') continue;
    if (tokens[noun].upos !== 'NOUN' || tokens[noun].deprel !== 'obj' || tokens[noun].head !== token.head) continue;
    // "made the rebels retreat", "let the refugees return": a bare infinitive after its own object
    if (BARE_INFINITIVE_VERBS.has(tokens[token.head]?.lemma.toLowerCase() ?? '')) continue;
    // "demanded the minister resign": a base form after a demand's object is its subjunctive (base-verb-tags.ts).
    if (token.xpos === 'VB' && DEMAND_VERBS.has(tokens[token.head]?.lemma.toLowerCase() ?? '')) continue;
    if (tokens.some((t) => t.head === verb && CLAUSAL.test(t.deprel)) || tokens.some((t, k) => t.head === verb && k < verb)) continue;
    tokens.forEach((t, k) => {
      // Its words before the first noun ("its") go with the phrase's new head; its phrases become the noun's.
      if (t.head === noun && k < noun) tokens[k] = { ...t, head: verb };
      if (t.head === verb) tokens[k] = { ...t, deprel: t.deprel.startsWith('obl') ? 'nmod' : t.deprel };
    });
    tokens[verb] = { ...token, upos: 'NOUN', xpos: token.xpos === 'VBZ' ? 'NNS' : 'NN', deprel: 'obj' };
    tokens[noun] = { ...tokens[noun], head: verb, deprel: 'compound' };
  }
}
