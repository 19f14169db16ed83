import type { ActorRef } from '../core/event.ts';
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
    // "A gunboat opened fire and killed two sailors", "troops raided the village and wounded six": a
    // casualty verb sharing the subject of the act of violence it is coordinated with counts that act's
    // victims, who are the act's target when it aims at no one of its own. When it does ("fired on a
    // patrol"), the victims are its own only if they are of that target's side; others ("shelled the
    // village and killed two soldiers from across the border", "raided a barracks and killed a farmer")
    // are a killing of their own, kept.
    const joined = sharedSubjectAct(tree, event, events, merged, casualty, violent);
    if (joined) {
      const aims = aimsAtSomeone(tree, joined) && joined.target.length > 0;
      if (aims && event.target.length && !sameSide(event.target, joined.target)) continue;
      merged.add(event);
      if (event.target.length && !aims) {
        joined.target = event.target;
        joined.notes.push('target-from-casualties');
      }
      continue;
    }
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

/** Prepositions by which an act of violence names whom it is aimed at ("fired on a patrol", "an attack against the convoy"). */
const AIMING_PREPOSITIONS: ReadonlySet<string> = new Set(['on', 'at', 'against', 'upon', 'into']);

/**
 * The act of violence that casualty verb `event` is a conjunct of, sharing its subject ("opened fire and
 * killed three"): a violent act, not itself a casualty verb ("killed two and wounded six" is two counts of
 * the verb's own, kept apart) nor a hostage-taking, coded before it. The casualty verb must name no subject of
 * its own ("the troops fired and the rebels killed two" tells two acts).
 */
function sharedSubjectAct(tree: Tree, event: Extraction, events: readonly Extraction[], merged: ReadonlySet<Extraction>, casualty: (event: Extraction) => boolean, violent: (event: Extraction) => boolean): Extraction | undefined {
  if (!casualty(event) || tree.relation(event.trigger) !== 'conj' || tree.dependents(event.trigger, 'nsubj', 'nsubj:pass').length) return undefined;
  const head = tree.head(event.trigger);
  return events.find((other) => other !== event && !merged.has(other) && other.trigger === head && other.trigger < event.trigger && violent(other) && !casualty(other) && tree.tokens[head].upos === 'VERB');
}

/** True when act `act` names whom it is aimed at by its own words: an object beyond the words of its trigger, or an "on"/"at"/"against" phrase. */
function aimsAtSomeone(tree: Tree, act: Extraction): boolean {
  const own = new Set(act.pattern.object ?? []);
  if (tree.dependents(act.trigger, 'obj').some((object) => !own.has(tree.lemma(object)))) return true;
  return tree.dependents(act.trigger, 'obl').some((phrase) => tree.markers(phrase).some((marker) => AIMING_PREPOSITIONS.has(marker)));
}

/**
 * True when each of the victims `victims` is of the side of one of `target`: the same country when both
 * name one ("raided Jenin and killed three Palestinians"), else the same actor code ("stormed a police post
 * and killed two policemen"; not a teacher killed after an attack on the police).
 */
function sameSide(victims: readonly ActorRef[], target: readonly ActorRef[]): boolean {
  return victims.every((victim) => target.some((aimed) => (victim.country && aimed.country ? victim.country === aimed.country : victim.code === aimed.code)));
}
