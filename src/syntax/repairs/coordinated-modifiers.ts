// Repair: two coordinated modifiers of one noun ("French and German leaders will meet") are parsed
// with the first outside the noun's phrase: the root, with the clause hung on it as a conjunct
// ("French" the root, "meet" its conj), or the subject with the noun as its conjunct. The first
// modifier joins the noun's phrase as the modifier the second is coordinated with; the noun, if it
// hung on it, takes its place; else what hung on it goes to its former head, and when it was the
// root, the root goes to the verb whose subject the noun is.
import type { ParsedToken } from '../tree.ts';
import { isUnder } from './token-heads.ts';

const MODIFIER = new Set(['ADJ', 'PROPN']);

/** Puts the first of "X and Y N" back into N's phrase when the parser left it outside. */
export function repairCoordinatedModifiers(tokens: ParsedToken[]): void {
  for (let first = 0; first + 3 < tokens.length; first++) {
    const and = first + 1;
    const second = first + 2;
    if (!MODIFIER.has(tokens[first].upos) || tokens[and].upos !== 'CCONJ' || tokens[second].upos !== 'ADJ' || tokens[second].deprel !== 'amod') continue;
    const noun = tokens[second].head;
    if (noun <= second || tokens[noun].upos !== 'NOUN' || isUnder(tokens, first, noun)) continue;
    // The words from the second modifier up to the noun are the noun's phrase.
    let whole = true;
    for (let k = second; k < noun; k++) if (!isUnder(tokens, k, noun)) whole = false;
    if (!whole) continue;
    const oldHead = tokens[first].head;
    if (tokens[noun].head === first) {
      // "Senior Bulgarian and Greek officials agreed": the noun, hung on the first modifier as
      // its conjunct, takes its place, with the words hung on it ("Senior").
      tokens.forEach((t, k) => {
        if (t.head === first && k !== and && k !== second && k !== noun) tokens[k] = { ...t, head: noun };
      });
      tokens[noun] = { ...tokens[noun], head: oldHead, deprel: tokens[first].deprel };
    } else {
      // The clause's verb whose subject the noun is takes the first modifier's place as the root.
      const verb = tokens[noun].deprel.startsWith('nsubj') ? tokens[noun].head : -1;
      const heir = oldHead === -1 ? verb : oldHead;
      if (heir < 0 || (oldHead === -1 && !isUnder(tokens, verb, first))) continue;
      tokens.forEach((t, k) => {
        if (t.head === first && k !== and && k !== second && k !== heir) tokens[k] = { ...t, head: heir };
      });
      if (oldHead === -1) tokens[verb] = { ...tokens[verb], head: -1, deprel: 'root' };
    }
    tokens[first] = { ...tokens[first], head: noun, deprel: 'amod' };
    tokens[and] = { ...tokens[and], head: second, deprel: 'cc' };
    tokens[second] = { ...tokens[second], head: first, deprel: 'conj' };
  }
}
