// Repair: a past-tense verb between a plural noun and a noun is parsed as that noun's adjective
// ("Turkish jets and tanks shelled positions"). Read where the events stage looks for a subject
// and an object; the tree itself is left as parsed.
import type { Tree } from '../tree.ts';

/**
 * "Turkish jets and drones pounded bases ...": a past-tense verb between a plural noun
 * and a noun the parser makes it the adjective of (amod) is the clause's verb: the plural noun
 * before it is its subject and the noun it modifies its object. Returns the subject token.
 */
export function misreadParticipleSubject(tree: Tree, i: number): number | undefined {
  const token = tree.tokens[i];
  if (token.upos !== 'VERB' || token.deprel !== 'amod' || token.head <= i || i === 0) return undefined;
  if (token.xpos !== 'VBD' && token.xpos !== 'VBN') return undefined;
  const before = tree.tokens[i - 1];
  if (before.xpos !== 'NNS' && before.xpos !== 'NNPS') return undefined;
  // "government-backed militias": a hyphenated compound is a true modifier.
  if (before.end === token.start) return undefined;
  return i - 1;
}
