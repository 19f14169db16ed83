import type { Tree } from '../syntax/tree.ts';
import type { StatusCues } from './cues.ts';
import { hasLemma } from './status/clause.ts';
import type { Extraction } from './extract.ts';

/**
 * Whether a threat noun names a danger that its clause's subject faces, not a threat someone made
 * ("Kenya faces the threat of renewed militant raids", "farmers fear the menace of fresh looting"): the
 * subject is the one at risk, and the event is the attack that may come, not a threat.
 */
export function isFacedDanger(tree: Tree, extraction: Extraction, cues: StatusCues): boolean {
  if (extraction.pattern.frame !== 'threaten' || extraction.pattern.pos !== 'noun' || extraction.framedCode === undefined) return false;
  const head = tree.head(extraction.trigger);
  if (head < 0 || tree.relation(extraction.trigger) !== 'obj' || hasLemma(tree, head, cues.dangerVerbs) === undefined) return false;
  // "the threat by the rebels of new attacks": a named threatener made it.
  return !tree.dependents(extraction.trigger, 'nmod', 'nmod:poss').some((child) => tree.tokens[child].deprel === 'nmod:poss' || tree.markers(child).includes('by') || tree.markers(child).includes('from'));
}
