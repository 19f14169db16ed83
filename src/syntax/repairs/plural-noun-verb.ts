// Repair: a plural noun after a noun it is compounded with ("air strikes", "missile attacks") is
// tagged a present-tense verb (VBZ) with the first noun as its subject or as the end of the phrase
// before it. Inside a prepositional phrase ("a series of Russian air strikes") no clause can
// start there, and before another finite verb ("NATO air strikes hit ...") the pair is that
// verb's subject: the second word is the noun, the first its compound.
import type { ParsedToken } from '../tree.ts';
import { isUnder } from './token-heads.ts';

const FINITE = new Set(['VBD', 'VBZ', 'VBP']);

/** Retags a VBZ verb as the plural noun it is, in a phrase ("of Russian air strikes") or a subject ("air strikes hit"). */
export function repairPluralNounVerb(tokens: ParsedToken[]): void {
  for (let verb = 1; verb < tokens.length; verb++) {
    const noun = verb - 1;
    const token = tokens[verb];
    if (token.upos !== 'VERB' || token.xpos !== 'VBZ' || !/s$/.test(token.form) || tokens[noun].upos !== 'NOUN' || tokens[noun].xpos !== 'NN') continue;
    const children = tokens.flatMap((t, k) => (t.head === verb ? [k] : []));
    // "The head of the agency says ...": a verb with a subject of its own is one.
    const inPhrase = tokens[noun].head !== verb && !children.some((k) => tokens[k].deprel.startsWith('nsubj')) && tokens.some((t) => t.head === noun && t.deprel === 'case') && !isUnder(tokens, tokens[noun].head, verb);
    // "NATO air strikes hit Serbian positions": a finite verb after it, with no subject of its own, is the clause's verb.
    const clause = tokens[noun].head === verb && tokens[noun].deprel === 'nsubj'
      ? children.find((k) => k > verb && FINITE.has(tokens[k].xpos) && ['xcomp', 'ccomp', 'conj', 'parataxis'].includes(tokens[k].deprel) && !tokens.some((t) => t.head === k && t.deprel.startsWith('nsubj')))
      : undefined;
    if (!inPhrase && clause === undefined) continue;
    const asNoun = { ...token, upos: 'NOUN', xpos: 'NNS' };
    if (inPhrase) {
      // The plural takes the first noun's place; the phrase's words before it ("of", "Russian") go with it.
      tokens.forEach((t, k) => {
        if (t.head === noun && k < noun) tokens[k] = { ...t, head: verb };
        if (t.head === verb) tokens[k] = { ...t, deprel: t.deprel.startsWith('obl') ? 'nmod' : t.deprel };
      });
      tokens[verb] = { ...asNoun, head: tokens[noun].head, deprel: tokens[noun].deprel };
    } else {
      // The clause's verb takes the plural's place, and the plural becomes its subject.
      tokens.forEach((t, k) => {
        if (t.head === verb && k > clause!) tokens[k] = { ...t, head: clause! };
      });
      tokens[clause!] = { ...tokens[clause!], head: token.head, deprel: token.deprel };
      tokens[verb] = { ...asNoun, head: clause!, deprel: 'nsubj' };
    }
    tokens[noun] = { ...tokens[noun], head: verb, deprel: 'compound' };
  }
}
