// Repair: a past-tense verb between a plural noun and a noun is parsed as that noun's adjective
// ("Turkish jets and tanks shelled positions"). Read where the events stage looks for a subject
// and an object; the tree itself is left as parsed.
import type { Tree } from '../tree.ts';

const NOMINAL = new Set(['NOUN', 'PROPN']);

/**
 * "Turkish jets and drones pounded bases ...": a past-tense verb between a plural noun
 * and a noun the parser makes it the adjective of (amod) is the clause's verb: the plural noun
 * before it is its subject and the noun it modifies its object. Returns the subject token.
 * The subject may stand further back, before what the parser read as its own modifiers:
 * a participle phrase ("troops backed by tanks and aircraft stormed the town": the noun before
 * the verb closes the "backed by" phrase of the subject) or a phrase between commas ("marines, close
 * to seizing the port, shelled the last rebel positions", when the parser made another
 * verb the root; subject-read-as-root.ts repairs the tree when it made the noun the root).
 */
export function misreadParticipleSubject(tree: Tree, i: number): number | undefined {
  const token = tree.tokens[i];
  if (token.upos !== 'VERB' || token.deprel !== 'amod' || token.head <= i || i === 0) return undefined;
  if (token.xpos !== 'VBD' && token.xpos !== 'VBN') return undefined;
  const before = tree.tokens[i - 1];
  // "government-backed militias": a hyphenated compound is a true modifier.
  if (before.end === token.start) return undefined;
  if (before.xpos === 'NNS' || before.xpos === 'NNPS') return i - 1;
  if (NOMINAL.has(before.upos)) return participlePhraseSubject(tree, i - 1);
  if (before.form === ',') return parentheticalSubject(tree, i - 1);
  return undefined;
}

/**
 * The plural or named noun whose participle phrase ("backed by ...", "armed with ...") ends with noun `last`,
 * or undefined. The participle is its modifier, or the verb the parser made of it, with the noun for its
 * subject, when a "by" agent and no auxiliary show it is a participle ("soldiers backed/VBD by police").
 */
function participlePhraseSubject(tree: Tree, last: number): number | undefined {
  for (const k of tree.pathToRoot(last).slice(1)) {
    const participle = tree.tokens[k];
    if (participle.upos !== 'VERB') continue;
    const noun = k - 1;
    if (noun < 0) return undefined;
    const modifier = participle.deprel === 'acl' && participle.xpos === 'VBN' && participle.head === noun;
    const readAsVerb = tree.tokens[noun].head === k && tree.relation(noun) === 'nsubj' && tree.dependents(k, 'obl:agent').length > 0 && !tree.dependents(k, 'aux').length;
    return (modifier || readAsVerb) && isSubjectNoun(tree, noun) ? noun : undefined;
  }
  return undefined;
}

/** The noun before a phrase set off by commas ("marines, close to ..., shelled") whose closing comma is `comma`, or undefined. */
function parentheticalSubject(tree: Tree, comma: number): number | undefined {
  let open = comma - 1;
  while (open > 0 && tree.tokens[open].form !== ',' && comma - open <= 15) open--;
  if (open <= 0 || tree.tokens[open].form !== ',' || open + 1 >= comma) return undefined;
  // The phrase opens with a preposition, a participle or an adverb ("close to", "acting on a tip", "already"), not a name (a list).
  const first = tree.tokens[open + 1];
  if (!['ADP', 'ADV', 'SCONJ'].includes(first.upos) && first.xpos !== 'VBG' && first.xpos !== 'VBN') return undefined;
  const noun = open - 1;
  return isSubjectNoun(tree, noun) ? noun : undefined;
}

/** True when `noun` can be a clause's subject: a plural or proper noun that no preposition governs. */
function isSubjectNoun(tree: Tree, noun: number): boolean {
  const token = tree.tokens[noun];
  if (!['NNS', 'NNPS', 'NNP'].includes(token.xpos) || !NOMINAL.has(token.upos)) return false;
  return !tree.dependents(noun, 'case').length;
}
