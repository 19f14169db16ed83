import type { Modality } from '../../core/event.ts';
import { LEXICON } from '../../lexicon/index.ts';
import type { Tree } from '../../syntax/tree.ts';
import type { StatusCues } from '../cues.ts';
import type { Report } from './attribution.ts';
import { clauseChain, hasLemma, isNoun, isToCome, planModifier } from './clause.ts';
import { evidence, type Evidence, type StatusInput } from './evidence.ts';
import { scheduledPresent } from './schedule.ts';
import { referralOf } from '../referral.ts';

/** Raising verbs of seeming, whose infinitive says something of their subject ("appeared to be weakening"). */
const RAISING_VERBS: ReadonlySet<string> = new Set(['appear', 'seem']);

/** Whether the clause is told in the past ("met", "had met"); a passive participle under a present "are" is not ("are scheduled"). */
function pastClause(tree: Tree, chain: number[]): boolean {
  return chain.some((node) => {
    const aux = tree.dependents(node, 'aux', 'aux:pass');
    if (aux.some((a) => tree.tokens[a].xpos === 'VBD' || tree.lemma(a) === 'have')) return !aux.some((a) => tree.relation(a) === 'aux' && tree.tokens[a].xpos === 'MD');
    return tree.tokens[node].xpos === 'VBD' || (tree.tokens[node].xpos === 'VBN' && !aux.length && tree.relation(node) !== 'acl');
  });
}

/**
 * What puts the event ahead of the report without a future auxiliary: a time phrase of its clause
 * that lies ahead ("hold talks next week", "talks scheduled for tomorrow"; not "the next day" of a
 * past story), a noun event "ahead of" which something happens, or a passive schedule frame ("talks
 * are scheduled for May").
 */
function futureTime(tree: Tree, chain: number[], cues: StatusCues): Evidence | undefined {
  const [event] = chain;
  // "ahead of the talks": the marker, or "ahead" parsed as the head of the "of" phrase.
  const head = tree.head(event);
  if (tree.markers(event).some((m) => cues.futureMarkers.has(m))) return evidence(tree, event, 'future:ahead-of');
  if (head >= 0 && cues.futureMarkers.has(tree.lemma(head)) && tree.markers(event).includes('of')) return evidence(tree, head, 'future:ahead-of');
  // "talks set for Monday", "elections scheduled for January", "the talks, which open on Monday": a noun event's own schedule.
  if (tree.tokens[event].upos === 'NOUN') {
    for (const clause of tree.dependents(event, 'acl')) {
      const form = tree.tokens[clause].form.toLowerCase();
      if (tree.tokens[clause].xpos === 'VBN' && (cues.futureFrames.has(form) || cues.intendedModifiers.has(form)) && !tree.dependents(clause, 'aux', 'aux:pass').length) return evidence(tree, clause, `future:${form}`);
      const scheduled = tree.tokens[clause].deprel === 'acl:relcl' ? scheduledPresent(tree, [clause], cues) : undefined;
      if (scheduled) return scheduled;
    }
  }
  if (pastClause(tree, chain)) return undefined;
  for (const node of chain) {
    // "talks are scheduled for May": a passive schedule frame over the noun event.
    const frame = [tree.lemma(node), tree.tokens[node].form.toLowerCase()].some((word) => cues.futureFrames.has(word));
    if (node !== event && frame && tree.dependents(node, 'aux:pass').length && chain[chain.indexOf(node) - 1] !== undefined && tree.tokens[chain[chain.indexOf(node) - 1]].deprel === 'nsubj:pass') {
      return evidence(tree, node, `future:${tree.lemma(node)}`);
    }
    // "is expected in Paris next week for a visit": the parser may hang the event on the time phrase itself.
    for (const child of [...tree.dependents(node, 'obl', 'nmod', 'advmod'), ...(node !== event && isNoun(tree, node) ? [node] : [])]) {
      if (child !== node && chain.includes(child)) continue;
      if (cues.futureTimeWords.has(tree.lemma(child))) return evidence(tree, child, `future-time:${tree.lemma(child)}`);
      // "next week", "in the coming days"; not "the next day" (a day after another event).
      const modifier = tree.dependents(child, 'amod').find((k) => cues.futureTimeWords.has(tree.lemma(k)));
      const counted = tree.dependents(child, 'det').some((k) => tree.lemma(k) === 'the') && tree.lemma(modifier ?? child) === 'next';
      if (modifier !== undefined && !counted && LEXICON.calendar.timeWordPattern.test(tree.tokens[child].form)) return { ...tree.span(Math.min(modifier, child), Math.max(modifier, child)), rule: `future-time:${tree.lemma(modifier)}` };
    }
  }
  return scheduledPresent(tree, chain, cues);
}

/**
 * Whether an infinitive follows a counted noun ("the second attack to hit Moscow this month", "the
 * deadliest blast to strike the city"): it says what that event did, not what someone meant to do,
 * although the parser often hangs it on the clause as a purpose.
 */
function isCountedRelative(tree: Tree, verb: number, cues: StatusCues): boolean {
  const to = tree.dependents(verb, 'mark').find((m) => tree.lemma(m) === 'to');
  const noun = to === undefined ? -1 : to - 1;
  if (noun < 0 || tree.tokens[noun].upos !== 'NOUN') return false;
  return tree.dependents(noun, 'amod', 'nummod').some((k) => cues.ordinals.has(tree.lemma(k)) || tree.tokens[k].xpos === 'JJS');
}

/**
 * The prospect noun whose "of" phrase holds the noun event, through at most two nouns in between ("the
 * possibility of sanctions", "the chance of a resumption of talks", "fears of an attack"): what may come.
 */
function prospectOf(tree: Tree, event: number, cues: StatusCues): number | undefined {
  // "sanctions are one option": the event as the subject of a prospect noun.
  const predicate = tree.head(event);
  if (tree.relation(event) === 'nsubj' && predicate >= 0 && tree.tokens[predicate].upos === 'NOUN' && cues.prospectNouns.has(tree.lemma(predicate)) && tree.dependents(predicate, 'cop').length) return predicate;
  let node = event;
  for (let step = 0; step < 3; step++) {
    const head = tree.head(node);
    if (head < 0 || tree.tokens[node].upos !== 'NOUN' || tree.tokens[head].upos !== 'NOUN' || tree.relation(node) !== 'nmod' || !tree.markers(node).includes('of')) return undefined;
    if (cues.prospectNouns.has(tree.lemma(head))) return head;
    node = head;
  }
  return undefined;
}

/**
 * Whether the event's clause is the "that" clause of a past decision or commitment ("decided that
 * its troops would join", "agreed that talks would resume", "promised that"): its "would" is the
 * future of that past, as after "said". Not after a belief or a hope ("remained hopeful that they
 * would be freed" is hoped for, so hypothetical).
 */
function settledBefore(tree: Tree, chain: number[], cues: StatusCues): boolean {
  const top = chain[chain.length - 1];
  const head = tree.head(top);
  if (head < 0 || tree.relation(top) !== 'ccomp' || !tree.markers(top).includes('that')) return false;
  if (tree.tokens[head].upos !== 'VERB' || tree.tokens[head].xpos !== 'VBD') return false;
  return LEXICON.decisionVerbs.has(tree.lemma(head)) || cues.commitments.has(tree.lemma(head));
}

/**
 * The verb of starting or taking place that `verb` takes as its infinitive ("expected to resume",
 * "due to take place", "set to be held"; the parser may read the verb as a noun after "to").
 */
function startingComplement(tree: Tree, verb: number, cues: StatusCues): string | undefined {
  for (const child of tree.dependents(verb, 'xcomp', 'obl', 'advcl')) {
    if (!tree.markers(child).includes('to') && !tree.dependents(child, 'case').some((c) => tree.lemma(c) === 'to')) continue;
    const lemma = hasLemma(tree, child, cues.startVerbs);
    if (lemma !== undefined) return lemma;
    if (tree.lemma(child) === 'take' && tree.dependents(child, 'obj', 'compound:prt').some((c) => tree.lemma(c) === 'place')) return 'take-place';
    if (tree.lemma(child) === 'hold' && tree.dependents(child, 'aux:pass').length) return 'be-held';
  }
  return undefined;
}

/**
 * Whether `i` is the active verb of getting ready ("are preparing to storm", "prepared for an assault"; not
 * the readiness of "is prepared to"): force so readied is intended, no threat (also events/extract.ts).
 */
export function isPreparing(tree: Tree, i: number): boolean {
  return tree.tokens[i].upos === 'VERB' && LEXICON.preparationVerbs.has(tree.lemma(i)) && !tree.dependents(i, 'aux:pass', 'nsubj:pass', 'csubj:pass').length;
}

/**
 * The verb whose modal a conjoined verb shares ("will fly to Lima and hold talks": "hold" has no "will"
 * of its own; "as well as meeting", which the parser may hang as an adverbial with its "as well as"):
 * a verb conjunct with no subject, auxiliary or marker but "to" of its own, not told in the past or
 * the third person ("and met", "and holds" have a tense of their own).
 */
function sharedModalHead(tree: Tree, node: number): number | undefined {
  const head = tree.head(node);
  if (head < 0 || tree.tokens[node].upos !== 'VERB' || tree.tokens[head].upos !== 'VERB' || head > node) return undefined;
  const relation = tree.relation(node);
  if (relation !== 'conj' && !(relation === 'advcl' && tree.dependents(node, 'cc').length)) return undefined;
  if (['VBD', 'VBZ'].includes(tree.tokens[node].xpos)) return undefined;
  if (tree.dependents(node, 'nsubj', 'nsubj:pass', 'aux', 'aux:pass', 'cop').length) return undefined;
  if (tree.markers(node).some((m) => m !== 'to')) return undefined;
  return head;
}

/**
 * The verb of inclusion in the present that takes the noun event as its object, when its subject (or the
 * noun its relative clause hangs on) is a programme noun: "the agenda includes talks with", "a visit that
 * includes a meeting with". What a programme includes is still to run; "the trip included talks" is told.
 */
function onProgramme(tree: Tree, event: number, cues: StatusCues): number | undefined {
  const verb = tree.head(event);
  if (verb < 0 || !isNoun(tree, event) || tree.relation(event) !== 'obj' || !cues.inclusionVerbs.has(tree.lemma(verb))) return undefined;
  if (!['VBZ', 'VBP'].includes(tree.tokens[verb].xpos) || tree.dependents(verb, 'aux', 'aux:pass').length) return undefined;
  const holder = tree.tokens[verb].deprel === 'acl:relcl' ? tree.head(verb) : tree.dependents(verb, 'nsubj').find((s) => isNoun(tree, s));
  return holder !== undefined && holder >= 0 && cues.itineraryNouns.has(tree.lemma(holder)) ? verb : undefined;
}

/** The evidence of an intent word: "preparing:" for force got ready by deeds, which no one announced (recodeByStatus), else "intent:". */
function intentEvidence(tree: Tree, word: number): Evidence {
  return evidence(tree, word, `${isPreparing(tree, word) ? 'preparing' : 'intent'}:${tree.lemma(word)}`);
}

/**
 * The plan noun whose "for" phrase is the noun event ("announced plans for a pullout", "renewed its bid
 * for talks"): what a plan is for is planned, as its infinitive is. The parser may hang the phrase on
 * the verb that takes the plan noun; the plan noun right before "for" then decides. Not after a verb whose
 * "for" gives its grounds (cues.reasonVerbs: "blamed the campaign for the bombings").
 */
function plannedBy(tree: Tree, event: number, cues: StatusCues): number | undefined {
  const head = tree.head(event);
  if (head < 0 || !isNoun(tree, event) || !['nmod', 'obl'].includes(tree.relation(event)) || !tree.markers(event).includes('for')) return undefined;
  // Not the object of a verb whose "for" gives its grounds ("blamed the rebels' campaign for the bombings"): the
  // phrase is the verb's, wherever the parser hangs it.
  const grounds = (noun: number) => tree.relation(noun) === 'obj' && tree.head(noun) >= 0 && cues.reasonVerbs.has(tree.lemma(tree.head(noun)));
  if (isNoun(tree, head) && cues.purposeNouns.has(tree.lemma(head))) return grounds(head) ? undefined : head;
  const before = tree.extent(event)[0] - 1;
  const taken = before >= 0 && tree.head(before) === head && tree.relation(before) === 'obj' && tree.tokens[head].upos === 'VERB' && !grounds(before);
  return taken && isNoun(tree, before) && cues.purposeNouns.has(tree.lemma(before)) ? before : undefined;
}

/**
 * A verb of planning in the past tells a plan carried out, or an act it names as planned by its doer
 * ("planned the bombing of the embassy in 1998"): its object event is as told, not intended. Only a past
 * "scheduled/slated" with a "for" phrase of time sets a date ahead ("scheduled talks for Monday").
 */
function isPlanTold(tree: Tree, verb: number): boolean {
  const tag = tree.tokens[verb].xpos;
  const perfect = tree.dependents(verb, 'aux').some((aux) => tree.lemma(aux) === 'have');
  if (tag !== 'VBD' && !(tag === 'VBN' && perfect)) return false;
  if (!['schedule', 'slate'].includes(tree.lemma(verb))) return true;
  const object = tree.dependents(verb, 'obj');
  const timed = (node: number) => tree.dependents(node, 'obl', 'nmod').some((child) => tree.markers(child).includes('for') && LEXICON.calendar.timeWordPattern.test(tree.tokens[child].form));
  return !timed(verb) && !object.some(timed);
}

/** Adjectives whose infinitive did not come about ("unable to prevent the attack"), as a negating verb's. */
const UNABLE_WORDS = new Set(['unable', 'powerless', 'helpless']);

/**
 * The verb of preventing whose object is the noun event, when the prevention is still to come ("a curfew to
 * prevent riots", "troops will be sent to deter attacks", "to avert a strike and protests": a conjunct of the
 * object too): what is to be prevented has not come and may, whatever the tense or purpose of the clause.
 * Not a prevention told as done ("police prevented an attack"), nor one that failed ("failed to prevent the bombing").
 */
function preventedBy(tree: Tree, chain: number[], cues: StatusCues): number | undefined {
  let object = 0;
  while (object + 1 < chain.length && tree.relation(chain[object]) === 'conj' && isNoun(tree, chain[object]) && isNoun(tree, chain[object + 1])) object++;
  const verb = chain[object + 1];
  if (verb === undefined || !isNoun(tree, chain[object]) || tree.relation(chain[object]) !== 'obj' || hasLemma(tree, verb, cues.preventingVerbs) === undefined) return undefined;
  if (!isToCome(tree, verb)) return undefined;
  // "failed to prevent the bombing", "unable to stop ...", "could have averted the massacre": a prevention that did not
  // come about, so the act came: it is told as it is, not kept open.
  const perfect = tree.dependents(verb, 'aux').some((a) => tree.lemma(a) === 'have');
  const failed = chain.slice(object + 2).some((node) => hasLemma(tree, node, cues.negatingVerbs) !== undefined || UNABLE_WORDS.has(tree.lemma(node)));
  return perfect || failed ? undefined : verb;
}

/** The event's modality (actual, future, intended, hypothetical, speculative) and the words behind it. */
export function judgeModality(input: StatusInput, chain: number[], path: number[], cues: StatusCues, report: Report | undefined, conditional: boolean): { modality: Modality; evidence?: Evidence } {
  const { tree } = input;
  // "police suspect two gunmen threw the grenade": a named holder's belief in a past act reports it; a belief in a modal or coming act guesses.
  const pastBelief = report?.belief && cues.pastBeliefs.has(report.evidence.rule.slice('belief:'.length)) && pastClause(tree, chain) && !chain.some((node) => tree.dependents(node, 'aux').some((a) => tree.tokens[a].xpos === 'MD'));
  if (report?.belief && !pastBelief) return { modality: 'speculative', evidence: report.evidence };
  // "the upcoming visit ... is expected to draw crowds": a noun event's own word of plan is nearer than a belief about its clause.
  const planWord = tree.tokens[chain[0]].upos === 'NOUN' ? planModifier(tree, chain[0], cues) : undefined;
  if (planWord !== undefined) return { modality: 'intended', evidence: evidence(tree, planWord, `modifier:${tree.tokens[planWord].form.toLowerCase()}`) };
  // "the next round of talks is due to open": a noun that counts the event stands for it as the clause's subject.
  const counter = isNoun(tree, chain[0]) && tree.relation(chain[0]) === 'nmod' && tree.markers(chain[0]).includes('of') && path[1] === tree.head(chain[0]) && LEXICON.seriesNouns.has(tree.lemma(path[1])) ? path[1] : undefined;
  const lead = counter === undefined ? 0 : 1;
  const subjectNoun = path[lead];
  // "the pullout is set to begin in July", "talks are due to resume": a noun event that a future frame says will start is scheduled.
  const framing = isNoun(tree, subjectNoun) && ['nsubj', 'nsubj:pass'].includes(tree.relation(subjectNoun)) ? tree.head(subjectNoun) : -1;
  const frameWord = framing >= 0 ? [tree.lemma(framing), tree.tokens[framing].form.toLowerCase()].find((word) => cues.futureFrames.has(word)) : undefined;
  const begun = frameWord !== undefined ? startingComplement(tree, framing, cues) : undefined;
  if (begun !== undefined) return { modality: 'future', evidence: evidence(tree, framing, `future:${frameWord}-to-${begun}`) };
  for (let k = 1; k < path.length; k++) {
    const node = path[k];
    const lemma = tree.lemma(node);
    if (!cues.belief.has(lemma)) continue;
    // "expects to hold talks": the subject's own plan, not a belief.
    const passive = tree.dependents(node, 'aux:pass', 'nsubj:pass').length > 0;
    if (cues.intent.has(lemma) && tree.relation(path[k - 1]) === 'xcomp' && !tree.dependents(node, 'obj').length && !passive) continue;
    // "the ministers are expected to sign": a scheduled event, as "are due to sign".
    if (passive && cues.expectations.has(lemma) && tree.relation(path[k - 1]) === 'xcomp') return { modality: 'future', evidence: evidence(tree, node, `future:${lemma}-to`) };
    // "talks are expected to resume": a noun event expected to begin is scheduled, as "talks are due to resume".
    const start = passive && cues.expectations.has(lemma) && k === lead + 1 && ['nsubj', 'nsubj:pass'].includes(tree.relation(subjectNoun)) && isNoun(tree, subjectNoun) ? startingComplement(tree, node, cues) : undefined;
    if (start !== undefined) return { modality: 'future', evidence: evidence(tree, node, `future:${lemma}-to-${start}`) };
    // "a major offensive is expected": a noun event expected with nothing said of it is ahead, as "an expected offensive" is.
    // Not "the attack was expected to fail" (what is said of it is the guess) nor a belief with a "that" clause.
    // (The parser may read the infinitive's verb as a noun after "to": "expected to fail".)
    const saidOfIt = tree.dependents(node, 'xcomp', 'ccomp', 'advcl').length > 0 || tree.children[node].some((child) => tree.markers(child).includes('to'));
    if (passive && cues.expectations.has(lemma) && k === lead + 1 && tree.tokens[subjectNoun].deprel === 'nsubj:pass' && isNoun(tree, subjectNoun) && !saidOfIt) {
      return { modality: 'future', evidence: evidence(tree, node, `expected:${lemma}`) };
    }
    // "the minister is expected in Tehran for talks": the purpose of an expected arrival.
    if (passive && cues.expectations.has(lemma) && k === 1 && tree.relation(path[0]) === 'obl' && tree.markers(path[0]).includes('for')) return { modality: 'future', evidence: evidence(tree, node, `future:${lemma}-for`) };
    // "talks are expected", not "appeared in court in protest": a noun event reaches a belief word as its argument, not by a preposition.
    const via = tree.relation(path[k - 1]);
    // "the insurgency appeared to be weakening": a raising verb doubts what is said of the noun event, not the event ("a deal seemed close" stays open).
    if (k === 1 && via === 'nsubj' && isNoun(tree, path[0]) && RAISING_VERBS.has(lemma) && tree.dependents(node, 'xcomp').some((x) => tree.tokens[x].upos === 'VERB')) continue;
    // "said they suspect two gunmen threw the grenade": a holder's belief in a past act, in its "that" clause, reports it
    // (the parser may make the clause's verb an xcomp with its subject for the belief's object, or a copular clause,
    // "what police believed were bombings", the belief's object).
    const below = path.slice(0, k);
    const content = via === 'ccomp' || (via === 'xcomp' && tree.tokens[path[k - 1]].xpos === 'VBD') || (via === 'obj' && tree.dependents(path[k - 1], 'cop').length > 0);
    // The holder is the belief's subject, or its controller's ("continued to believe"); the act is past ("were bombings" too).
    const holder = tree.relation(node) === 'xcomp' ? tree.head(node) : node;
    const held = holder >= 0 && tree.dependents(holder, 'nsubj').some((s) => tree.lemma(s) !== 'it');
    const past = pastClause(tree, below) || below.some((n) => tree.dependents(n, 'cop').some((c) => tree.tokens[c].xpos === 'VBD'));
    if (content && cues.pastBeliefs.has(lemma) && held && past && !below.some((n) => tree.dependents(n, 'aux').some((a) => tree.tokens[a].xpos === 'MD'))) return { modality: 'actual', evidence: evidence(tree, node, `belief-report:${lemma}`) };
    if (['ccomp', 'xcomp', 'parataxis', 'obj', 'conj'].includes(via) || (chain.includes(node) && via !== 'obl' && via !== 'nmod')) {
      return { modality: 'speculative', evidence: evidence(tree, node, `belief:${lemma}`) };
    }
  }
  for (const node of chain) {
    for (const child of tree.dependents(node, 'advmod')) {
      if (cues.belief.has(tree.lemma(child)) && tree.tokens[child].upos === 'ADV') return { modality: 'speculative', evidence: evidence(tree, child, `belief:${tree.lemma(child)}`) };
    }
  }
  // "decides whether to endorse the deal": the act an intent or decision word weighs is undecided.
  const weighed = tree.dependents(chain[0], 'xcomp', 'ccomp', 'advcl').find((child) => tree.markers(child).some((m) => cues.questionMarkers.has(m)));
  if (weighed !== undefined && (cues.intent.has(tree.lemma(chain[0])) || LEXICON.decisionVerbs.has(tree.lemma(chain[0])))) return { modality: 'hypothetical', evidence: evidence(tree, weighed, 'question:whether') };
  // "is considering sending troops", "weighs sanctions": a weighed act is open, whatever the tense of the weighing.
  // Not an act the weighed act takes ("consider accepting the offer of talks": the offer was made).
  // Not a judgement of a given act ("considers the attack an act of war": the object has a predicate of its own).
  const judged = (verb: number) => tree.dependents(verb, 'xcomp', 'obj').some((k) => k !== chain[0] && ['NOUN', 'ADJ', 'PROPN'].includes(tree.tokens[k].upos));
  const weighing = chain.slice(0, 2).find((node, k) => cues.weighing.has(tree.lemma(node)) && (k === 0 ? tree.dependents(node, 'xcomp', 'obj').length > 0 : ['xcomp', 'obj', 'ccomp'].includes(tree.relation(chain[0])) && !judged(node)));
  if (weighing !== undefined) return { modality: 'hypothetical', evidence: evidence(tree, weighing, `weighing:${tree.lemma(weighing)}`) };
  // "has not ruled out a strike": the act is left open (a strike that was ruled out is negated by the negation count).
  const excluding = chain.length > 1 && ['obj', 'xcomp', 'advcl'].includes(tree.relation(chain[0])) ? hasLemma(tree, chain[1], cues.excluding) : undefined;
  if (excluding !== undefined) return { modality: 'hypothetical', evidence: evidence(tree, chain[1], `excluding:${excluding}`) };
  // "whether to lift the siege", "asked if Iran had attacked": an undecided or open question.
  for (const node of chain) {
    const markers = tree.markers(node);
    const head = tree.head(node);
    // "decide whether to impose": the parser may make "whether" the head of the infinitive.
    const question = markers.find((m) => cues.questionMarkers.has(m)) ?? (head >= 0 && cues.questionMarkers.has(tree.lemma(head)) ? tree.lemma(head) : undefined);
    const asked = markers.includes('if') && head >= 0 && cues.notConditionHeads.has(tree.lemma(head));
    if (question || asked) return { modality: 'hypothetical', evidence: evidence(tree, node, `question:${question ?? 'if'}`) };
  }
  // "would spare Iran from possible sanctions": a noun event's own word of doubt is nearer than its clause's modal.
  if (tree.tokens[chain[0]].upos === 'NOUN') {
    const doubt = tree.dependents(chain[0], 'amod', 'det').find((child) => cues.hypotheticalModifiers.has(tree.lemma(child)) && tree.lemma(child) !== 'future');
    if (doubt !== undefined) return { modality: 'hypothetical', evidence: evidence(tree, doubt, `modifier:${tree.lemma(doubt)}`) };
    // "an invasion was possible": the same word as the noun event's predicate.
    const predicate = tree.relation(chain[0]) === 'nsubj' ? chain[1] : undefined;
    if (predicate !== undefined && tree.tokens[predicate].upos === 'ADJ' && cues.hypotheticalModifiers.has(tree.lemma(predicate)) && tree.dependents(predicate, 'cop').length) return { modality: 'hypothetical', evidence: evidence(tree, predicate, `predicate:${tree.lemma(predicate)}`) };
  }
  // "refer Iran to the Security Council for sanctions": what a body is asked to do by a referral is a possible outcome.
  const referral = isNoun(tree, chain[0]) ? referralOf(tree, chain[0]) : undefined;
  if (referral !== undefined) return { modality: 'hypothetical', evidence: evidence(tree, referral.verb, `referred-for:${tree.lemma(referral.verb)}`) };
  // "a curfew to prevent riots", "troops will be sent to deter attacks": what is to be prevented has not come and may.
  const preventer = preventedBy(tree, chain, cues);
  if (preventer !== undefined) return { modality: 'hypothetical', evidence: evidence(tree, preventer, `prevented:${hasLemma(tree, preventer, cues.preventingVerbs)}`) };
  for (const node of chain) {
    for (const child of tree.dependents(node, 'aux', 'advmod')) {
      const lemma = tree.lemma(child);
      const form = tree.tokens[child].form.toLowerCase();
      if (cues.future.has(lemma) || cues.future.has(form)) return { modality: 'future', evidence: evidence(tree, child, `future:${form}`) };
      if (cues.hypothetical.has(lemma) || cues.hypothetical.has(form)) {
        // "said it would meet": the future of a past report, unless a condition makes it hypothetical.
        if ((form === 'would' || form === "'d") && (report?.past || settledBefore(tree, chain, cues)) && !conditional) return { modality: 'future', evidence: evidence(tree, child, `future-in-past:${form}`) };
        return { modality: 'hypothetical', evidence: evidence(tree, child, `hypothetical:${form}`) };
      }
    }
    // "is to visit": "be" with a to-infinitive.
    // Not the "been" of a perfect infinitive after its "to" ("are reported to have been killed").
    const to = tree.dependents(node, 'mark').find((m) => tree.lemma(m) === 'to');
    const be = tree.children[node].find((child) => ['cop', 'aux'].includes(tree.relation(child)) && tree.lemma(child) === 'be' && (to === undefined || child < to));
    if (be !== undefined && to !== undefined && be < node) return { modality: 'future', evidence: evidence(tree, be, 'future:be-to') };
    // A headline's "Iran to resume talks", "Blair to meet Bush": a subject with a bare to-infinitive for its verb is the wire's "is to".
    const headline = tree.head(node) < 0 ? tree.dependents(node, 'nsubj').length > 0 : tree.relation(node) === 'acl' && tree.head(tree.head(node)) < 0 && tree.tokens[tree.head(node)].upos === 'PROPN' && tree.head(node) < node;
    if (headline && be === undefined && tree.markers(node).includes('to')) return { modality: 'future', evidence: evidence(tree, node, 'future:headline-to') };
    // "is set to", "is going to": a future frame over the event's infinitive (by form: "going", not "went").
    const frame = [tree.lemma(node), tree.tokens[node].form.toLowerCase()].find((word) => cues.futureFrames.has(word));
    if (node !== chain[0] && frame && tree.relation(chain[chain.indexOf(node) - 1]) === 'xcomp') return { modality: 'future', evidence: evidence(tree, node, `future:${frame}-to`) };
    // "is due in Tokyo for talks", "the talks are due on Monday": a frame adjective as the clause's predicate schedules what it holds.
    if (node !== chain[0] && frame && tree.tokens[node].upos === 'ADJ' && tree.dependents(node, 'cop').length) return { modality: 'future', evidence: evidence(tree, node, `future:${frame}`) };
  }
  // "will fly to Lima and hold talks", "is to address parliament as well as meeting the president": a verb
  // conjoined to a modal or "is to" verb with no subject, auxiliary or tense of its own shares that modal.
  for (const node of chain) {
    const head = sharedModalHead(tree, node);
    if (head === undefined) continue;
    for (const child of tree.dependents(head, 'aux')) {
      const lemma = tree.lemma(child);
      const form = tree.tokens[child].form.toLowerCase();
      if (cues.future.has(lemma) || cues.future.has(form)) return { modality: 'future', evidence: evidence(tree, child, `future-shared:${form}`) };
      if (cues.hypothetical.has(lemma) || cues.hypothetical.has(form)) {
        if ((form === 'would' || form === "'d") && (report?.past || settledBefore(tree, chain, cues)) && !conditional) return { modality: 'future', evidence: evidence(tree, child, `future-in-past-shared:${form}`) };
        return { modality: 'hypothetical', evidence: evidence(tree, child, `hypothetical-shared:${form}`) };
      }
    }
    const to = tree.dependents(head, 'mark').find((m) => tree.lemma(m) === 'to');
    const be = tree.children[head].find((child) => ['cop', 'aux'].includes(tree.relation(child)) && tree.lemma(child) === 'be' && (to === undefined || child < to));
    if (be !== undefined && to !== undefined && be < head) return { modality: 'future', evidence: evidence(tree, be, 'future-shared:be-to') };
  }
  const programme = onProgramme(tree, chain[0], cues);
  if (programme !== undefined) return { modality: 'future', evidence: evidence(tree, programme, `future:programme-${tree.lemma(programme)}`) };
  const ahead = futureTime(tree, chain, cues);
  if (ahead) return { modality: 'future', evidence: ahead };
  const prospect = prospectOf(tree, chain[0], cues);
  if (prospect !== undefined) return { modality: 'hypothetical', evidence: evidence(tree, prospect, `prospect:${tree.lemma(prospect)}`) };
  for (const child of tree.dependents(chain[0], 'amod', 'det')) {
    const lemma = tree.lemma(child);
    if (cues.hypotheticalModifiers.has(lemma)) return { modality: lemma === 'future' ? 'future' : 'hypothetical', evidence: evidence(tree, child, `modifier:${lemma}`) };
  }
  // "will dominate the talks when Peru hosts Chile": the time clause of a future event is future too.
  const clauseTop = chain[chain.length - 1];
  const governor = tree.head(clauseTop);
  const timeWord = [...tree.markers(clauseTop), ...tree.dependents(clauseTop, 'advmod').filter((a) => a < clauseTop).map((a) => tree.lemma(a))].find((m) => cues.timeMarkers.has(m));
  if (tree.relation(clauseTop) === 'advcl' && governor >= 0 && timeWord && tree.dependents(governor, 'aux').some((a) => cues.future.has(tree.lemma(a)) || cues.future.has(tree.tokens[a].form.toLowerCase()))) {
    return { modality: 'future', evidence: evidence(tree, clauseTop, `future:${timeWord}-clause`) };
  }
  for (const child of tree.dependents(chain[0], 'amod')) {
    const lemma = tree.tokens[child].form.toLowerCase();
    if (cues.intendedModifiers.has(lemma)) return { modality: 'intended', evidence: evidence(tree, child, `modifier:${lemma}`) };
  }
  // "flew to Cairo to meet", "arrived for talks": the purpose of an act is intended.
  const last = chain[chain.length - 1];
  const markers = tree.markers(last);
  // Not after a decision word ("voted to dismiss the cabinet"): the parser's adverbial is its complement, and the decided act stands.
  const decided = tree.head(last) >= 0 && LEXICON.decisionVerbs.has(tree.lemma(tree.head(last)));
  if (tree.relation(last) === 'advcl' && !decided && !hasLemma(tree, last, cues.enablingVerbs) && !isCountedRelative(tree, last, cues) && markers.length && markers[markers.length - 1] === 'to' && markers.every((m) => ['to', 'in', 'order', 'so', 'as'].includes(m))) {
    return { modality: 'intended', evidence: evidence(tree, last, 'purpose:to') };
  }
  // "a deployment aimed at boosting the navy", "talks designed to end the strike": what a purpose participle aims at is intended.
  const aim = tree.head(last);
  if (['advcl', 'xcomp'].includes(tree.relation(last)) && aim >= 0 && markers.some((m) => m === 'at' || m === 'to') && cues.purposeParticiples.has(tree.lemma(aim))) {
    return { modality: 'intended', evidence: evidence(tree, aim, `purpose:${tree.lemma(aim)}`) };
  }
  // "heads to Sudan this week to press the government": the parser may take a journey's purpose for its complement.
  const journey = chain.find((node) => tree.relation(node) === 'xcomp' && tree.markers(node).includes('to') && hasLemma(tree, tree.head(node), cues.motionVerbs) !== undefined);
  if (journey !== undefined) return { modality: 'intended', evidence: evidence(tree, journey, 'purpose:to') };
  // "surrendered at an army post near Cali to face trial": a purpose infinitive the parser hangs on the place phrase before it.
  if (chain.length > 2 && tree.tokens[chain[0]].upos === 'VERB' && tree.relation(chain[0]) === 'acl' && tree.markers(chain[0]).includes('to') && !isCountedRelative(tree, chain[0], cues) && tree.relation(chain[1]) === 'obl' && tree.markers(chain[1]).some((m) => LEXICON.placePrepositions.has(m))) {
    return { modality: 'intended', evidence: evidence(tree, chain[0], 'purpose:to') };
  }
  if (tree.tokens[chain[0]].upos === 'NOUN' && tree.relation(chain[0]) === 'obl' && tree.markers(chain[0]).includes('for') && chain.length > 1 && hasLemma(tree, chain[1], cues.motionVerbs)) {
    return { modality: 'intended', evidence: evidence(tree, chain[0], 'purpose:for') };
  }
  // "arrived in Lima for a state visit of three days": a "for" phrase the parser hangs on the place phrase of a motion verb.
  const place = tree.head(chain[0]);
  const mover = place >= 0 ? tree.head(place) : -1;
  if (tree.tokens[chain[0]].upos === 'NOUN' && tree.relation(chain[0]) === 'nmod' && tree.markers(chain[0]).includes('for') && mover >= 0 && tree.relation(place) === 'obl' && tree.markers(place).some((m) => LEXICON.placePrepositions.has(m)) && hasLemma(tree, mover, cues.motionVerbs)) {
    return { modality: 'intended', evidence: evidence(tree, chain[0], 'purpose:for') };
  }
  // "is making efforts to free the hostages": an infinitive hung on the verb right after its purpose-noun object is that noun's.
  const maker = tree.head(chain[0]);
  const aimed = ['xcomp', 'advcl'].includes(tree.relation(chain[0])) && tree.markers(chain[0]).includes('to') && maker >= 0 ? tree.dependents(maker, 'obj').find((object) => object === chain[0] - 2 && cues.purposeNouns.has(tree.lemma(object))) : undefined;
  if (aimed !== undefined) return { modality: 'intended', evidence: evidence(tree, aimed, `intent:${tree.lemma(aimed)}`) };
  // "plans to negotiate": the event is the infinitive of an intent word, or is the intent word with its infinitive.
  for (let k = 1; k < chain.length; k++) {
    // ("in a bid to restart talks": the object of a purpose noun's infinitive is what the infinitive is for, as the infinitive is.)
    const purposeInfinitive = tree.relation(chain[k - 1]) === 'acl' && (k === 1 || (tree.tokens[chain[k - 1]].upos === 'VERB' && tree.markers(chain[k - 1]).includes('to') && chain.slice(0, k - 1).every((node) => tree.relation(node) === 'obj')));
    if (['xcomp', 'acl'].includes(tree.relation(chain[k - 1])) && (cues.intent.has(tree.lemma(chain[k])) || (purposeInfinitive && cues.purposeNouns.has(tree.lemma(chain[k]))))) return { modality: 'intended', evidence: intentEvidence(tree, chain[k]) };
  }
  // "plans a visit to China", "scheduled talks for Monday": a noun event a verb of planning takes is planned, coded as
  // the event (the verb below it) or as the plan (the verb framing it).
  const planning = isNoun(tree, chain[0]) && tree.relation(chain[0]) === 'obj' && chain.length > 1 ? chain[1] : input.framed !== undefined && isNoun(tree, input.framed) && tree.head(input.framed) === chain[0] && tree.relation(input.framed) === 'obj' ? chain[0] : undefined;
  if (planning !== undefined && hasLemma(tree, planning, cues.planningVerbs) !== undefined && !isPlanTold(tree, planning)) return { modality: 'intended', evidence: evidence(tree, planning, `intent:${tree.lemma(planning)}`) };
  const plan = plannedBy(tree, chain[0], cues);
  if (plan !== undefined) return { modality: 'intended', evidence: evidence(tree, plan, `intent:${tree.lemma(plan)}-for`) };
  // "troops are preparing for an assault": the "for" phrase of a verb of getting ready is what it readies.
  if (chain.length > 1 && isNoun(tree, chain[0]) && tree.relation(chain[0]) === 'obl' && tree.markers(chain[0]).includes('for') && isPreparing(tree, chain[1])) {
    return { modality: 'intended', evidence: intentEvidence(tree, chain[1]) };
  }
  // "the drive to reopen the mine must not stall": the parser may make the purpose noun the subject of its own infinitive.
  const to = tree.dependents(chain[0], 'mark').find((m) => tree.lemma(m) === 'to');
  const purpose = to === undefined ? undefined : tree.dependents(chain[0], 'nsubj').find((subject) => subject === to - 1 && cues.purposeNouns.has(tree.lemma(subject)));
  if (purpose !== undefined) return { modality: 'intended', evidence: evidence(tree, purpose, `intent:${tree.lemma(purpose)}`) };
  const top = chain[chain.length - 1];
  const head = tree.head(top);
  if (head >= 0 && tree.relation(top) === 'xcomp' && cues.intent.has(tree.lemma(head))) {
    return { modality: 'intended', evidence: intentEvidence(tree, head) };
  }
  // "plans to negotiate" coded as the plan; not "threatened to strike", a speech act that was made.
  // "plans for a visit by Putin": a plan noun's "for" phrase is what it plans, as its infinitive is;
  // "preparing for talks", "ready for talks": an intent word's "for" phrase, as its infinitive.
  const planned = tree.dependents(chain[0], 'nmod', 'obl').some((child) => tree.markers(child).includes('for')) && ((isNoun(tree, chain[0]) && cues.purposeNouns.has(tree.lemma(chain[0]))) || cues.intent.has(tree.lemma(chain[0])));
  // "announced plans on Monday to build": the parser may hang the plan's infinitive on the verb that takes it.
  const verb = tree.head(chain[0]);
  const hungOnVerb = tree.relation(chain[0]) === 'obj' && verb >= 0 && tree.dependents(verb, 'advcl', 'xcomp').some((child) => child > chain[0] && tree.markers(child).includes('to'));
  // "the Gaza pullout plan": a plan noun whose compound is the framed event.
  const compound = input.framed !== undefined && tree.head(input.framed) === chain[0] && tree.relation(input.framed) === 'compound';
  const infinitive = planned || hungOnVerb || compound || tree.dependents(chain[0], 'xcomp').length > 0 || tree.dependents(chain[0], 'acl').some((child) => tree.markers(child).includes('to'));
  // (A purpose noun's verb is no intent: "has pushed for progress", "is pushing to win passage" are what was done.)
  const purposeNoun = isNoun(tree, chain[0]) && cues.purposeNouns.has(tree.lemma(chain[0]));
  if ((cues.intent.has(tree.lemma(chain[0])) || purposeNoun) && !cues.commitments.has(tree.lemma(chain[0])) && infinitive) {
    return { modality: 'intended', evidence: evidence(tree, chain[0], `intent:${tree.lemma(chain[0])}`) };
  }
  // "moved in to protect civilians and deliver aid", "an offensive to retake the town and end the siege": a bare
  // verb conjoined to an infinitive of purpose or intent, with no subject or tense of its own, shares that purpose.
  const partner = ['VB', 'VBP'].includes(tree.tokens[chain[0]].xpos) ? sharedModalHead(tree, chain[0]) : undefined;
  if (partner !== undefined) {
    const shared = judgeModality(input, clauseChain(tree, partner), tree.pathToRoot(partner), cues, report, conditional);
    if (shared.modality === 'intended') return shared;
  }
  return { modality: 'actual' };
}
