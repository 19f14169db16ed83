import type { Tree } from '../../syntax/tree.ts';
import type { StatusCues } from '../cues.ts';

/**
 * Whether the event is a definite noun that the sentence takes as given ("rallied after the
 * massacre", "an inquiry into the siege", "defended the invasion of Iraq"): its status is its own,
 * not the modality or negation of the clause that mentions it ("will launch an inquiry into the
 * massacre" does not make the massacre future), and the clause's date is not its date.
 */
export function isPresupposed(tree: Tree, trigger: number, cues: StatusCues): boolean {
  const upos = tree.tokens[trigger].upos;
  if (upos !== 'NOUN' && upos !== 'PROPN') return false;
  const definite = tree.children[trigger].some((child) => {
    const relation = tree.tokens[child].deprel;
    return relation === 'nmod:poss' || (tree.relation(child) === 'det' && cues.definiteDeterminers.has(tree.lemma(child)));
  });
  if (!definite) return false;
  const relation = tree.relation(trigger);
  const head = tree.head(trigger);
  // "responsible for the bombing", "guilty of the killing": an adjective's event is given.
  if ((relation === 'obl' || relation === 'nmod') && head >= 0 && tree.tokens[head].upos === 'ADJ' && tree.markers(trigger).length) return true;
  if (relation === 'obl' || relation === 'nmod') return tree.markers(trigger).some((m) => cues.presupposingPrepositions.has(m));
  // "following the bombing" is often parsed as a participle with an object.
  return relation === 'obj' && head >= 0 && (cues.evaluationVerbs.has(tree.lemma(head)) || cues.presupposingPrepositions.has(tree.lemma(head)));
}
