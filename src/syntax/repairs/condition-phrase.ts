// Repair: the parser often misattaches multi-word condition markers ("provided that", "as long
// as"), so they are read from the words rather than from the tree. Read where the status of an
// event looks for its condition.
import { LEXICON } from '../../lexicon/index.ts';
import type { Tree } from '../tree.ts';

/** A condition phrase and the clause it opens: tokens first..last, to the end of the sentence without its final punctuation. */
export interface ConditionPhrase {
  /** The marker's words ("provided", "that"). */
  words: readonly string[];
  first: number;
  last: number;
}

/**
 * The lower-cased forms of a tree's tokens, made once per tree: the status of every event of a
 * sentence looks for condition phrases (several times), and a tree never changes.
 */
const treeWords = new WeakMap<Tree, readonly string[]>();
function lowerForms(tree: Tree): readonly string[] {
  let words = treeWords.get(tree);
  if (!words) treeWords.set(tree, (words = tree.tokens.map((token) => token.form.toLowerCase())));
  return words;
}

/**
 * The first condition marker after token `after` that `accepts` (given the marker's first token)
 * and that opens a clause (a verb or auxiliary follows it).
 */
export function findConditionPhrase(tree: Tree, after: number, accepts: (k: number) => boolean): ConditionPhrase | undefined {
  const words = lowerForms(tree);
  for (let k = after + 1; k < words.length; k++) {
    for (const phrase of LEXICON.conditionPhrases) {
      // (the first word first: most words start no phrase)
      if (words[k] !== phrase[0] || !phrase.every((word, offset) => words[k + offset] === word)) continue;
      const from = k + phrase.length;
      let last = words.length - 1;
      while (last > from && tree.tokens[last].upos === 'PUNCT') last--;
      if (from > last) continue;
      if (!accepts(k)) continue;
      let clause = false;
      for (let j = from; j <= last; j++) if (tree.tokens[j].upos === 'VERB' || tree.tokens[j].upos === 'AUX') clause = true;
      if (!clause) continue;
      return { words: phrase, first: from, last };
    }
  }
  return undefined;
}

/**
 * A condition phrase that opens the sentence and ends at the first comma ("Provided the truce holds,
 * the army will free ..."), which the parser reads as the root verb: the clause up to the comma, when
 * it has a verb and token `after` comes after the comma.
 */
export function findLeadingConditionPhrase(tree: Tree, after: number): ConditionPhrase | undefined {
  const words = lowerForms(tree);
  const phrase = LEXICON.conditionPhrases.find((candidate) => candidate.every((word, offset) => words[offset] === word));
  if (!phrase) return undefined;
  const comma = words.indexOf(',', phrase.length);
  if (comma < 0 || comma >= after || comma === phrase.length) return undefined;
  for (let j = phrase.length; j < comma; j++) if (tree.tokens[j].upos === 'VERB' || tree.tokens[j].upos === 'AUX') return { words: phrase, first: phrase.length, last: comma - 1 };
  return undefined;
}
