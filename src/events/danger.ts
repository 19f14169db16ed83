import type { Tree } from '../syntax/tree.ts';
import type { StatusCues } from './cues.ts';
import { hasLemma } from './status/clause.ts';
import { LEXICON } from '../lexicon/index.ts';
import type { Extraction } from './extract.ts';
import { type ActorRef, toActorRef } from '../core/event.ts';

/**
 * Whether a threat noun names a danger that its clause's subject faces, not a threat someone made
 * ("Kenya faces the threat of renewed militant raids", "farmers fear the menace of fresh looting"): the
 * subject is the one at risk, and the event is the attack that may come, not a threat.
 */
export function isFacedDanger(tree: Tree, extraction: Extraction, cues: StatusCues): boolean {
  if (extraction.pattern.frame !== 'threaten' || extraction.pattern.pos !== 'noun' || extraction.framedCode === undefined) return false;
  const head = tree.head(extraction.trigger);
  if (head < 0 || tree.relation(extraction.trigger) !== 'obj' || hasLemma(tree, head, cues.dangerVerbs) === undefined) return false;
  // "the threat by the rebels of new attacks": a named threatener made it.
  return !tree.dependents(extraction.trigger, 'nmod', 'nmod:poss').some((child) => tree.tokens[child].deprel === 'nmod:poss' || tree.markers(child).includes('by') || tree.markers(child).includes('from'));
}

/**
 * The actors at risk from a faced danger (`isFacedDanger`): those named in the subject of the verb of
 * facing ("Kenya faces the threat of renewed raids by Somali gunmen": Kenya), as `mentions` of the
 * sentence give them.
 */
export function endangeredActors(tree: Tree, extraction: Extraction, mentions: readonly ActorRef[]): ActorRef[] {
  const head = tree.head(extraction.trigger);
  return tree.dependents(head, 'nsubj').flatMap((subject) => {
    const [first, last] = tree.extent(subject);
    const { start, end } = tree.span(first, last);
    return mentions.filter((m) => m.start >= start && m.end <= end && m.code).map(toActorRef);
  });
}

/** Relations by which a participle clause hangs on the clause it comments on, or on a participle before it. */
// (not 'acl': a participle on a document noun is its author's own words, "a statement threatening to sink any ship")
const PARTICIPLE_RELATIONS: ReadonlySet<string> = new Set(['advcl', 'conj']);

/**
 * Whether verb `i`, "threatening to" in a participle clause with no subject of its own, tells a risk
 * its clause's events run, not a threat someone made: the harm it threatens is one an event does
 * ("Militiamen shelled the port for a third day, threatening to derail talks due next week"),
 * not an act ("..., threatening to kill the hostages", which is coded on its own).
 */
export function isRiskTold(tree: Tree, i: number): boolean {
  const token = tree.tokens[i];
  if (tree.lemma(i).toLowerCase() !== 'threaten' || token.xpos !== 'VBG' || !PARTICIPLE_RELATIONS.has(token.deprel) || tree.dependents(i, 'nsubj').length) return false;
  return tree.dependents(i, 'xcomp').some((clause) => tree.markers(clause).includes('to') && LEXICON.riskVerbs.has(tree.lemma(clause).toLowerCase()));
}

/**
 * Whether a threat noun that frames no act names a danger, not a threat someone made: the object of a
 * verb of facing or weighing a danger ("Iran is ready to confront any external threat", "immigrants
 * pose a threat to the national culture", "played down any threat from China"), a predicate ("the
 * militias are a threat to the truce") or what there is or is not ("there was no threat to the
 * airliner"). A threat with its maker ("Rwanda's threat", "a threat by the rebels") or of a kind that
 * is made ("a bomb threat", "death threats") stays a threat.
 */
export function isNamedDanger(tree: Tree, extraction: Extraction, cues: StatusCues): boolean {
  const i = extraction.trigger;
  if (extraction.pattern.frame !== 'threaten' || extraction.pattern.pos !== 'noun' || extraction.framed !== undefined || tree.lemma(i).toLowerCase() !== 'threat') return false;
  if (tree.dependents(i, 'nmod:poss', 'compound').length || tree.dependents(i, 'nmod').some((child) => tree.markers(child).includes('by'))) return false;
  const head = tree.head(i);
  const relation = tree.relation(i);
  if (head >= 0 && relation === 'obj' && (hasLemma(tree, head, cues.dangerVerbs) !== undefined || hasLemma(tree, head, cues.dangerNamingVerbs) !== undefined)) return true;
  if (tree.dependents(i, 'cop').length) return true;
  return head >= 0 && relation === 'nsubj' && tree.dependents(head, 'expl').length > 0;
}

/** Tags of a verb of facing in the present or bare ("faces", "face", "could face"), not one told as past ("faced", "has faced"). */
const OPEN_TAGS: ReadonlySet<string> = new Set(['VBZ', 'VBP', 'VB']);

/**
 * Whether a noun event is the object of a verb of facing or risking it ("Iran may face UN sanctions if
 * ...", "Zimbabwe faces new sanctions", "risks an embargo"): the one facing it is its target, no one
 * has threatened it in these words, and, with the verb in the present, it has not come. Returns the
 * verb of facing, or undefined. Not a faced threat noun (`isFacedDanger`), nor one told as past
 * ("Cuba has faced sanctions for decades").
 */
export function facingVerb(tree: Tree, i: number, cues: StatusCues): number | undefined {
  const head = tree.head(i);
  if (head < 0 || tree.relation(i) !== 'obj' || hasLemma(tree, head, cues.dangerVerbs) === undefined) return undefined;
  if (!OPEN_TAGS.has(tree.tokens[head].xpos) || tree.dependents(head, 'aux').some((a) => tree.lemma(a) === 'have')) return undefined;
  return head;
}

/** Verbs of facing whose object may be in force ("faces an embargo"), unlike "risk" or "fear". */
const STANDING_VERBS: ReadonlySet<string> = new Set(['face', 'confront']);

/** Modifiers of a faced noun event that tell it is still to come ("faces new sanctions", "further sanctions"). */
const COMING_WORDS: ReadonlySet<string> = new Set(['new', 'fresh', 'further', 'more', 'additional', 'tougher', 'wider']);

/**
 * Whether noun event `i`, faced or risked by verb `verb` (`facingVerb`), is still to come: it has a word
 * of its coming ("faces new sanctions", "faces possible sanctions") or a condition ("faces sanctions if
 * it tests a missile"); what is risked or feared always is. "Cuba faces a US trade embargo" is an embargo in force.
 */
export function isFacedAhead(tree: Tree, i: number, verb: number, cues: StatusCues): boolean {
  // what one risks or fears has not come by the verb's meaning; what one faces or confronts may stand
  if (!STANDING_VERBS.has(tree.lemma(verb).toLowerCase())) return true;
  const coming = tree.dependents(i, 'amod', 'det').some((m) => COMING_WORDS.has(tree.lemma(m).toLowerCase()) || cues.hypotheticalModifiers.has(tree.lemma(m).toLowerCase()));
  // (the parser may hang the condition on the noun: "risks sanctions if the vote is rigged")
  const clauses = [...tree.dependents(verb, 'advcl'), ...tree.dependents(i, 'acl', 'advcl')];
  return coming || clauses.some((clause) => tree.markers(clause).some((m) => cues.conditions.has(m.toLowerCase())));
}
