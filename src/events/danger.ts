import type { Tree } from '../syntax/tree.ts';
import type { StatusCues } from './cues.ts';
import { hasLemma } from './status/clause.ts';
import { LEXICON } from '../lexicon/index.ts';
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

/** Relations by which a participle clause hangs on the clause it comments on, or on a participle before it. */
// (not 'acl': a participle on a document noun is its author's own words, "a statement threatening to sink any ship")
const PARTICIPLE_RELATIONS: ReadonlySet<string> = new Set(['advcl', 'conj']);

/**
 * Whether verb `i`, "threatening to" in a participle clause with no subject of its own, tells a risk
 * its clause's events run, not a threat someone made: the harm it threatens is one an event does
 * ("Militiamen shelled the port for a third day, threatening to derail talks due next week"),
 * not an act ("..., threatening to kill the hostages", which is coded on its own).
 */
export function isRiskTold(tree: Tree, i: number): boolean {
  const token = tree.tokens[i];
  if (tree.lemma(i).toLowerCase() !== 'threaten' || token.xpos !== 'VBG' || !PARTICIPLE_RELATIONS.has(token.deprel) || tree.dependents(i, 'nsubj').length) return false;
  return tree.dependents(i, 'xcomp').some((clause) => tree.markers(clause).includes('to') && LEXICON.riskVerbs.has(tree.lemma(clause).toLowerCase()));
}
