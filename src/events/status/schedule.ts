import { LEXICON } from '../../lexicon/index.ts';
import type { Tree } from '../../syntax/tree.ts';
import type { StatusCues } from '../cues.ts';
import { attachedTo, hasLemma } from './clause.ts';
import { evidence, type Evidence } from './evidence.ts';

/** Whether verb `node` is in the present ("meets", "is meeting"), with no modal, perfect or past auxiliary. */
function presentVerb(tree: Tree, node: number): boolean {
  const { xpos, upos } = tree.tokens[node];
  if (upos !== 'VERB') return false;
  const aux = tree.dependents(node, 'aux', 'aux:pass');
  if (xpos === 'VBZ' || xpos === 'VBP') return aux.length === 0;
  // "Russia and Japan sign a deal on Tuesday": a plural subject's present, tagged as the base form.
  if (xpos === 'VB') return aux.length === 0 && tree.dependents(node, 'nsubj').length > 0 && !tree.dependents(node, 'mark').length;
  // "is meeting", "are holding": a present "be" with a gerund.
  return xpos === 'VBG' && aux.length === 1 && tree.lemma(aux[0]) === 'be' && ['VBZ', 'VBP'].includes(tree.tokens[aux[0]].xpos);
}

/**
 * A day of the week in the clause of a present verb ("meets his counterpart on Monday", "is visiting
 * Algeria on Thursday", "welcomes the leaders to a summit Monday"): wire copy tells past events in the
 * past tense, so a present act with a day of its own is scheduled, not done. Speech and belief verbs
 * are left out ("says Monday" is the headline's present of a statement made), and so is the simple
 * present of any act not planned ahead (cues.scheduleVerbs).
 */
export function scheduledPresent(tree: Tree, chain: number[], cues: StatusCues): Evidence | undefined {
  const verb = chain.find((node) => tree.tokens[node].upos === 'VERB');
  if (verb === undefined || !presentVerb(tree, verb)) return undefined;
  if (hasLemma(tree, verb, cues.speech) || cues.belief.has(tree.lemma(verb))) return undefined;
  // "Israeli troops kill three militants on Monday" is a headline's present of a deed done: a simple
  // present is scheduled only for acts that are planned ahead (meetings, visits, journeys, signings).
  if (tree.tokens[verb].xpos !== 'VBG' && !cues.scheduleVerbs.has(tree.lemma(verb))) return undefined;
  const clause = new Set([verb]);
  for (let k = 0; k < tree.tokens.length; k++) {
    if (tree.tokens[k].upos !== 'PROPN' && tree.tokens[k].upos !== 'NOUN') continue;
    const day = LEXICON.calendar.words.get(tree.lemma(k)) === 'weekday';
    if (!day && !currentPeriod(tree, k, tree.tokens[verb].xpos === 'VBG')) continue;
    if (attachedTo(tree, k, clause) !== undefined) return evidence(tree, k, `future:present-${tree.lemma(k)}`);
  }
  return undefined;
}

/**
 * Whether noun `k` is a period of the calendar that holds the report's own day ("this week", "this
 * weekend", "later this month"): a present act in it is scheduled, as one with its day is. A present
 * in progress is going on in "this week" already ("is touring the region this week"), so for it only
 * "later" puts the period's act ahead.
 */
function currentPeriod(tree: Tree, k: number, progressive: boolean): boolean {
  if (LEXICON.calendar.words.get(tree.lemma(k)) !== 'unit' || tree.lemma(k) === 'day') return false;
  if (!tree.dependents(k, 'det').some((d) => tree.lemma(d) === 'this')) return false;
  const later = [...tree.dependents(k, 'advmod'), tree.head(k)].some((a) => a >= 0 && tree.tokens[a].form.toLowerCase() === 'later');
  return later || !progressive;
}
