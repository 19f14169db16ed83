import type { Tree } from '../../syntax/tree.ts';
import type { StatusCues } from '../cues.ts';
import { delayingLemma, hasLemma } from './clause.ts';

/**
 * Whether the sentence takes the event as given ("rallied after the massacre", "an inquiry into the
 * siege", "defended the invasion of Iraq", "to protest a blockade", "to stop the attacks", "their
 * kidnappers"): its status is its own, not the modality or negation of the clause that mentions it
 * ("will launch an inquiry into the massacre" does not make the massacre future), and the clause's
 * date is not its date.
 */
export function isPresupposed(tree: Tree, trigger: number, cues: StatusCues): boolean {
  // "their kidnappers": the doer presupposes the deed.
  if (cues.agentNouns.has(tree.lemma(trigger)) || isStopped(tree, trigger, cues)) return true;
  const upos = tree.tokens[trigger].upos;
  // "three aid workers abducted last month": a past participle on a noun tells what befell it.
  if (upos === 'VERB' && tree.tokens[trigger].xpos === 'VBN' && tree.relation(trigger) === 'acl' && !tree.dependents(trigger, 'aux', 'aux:pass', 'mark').length) return true;
  if (upos !== 'NOUN' && upos !== 'PROPN') return false;
  // "over a protest that turned violent": a noun event told of in the past by its own relative clause.
  // The parser may hang the relative clause on a noun before it: "that"/"which" right after the event decides.
  const next = trigger + 1 < tree.tokens.length && ['that', 'which'].includes(tree.lemma(trigger + 1)) ? tree.head(trigger + 1) : -1;
  const relatives = [...tree.dependents(trigger, 'acl'), ...(next >= 0 ? [next] : [])];
  if (relatives.some((clause) => tree.tokens[clause].deprel === 'acl:relcl' && isPastVerb(tree, clause))) return true;
  const relation = tree.relation(trigger);
  const head = tree.head(trigger);
  // "to bury victims of a bomb attack", "in the wake of a bombing": what left victims or a toll has happened.
  if (relation === 'nmod' && head >= 0 && cues.aftermathNouns.has(tree.lemma(head)) && tree.markers(trigger).some((m) => m === 'of' || m === 'from')) return true;
  // "condemned attacks on civilians", "rallied to protest a blockade": what one judges or opposes is there, whatever its article.
  if (relation === 'obj' && head >= 0 && tree.tokens[head].upos === 'VERB' && hasLemma(tree, head, cues.evaluationVerbs) !== undefined) return true;
  // "walked out in protest at attacks on civilians": the phrase right after a noun of judging or opposing is there too,
  // wherever the parser hangs it.
  const [first] = tree.extent(trigger);
  const before = first - 1;
  if ((relation === 'nmod' || relation === 'obl') && tree.relation(first) === 'case' && before >= 0 && tree.tokens[before].upos === 'NOUN' && cues.evaluationVerbs.has(tree.lemma(before))) return true;
  const definite = tree.children[trigger].some((child) => {
    const relation = tree.tokens[child].deprel;
    return relation === 'nmod:poss' || (tree.relation(child) === 'det' && cues.definiteDeterminers.has(tree.lemma(child)));
  });
  if (!definite) return false;
  // "the bombing of the mosque could be the work of militants": a definite event that is the subject of what is said it is, is there.
  if (relation === 'nsubj' && head >= 0 && isSaidOf(tree, head, cues)) return true;
  // "responsible for the bombing", "guilty of the killing": an adjective's event is given.
  if ((relation === 'obl' || relation === 'nmod') && head >= 0 && tree.tokens[head].upos === 'ADJ' && tree.markers(trigger).length) return true;
  if (relation === 'obl' || relation === 'nmod') return tree.markers(trigger).some((m) => cues.presupposingPrepositions.has(m));
  // "following the bombing" is often parsed as a participle with an object.
  return relation === 'obj' && head >= 0 && (cues.evaluationVerbs.has(tree.lemma(head)) || cues.presupposingPrepositions.has(tree.lemma(head)));
}

/**
 * Whether the event is a speech act its owner has made ("will not give in to the rebels' demands",
 * "said it would comply with the court's demands", "urged Iran to honour its commitment"): an owned
 * demand, offer or threat exists, so it takes no modality or negation from the clause that mentions
 * it. Not when a verb of making, telling or presenting takes it ("will issue its demands", "will
 * announce his proposal", "will present their demands", "may renew its offer"): that clause tells the act itself.
 */
export function isMadeAct(tree: Tree, trigger: number, cues: StatusCues): boolean {
  if (tree.tokens[trigger].upos !== 'NOUN' || !cues.madeActs.has(tree.lemma(trigger))) return false;
  if (!tree.children[trigger].some((child) => tree.tokens[child].deprel === 'nmod:poss')) return false;
  const head = tree.head(trigger);
  const made = tree.relation(trigger) === 'obj' && head >= 0 && [cues.supportVerbs, cues.speech, cues.presentingVerbs].some((verbs) => hasLemma(tree, head, verbs) !== undefined);
  return !made;
}

/**
 * Whether the event is what a verb of stopping ends ("sent troops to stop the attacks", "called on
 * the rebels to end the fighting", "to break up a protest", "to stop gunmen firing rockets"): one
 * can only stop what is going on, so the event is given, not the purpose or the future of the verb.
 */
function isStopped(tree: Tree, trigger: number, cues: StatusCues): boolean {
  const head = tree.head(trigger);
  if (head < 0 || tree.tokens[head].upos !== 'VERB' || hasLemma(tree, head, cues.stoppingVerbs) === undefined) return false;
  const relation = tree.relation(trigger);
  if (relation === 'obj') return tree.tokens[trigger].upos === 'NOUN';
  // "stop firing", "stop gunmen firing rockets": a gerund complement.
  return tree.tokens[trigger].xpos === 'VBG' && ['xcomp', 'ccomp', 'advcl', 'acl'].includes(relation) && !tree.markers(trigger).length;
}

/** Whether a clause's verb is in the past ("turned", "had turned", "was broken up"), not a modal's or a present. */
function isPastVerb(tree: Tree, verb: number): boolean {
  const aux = tree.dependents(verb, 'aux', 'aux:pass', 'cop');
  if (aux.some((a) => tree.tokens[a].xpos === 'MD')) return false;
  return tree.tokens[verb].xpos === 'VBD' || aux.some((a) => tree.tokens[a].xpos === 'VBD');
}

/**
 * Whether the copular predicate `head` says what kind of act its definite subject event is ("could be the
 * work of rebels", "may be part of a campaign", "was an act of terror"), whose doubt is over the kind, not the
 * event (kindNouns). Any other copular predicate passes the event as given only with no modal: "the invasion
 * was illegal" tells of an invasion, "the withdrawal would be a mistake", "the talks could be the first in
 * years" leave it as open as their clause. Never with "will" ("the meeting will be the first since 2001"
 * tells an event to come), nor with a predicate of likelihood ("the signing is unlikely"). (A verb acting on an object is left out: "the kidnapping might derail the talks"
 * has a given event, "the meeting could produce a deal" may well have one still to come.)
 */
function isSaidOf(tree: Tree, head: number, cues: StatusCues): boolean {
  if (!tree.dependents(head, 'cop').length) return false;
  // "the approval of the pact is unlikely", "a deal was possible": a predicate of likelihood weighs whether the event comes.
  if (tree.tokens[head].upos === 'ADJ' && (cues.belief.has(tree.lemma(head)) || cues.hypotheticalModifiers.has(tree.lemma(head)))) return false;
  // "Sudan's signing of the accord was delayed" (a participle the tagger read as an adjective): a delay says it has not happened (negation.ts).
  if (delayingLemma(tree, head, cues) !== undefined) return false;
  const aux = tree.dependents(head, 'aux');
  if (aux.some((a) => cues.future.has(tree.lemma(a)) || cues.future.has(tree.tokens[a].form.toLowerCase()))) return false;
  if (cues.kindNouns.has(tree.lemma(head))) return true;
  return !aux.some((a) => tree.tokens[a].xpos === 'MD' || cues.hypothetical.has(tree.tokens[a].form.toLowerCase()));
}
