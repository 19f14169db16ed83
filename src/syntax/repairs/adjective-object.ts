// Repair: a nationality adjective right after a verb is parsed as the verb's complement, with the
// titled name after it as its object ("urged Pakistani President Pervez Musharraf to ...":
// "Pakistani" xcomp of "urged", "Pervez" obj of "Pakistani"). An adjective takes no object: the
// noun is the verb's object and the adjective its modifier.
import type { ParsedToken } from '../tree.ts';

/** Gives the object of an adjective complement back to the verb, with the adjective as the object's modifier. */
export function repairAdjectiveObject(tokens: ParsedToken[]): void {
  for (let adjective = 0; adjective < tokens.length; adjective++) {
    const token = tokens[adjective];
    const verb = token.head;
    if (token.upos !== 'ADJ' || token.deprel !== 'xcomp' || verb < 0 || tokens[verb].upos !== 'VERB') continue;
    // (an oblique with no preposition of its own is the same misread object: "asked Chinese Premier Wen")
    const bare = (k: number) => tokens[k].deprel === 'obj' || (tokens[k].deprel === 'obl' && !tokens.some((t) => t.head === k && t.deprel === 'case'));
    const object = tokens.findIndex((t, k) => k > adjective && t.head === adjective && bare(k));
    if (object < 0) continue;
    tokens[object] = { ...tokens[object], head: verb, deprel: 'obj' };
    tokens[adjective] = { ...token, head: object, deprel: 'amod' };
  }
}
