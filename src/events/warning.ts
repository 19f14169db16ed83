import type { Tree } from '../syntax/tree.ts';
import { LEXICON } from '../lexicon/index.ts';

/** Subject pronouns by which a warning's clause announces its speaker's own act ("warned it would retaliate"). */
const SPEAKER_PRONOUNS: ReadonlySet<string> = new Set(['it', 'we', 'they', 'he', 'she', 'i']);

/**
 * True when warning verb `i`, framing no coded act, only tells what may happen: it warns no one
 * (no object), and neither its clause nor its "of" phrase is the speaker's own act ("Canberra warned
 * that the strong dollar would hurt exports", not "Seoul warned it would respond", "warned of
 * retaliation" or "warned Tokyo against sanctions").
 */
export function isMereWarning(tree: Tree, i: number): boolean {
  if (!LEXICON.warningVerbs.has(tree.lemma(i)) || tree.dependents(i, 'obj', 'iobj').length) return false;
  // "warned of a tough response": the act it announces is the speaker's own
  if (tree.dependents(i, 'obl').some((noun) => tree.markers(noun).includes('of') && LEXICON.warnedActs.has(tree.lemma(noun)))) return false;
  return !tree.dependents(i, 'ccomp', 'xcomp', 'parataxis').some((clause) =>
    tree.dependents(clause, 'nsubj').some((subject) => SPEAKER_PRONOUNS.has(tree.tokens[subject].form.toLowerCase())),
  );
}
