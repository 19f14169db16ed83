import type { Tree } from '../syntax/tree.ts';
import { LEXICON } from '../lexicon/index.ts';
import type { Extraction } from './extract.ts';
import { isViolentCode } from './violent-roots.ts';

/** Hostage-taking (181): it kills no one by itself ("a siege during which hostages were killed" tells two events). */
const HOSTAGE_TAKING = '181';

/**
 * Merges into the violent act of one sentence the casualty verbs that only count its victims,
 * wherever the parse hangs them: a casualty verb ("killed", "wounding") that names no agent of its
 * own, in a sentence that codes another act of violence ("Nine people were killed when a car bomb
 * exploded", "A mortar attack and a suicide bombing killed six", "bombs exploded, killing 12 and
 * wounding 20"). Removes them from `events` (the sentence's extractions, in trigger order) and gives
 * their victims to the act when it names no target. A casualty verb with an agent
 * ("troops killed two gunmen") stands and counts no one else's victims, and the first of two agentless
 * ones stands when the sentence codes nothing else ("two car bombs rocked the capital, killing 12 and wounding 20").
 */
export function mergeCountedCasualties(tree: Tree, events: Extraction[]): Extraction[] {
  // (not a bare infinitive: "a failed bid to kill the president" is an act of its own)
  const casualty = (event: Extraction) => event.framed === undefined && tree.tokens[event.trigger].upos === 'VERB' && tree.tokens[event.trigger].xpos !== 'VB' && LEXICON.casualtyVerbs.has(tree.lemma(event.trigger));
  const counts = (event: Extraction) => !event.source.length && casualty(event);
  const violent = (event: Extraction) => isViolentCode(event.code) && !event.code.startsWith(HOSTAGE_TAKING);
  const merged = new Set<Extraction>();
  for (const event of events) {
    if (!counts(event)) continue;
    // the act it counts: another act of violence; of casualty verbs, only an agentless one before it
    // ("troops killed two gunmen, and a bomb wounded three soldiers": the bomb's victims are no troops')
    const act = events.find((other) => other !== event && !merged.has(other) && violent(other) && (!casualty(other) || (counts(other) && other.trigger < event.trigger)));
    if (!act) continue;
    // "A day after a rocket killed a farmer, troops raided the camp": a casualty verb with a doer of its own
    // (a weapon the coder names no actor for) tells another act, unless the act is told inside its own
    // clause ("the bomb, which exploded at a market, killed six").
    if (hasOwnSubject(tree, event.trigger) && !tree.pathToRoot(act.trigger).includes(event.trigger)) continue;
    merged.add(event);
    if (event.target.length && !act.target.length) {
      act.target = event.target;
      act.notes.push('target-from-casualties');
    }
  }
  return merged.size ? events.filter((event) => !merged.has(event)) : events;
}

/**
 * True when active verb `i` names a doer of its own: a noun or name as its subject ("a suicide bomber
 * killed ten", "a rocket wounded two"), not a passive ("twelve were wounded"), a relative pronoun or a number.
 */
export function hasOwnSubject(tree: Tree, i: number): boolean {
  if (tree.dependents(i, 'nsubj:pass', 'aux:pass').length) return false;
  return tree.dependents(i, 'nsubj').some((subject) => ['NOUN', 'PROPN'].includes(tree.tokens[subject].upos ?? ''));
}
