// Repair: a gerund right after the verb that takes it ("is considering lifting/VBG sanctions on
// Libya") is hung as a modifier (amod) of the noun after it, and that noun as the first verb's
// object. A gerund is a clause: it is the first verb's complement (xcomp), and the noun its object.
import type { ParsedToken } from '../tree.ts';

/** Makes a gerund read as its object noun's modifier the complement of the verb before it, with the noun as its object. */
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
}
