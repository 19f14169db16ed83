// Repair: EWT-trained parses take a verb particle for the preposition of the next phrase
// ("handed over 700 kg of medicine": "over" tagged RP but attached as the case of "kg").
// Read where the events stage reads objects and particles; the tree itself is left as parsed.
import type { Tree } from '../tree.ts';

/** Obliques of `i` whose case word is tagged as a particle (RP), and so are the verb's object. */
export function particleObliques(tree: Tree, i: number): number[] {
  return tree.dependents(i, 'obl').filter((child) => tree.dependents(child, 'case').some((c) => tree.tokens[c].xpos === 'RP' && c < child && c > i));
}
