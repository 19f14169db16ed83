// Repair: a name with a hyphenated number before a noun ("the Agni-3 missile", "the G-8
// countries") is split into "Agni", "-", "3", and the parser may make the name the head of the
// phrase and the number a modifier of the noun, tearing the phrase in two. The noun takes the
// name's place in the sentence; the name, with its hyphen and number, becomes its compound.
import type { ParsedToken } from '../tree.ts';
import { isUnder } from './token-heads.ts';

const touches = (tokens: readonly ParsedToken[], left: number, right: number) => tokens[left].end === tokens[right].start;

/** Makes "Name-3 noun" one phrase headed by the noun, when the parse tears it apart. */
export function repairHyphenNumberName(tokens: ParsedToken[]): void {
  for (let hyphen = 1; hyphen + 2 < tokens.length; hyphen++) {
    if (tokens[hyphen].form !== '-') continue;
    const [name, number, noun] = [hyphen - 1, hyphen + 1, hyphen + 2];
    if (!touches(tokens, name, hyphen) || !touches(tokens, hyphen, number)) continue;
    if (!/^\p{Lu}[\p{L}]*$/u.test(tokens[name].form) || !/^\d+$/.test(tokens[number].form) || tokens[noun].upos !== 'NOUN') continue;
    // Only a torn phrase: the name heads something other than the noun, and the noun does not head the name.
    if (tokens[name].head === noun || tokens[noun].head === name || tokens[noun].head === hyphen || tokens[noun].head === number) continue;
    const { head, deprel } = tokens[name];
    if (head >= 0 && isUnder(tokens, head, noun)) continue;
    // The name's other dependents ("of", "the") go to the noun, which takes the name's place.
    tokens.forEach((token, k) => {
      if (token.head === name && k !== hyphen && k !== number) tokens[k] = { ...token, head: noun };
    });
    tokens[noun] = { ...tokens[noun], head, deprel };
    tokens[name] = { ...tokens[name], head: noun, deprel: 'compound' };
    tokens[hyphen] = { ...tokens[hyphen], head: name, deprel: 'punct' };
    tokens[number] = { ...tokens[number], head: name, deprel: 'flat' };
  }
}
