// Repair: a gerund right after the verb that takes it ("is considering lifting/VBG sanctions on
// Libya") is hung as a modifier (amod) of the noun after it, and that noun as the first verb's
// object. A gerund is a clause: it is the first verb's complement (xcomp), and the noun its object.
// The parser then hangs the phrase after the object on the first verb ("considering imposing sanctions
// on/obl Sudan"): a phrase that names whom an act is aimed at, after the gerund, is the gerund's.
import type { ParsedToken } from '../tree.ts';

/** Prepositions of a phrase that names whom an act is aimed at or shared with. */
const AIMED = new Set(['on', 'against', 'to', 'with', 'from', 'for']);

/** Makes a gerund read as its object noun's modifier the complement of the verb before it, with the noun as its object and the aimed phrases after it. */
export function repairGerundObject(tokens: ParsedToken[]): void {
  for (let gerund = 1; gerund + 1 < tokens.length; gerund++) {
    const token = tokens[gerund];
    const noun = token.head;
    const verb = gerund - 1;
    if (token.upos !== 'VERB' || token.xpos !== 'VBG' || token.deprel !== 'amod' || noun <= gerund) continue;
    if (tokens[verb].upos !== 'VERB' || tokens[noun].head !== verb || tokens[noun].deprel !== 'obj') continue;
    // Phrases of the noun's that name whom the act is aimed at stay on the noun ("sanctions on Libya").
    tokens[gerund] = { ...token, head: verb, deprel: 'xcomp' };
    tokens[noun] = { ...tokens[noun], head: gerund };
  }
  for (let gerund = 1; gerund < tokens.length; gerund++) {
    const token = tokens[gerund];
    const verb = gerund - 1;
    if (token.upos !== 'VERB' || token.xpos !== 'VBG' || token.deprel !== 'xcomp' || token.head !== verb || !tokens.some((t) => t.head === gerund && t.deprel === 'obj')) continue;
    tokens.forEach((t, k) => {
      const aimed = tokens.some((c) => c.head === k && c.deprel === 'case' && AIMED.has(c.form.toLowerCase()));
      if (k > gerund && t.head === verb && t.deprel === 'obl' && aimed) tokens[k] = { ...t, head: gerund };
    });
  }
}
