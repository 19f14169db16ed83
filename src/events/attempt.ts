import { LEXICON } from '../lexicon/index.ts';
import type { Tree } from '../syntax/tree.ts';

/** Roots of acts an attempt can be made at and fail: coercion and violence. */
const ATTEMPTED_ROOTS: ReadonlySet<string> = new Set(['17', '18', '19', '20']);
/**
 * Verbs of killing: a failed attempt at one is an attempt on a life, an assassination attempt (CAMEO 185).
 * Not "execute": an execution is a sentence carried out on a prisoner, no attempt on a life.
 */
const KILLING_VERBS: ReadonlySet<string> = new Set(['kill', 'assassinate', 'murder', 'slay', 'behead']);
/** CAMEO 185: attempt to assassinate. */
export const ASSASSINATION_ATTEMPT = '185';

/**
 * The attempt noun whose infinitive is `trigger`, an act of coercion or violence (`code`, roots 17-20),
 * when an adjective tells that the attempt failed ("a failed bid to kill the president", "a foiled
 * attempt to bomb the airport"): the attempt was made, so the act was tried, not intended or threatened.
 * A protest (root 14: "a botched attempt to storm the embassy", 145) stays as its status reads it.
 * Undefined otherwise (data/lexicon/en/attempt-nouns.txt, failed-attempt-words.txt).
 */
export function failedAttemptOf(tree: Tree, trigger: number, code: string): number | undefined {
  if (!ATTEMPTED_ROOTS.has(code.slice(0, 2)) || tree.relation(trigger) !== 'acl' || !tree.markers(trigger).includes('to')) return undefined;
  const noun = tree.head(trigger);
  if (noun < 0 || !LEXICON.attemptNouns.has(tree.lemma(noun))) return undefined;
  return tree.dependents(noun, 'amod').some((modifier) => LEXICON.failedAttemptWords.has(tree.tokens[modifier].form.toLowerCase())) ? noun : undefined;
}

/** The code of an act tried in a failed attempt: an attempt to kill is an assassination attempt (185); any other act keeps its code. */
export function attemptedCode(tree: Tree, trigger: number, code: string): string {
  return KILLING_VERBS.has(tree.lemma(trigger)) ? ASSASSINATION_ATTEMPT : code;
}
