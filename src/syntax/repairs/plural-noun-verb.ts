// Repair: a plural noun after a noun it is compounded with ("air strikes", "missile attacks") is
// tagged a present-tense verb (VBZ) with the first noun as its subject or as the end of the phrase
// before it. Inside a prepositional phrase ("a series of Russian air strikes") no clause can
// start there, and before another finite verb ("NATO air strikes hit ...") the pair is that
// verb's subject; after a verb with no object ("launched air strikes on ...") it is that verb's
// object: the second word is the noun, the first its compound. (object-noun-verb.ts handles a pair
// whose first noun the parser already made the verb's object: "lifted its arms embargo".)
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
    // "Turkish jets launched air strikes on ...": a verb before the pair with no object of its own, the pair's plural a clause of it with no object either, takes the plural for its object.
    const main = token.head;
    const object = clause === undefined && !inPhrase && main >= 0 && main < noun && tokens[main].upos === 'VERB' && ['ccomp', 'xcomp', 'conj'].includes(token.deprel)
      && !tokens.some((t, k) => (t.head === main && /^(obj|iobj|ccomp|xcomp)$/.test(t.deprel) && k !== verb) || (t.head === verb && /^(obj|iobj|aux|mark|nsubj:pass)/.test(t.deprel)))
      && children.every((k) => k > verb || k === noun || isUnder(tokens, k, noun) || tokens[k].deprel === 'det' || tokens[k].deprel === 'amod')
      // Only a particle or modifiers between them: a determiner opens a clause's subject ("Provided the truce holds").
      && tokens.every((t, k) => k <= main || k >= noun || (t.head === main && t.deprel === 'compound:prt') || (isUnder(tokens, k, verb) && ['ADJ', 'NOUN'].includes(t.upos)));
    if (!inPhrase && clause === undefined && !object) continue;
    const asNoun = { ...token, upos: 'NOUN', xpos: 'NNS' };
    if (object) {
      tokens.forEach((t, k) => {
        if (t.head === verb) tokens[k] = { ...t, deprel: t.deprel.startsWith('obl') ? 'nmod' : t.deprel };
      });
      tokens[verb] = { ...asNoun, head: main, deprel: 'obj' };
    } else if (inPhrase) {
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
