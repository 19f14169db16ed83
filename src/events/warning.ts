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
  if (tree.tokens[i].upos === 'NOUN') return isMereWarningNoun(tree, i);
  if (!LEXICON.warningVerbs.has(tree.lemma(i)) || tree.dependents(i, 'obj', 'iobj').length) return false;
  // "warned of a tough response": the act it announces is the speaker's own
  if (tree.dependents(i, 'obl').some((noun) => tree.markers(noun).includes('of') && LEXICON.warnedActs.has(tree.lemma(noun)))) return false;
  return !tree.dependents(i, 'ccomp', 'xcomp', 'parataxis').some((clause) =>
    tree.dependents(clause, 'nsubj').some((subject) => SPEAKER_PRONOUNS.has(tree.tokens[subject].form.toLowerCase())),
  );
}

/** Nouns of warning, which tell what may happen as the verb does. */
const WARNING_NOUNS: ReadonlySet<string> = new Set(['warning']);

/**
 * True when warning noun `i` with no determiner (a participle the tagger read as a noun: "issued a bleak
 * report, warning that oil prices would hurt growth") has a "that" clause telling what may happen, warns no
 * one ("a warning to Damascus") and announces no act of the speaker's own ("warning that it would
 * retaliate", "a warning of retaliation"). A bare warning ("issued a warning") stays a threat.
 */
function isMereWarningNoun(tree: Tree, i: number): boolean {
  // (A participle has no determiner: "a warning from Israel that its troops would be targeted" is a noun that warns Syria.)
  if (!WARNING_NOUNS.has(tree.lemma(i)) || tree.dependents(i, 'det', 'nmod:poss').length) return false;
  if (tree.dependents(i, 'nmod').some((noun) => tree.markers(noun).includes('to') || (tree.markers(noun).includes('of') && LEXICON.warnedActs.has(tree.lemma(noun))))) return false;
  const clauses = tree.dependents(i, 'acl', 'ccomp').filter((clause) => tree.markers(clause).includes('that'));
  return clauses.length > 0 && !clauses.some((clause) => tree.dependents(clause, 'nsubj').some((subject) => SPEAKER_PRONOUNS.has(tree.tokens[subject].form.toLowerCase())));
}
