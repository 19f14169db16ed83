// Repair: a relative clause is hung on the wrong word; its antecedent is the noun just before
// the relative pronoun. Read where the events stage resolves a relative subject.
import type { Tree } from '../tree.ts';

/** The antecedent of relative pronoun `i`: the nearest noun or proper noun before it (skipping punctuation, at most three words back). */
export function nounBeforeRelative(tree: Tree, i: number): number[] {
  for (let k = i - 1; k >= 0 && k >= i - 3; k--) {
    const upos = tree.tokens[k].upos;
    if (upos === 'NOUN' || upos === 'PROPN') return [k];
    if (upos !== 'PUNCT') break;
  }
  return [];
}
