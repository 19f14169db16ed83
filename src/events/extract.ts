import { placeOfSentence } from '../actors/place-of-event.ts';
import { referralOf } from './referral.ts';
import { agentPartOf, countryOf, INSTITUTION_SECTORS, isStateCode, isUnknown } from '../core/actor-code.ts';
import type { Document, Mention } from '../core/document.ts';
import { toActorRef, type ActorRef } from '../core/event.ts';
import { misreadParticipleSubject } from '../syntax/repairs/misread-participle.ts';
import { nounBeforeRelative } from '../syntax/repairs/relative-antecedent.ts';
import { createTree, type Tree } from '../syntax/tree.ts';
import { LEXICON } from '../lexicon/index.ts';
import type { Ontology } from './ontology.ts';
import type { Pattern, PatternLexicon, Role } from './patterns.ts';
import { partiesOfResumedTalks } from './resumed-talks.ts';
import { countsEarlierViolence } from './casualty-clause.ts';
import { hasOwnSubject, mergeCountedCasualties } from './casualty-merge.ts';
import { dropRestatedViolence } from './restated-violence.ts';
import { isFigurativeBlow, isDeadly, isPoliticalRivalry } from './figurative-blow.ts';
import { isChargeContent } from './charge-content.ts';
import { isMereWarning } from './warning.ts';
import { isRiskTold } from './danger.ts';
import { authorPhrases, isDocument } from './document-author.ts';
import { isRetold } from './retold.ts';
import { isPreparing } from './status/modality.ts';
import { ARMED_SECTORS, FORCE_ROOTS, isViolentCode } from './violent-roots.ts';

/** An event found in one sentence, before status, date and ontology coding are added. */
export interface Extraction {
  sentence: number;
  /** Token index of the trigger (for a framed event: the frame's trigger). */
  trigger: number;
  /** Token index of the framed event's trigger, when a frame gave the code. */
  framed?: number;
  /** The framed event's own code, when a frame gave the code. */
  framedCode?: string;
  code: string;
  pattern: Pattern;
  source: ActorRef[];
  target: ActorRef[];
  /** How the roles were found, for confidence and debugging (e.g. "control", "target-fallback"). */
  notes: string[];
  /** For the second side of a paired act ("reverse") or one pair of a compound subject ("pair 1>2"): what tells it from the first. */
  side?: string;
}

// Relations that stay inside a noun phrase: an actor found through them belongs to the phrase.
const PHRASE_RELATIONS = new Set(['det', 'amod', 'compound', 'flat', 'nmod:poss', 'conj', 'cc', 'nummod', 'nmod:desc', 'case', 'punct', 'appos', 'advmod']);

function posClass(upos: string | undefined): Pattern['pos'] | undefined {
  if (upos === 'VERB') return 'verb';
  if (upos === 'NOUN' || upos === 'PROPN') return 'noun';
  if (upos === 'ADJ') return 'adj';
  return undefined;
}

/**
 * The direct objects of verb `i`, with a phrase the parser introduces by a particle it took for a
 * preposition ("turned over 40 crates of vaccines": "over" tagged RP as the case of "crates").
 */
function directObjects(tree: Tree, i: number): number[] {
  // "struck a provisional accord Monday": the parser may make the object a compound of the time word after it.
  const times = tree.dependents(i, 'obj', 'obl:unmarked', 'obl:tmod').filter((child) => isTime(tree, child));
  const hidden = times.flatMap((time) => tree.dependents(time, 'compound').filter((child) => tree.tokens[child].upos === 'NOUN'));
  const objects = [...tree.dependents(i, 'obj').filter((child) => !times.includes(child)), ...hidden];
  // "dismissed reports that its agency had helped ...": an indirect object with no direct one is the
  // parser's misreading of the direct object before a clause.
  return objects.length ? objects : tree.dependents(i, 'iobj');
}

function isTime(tree: Tree, i: number): boolean {
  return LEXICON.calendar.timeNouns.has(tree.lemma(i).toLowerCase()) || tree.tokens[i].deprel === 'obl:tmod';
}

function isPassive(tree: Tree, verb: number): boolean {
  return tree.dependents(verb, 'nsubj:pass', 'aux:pass', 'csubj:pass').length > 0;
}

/** The prepositions that open what someone is accused, charged or arrested for, right after the verb. */
const CHARGE_PREPOSITIONS: ReadonlySet<string> = new Set(['of', 'with', 'for', 'over', 'in', 'on']);

/**
 * The one accused by a verb of accusing or arresting that the parser read as the main verb of the noun
 * before it, with no object and the preposition of the charge right after it ("Nine officers accused of
 * planning a mutiny deny ...", "A general charged with war crimes pleads ..."): active, such a verb takes
 * the one accused as its object, so with none it is a passive participle whose subject is the accused.
 * Returns the subject the parser gave it, or the noun it modifies ("three Britons accused of plotting
 * attacks were freed"); undefined for any other verb.
 */
function accusedOfParticiple(tree: Tree, i: number): number[] | undefined {
  const token = tree.tokens[i];
  if (token.upos !== 'VERB' || !['VBD', 'VBN'].includes(token.xpos) || !LEXICON.accusationWords.has(tree.lemma(i))) return undefined;
  const next = tree.tokens[i + 1];
  if (!next || !CHARGE_PREPOSITIONS.has(next.form.toLowerCase())) return undefined;
  if (tree.dependents(i, 'obj', 'iobj', 'aux', 'aux:pass', 'nsubj:pass').length) return undefined;
  const head = tree.head(i);
  if (token.deprel === 'acl' && token.xpos === 'VBN' && head >= 0 && head < i && posClass(tree.tokens[head].upos) === 'noun') return [head];
  const subjects = tree.dependents(i, 'nsubj').filter((subject) => subject < i && posClass(tree.tokens[subject].upos) === 'noun');
  return subjects.length ? subjects : undefined;
}

/**
 * The passive subjects of verb `i`, its own or, for a verb coordinated with a passive one and
 * naming no one of its own, the first verb's: "two Britons were convicted and were sentenced",
 * "the journalist was arrested and deported" (tagged a past tense, sharing "was").
 */
function passiveSubjects(tree: Tree, i: number, depth = 0): number[] {
  const own = tree.dependents(i, 'nsubj:pass');
  const head = tree.head(i);
  if (!own.length && depth === 0) {
    const controller = passiveController(tree, i);
    if (controller.length) return controller;
  }
  if (own.length || depth > 3 || head < 0 || tree.tokens[i].deprel !== 'conj' || !isPassive(tree, head)) return own;
  if (!['VBN', 'VBD'].includes(tree.tokens[i].xpos) || tree.dependents(i, 'nsubj', 'obj').length) return own;
  return passiveSubjects(tree, head, depth + 1);
}

/**
 * The one a passive infinitive with no subject of its own acts on: the subject of the frame it completes
 * ("the hostages are due to be released", "the general is expected to be charged", "is set to be tried",
 * "flew to Paris to be treated"), or the object of a verb whose object controls its infinitive ("urged
 * Kenya to be sent ..."; not a verb of subject control).
 */
function passiveController(tree: Tree, i: number, depth = 0): number[] {
  const head = tree.head(i);
  if (head < 0 || depth > 2 || !['xcomp', 'advcl'].includes(tree.relation(i)) || !tree.markers(i).includes('to')) return [];
  if (!tree.dependents(i, 'aux:pass').length || tree.dependents(i, 'nsubj', 'nsubj:pass', 'expl').length) return [];
  if (tree.relation(i) === 'xcomp') {
    const objects = tree.dependents(head, 'obj');
    if (objects.length && !LEXICON.controlVerbs.subject.has(tree.lemma(head))) return objects;
  }
  const subjects = tree.dependents(head, 'nsubj', 'nsubj:pass').filter((s) => posClass(tree.tokens[s].upos) === 'noun' || tree.tokens[s].upos === 'PRON');
  if (subjects.length) return subjects;
  // "are expected to continue to be held": the frame's own controller.
  return tree.relation(head) === 'xcomp' ? passiveController(tree, head, depth + 1) : [];
}

/** Relations of a noun inside a clause's object or phrase, whose participle is no misread main verb. */
const EMBEDDED_NOUN_RELATIONS = new Set(['obj', 'iobj', 'obl', 'nsubj:pass', 'appos']);

/**
 * True for a past participle modifying a noun with no object of its own, a passive relative ("two
 * journalists held hostage", "charges filed in 1965"); a bare singular noun after it is a predicate
 * ("held hostage", "taken prisoner"), not an object. With an object it is a past tense the parser
 * misread ("the government held talks").
 */
function isPassiveRelative(tree: Tree, i: number): boolean {
  const token = tree.tokens[i];
  if (token.deprel !== 'acl' || token.xpos !== 'VBN' || token.head < 0 || posClass(tree.tokens[token.head].upos) !== 'noun') return false;
  // A subject or root phrase may be the parser's misreading of a clause ("Thousands of Iraqi Kurds
  // demonstrated in Kirkuk"): the phrase holding the participle must be an object or a phrase.
  let phrase = token.head;
  while (tree.relation(phrase) === 'nmod' && tree.head(phrase) >= 0) phrase = tree.head(phrase);
  // (With its subtype: the passive subject of another verb, "three drivers kidnapped in Iraq were
  // freed", is no misread clause; nor is the subject of a predicate with an auxiliary or copula after
  // the participle, "two reporters held in Iraq are still alive"; a subject of a bare verb may be.)
  const later = tree.head(phrase);
  const subjectOfLater = tree.relation(phrase) === 'nsubj' && later > i && tree.dependents(later, 'aux', 'cop').length > 0 && !tree.dependents(i, 'aux', 'mark').length;
  if (!EMBEDDED_NOUN_RELATIONS.has(tree.relation(phrase)) && !EMBEDDED_NOUN_RELATIONS.has(tree.tokens[phrase].deprel) && !subjectOfLater) return false;
  const predicate = (object: number) => tree.tokens[object].xpos === 'NN' && tree.children[object].every((child) => !['det', 'nmod:poss', 'amod', 'nummod'].includes(tree.relation(child)));
  return tree.dependents(i, 'obj').every(predicate);
}

/** Tags of a verb that has a tense of its own: "arrests", "arrest" after a plural, "arrested". */
const FINITE_TAGS: ReadonlySet<string> = new Set(['VBD', 'VBZ', 'VBP']);

/**
 * True for a verb with a tense, a participle with an object and no auxiliary (a past tense tagged VBN: "and
 * arrested ten men"), or a verb whose own auxiliary has a tense or is a modal ("and are investigating",
 * "and will meet").
 */
function headsClause(tree: Tree, i: number): boolean {
  const tag = tree.tokens[i].xpos;
  if (FINITE_TAGS.has(tag) || (tag === 'VBN' && tree.dependents(i, 'obj').length > 0 && tree.dependents(i, 'aux', 'aux:pass').length === 0)) return true;
  return tree.dependents(i, 'aux').some((aux) => FINITE_TAGS.has(tree.tokens[aux].xpos) || tree.tokens[aux].xpos === 'MD');
}

/** True for verb `verb` whose subject reacts to, causes or draws the act its object names, and does not do it ("condemned the attack", "drew criticism"). */
function reactsTo(tree: Tree, verb: number): boolean {
  return LEXICON.reactionVerbs.has(tree.lemma(verb)) || LEXICON.drawingVerbs.has(tree.lemma(verb));
}

/** True for a verb of causing, drawing or meeting a reaction ("drew criticism"), not one a particle makes another verb ("drew up plans"). */
function draws(tree: Tree, verb: number): boolean {
  return LEXICON.drawingVerbs.has(tree.lemma(verb)) && !verbParticles(tree, verb).length;
}

/** A year or a decade ("1998", "1980s"). */
const YEAR_OR_DECADE = /^(1[89]|20)\d(\d|0s)$/;

/**
 * True when noun `i` names its year or decade: as a modifier ("the 1998 border war"), in its "of" or
 * "in" phrase ("the war of 1998"), or in an "in" phrase of the verb that takes it ("fought a border war in 1998").
 */
function namesItsYear(tree: Tree, i: number): boolean {
  const year = (node: number) => YEAR_OR_DECADE.test(tree.tokens[node].form);
  if (tree.dependents(i, 'nummod', 'compound', 'amod').some(year)) return true;
  const dated = (node: number, relations: string[]) => tree.children[node].some((child) => relations.includes(tree.relation(child)) && year(child) && tree.markers(child).some((m) => m === 'of' || m === 'in'));
  if (dated(i, ['nmod'])) return true;
  const verb = tree.head(i);
  return verb >= 0 && tree.relation(i) === 'obj' && dated(verb, ['obl']);
}

/** Mention rules of a town or capital named as a modifier, a place rather than an actor ("a Baghdad car bombing"). */
const PLACE_MODIFIER_RULES: ReadonlySet<string> = new Set(['modifier-place', 'modifier-capital']);

/** True when `ref` is a town or capital named before noun `noun`, inside its phrase ("a Srinagar grenade attack"). */
function isPlaceModifier(tree: Tree, noun: number, ref: ActorRef, mentions: readonly Mention[]): boolean {
  const mention = mentions.find((m) => m.start === ref.start && m.end === ref.end);
  if (!mention || !PLACE_MODIFIER_RULES.has(mention.rule) || ref.end > tree.tokens[noun].start) return false;
  const [first] = tree.extent(noun, (child) => NOUN_WORD_RELATIONS.has(tree.relation(child)));
  return ref.start >= tree.tokens[first].start;
}

/**
 * True when `ref` holds a premises noun compounded onto noun `noun` ("the U.S. embassy bombing", "an
 * Australian embassy attack"): the building hit, whose owner is the target, not the doer.
 */
function isPremisesModifier(tree: Tree, noun: number, ref: ActorRef): boolean {
  return tree.dependents(noun, 'compound').some((part) => {
    const token = tree.tokens[part];
    return LEXICON.premisesNouns.has(tree.lemma(part).toLowerCase()) && token.start >= ref.start && token.end <= ref.end;
  });
}

/** True for a verb of putting down the event its object names: "quell", "put down", "break up" (not "put" or "break" alone). */
function suppresses(tree: Tree, verb: number): boolean {
  const lemma = tree.lemma(verb);
  return LEXICON.suppressionVerbs.has(lemma) || verbParticles(tree, verb).some((particle) => LEXICON.suppressionVerbs.has(`${lemma} ${particle}`));
}

/** The event noun that verb `verb` takes part in ("took part in the talks", "engaged in fighting"), if its phrase names one the lexicon matched. */
function partakenEvent(tree: Tree, verb: number, matched: ReadonlyMap<number, Pattern>): number | undefined {
  return tree.dependents(verb, 'obl').find((noun) => matched.has(noun) && !matched.get(noun)!.frame && takesPartIn(tree, verb, noun));
}

/** True when `verb` is a verb of taking part ("engage in", "take part in") in the event its phrase `noun` names. */
function takesPartIn(tree: Tree, verb: number, noun: number): boolean {
  const lemma = tree.lemma(verb);
  const objects = tree.dependents(verb, 'obj').map((object) => tree.lemma(object));
  return tree.markers(noun).some((marker) =>
    LEXICON.participationVerbs.has(`${lemma} ${marker}`) || objects.some((object) => LEXICON.participationVerbs.has(`${lemma} ${object} ${marker}`)));
}

/** The token that acts as the subject of `i` (a verb or a noun trigger), following control, coordination and relatives. */
function subjectOf(tree: Tree, i: number, notes: string[], depth = 0, mentions?: readonly Mention[]): number[] {
  if (depth > 6) return [];
  const token = tree.tokens[i];
  const relation = token.deprel;
  const head = token.head;
  if (posClass(token.upos) === 'noun') {
    // Owners in order of preference; resolveRoles keeps the first that names an actor.
    // "prompted a protest from Baghdad": after a verb of reacting or causing, a "from" phrase names the doer.
    const reacted = head >= 0 && relation === 'obj' && reactsTo(tree, head);
    const agents = tree.dependents(i, 'nmod').filter((child) => tree.markers(child).includes('by') || (reacted && tree.markers(child).includes('from')));
    // ("Syria received a rebuke from the UN": the "from" phrase may hang on the drawing verb.)
    if (reacted && draws(tree, head)) agents.push(...tree.dependents(head, 'obl').filter((child) => tree.markers(child).includes('from')));
    // "referred Syria to the council for sanctions": the body a party is handed to takes the act.
    const referral = referralOf(tree, i);
    if (referral !== undefined) agents.push(referral.body);
    // "the blockade imposed by the rebels", "an attack carried out by militants": the "by" phrase of a
    // passive participle on the event noun names its doer, as the subject of "imposed a blockade"
    // does; not that of a verb of reacting ("the attack, condemned by the UN").
    for (const participle of tree.dependents(i, 'acl')) {
      if (tree.tokens[participle].xpos !== 'VBN' || reactsTo(tree, participle)) continue;
      agents.push(...tree.dependents(participle, 'obl', 'obl:agent').filter((child) => tree.markers(child).includes('by')));
    }
    const owners = [...agents, ...tree.dependents(i, 'nmod:poss'), ...tree.dependents(i, 'compound'), ...tree.dependents(i, 'amod')];
    if (head >= 0 && relation === 'conj') return [...owners, ...subjectOf(tree, head, notes, depth + 1)];
    // ("Britain condemned the attack": a verb of reacting to the event names no doer of it.)
    // (Nor does a verb of suffering it, "the minister survived a roadside bombing", or of putting it
    // down, "the government sought to quell the uprising".)
    if (head >= 0 && (relation === 'obj' || relation === 'nsubj:pass') && posClass(tree.tokens[head].upos) === 'verb' && !reactsTo(tree, head) && !LEXICON.victimVerbs.has(tree.lemma(head)) && !suppresses(tree, head)) {
      notes.push('light-verb');
      return [...owners, ...subjectOf(tree, head, notes, depth + 1)];
    }
    // "held a round of talks", "a wave of French drone strikes": the event in the "of" phrase of a
    // light or counting noun has that noun's owners.
    if (head >= 0 && relation === 'nmod' && LEXICON.seriesNouns.has(tree.lemma(head)) && tree.markers(i).includes('of')) {
      return [...owners, ...subjectOf(tree, head, notes, depth + 1)];
    }
    // "Troops drove back the rebels with a wave of air strikes", "retaliated with rocket fire": an
    // event that is the instrument of an active verb of force is done by that verb's subject.
    const wielding = instrumentVerb(tree, i);
    if (wielding !== undefined) {
      notes.push('instrument');
      return [...owners, ...subjectOf(tree, wielding, notes, depth + 1)];
    }
    // "The minister is due in Gaza for talks", "will be in Beijing next week for talks", "is expected in
    // Tehran for talks": the purpose of a copular or passive predicate's subject is that subject's.
    const predicate = head >= 0 && (tree.dependents(head, 'cop').length > 0 || isPassive(tree, head));
    if (predicate && (relation === 'obl' || relation === 'nmod') && tree.markers(i).includes('for')) {
      const subjects = tree.dependents(head, 'nsubj', 'nsubj:pass');
      if (subjects.length) {
        notes.push('purpose-of-subject');
        return [...owners, ...subjects];
      }
    }
    // "Colombian troops are on the offensive", "the two sides are in talks": the subject of an event
    // noun that is itself the predicate takes part in the event (the trigger's own predicate, not a
    // noun passed through: "is in possession of a tape threatening ...").
    // (So does a bare one that is the parser's reading of a progressive verb: "the cabinet is pressing
    // for new elections", with "pressing" read as a noun; only when the subject's head word is itself an
    // actor's, who can act: "Nepal's worst fear is bombing of its towns" names what is feared.)
    const progressive = tree.tokens[i].xpos === 'NN' && /ing$/i.test(tree.tokens[i].form) && !tree.dependents(i, 'det', 'nmod:poss').length && !tree.markers(i).length;
    const inPhrase = tree.markers(i).some((m) => m === 'in' || m === 'on');
    if (depth === 0 && tree.dependents(i, 'cop').length && (progressive || inPhrase)) {
      const acts = (s: number) => inPhrase || !mentions || mentions.some((m) => m.start <= tree.tokens[s].start && tree.tokens[s].end <= m.end);
      const subjects = tree.dependents(i, 'nsubj').filter(acts);
      if (subjects.length) {
        notes.push('in-event');
        return [...owners, ...subjects];
      }
    }
    // "is engaged in talks with the clans", "took part in the offensive": a verb of taking part names
    // the event's doer as its subject (a passive one's, "engaged", as its passive subject).
    if (depth === 0 && head >= 0 && relation === 'obl' && takesPartIn(tree, head, i)) {
      notes.push('participation');
      const passive = isPassive(tree, head) ? tree.dependents(head, 'nsubj:pass') : [];
      return [...owners, ...(passive.length ? passive : subjectOf(tree, head, notes, depth + 1))];
    }
    // "Peru recalled its envoy in protest", "shelled the town in retaliation": the act a verb's own act is
    // done as is its subject's (an active verb's: "was recalled in protest" names no doer).
    // Only the bare singular names the manner: "died in protests", "in the protest" speak of one held.
    if (depth === 0 && head >= 0 && relation === 'obl' && tree.markers(i).includes('in') && LEXICON.responseNouns.has(tree.lemma(i)) && tree.tokens[i].xpos === 'NN' && !tree.dependents(i, 'det', 'nmod:poss').length && posClass(tree.tokens[head].upos) === 'verb' && !isPassive(tree, head)) {
      notes.push('response-of-subject');
      return [...owners, ...subjectOf(tree, head, notes, depth + 1)];
    }
    // "Troops prepared for an assault on the town", "are gearing up for an offensive": the act an active
    // verb of getting ready by deeds prepares is its subject's (preparation-verbs.txt); so is it the noun's
    // that the participle modifies ("forces prepared for an assault", ready or readied, do it).
    if (head >= 0 && relation === 'obl' && tree.markers(i).includes('for') && tree.tokens[head].upos === 'VERB' && LEXICON.preparationVerbs.has(tree.lemma(head)) && !tree.dependents(head, 'aux:pass', 'nsubj:pass').length) {
      notes.push('prepared-act');
      const noun = tree.head(head);
      const modified = tree.relation(head) === 'acl' && noun >= 0 && posClass(tree.tokens[noun].upos) === 'noun';
      return [...owners, ...(modified ? [noun] : subjectOf(tree, head, notes, depth + 1))];
    }
    // "Chilean soldiers stayed on standby": the state is the subject's.
    if (head >= 0 && relation === 'obl' && LEXICON.stateVerbs.has(tree.lemma(head))) {
      notes.push('state-verb');
      return [...owners, ...subjectOf(tree, head, notes, depth + 1)];
    }
    return owners;
  }
  let subjects = tree.dependents(i, 'nsubj', 'csubj').filter((s) => tree.tokens[s].deprel !== 'nsubj:pass');
  // "Nine officers accused of planning a mutiny deny ...": the officers are accused, by someone the text does not name.
  if (accusedOfParticiple(tree, i) !== undefined) {
    notes.push('misread-accusation');
    return tree.dependents(i, 'obl').filter((child) => tree.markers(child).includes('by'));
  }
  // "would not free them as demanded by the rebels": a participle with an agent phrase is passive,
  // however the parser hangs it.
  // (A reduced relative, "letters released by the school", is the noun's: see the "acl" case below.)
  // (Only a complement or a marked clause, "as demanded by": an unmarked one may be a misread relative.)
  const clauseOfVerb = relation === 'xcomp' || (relation === 'advcl' && tree.dependents(i, 'mark').length > 0);
  const agentPhrase = token.xpos === 'VBN' && !subjects.length && clauseOfVerb && head >= 0 && tree.tokens[head].upos === 'VERB' ? tree.dependents(i, 'obl:agent').filter((child) => tree.markers(child).includes('by')) : [];
  if (agentPhrase.length) {
    notes.push('agent-phrase');
    return agentPhrase;
  }
  if (isPassive(tree, i)) {
    const agents = tree.dependents(i, 'obl').filter((child) => tree.markers(child).includes('by'));
    if (agents.length) return agents;
    // "Ecuador is prepared to declare a curfew": a participle of readiness is a state of its subject.
    if (!LEXICON.readinessParticiples.has(tree.lemma(i))) return [];
    subjects = tree.dependents(i, 'nsubj:pass');
  }
  // "Norway says it is willing ...": the parser may attach a pronoun subject as an expletive.
  if (!subjects.length) subjects = tree.dependents(i, 'expl').filter((s) => LEXICON.pronouns.subject.has(tree.lemma(s)));
  if (subjects.length && subjects.every((s) => LEXICON.pronouns.subject.has(tree.lemma(s)) && tree.tokens[s].upos === 'PRON')) {
    // A pronoun the actors stage could not resolve: the subject of the clause that reports it
    // ("Japan said it had halted aid"), tried after the pronoun itself.
    notes.push('pronoun');
    return [...subjects, ...reportingSubject(tree, i, notes, depth)];
  }
  if (subjects.length) {
    const relative = (s: number) => LEXICON.relativePronouns.has(tree.lemma(s)) && tree.tokens[s].upos === 'PRON';
    if (subjects.every(relative)) {
      notes.push('relative');
      // ("demands by gunmen who killed two drivers": "who" stands for the doer named by the "by" phrase
      // before it, where the parser hangs the clause on the noun of the act.)
      const before = nounBeforeRelative(tree, subjects[0]);
      const byDoer = ['who', 'whom'].includes(tree.tokens[subjects[0]].form.toLowerCase()) && before.length > 0 && tree.head(before[0]) === head && tree.markers(before[0]).includes('by');
      let antecedent = relation === 'acl:relcl' && head >= 0 && posClass(tree.tokens[head].upos) === 'noun' && !byDoer ? [head] : nounBeforeRelative(tree, subjects[0]);
      // "circulated a draft on Monday that calls on Iran ...": a clause hung on a time phrase of the verb
      // is the verb's object's, where that object is a text.
      const timed = antecedent.length && isTime(tree, antecedent[0]) && tree.head(antecedent[0]) >= 0 ? directObjects(tree, tree.head(antecedent[0])).filter((object) => isDocument(tree, object)) : [];
      if (timed.length) antecedent = timed;
      // "Egypt issued a statement that condemned the raid": a document stands for its author, the
      // subject of the verb that issues it, where it names none itself (the parser may hang the
      // relative clause on the wrong word: then the noun before "who" is taken).
      const issuing = antecedent.length && isDocument(tree, antecedent[0]) ? documentIssuer(tree, antecedent[0]) : undefined;
      return issuing === undefined ? antecedent : [...subjectOf(tree, issuing, notes, depth + 1), ...antecedent];
    }
    // "A video from a gang which said ... demanded money", read with "video" and "which" both
    // subjects of "said": the relative pronoun is this verb's subject, the other another verb's.
    const pronoun = subjects.find(relative);
    if (pronoun !== undefined) {
      const antecedent = nounBeforeRelative(tree, pronoun);
      if (antecedent.length) {
        notes.push('relative');
        return [...antecedent, ...subjects.filter((s) => s !== pronoun)];
      }
    }
    return subjects;
  }
  if (head < 0) return [];
  // "Chad will act alone but needs help, the minister said", read as two reported clauses: the
  // clause opened by a conjunction shares the subject of the clause of its kind before it.
  if ((relation === 'ccomp' || relation === 'parataxis') && tree.dependents(i, 'cc').length) {
    const before = tree.dependents(head, relation).filter((k) => k < i && tree.tokens[k].upos === 'VERB' && tree.dependents(k, 'nsubj').length).pop();
    if (before !== undefined) {
      notes.push('misread-conjunct');
      return subjectOf(tree, before, notes, depth + 1);
    }
  }
  // "Chile praised Peru for sending troops", "the rebels were blamed for failing to attend": the act in the
  // "for" clause of a verb of crediting or faulting is done by the one credited or faulted, not the judge.
  const credited = creditedDoer(tree, i);
  if (credited !== undefined) {
    notes.push('credited-doer');
    return credited;
  }
  // "The delegation was delayed at the border but later visited the capital": an active verb coordinated
  // with a passive one shares its passive subject (not the doer of its "by" phrase).
  const sharedPassive = passiveOfConjunct(tree, i);
  if (sharedPassive.length) {
    notes.push('conjunct-of-passive');
    return sharedPassive;
  }
  if (relation === 'xcomp') {
    // "Iran is expected to resume talks", "Syria was urged to withdraw": the passive subject acts.
    const raised = isPassive(tree, head) ? tree.dependents(head, 'nsubj:pass') : [];
    if (raised.length) {
      notes.push('passive-control');
      return raised;
    }
    // A present tense is no complement: the parser misread the clause, and who acts is not known ("six
    // officers charged with staging a mutiny reject it", read with "reject" under "staging", names no doer).
    // (A bare infinitive tagged as a plural present is a complement: "made the rebels retreat"; so a VBP
    // counts only under a gerund.)
    if (tree.tokens[i].xpos === 'VBZ' || (tree.tokens[i].xpos === 'VBP' && tree.tokens[head].xpos === 'VBG')) return [];
    const objects = tree.dependents(head, 'obj', 'iobj');
    // "Rome is making efforts to free the hostages", with the infinitive hung on the verb: the effort's maker acts.
    if (objects.length === 1 && objects[0] === i - 2 && LEXICON.effortNouns.has(tree.lemma(objects[0])) && tree.markers(i).includes('to')) {
      notes.push('effort-of-maker');
      return subjectOf(tree, head, notes, depth + 1);
    }
    if (objects.length && !LEXICON.controlVerbs.subject.has(tree.lemma(head))) {
      notes.push('object-control');
      // "Iran indicated it would ...", parsed with "it" as the object: a subject pronoun there is
      // the clause's subject, tried before the subject of the verb that reports it.
      const pronouns = objects.every((o) => LEXICON.pronouns.subject.has(tree.lemma(o)) && tree.tokens[o].upos === 'PRON');
      return pronouns ? [...objects, ...subjectOf(tree, head, notes, depth + 1)] : objects;
    }
    notes.push('subject-control');
    return subjectOf(tree, head, notes, depth + 1);
  }
  // "The minister is in Tehran to discuss ...": the purpose of being at a named place is the subject's.
  const purpose = relation === 'advcl' || (relation === 'acl' && tree.markers(i).includes('to'));
  if (purpose && tree.dependents(head, 'cop').length && tree.tokens[head].upos === 'PROPN' && tree.markers(head).some((m) => LEXICON.placePrepositions.has(m)) && tree.dependents(head, 'nsubj').length) {
    notes.push('purpose-of-subject');
    return tree.dependents(head, 'nsubj');
  }
  if (relation === 'conj' && headsClause(tree, i) && posClass(tree.tokens[head].upos) === 'noun' && ['obj', 'obl'].includes(tree.relation(head))) {
    // "Troops raided a camp and arrested ten men", with "arrested" hung on "camp": the verb is
    // coordinated with the clause of the noun, whose verb's subject it shares.
    const clause = tree.head(head);
    if (clause >= 0 && posClass(tree.tokens[clause].upos) === 'verb') {
      notes.push('conjunct-of-object');
      return subjectOf(tree, clause, notes, depth + 1);
    }
  }
  // "urged Putin to act in a letter expressing concern": a participle after a document noun, hung by
  // the parser on a verb above it, modifies that document.
  const document = misplacedDocument(tree, i);
  if (document !== undefined) {
    notes.push('reduced-relative');
    const issuing = documentIssuer(tree, document);
    return issuing === undefined ? [document] : [...subjectOf(tree, issuing, notes, depth + 1), document];
  }
  if (relation === 'conj' || relation === 'advcl') return subjectOf(tree, head, notes, depth + 1);
  if (relation === 'acl') {
    // "three engineers held captive in Mali": a passive participle acts on the noun it modifies.
    if (isPassiveRelative(tree, i)) return tree.dependents(i, 'obl', 'obl:agent').filter((child) => tree.markers(child).includes('by'));
    notes.push('reduced-relative');
    // "issued a statement condemning the raid": a document stands for its author, the issuing verb's
    // subject, named before the document's own words ("pressed Chad with a UN draft urging ...": the
    // one pressing wrote it; the UN is where it goes).
    if (isDocument(tree, head)) {
      const issuing = documentIssuer(tree, head);
      if (issuing !== undefined) return [...subjectOf(tree, issuing, notes, depth + 1), head];
    }
    // "Sweden became the first state to criticize the vote", "Chile is the only one to object": an
    // infinitive on a predicate noun tells of the subject that noun is said of (the same one, named
    // better: "Uruguay's president became the first foreign leader to visit").
    if (tree.markers(i).includes('to')) {
      const linking = tree.head(head);
      const predicated = tree.dependents(head, 'cop').length
        ? tree.dependents(head, 'nsubj')
        : linking >= 0 && ['obj', 'xcomp'].includes(tree.relation(head)) && LEXICON.linkingVerbs.has(tree.lemma(linking)) ? tree.dependents(linking, 'nsubj') : [];
      if (predicated.length) {
        notes.push('predicate-of-subject');
        return [...predicated, head];
      }
      // "Rome stepped up efforts to free the hostages", "Italy's bid to broker a truce": what an effort
      // works for is done by the effort's maker (its owner, or the subject of the verb that makes it).
      if (LEXICON.effortNouns.has(tree.lemma(head))) {
        notes.push('effort-of-maker');
        // An effort no one is said to make, the subject of a reported clause, may be the reporting
        // side's: the extractor decides, by what the effort works for (effortReporters). Read as the
        // object of the reporting verb ("said a bid to ... had failed"), it is no effort that verb makes.
        const told = tree.relation(head) === 'obj' && isReportingVerb(tree, tree.head(head));
        if (told || tree.relation(head) === 'nsubj') notes.push('effort-of-reporter');
        return told ? [head] : [head, ...subjectOf(tree, head, notes, depth + 1)];
      }
    }
    return [head];
  }
  const subject = misreadParticipleSubject(tree, i);
  if (subject !== undefined) {
    notes.push('misread-clause');
    // "Turkish jets and drones pounded": the modifiers sit on the first conjunct.
    const first = tree.tokens[subject].deprel === 'conj' ? tree.head(subject) : -1;
    return first >= 0 ? [first, subject] : [subject];
  }
  return [];
}

/**
 * The one a verb of crediting, faulting or punishing names (its object, its passive subject, or the noun
 * its participle modifies), when verb `i` is the act of that verb's "for" clause: "praised Peru for
 * sending troops", "was criticised for failing to act", "a general jailed for ordering the killings".
 * Undefined for any other verb, or when the judging verb names no one.
 */
function creditedDoer(tree: Tree, i: number): number[] | undefined {
  const head = tree.head(i);
  if (head < 0 || !['advcl', 'acl', 'obl'].includes(tree.relation(i)) || tree.tokens[i].xpos !== 'VBG' || !tree.markers(i).includes('for')) return undefined;
  const lemma = tree.lemma(head);
  if (tree.tokens[head].upos !== 'VERB' || !(LEXICON.creditVerbs.has(lemma) || LEXICON.accusationWords.has(lemma))) return undefined;
  if (isPassive(tree, head)) return tree.dependents(head, 'nsubj:pass');
  const objects = directObjects(tree, head);
  if (objects.length) return objects;
  // ("a general jailed for ordering ...": the participle's noun.)
  const noun = tree.head(head);
  if (tree.relation(head) === 'acl' && tree.tokens[head].xpos === 'VBN' && noun >= 0 && posClass(tree.tokens[noun].upos) === 'noun') return [noun];
  return undefined;
}

/** Tags of a verb form that is no past participle, so active even without a subject of its own. */
const ACTIVE_TAGS: ReadonlySet<string> = new Set(['VBZ', 'VBP', 'VBG']);

/**
 * The passive subject verb `i` shares as an active verb coordinated with a passive one, naming no subject
 * of its own: "was delayed at the border but later visited the capital", "were surrounded and agreed to
 * surrender". Active only when its form or its complements say so (a form that may be a past participle,
 * "was arrested and deported", with no object is that passive's second verb): empty otherwise. A verb
 * whose object comes before its complement (object control: "told someone to leave") is active only
 * with that object: "was summoned and told to leave" is passive.
 */
function passiveOfConjunct(tree: Tree, i: number): number[] {
  const head = tree.head(i);
  // (a finite passive, with its auxiliary: "a Briton held hostage ... have issued" is a misread reduced relative)
  if (head < 0 || tree.relation(i) !== 'conj' || posClass(tree.tokens[head].upos) !== 'verb' || !tree.dependents(head, 'aux:pass').length || isPassive(tree, i)) return [];
  if (tree.dependents(i, 'nsubj', 'expl').length) return [];
  // (With a "by" phrase on the passive, the parser's conjunct is as often a clause of that doer's.)
  if (tree.dependents(head, 'obl', 'obl:agent').some((child) => tree.markers(child).includes('by'))) return [];
  const complements = LEXICON.controlVerbs.object.has(tree.lemma(i)) ? [] : tree.dependents(i, 'xcomp', 'ccomp');
  const active = ACTIVE_TAGS.has(tree.tokens[i].xpos) || complements.length > 0 || tree.dependents(i, 'obj', 'aux').length > 0;
  return active ? tree.dependents(head, 'nsubj:pass') : [];
}

/**
 * The active verb of force that noun event `noun` is the instrument of: a "with" phrase on it,
 * directly or through a counting noun ("drove back the rebels with a wave of air strikes"). Only a
 * verb of force or pressure (`instrumentVerbs`): "charged three men with the bombing", "compared the
 * raid with the bombings", "threatened the militants with air strikes" name an act someone is
 * charged with, likened to or threatened with, not one their subject does. Not a passive ("was hit
 * with rockets", whose doer is the "by" phrase), nor a verb of reacting, suffering or putting down.
 */
function instrumentVerb(tree: Tree, noun: number): number | undefined {
  let phrase = noun;
  const head = tree.head(noun);
  if (head >= 0 && tree.relation(noun) === 'nmod' && LEXICON.seriesNouns.has(tree.lemma(head)) && tree.markers(noun).includes('of')) phrase = head;
  // ("with plans to build homes": a noun of intent frames its infinitive, and is no instrument.)
  if (tree.dependents(noun, 'acl').some((clause) => isInfinitive(tree, clause)) || hungInfinitives(tree, noun).length) return undefined;
  if (!tree.markers(phrase).includes('with')) return undefined;
  let verb = tree.head(phrase);
  // The parser may hang the phrase on the verb's object ("attacked the militants with air strikes").
  if (verb >= 0 && tree.relation(phrase) === 'nmod' && tree.relation(verb) === 'obj') verb = tree.head(verb);
  else if (tree.relation(phrase) !== 'obl') return undefined;
  if (verb < 0) return undefined;
  if (posClass(tree.tokens[verb].upos) !== 'verb' || !LEXICON.instrumentVerbs.has(tree.lemma(verb)) || isPassive(tree, verb) || reactsTo(tree, verb) || LEXICON.victimVerbs.has(tree.lemma(verb)) || suppresses(tree, verb)) return undefined;
  return verb;
}

/** Prepositions of the medium a speaker acts through ("urged Putin in a letter", "pressed Sudan with a resolution"). */
const MEDIUM_PREPOSITIONS: ReadonlySet<string> = new Set(['in', 'with', 'through', 'via']);

/**
 * The verb whose subject wrote document noun `document` (AG guide: a document stands for its author):
 * a verb that issues it ("adopted a resolution urging ...", `issuingVerbs`), or the act it is the
 * medium of, past the infinitive that act governs ("urged Putin to uphold democracy in a message":
 * the urging). Undefined after a verb of reacting to it ("rejected a resolution threatening
 * sanctions", "vetoed a motion demanding ..."): its author is not that verb's subject.
 */
function documentIssuer(tree: Tree, document: number): number | undefined {
  const path = tree.pathToRoot(document);
  const verb = path.slice(1, 4).find((k) => tree.tokens[k].upos === 'VERB');
  if (verb === undefined) return undefined;
  // ("A UN resolution threatening sanctions will make it harder ...": a text that is the verb's subject is not what it issues.)
  // (A passive subject is: "a statement was issued condemning ...".)
  if (path.slice(0, path.indexOf(verb)).some((k) => tree.tokens[k].deprel === 'nsubj' || tree.tokens[k].deprel === 'csubj')) return undefined;
  if (tree.markers(document).some((marker) => MEDIUM_PREPOSITIONS.has(marker))) {
    // (The parser may hang the infinitive on the object's modifier: "urged Russian/amod President Putin to uphold".)
    let act = verb;
    for (let steps = 0; steps < 3 && tree.relation(act) === 'xcomp'; steps++) {
      const above = tree.pathToRoot(act).slice(1, 4).find((k) => tree.tokens[k].upos === 'VERB');
      if (above === undefined) break;
      act = above;
    }
    return act;
  }
  return LEXICON.issuingVerbs.has(tree.lemma(verb)) ? verb : undefined;
}

/**
 * A document noun right before participle `i` that the parser hung on a verb above the document's
 * phrase instead of on the document ("... in a letter expressing concern", read as an adverbial
 * clause of the verb): that document.
 */
function misplacedDocument(tree: Tree, i: number): number | undefined {
  const token = tree.tokens[i];
  const previous = i - 1;
  if (token.xpos !== 'VBG' || token.deprel !== 'advcl' || previous < 0 || tree.dependents(i, 'nsubj', 'mark', 'aux').length) return undefined;
  if (!isDocument(tree, previous)) return undefined;
  return tree.pathToRoot(previous).includes(tree.head(i)) ? previous : undefined;
}

/** The subject of the nearest verb above the clause of `i` ("Japan said [it had halted aid]": Japan). */
function reportingSubject(tree: Tree, i: number, notes: string[], depth: number): number[] {
  // A clause the parser hangs on a noun ("said on Tuesday it had ...") is passed up to that noun's verb.
  const verb = tree.pathToRoot(i).slice(1, 4).find((head) => tree.tokens[head].upos === 'VERB');
  return verb === undefined ? [] : subjectOf(tree, verb, notes, depth + 1);
}

/**
 * The sides that report the clause whose subject is an effort no one is said to make, the effort
 * whose infinitive trigger `i` is or hangs under ("Lisbon says the drive to reopen the border will
 * go on"): the reporting verbs above that clause, nearest first, up to four steps up.
 */
function effortReporters(tree: Tree, i: number, notes: string[]): number[] {
  const infinitive = tree.pathToRoot(i).slice(0, 4).find((k) => tree.relation(k) === 'acl' && tree.markers(k).includes('to') && LEXICON.effortNouns.has(tree.lemma(tree.head(k))));
  const effort = infinitive === undefined ? -1 : tree.head(infinitive);
  // (Read as the object of the reporting verb, the effort is the clause itself.)
  const clause = effort < 0 ? -1 : tree.relation(effort) === 'nsubj' ? tree.head(effort) : tree.relation(effort) === 'obj' ? effort : -1;
  if (clause < 0) return [];
  const reporters = tree.pathToRoot(clause).slice(1, 5).filter((verb) => isReportingVerb(tree, verb));
  return reporters.flatMap((verb) => subjectOf(tree, verb, notes));
}

/** True when token `verb` is a verb of reporting (by its form: reporting-verbs.txt). */
function isReportingVerb(tree: Tree, verb: number): boolean {
  return verb >= 0 && tree.tokens[verb].upos === 'VERB' && LEXICON.reportingVerbs.has(tree.tokens[verb].form.toLowerCase());
}

/** Relations of the words that make up a noun itself, before any phrase after it ("the three weeks' peace talks"). */
const NOUN_WORD_RELATIONS: ReadonlySet<string> = new Set(['det', 'amod', 'compound', 'nummod', 'nmod:poss', 'case', 'flat']);

/**
 * The "between"/"among" phrase (`marker`) right after noun `noun`'s own words, wherever the parser hung it
 * ("talks between Nepal and the Maoists", its preposition on "Nepal" compounded onto "Maoists").
 */
function partiesAfter(tree: Tree, noun: number, marker: string): number[] {
  // (The noun's own words only: "peace talks", not the phrases after it.)
  const [, last] = tree.extent(noun, (child) => NOUN_WORD_RELATIONS.has(tree.relation(child)));
  const next = last + 1;
  if (next >= tree.tokens.length || tree.lemma(next).toLowerCase() !== marker) return [];
  let phrase = tree.head(next);
  for (let steps = 0; steps < 3 && phrase >= 0 && ['compound', 'conj', 'flat', 'amod'].includes(tree.relation(phrase)); steps++) phrase = tree.head(phrase);
  return phrase >= 0 && ['obl', 'nmod'].includes(tree.relation(phrase)) && !tree.pathToRoot(noun).includes(phrase) ? [phrase] : [];
}

/**
 * The phrases of preposition `role` on these nodes, or on a time expression hung on them: a phrase
 * the parser hangs on a time expression ("gave a welcome on Thursday to the leader") is the verb's;
 * the "to" of an infinitive ("halted aid to Serbia to end the fighting") is no preposition. (Functions
 * of their own, not closures of `roleTokens`: tsx names each closure made, at a cost.)
 */
function phrasesMarked(tree: Tree, role: Role, nodes: number[]): number[] {
  const withTimes = [...nodes, ...nodes.flatMap((node) => tree.dependents(node, 'obl', 'obl:tmod', 'obl:unmarked', 'appos').filter((child) => isTime(tree, child)))];
  return withTimes.flatMap((node) => tree.dependents(node, 'obl', 'nmod', 'advcl').filter((child) => tree.markers(child).includes(role) && !isInfinitive(tree, child)));
}

/** True when token `child` is marked by the "to" of an infinitive. */
function isInfinitive(tree: Tree, child: number): boolean {
  return tree.dependents(child, 'mark').some((m) => tree.tokens[m].xpos === 'TO');
}

/**
 * The noun a relative pronoun stands for ("two Nepalis who were kidnapped in Iraq": the Nepalis), the
 * noun its clause is hung on, or else the noun before it; undefined for any other word.
 */
function relativeAntecedent(tree: Tree, pronoun: number, notes: string[]): number[] | undefined {
  if (tree.tokens[pronoun].upos !== 'PRON' || !LEXICON.relativePronouns.has(tree.lemma(pronoun))) return undefined;
  const clause = tree.head(pronoun);
  const noun = clause >= 0 && tree.relation(clause) === 'acl:relcl' ? tree.head(clause) : -1;
  const antecedent = noun >= 0 && posClass(tree.tokens[noun].upos) === 'noun' ? [noun] : nounBeforeRelative(tree, pronoun);
  if (!antecedent.length) return undefined;
  notes.push('relative');
  return antecedent;
}

/** Tokens filling a role of trigger `i`. */
function roleTokens(tree: Tree, i: number, role: Role, notes: string[], mentions: readonly Mention[] = []): number[] {
  const isNoun = posClass(tree.tokens[i].upos) === 'noun';
  // "their kidnappers": a captor noun is its own agent, and its possessor the victim.
  const captor = isNoun && LEXICON.captorNouns.has(tree.tokens[i].form.toLowerCase());
  if (role === 'subject') return captor ? [i] : subjectOf(tree, i, notes, 0, mentions);
  if (role === 'object') {
    if (isNoun) return [...tree.dependents(i, 'nmod').filter((child) => tree.markers(child).includes('of')), ...(captor ? tree.dependents(i, 'nmod:poss') : [])];
    const passive = passiveSubjects(tree, i);
    if (isPassive(tree, i) || passive.length) return passive.flatMap((subject) => relativeAntecedent(tree, subject, notes) ?? [subject]);
    const accused = accusedOfParticiple(tree, i);
    if (accused) return accused;
    if (isPassiveRelative(tree, i)) {
      notes.push('passive-relative');
      return [tree.head(i)];
    }
    const objects = directObjects(tree, i);
    if (!objects.length && misreadParticipleSubject(tree, i) !== undefined) return [tree.head(i)];
    const found = objects.length ? objects : tree.dependents(i, 'iobj');
    // "condemned an attack by Syrian troops in Lebanon": whoever did what the object names comes
    // before the places and people inside its phrase.
    return [...objectAgents(tree, i, found, mentions), ...found];
  }
  if (role === 'iobj') return tree.dependents(i, 'iobj');
  if (role === 'complement') {
    // (A noun's passive content clause names the victim, not the accused: "allegations that he was abused".)
    if (isNoun) return nounContentClauses(tree, i).flatMap((clause) => (isPassive(tree, clause) ? [] : tree.dependents(clause, 'nsubj')));
    return tree.dependents(i, 'ccomp', 'xcomp').flatMap((clause) => tree.dependents(clause, 'nsubj', 'nsubj:pass'));
  }
  // A preposition: its phrase may hang on the trigger, on the trigger's object ("sanctions on
  // Iran"), or, for a noun, on the verb that takes it ("impose sanctions ... on Iran") (see `phrasesMarked`).
  // Candidates in order of preference (resolveRoles keeps the first that names an actor): a phrase
  // that names no one ("in an escalation") does not hide a later one that does ("activities in Israel").
  const found = phrasesMarked(tree, role, [i]);
  // "Ottawa's new embargo and travel curbs against the junta": coordinated nouns share the phrase hung on the last.
  if (isNoun) found.push(...phrasesMarked(tree, role, tree.dependents(i, 'conj').filter((k) => posClass(tree.tokens[k].upos) === 'noun')));
  if (!isNoun) {
    // "donated and delivered goods to the hospital": coordinated verbs share their phrases.
    const head = tree.head(i);
    const conjuncts = [...tree.dependents(i, 'conj'), ...(tree.tokens[i].deprel === 'conj' && head >= 0 ? [head] : [])].filter((k) => tree.tokens[k].upos === 'VERB');
    found.push(...phrasesMarked(tree, role, conjuncts));
  }
  const objects = isNoun ? tree.dependents(i, 'nmod').filter((child) => tree.markers(child).includes('of')) : directObjects(tree, i);
  // "sent 300 tons of food to Somalia": the phrase may hang on what a measure noun measures.
  found.push(...phrasesMarked(tree, role, throughQuantities(tree, objects)));
  // "voted on a motion against Syria": last, a phrase on a noun the verb governs through a
  // preposition; not a place ("rioted at a stadium in Uganda" is where, not whom).
  if (!isNoun && role !== 'in' && role !== 'at') found.push(...phrasesMarked(tree, role, tree.dependents(i, 'obl').filter((child) => !isTime(tree, child) && posClass(tree.tokens[child].upos) === 'noun')));
  const head = tree.head(i);
  // "air strikes continued in Kandahar": the phrases of a verb saying that the noun's event happens are the event's.
  const occurring = tree.tokens[i].deprel === 'nsubj' && LEXICON.occurrenceVerbs.has(tree.lemma(head));
  // The parser may read "strikes continued in ..." as a noun with a reduced relative.
  if (isNoun) found.push(...phrasesMarked(tree, role, tree.dependents(i, 'acl').filter((verb) => LEXICON.occurrenceVerbs.has(tree.lemma(verb)))));
  // ("The murder was condemned by the government": the agent of a verb of reacting is no agent of the event.)
  const reaction = role === 'by' && head >= 0 && reactsTo(tree, head);
  if (isNoun && head >= 0 && !reaction && (tree.tokens[i].deprel === 'obj' || tree.tokens[i].deprel === 'nsubj:pass' || occurring)) {
    found.push(...phrasesMarked(tree, role, [head]));
  } else if (isNoun && head >= 0) {
    // "a proposal by the US president" with "by ..." hung on the verb: a phrase right after the noun is the noun's.
    const [, last] = tree.extent(i);
    found.push(...phrasesMarked(tree, role, [head]).filter((phrase) => tree.extent(phrase)[0] === last + 1));
  }
  // "the collapse of peace talks between Bogota and the guerrillas", with "between ..." hung by the parser
  // on a word further up: the parties of a joint event are named right after its noun, or after the
  // event its "of" phrase names.
  if (isNoun && (role === 'between' || role === 'among') && !found.length) {
    for (const noun of [i, ...throughQuantities(tree, objects)]) found.push(...partiesAfter(tree, noun, role));
  }
  // "responded angrily to remarks by the Chinese minister", "defended itself against accusations from
  // Chad": a verb's phrase whose noun names no one stands for its author, the noun's "by" or "from"
  // phrase, tried after every phrase of the role itself (as `objectAgents` for an object).
  if (!isNoun && role !== 'by' && role !== 'from') {
    const authored = found.filter((phrase) => posClass(tree.tokens[phrase].upos) === 'noun' && !mentions.some((m) => mentionHead(tree, m) === phrase));
    const isAgent = (child: number) => tree.markers(child).some((m) => m === 'by' || m === 'from');
    for (const phrase of authored) {
      found.push(...tree.dependents(phrase, 'nmod').filter(isAgent));
      // (also when the parser hangs the "by" phrase on the verb, right after the noun's phrase)
      const [, last] = tree.extent(phrase);
      found.push(...tree.dependents(i, 'obl').filter((child) => isAgent(child) && tree.extent(child)[0] === last + 1));
    }
  }
  return [...new Set(found)];
}

/**
 * The content clauses of noun `noun` ("allegations that Iran had built ..."), which the parser reads as
 * relative clauses, on the noun or on its "by"/"from" phrase ("accusations by Kenya that Uganda was
 * arming rebels"): a clause "that" introduces as a marker, or as an object beside an object of the
 * clause's own; not a relative clause ("a charge that could derail the talks", "the claims that he made").
 */
export function nounContentClauses(tree: Tree, noun: number): number[] {
  const agents = tree.dependents(noun, 'nmod').filter((child) => tree.markers(child).some((m) => m === 'by' || m === 'from'));
  return [noun, ...agents].flatMap((node) => tree.dependents(node, 'acl')).filter((clause) => {
    const that = tree.children[clause].find((child) => tree.lemma(child) === 'that' && child < clause);
    if (that === undefined || !tree.dependents(clause, 'nsubj', 'nsubj:pass').some((subject) => subject !== that)) return false;
    const relation = tree.relation(that);
    return relation === 'mark' || (relation === 'obj' && tree.dependents(clause, 'obj').some((object) => object !== that));
  });
}

/**
 * Who the object noun belongs to when it names no actor itself: its "by"/"from" phrase ("rejected
 * pleas by Haiti's leaders for troops", "an appeal from the president", "a letter sent by the
 * president"), also when the parser hangs that phrase on the verb right after the object.
 */
function objectAgents(tree: Tree, verb: number, objects: number[], mentions: readonly Mention[]): number[] {
  const agents: number[] = [];
  const isAgent = (child: number) => tree.markers(child).some((m) => m === 'by' || m === 'from');
  for (const object of objects) {
    if (posClass(tree.tokens[object].upos) !== 'noun') continue;
    agents.push(...tree.dependents(object, 'nmod').filter(isAgent));
    // "welcomed memos sent by Bree": the agent of a participle on the object; not when the object is
    // an actor itself ("extradited a banker sought by Peru": the banker is the one extradited).
    const isActor = mentions.some((m) => mentionHead(tree, m) === object);
    if (!isActor) agents.push(...tree.dependents(object, 'acl').flatMap((participle) => tree.dependents(participle, 'obl').filter(isAgent)));
    const [, last] = tree.extent(object);
    agents.push(...tree.dependents(verb, 'obl').filter((child) => isAgent(child) && tree.extent(child)[0] === last + 1));
  }
  return agents;
}

/** The actors a role token stands for: the outermost mentions within its noun phrase. */
function actorsAt(tree: Tree, token: number, mentions: readonly Mention[], depth = 0): Mention[] {
  const t = tree.tokens[token];
  // Punctuation never widens the phrase: a noun at the root would otherwise own the sentence's final stop.
  const inPhrase = (child: number) => tree.relation(child) !== 'punct' && (PHRASE_RELATIONS.has(tree.tokens[child].deprel) || PHRASE_RELATIONS.has(tree.relation(child)));
  // An agent with its country phrase ("the government of Gondor", find-mentions.ts "-of-country")
  // belongs to the phrase it starts in, though the parse hangs the country phrase outside it.
  const within = (first: number, last: number) => {
    const phrase = tree.span(first, last);
    // ("the Iranian-backed group": a backer, find-mentions.ts, is no actor of the phrase it modifies.)
    return mentions.filter((m) => m.rule !== 'backer' && m.start >= phrase.start && (m.end <= phrase.end || (m.start < phrase.end && /-of-countr(y|ies)$/.test(m.rule))));
  };
  // "Jordan, a close British partner, ...": an apposition describes the actor; it names it only when the
  // phrase itself names none ("Anna Lindqvist, the EU aid envoy").
  const coreExtent = tree.extent(token, (child) => inPhrase(child) && tree.relation(child) !== 'appos');
  // "his Pakistani counterpart Shaukat Aziz": a mention that holds the head word and starts in its
  // phrase is the phrase's own, though it runs on into the apposition.
  // (The parser may hang the name on the head as another relation than "appos": a proper noun right after the phrase.)
  const coreEnd = coreExtent[1];
  const named = tree.children[token]
    .filter((child) => tree.relation(child) === 'appos' || (child === coreEnd + 1 && tree.tokens[child].upos === 'PROPN'))
    .map((child) => tree.span(...tree.extent(child, inPhrase)));
  const core = [
    ...within(...coreExtent),
    ...mentions.filter((m) => m.start >= tree.tokens[coreExtent[0]].start && m.start <= t.start && t.end <= m.end && named.some((span) => span.start <= m.end && m.end <= span.end)),
  ];
  const inside = core.length ? core : within(...tree.extent(token, inPhrase));
  const containing = mentions.filter((m) => m.start <= t.start && t.end <= m.end);
  let candidates = inside.length ? inside : containing;
  // "two Somali gunmen Hassan and Abdi Yusuf Farah", with the first name in the mention of the words
  // before it: a mention holding the word itself places a phrase whose own actors are all unplaced.
  if (inside.length && inside.every((m) => isUnknown(m.code))) {
    const phraseStart = tree.tokens[tree.extent(token, inPhrase)[0]].start;
    const holding = containing.filter((m) => m.start < phraseStart && !isUnknown(m.code));
    if (holding.length) candidates = [...holding, ...inside];
  }
  // "the interim cabinet of President Doe": an actor of unknown country is placed by its "of" phrase.
  // Only institutions, for which "of" is membership: "the kidnappers of a journalist" are not the journalist.
  const unplaced = candidates.length > 0 && candidates.every((m) => isUnknown(m.code) && INSTITUTION_SECTORS.has(agentPartOf(m.code)));
  // "engineers from a Canadian charity", "lawyers from Brazil": a "from" phrase gives a word with
  // no actor, or an actor of unknown country, its origin.
  if (candidates.every((m) => isUnknown(m.code)) && depth < 2) {
    for (const child of tree.dependents(token, 'nmod').filter((k) => tree.markers(k).includes('from'))) {
      const found = actorsAt(tree, child, mentions, depth + 1);
      if (found.some((m) => !isUnknown(m.code))) return found;
    }
  }
  if (!candidates.length && depth < 2 && isDocument(tree, token)) {
    // "A US-sponsored resolution condemns ...", "a report by a rights group accused ...": a document
    // naming no actor in its own words stands for its author (AG guide), its sponsor or the one
    // its "by" phrase or a clause of issuing names.
    const [first, last] = tree.extent(token, inPhrase);
    const phrase = tree.span(first, last);
    const backers = mentions.filter((m) => m.rule === 'backer' && m.start >= phrase.start && m.end <= phrase.end);
    if (backers.length) return backers;
    for (const author of authorPhrases(tree, token)) {
      const found = actorsAt(tree, author, mentions, depth + 1);
      if (found.length) return found;
    }
  }
  if ((!candidates.length || unplaced) && depth < 2) {
    // "members of the Association", "the welfare of 2,000 Libyans": the actor is in the "of" phrase.
    // ("judges at the tribunal": for an unplaced institution's agent, "at" names its body as "of" does, place-of-event.ts)
    const of = tree.dependents(token, 'nmod').filter((child) => tree.markers(child).some((m) => m === 'of' || m === 'in' || m === 'for' || (unplaced && m === 'at')));
    for (const child of of) {
      if (unplaced && !tree.markers(child).some((m) => m === 'of' || m === 'at')) continue;
      const found = actorsAt(tree, child, mentions, depth + 1);
      if (found.length && (!unplaced || found.some((m) => !isUnknown(m.code)))) return found;
    }
  }
  const outermost = candidates.filter((m) => !candidates.some((other) => other !== m && other.start <= m.start && m.end <= other.end && other.end - other.start > m.end - m.start));
  return withCoordinatedCountries(tree, outermost, mentions);
}

/**
 * "Lawmakers in Japan and South Korea": an agent that stands for each of several countries is one
 * mention per country (find-mentions.ts, rule "-of-countries"); a role that reaches the first reaches all.
 */
function withCoordinatedCountries(tree: Tree, found: Mention[], mentions: readonly Mention[]): Mention[] {
  const out = [...found];
  for (let m = out.find((x) => x.rule.endsWith('-of-countries')); m; ) {
    const previous: Mention = m;
    m = mentions.find((next) => next.rule === previous.rule && next.start > previous.end && tree.tokens.every((t) => t.start < previous.end || t.end > next.start || [',', 'and', 'or'].includes(t.form.toLowerCase())));
    if (m && !out.includes(m)) out.push(m);
  }
  return out;
}

function uniqueRefs(refs: ActorRef[]): ActorRef[] {
  const seen = new Set<string>();
  return refs.filter((ref) => {
    const key = `${ref.start}:${ref.end}:${ref.code}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function resolveRoles(tree: Tree, i: number, roles: readonly Role[], mentions: readonly Mention[], notes: string[], skip: (ref: ActorRef) => boolean = () => false): ActorRef[] {
  for (const role of roles) {
    // "among" is "between" for more than two parties ("mediation among the republics").
    const tokens = role === 'between' ? [...roleTokens(tree, i, role, notes, mentions), ...roleTokens(tree, i, 'among', notes, mentions)] : roleTokens(tree, i, role, notes, mentions);
    // Candidates come in order of preference: the first that names an actor (not one `skip` refuses) wins.
    for (const token of tokens) {
      const refs = uniqueRefs(actorsAt(tree, token, mentions).map(toActorRef)).filter((ref) => !skip(ref));
      if (refs.length) return refs;
    }
  }
  return [];
}

/** The token of a mention whose head lies outside it (the mention's syntactic head), or -1. */
function mentionHead(tree: Tree, mention: Mention): number {
  const inside = (k: number) => k >= 0 && tree.tokens[k].start >= mention.start && tree.tokens[k].end <= mention.end;
  let found = -1;
  tree.tokens.forEach((token, k) => {
    if (!inside(k) || inside(token.head)) return;
    // "the US": the determiner hangs on the same head as "US", but "US" heads the mention.
    if (found === -1 || ['det', 'case', 'punct'].includes(tree.relation(found))) found = k;
  });
  return found;
}

/**
 * For a noun event coordinated with an earlier one ("the US withdrawal ... and the reimposition of
 * sanctions"), an actor modifying a noun before it in the same coordination is its source.
 */
function sourceFromConjuncts(tree: Tree, i: number, mentions: readonly Mention[]): ActorRef[] {
  const head = tree.head(i);
  if (head < 0 || tree.tokens[i].deprel !== 'conj') return [];
  const [first] = tree.extent(head);
  const from = tree.tokens[first].start;
  const to = tree.tokens[i].start;
  const modifiers = mentions.filter((m) => {
    if (m.start < from || m.end > to) return false;
    const token = mentionHead(tree, m);
    return token >= 0 && ['compound', 'amod', 'nmod:poss'].includes(tree.tokens[token].deprel);
  });
  const nearest = modifiers.sort((a, b) => b.end - a.end)[0];
  return nearest ? [toActorRef(nearest)] : [];
}


/** Roots of the acts one is charged with: force (17-20) and defiance of a law or norm (12: "charges of breaking an embargo"). */
const OFFENCE_ROOTS: ReadonlySet<string> = new Set([...FORCE_ROOTS, '12']);

/** Relations by which an act hangs on the words that charge or punish someone for it. */
const CHARGE_RELATIONS: ReadonlySet<string> = new Set(['obl', 'nmod', 'advcl', 'acl', 'obj', 'xcomp']);

/**
 * "Two policemen were charged with the beating of a trader", "a soldier was jailed for torturing
 * prisoners", "found guilty of kidnapping": an act naming no agent, in a phrase of a word of
 * accusing or punishing (accusation-words.txt), was done by the one accused, that word's passive
 * subject, else its object.
 */
function accusedOf(tree: Tree, i: number, mentions: readonly Mention[], notes: string[]): ActorRef[] {
  let k = i;
  for (let step = 0; step < 4 && tree.head(k) >= 0 && CHARGE_RELATIONS.has(tree.relation(k)); step++) {
    const word = tree.head(k);
    // An infinitive hung on a word of the list is no charge that word brings: whatever its lemma, the walk
    // goes on to a charge above it ("accused of having tried to occupy ...": "try" there is an attempt,
    // no trial; "militants suspected to have bombed ...": the suspects' act, found by other rules).
    const attempt = tree.relation(k) === 'xcomp' && isInfinitive(tree, k);
    if (LEXICON.accusationWords.has(tree.lemma(word)) && !attempt) {
      const verb = tree.tokens[word].upos === 'VERB';
      // "found three men guilty of ...": the adjective's holder is the verb's object.
      const holder = verb ? word : tree.head(word);
      if (holder < 0) return [];
      // ("four guards charged with beating detainees", read as the guards' own verb: its subject.)
      const accused = [...tree.dependents(holder, 'nsubj:pass'), ...tree.dependents(holder, 'obj').filter((object) => object !== word), ...((verb && accusedOfParticiple(tree, word)) || [])];
      if (!verb) {
        // "judged her guilty of ...", with the pronoun read as an indirect object; "the men thought
        // to be behind ... responsible", a reduced relative read as a clause of its own: the one a verb
        // of belief or seeming holds responsible, with no object, is that verb's subject; not the
        // subject of a verb of accusing itself ("the court found ..." is the accuser).
        // ("found the men guilty", with the adjective read as a noun: the men as its compound.)
        accused.push(...tree.dependents(holder, 'iobj'), ...(tree.tokens[word].upos === 'NOUN' ? tree.dependents(word, 'compound') : []));
        // So is the one who "stood trial on charges of ...": a charge in an "on" phrase of a verb with no object.
        const onCharges = tree.relation(word) === 'obl' && tree.markers(word).includes('on');
        const believed = (tree.relation(word) === 'xcomp' || onCharges) && !LEXICON.accusationWords.has(tree.lemma(holder)) && !tree.dependents(holder, 'obj', 'iobj').length;
        // ("three men thought responsible": the participle's noun.)
        if (believed) accused.push(...tree.dependents(holder, 'nsubj'), ...(tree.relation(holder) === 'acl' && tree.head(holder) >= 0 ? [tree.head(holder)] : []));
      }
      // ("The two armies accused each other of shelling ...": a reciprocal object stands for the accusers,
      // when the act hangs on it, not on another clause of the verb: "..., as two soldiers were wounded".)
      const reciprocal = (token: number) => isReciprocalPronoun(tree, token) && token === k;
      const accusedTokens = accused.flatMap((token) => (reciprocal(token) ? tree.dependents(holder, 'nsubj') : [token]));
      for (const token of accusedTokens) {
        const refs = uniqueRefs(actorsAt(tree, token, mentions).map(toActorRef));
        if (refs.length) return refs;
      }
      return [];
    }
    k = word;
  }
  return [];
}

/** True for the first word of "each other" or "one another". */
function isReciprocalPronoun(tree: Tree, i: number): boolean {
  const next = tree.tokens[i + 1]?.form.toLowerCase();
  const word = tree.tokens[i].form.toLowerCase();
  return (word === 'each' && next === 'other') || (word === 'one' && next === 'another');
}

/** Roots of the events a clause's subject takes part in when they are named in its phrase: meetings (04), fighting (19). */
const PARTICIPATION_ROOTS: ReadonlySet<string> = new Set(['04', '19']);

/** Prepositions by which a clause sets its subject at a meeting or fight: "spoke at a summit", "arrived for talks", "took the town after battles". */
const PARTICIPATION_MARKERS: ReadonlySet<string> = new Set(['at', 'for', 'during', 'after', 'in', 'on', 'following']);

/**
 * "The minister arrived in Seoul for talks", "Putin spoke at a summit", "troops took the town after
 * heavy fighting": a meeting or a fight naming no party of its own, in a phrase of a verb, has the
 * verb's subject among its parties. So has a meeting a trip verb goes "to" ("North Korea will return
 * to six-party talks", "the rebels went back to the talks"; not "objected to the talks").
 */
function participantOfClause(tree: Tree, i: number, mentions: readonly Mention[], notes: string[], joint: boolean, meeting: boolean): ActorRef[] {
  const verb = tree.head(i);
  // "The Chinese premier, on a visit to Canada, signed ...": a meeting set off by commas on a clause's subject is that subject's.
  if (meeting && verb >= 0 && tree.relation(i) === 'nmod' && isSetOffOnSubject(tree, i)) {
    if (!tree.markers(i).some((marker) => PARTICIPATION_MARKERS.has(marker.toLowerCase()))) return [];
    return uniqueRefs(actorsAt(tree, verb, mentions).map(toActorRef));
  }
  if (verb < 0 || tree.relation(i) !== 'obl' || tree.tokens[verb].upos !== 'VERB') return [];
  // (A trip another verb frames is that verb's: "agreed to return to the talks" is the agreement.)
  const framed = tree.relation(verb) === 'xcomp' && tree.head(verb) >= 0 && tree.tokens[tree.head(verb)].upos === 'VERB';
  const joined = meeting && !framed && LEXICON.tripVerbs.has(tree.lemma(verb)) && tree.markers(i).some((marker) => marker.toLowerCase() === 'to');
  if (!joined && !tree.markers(i).some((marker) => PARTICIPATION_MARKERS.has(marker.toLowerCase()))) return [];
  // ("four soldiers died in an attack": the dead are its victims, not its doers; they stay parties
  // of a joint event, "rebels died in fighting with the army".)
  if (!joint && LEXICON.victimVerbs.has(tree.lemma(verb))) return [];
  return resolveRoles(tree, verb, ['subject'], mentions, notes);
}

/** True when phrase `i` hangs on a clause's subject noun and a comma opens it right after that noun's words ("the minister, on a visit to X, said"). */
function isSetOffOnSubject(tree: Tree, i: number): boolean {
  const noun = tree.head(i);
  if (posClass(tree.tokens[noun].upos) !== 'noun' || !/^nsubj/.test(tree.relation(noun))) return false;
  // (the comma may be the phrase's own first word, or the word before it)
  const first = tree.extent(i)[0];
  const comma = tree.tokens[first].form === ',' ? first : first - 1;
  return comma > noun && tree.tokens[comma].form === ',';
}

/** Nouns together with what measure or counting nouns among them measure: "tons of aid" gives "tons" and "aid", "a wave of attacks" "wave" and "attacks". */
function throughQuantities(tree: Tree, nodes: number[]): number[] {
  const out = [...nodes];
  for (const node of nodes) {
    // ("the collapse of a month of talks", "a wave of attacks": a counting noun too.)
    if (!LEXICON.quantityNouns.has(tree.lemma(node)) && !LEXICON.seriesNouns.has(tree.lemma(node)) && tree.tokens[node].upos !== 'NUM') continue;
    out.push(...tree.dependents(node, 'nmod').filter((child) => tree.markers(child).includes('of')));
  }
  return out;
}

/**
 * Object nouns together with the nouns compounded onto them: "vetoed a resolution censuring ...",
 * where the parser tags the participle as the object noun and "resolution" as its compound, and
 * "sent an aid convoy".
 */
function withCompoundHeads(tree: Tree, nodes: number[]): number[] {
  return [...nodes, ...nodes.flatMap((node) => tree.dependents(node, 'compound').filter((child) => tree.tokens[child].upos === 'NOUN'))];
}

/**
 * True when each group of `modifier` names a word before `node` in its phrase ("full diplomatic
 * ties" has "diplomatic"), by lemma or by form; true when there are no groups.
 */
function hasModifiers(tree: Tree, node: number, modifier: readonly string[][] | undefined): boolean {
  if (!modifier?.length) return true;
  const [first] = tree.extent(node);
  const words: string[] = [];
  for (let k = first; k < node; k++) words.push(tree.lemma(k).toLowerCase(), tree.tokens[k].form.toLowerCase());
  return modifier.every((group) => group.some((word) => words.includes(word)));
}

/**
 * True when verb `i` heads an active relative clause whose noun is its object: "a charge the army
 * denied", "an allegation Tehran dismissed", "the offer that Iran rejected" (a subject of its own,
 * and no object other than a relative pronoun).
 */
function isObjectRelative(tree: Tree, i: number): boolean {
  const token = tree.tokens[i];
  if (token.deprel !== 'acl:relcl' || token.head < 0 || posClass(tree.tokens[token.head].upos) !== 'noun' || isPassive(tree, i)) return false;
  const relative = (k: number) => LEXICON.relativePronouns.has(tree.lemma(k)) || tree.lemma(k) === 'that';
  const subjects = tree.dependents(i, 'nsubj');
  return subjects.length > 0 && !subjects.some(relative) && tree.dependents(i, 'obj', 'iobj', 'ccomp', 'xcomp').every(relative);
}

/**
 * What verb `i` acts on: its direct objects, a passive verb's subject, the noun a passive
 * participle modifies ("nurses abducted in Darfur", "a truce called by the rebels"), and the
 * noun a past tense misread as its adjective modifies ("armed rebels captured three workers"); for
 * an unaccusative verb's subject ("a bomb exploded").
 */
function passiveObjects(tree: Tree, i: number): number[] {
  const modified = isPassiveRelative(tree, i) || misreadParticipleSubject(tree, i) !== undefined ? [tree.head(i)] : [];
  const objects = [...directObjects(tree, i), ...(isPassive(tree, i) ? passiveSubjects(tree, i) : []), ...modified];
  // "a car bomb exploded outside the embassy": an unaccusative verb with no object acts on its subject.
  return objects.length || !LEXICON.unaccusativeVerbs.has(tree.lemma(i)) ? objects : tree.dependents(i, 'nsubj');
}

/**
 * Whether verb `node` gives its object a predicate of its own ("called the president a liar",
 * "declared the rebels terrorists"): the object is named, not met, called or seized.
 */
function namesObject(tree: Tree, node: number): boolean {
  const predicate = (k: number) => ['NOUN', 'ADJ'].includes(tree.tokens[k].upos) && !tree.markers(k).length && !LEXICON.calendar.words.has(tree.lemma(k).toLowerCase());
  return tree.dependents(node, 'xcomp', 'obl:unmarked').some(predicate) || tree.dependents(node, 'obj').length > 1;
}

/**
 * True when object `node` names a person or people: an actor mention holding its head word, that
 * is no place, country or body ("two Americans", "a Saddam aide", "the rebel leader"; not "the
 * town", "Kirkuk", "the embassy", "the government").
 */
function namesPeople(tree: Tree, node: number, mentions: readonly Mention[]): boolean {
  const form = tree.tokens[node].form.toLowerCase();
  if (LEXICON.collectiveAgents.has(form) || LEXICON.placeNouns.has(form)) return false;
  const { start, end } = tree.tokens[node];
  return mentions.some((m) => m.start <= start && end <= m.end && !/place|country-description|name-name|dateline/.test(m.rule));
}

/** True when token `node` is inside the mention of a country or place as such ("Iraq", "the Iraqi city of Kut"), no actor of a sector. */
function namesPlace(tree: Tree, node: number, mentions: readonly Mention[]): boolean {
  const { start, end } = tree.tokens[node];
  return mentions.some((m) => m.start <= start && end <= m.end && m.code.length === 3 && m.code !== 'IGO' && m.code !== 'NGO');
}

/** True when token `node` is inside the mention of a sector of actors ("riot police", "aid agencies"), not of a bare country or place. */
function namesActor(tree: Tree, node: number, mentions: readonly Mention[]): boolean {
  if (LEXICON.placeNouns.has(tree.tokens[node].form.toLowerCase())) return false;
  const { start, end } = tree.tokens[node];
  return mentions.some((m) => m.start <= start && end <= m.end && m.code.length > 3);
}

/**
 * The lemma of `i` with the word a hyphen joins onto it, as one word: "cease-fire" (split into
 * "cease", "-", "fire") is "ceasefire", "pull-out" "pullout"; undefined when no hyphen joins it.
 */
function hyphenLemma(tree: Tree, i: number): string | undefined {
  if (i < 2) return undefined;
  const [left, hyphen, right] = [tree.tokens[i - 2], tree.tokens[i - 1], tree.tokens[i]];
  if (hyphen.form !== '-' || left.end !== hyphen.start || hyphen.end !== right.start || !/^\p{L}+$/u.test(left.form)) return undefined;
  return left.form.toLowerCase() + tree.lemma(i);
}

/** The lemmas a pattern may name token `i` by: its own, and the hyphenated word it ends ("cease-fire": "ceasefire"). */
function lemmasOf(tree: Tree, i: number): string[] {
  const joined = hyphenLemma(tree, i);
  return joined ? [joined, tree.lemma(i)] : [tree.lemma(i)];
}

/** Nouns of a fight, which as a modifier only say what kind a thing is ("a battle plan", "fighting spirit"). */
const FIGHT_NOUNS: ReadonlySet<string> = new Set(['battle', 'fight', 'fighting', 'combat']);

/**
 * True when noun `i` stands before a noun it modifies (a compound) that is no event itself
 * (`coded`: whether a noun has violent patterns; "combat operations" stays), or is hyphened to the next word
 * ("battle-scarred", "battle-hardened").
 */
function isKindModifier(tree: Tree, i: number, coded: (head: number) => boolean): boolean {
  const next = tree.tokens[i + 1];
  if (next?.form === '-' && next.start === tree.tokens[i].end && tree.tokens[i + 2]?.start === next.end) return true;
  const head = tree.tokens[i].head ?? -1;
  // (Not after a noun: "forces battle insurgents" is a misread verb, no compound.)
  if (i > 0 && posClass(tree.tokens[i - 1].upos) === 'noun') return false;
  return tree.tokens[i].deprel === 'compound' && head > i && posClass(tree.tokens[head].upos) === 'noun' && !coded(head);
}

/** The CAMEO code of blockades and sieges, whose verbs ("surround", "besiege") also tell where a thing lies. */
const SIEGE_CODE = '191';

/**
 * True when verb `i` is a participle modifying a noun that names no one ("the drama surrounding the
 * vote", "surrounding villages", "the besieged city"), with no "by" agent of its own ("the town
 * besieged by rebels" is a siege); "troops surrounding the town" names its doer.
 */
function isThingParticiple(tree: Tree, i: number, mentions: readonly Mention[]): boolean {
  const { xpos, deprel } = tree.tokens[i];
  if ((xpos !== 'VBG' && xpos !== 'VBN') || (deprel !== 'acl' && deprel !== 'amod')) return false;
  const head = tree.head(i);
  if (head < 0 || posClass(tree.tokens[head].upos) !== 'noun' || namesPeople(tree, head, mentions)) return false;
  return !tree.dependents(i, 'obl').some((child) => tree.markers(child).includes('by'));
}

/** Verbs of aiming, whose participle on a thing ("a campaign targeting voters") says what the thing is aimed at. */
const AIMING_VERBS: ReadonlySet<string> = new Set(['target']);

/** Nouns of a blow that an animal or an illness may strike ("a shark attack"; not "flood protests"). */
const CREATURE_BLOWS: ReadonlySet<string> = new Set(['attack', 'assault']);

/**
 * Whether noun `i` can name an act: not when it only says what kind of people a noun names ("riot
 * police", "aid agencies", "protest leaders": the people, not a riot or aid) or what kind of weapon,
 * craft or unit ("attack helicopters", "assault rifles"), nor when an ailment
 * word makes it an illness ("died of a heart attack").
 */
function isEventNoun(tree: Tree, i: number, mentions: readonly Mention[]): boolean {
  const head = tree.tokens[i].head ?? -1;
  // (Not after a noun: "US forces battle insurgents" is a misread verb, no compound.)
  const after = i > 0 ? posClass(tree.tokens[i - 1].upos) : undefined;
  if (tree.tokens[i].deprel === 'compound' && head > i && after !== 'noun' && posClass(tree.tokens[head].upos) === 'noun' && namesActor(tree, head, mentions)) return false;
  // "attack helicopters", "assault rifles": a weapon, craft or unit of that kind, no act.
  if (['compound', 'amod'].includes(tree.tokens[i].deprel) && head > i && posClass(tree.tokens[head].upos) === 'noun' && LEXICON.equipmentNouns.has(tree.lemma(head).toLowerCase())) return false;
  // ("a coal mine explosion", "a blast at a chemical plant": an accident, no bombing.)
  if (BLASTS.has(tree.lemma(i).toLowerCase()) && isAccidentalBlast(tree, i)) return false;
  // ("a shark attack", "a crocodile attack": a creature's blow, no act of force either.)
  return !tree.dependents(i, 'compound', 'amod').some((part) => LEXICON.ailmentWords.has(tree.lemma(part)) || (CREATURE_BLOWS.has(tree.lemma(i).toLowerCase()) && LEXICON.mishapWords.has(tree.lemma(part).toLowerCase())));
}

/**
 * True when a sentence shows violence, for a bare "explosion" (one that names no bomb): it names
 * someone who bears arms ("troops", "militants", "a separatist group") or counts casualties ("five people
 * were killed", "wounding 20"; not "have left Pyongyang"). An explosion in a sentence with neither, "a huge
 * explosion rocked North Korea", is no attack anyone is said to have made.
 */
function showsViolence(tree: Tree, mentions: readonly Mention[]): boolean {
  const { start, end } = tree.span(0, tree.tokens.length - 1);
  if (mentions.some((m) => m.start >= start && m.end <= end && m.sector !== undefined && m.sector !== null && ARMED_SECTORS.has(m.sector))) return true;
  // (casualties are counted: "left 60 dead", not "have left Pyongyang")
  const counted = (k: number) => tree.tokens[k].upos === 'NUM' || tree.dependents(k, 'nummod').length > 0;
  return tree.tokens.some((_, k) => (LEXICON.casualtyVerbs.has(tree.lemma(k)) || LEXICON.victimVerbs.has(tree.lemma(k))) && tree.tokens[k].upos === 'VERB' && tree.dependents(k, 'obj', 'nsubj', 'nsubj:pass').some(counted));
}

/** Nouns of a blast, which a bomb or an accident may cause. */
const BLASTS: ReadonlySet<string> = new Set(['blast', 'explosion']);
/** How many words before a blast noun may modify it ("a Siberian coal mine explosion"). */
const BLAST_MODIFIER_REACH = 3;

/**
 * Words that make a blast a weapon's, whatever its place ("a car bomb blast at a gas station", "a roadside
 * bomb explosion near a refinery"): a blast with one of them in its phrase is never an accident. Not "mine"
 * ("a coal mine explosion").
 */
const BLAST_WEAPONS: ReadonlySet<string> = new Set(['bomb', 'car-bomb', 'bomber', 'grenade', 'landmine', 'explosive', 'suicide', 'roadside', 'rocket', 'mortar', 'shell', 'missile', 'dynamite']);

/**
 * True when blast noun `i` tells an accident: a word of one in its own phrase ("a coal mine explosion",
 * "a blast at a chemical plant that killed ...", "the explosion of a gas canister") and no weapon there,
 * or "accident(al/ly)" anywhere in the sentence ("a blast ... was caused by an accidental explosion").
 */
function isAccidentalBlast(tree: Tree, i: number): boolean {
  const [first, last] = tree.extent(i);
  // (the words right before it, which the parser may hang elsewhere: "a coal mine/PRP explosion")
  let before = i;
  while (before > Math.max(0, i - BLAST_MODIFIER_REACH) && !['DET', 'ADP', 'PUNCT', 'VERB', 'AUX'].includes(tree.tokens[before - 1].upos)) before--;
  const phrase: number[] = [];
  for (let k = Math.min(first, before); k <= last; k++) phrase.push(k);
  const lemma = (k: number) => tree.lemma(k).toLowerCase();
  if (phrase.some((k) => BLAST_WEAPONS.has(lemma(k)))) return false;
  if (phrase.some((k) => LEXICON.blastMishapWords.has(lemma(k)))) return true;
  return tree.tokens.some((token, k) => (token.upos === 'ADJ' || token.upos === 'ADV') && lemma(k).startsWith('accident'));
}

/**
 * True when clause `clause` passes one of the judgments `verdicts` on its subject: a predicate ("the
 * vote was unfair", "the move was a mistake") or an active verb with an object ("the plan would hurt
 * the talks"); not an infinitive ("refused to be unfair") nor a passive, whose subject suffers the act
 * ("six people were hurt").
 */
function isVerdict(tree: Tree, clause: number, verdicts: readonly string[], mentions: readonly Mention[]): boolean {
  if (!verdicts.includes(tree.lemma(clause).toLowerCase()) || tree.markers(clause).includes('to') || isPassive(tree, clause)) return false;
  // "said the decision was not illegal", "the vote was no mistake": a denied judgment is none.
  if (tree.dependents(clause, 'advmod', 'det').some((word) => VERDICT_NEGATORS.has(tree.lemma(word).toLowerCase()))) return false;
  if (posClass(tree.tokens[clause].upos) !== 'verb') return true;
  // "the plan would hurt the talks", not "troops hurt three civilians": harm done to people is a
  // physical act, told as such (no judgment) unless a modal makes it a forecast.
  const objects = tree.dependents(clause, 'obj');
  const modal = tree.dependents(clause, 'aux').some((aux) => tree.tokens[aux].xpos === 'MD');
  return objects.length > 0 && (modal || !objects.some((object) => namesPeople(tree, object, mentions)));
}
/** Words that deny the judgment of a verdict clause ("was not illegal", "was never wrong", "was no mistake"). */
const VERDICT_NEGATORS: ReadonlySet<string> = new Set(['not', "n't", 'never', 'no']);

/** The opening-noun patterns of a word that opens no sentence (shared, never changed). */
const NO_OPENING: readonly Pattern[] = [];

/** The first pattern for token `i` whose constraints (object, preposition, particle) hold. */
function matchPattern(tree: Tree, i: number, lexicon: PatternLexicon, mentions: readonly Mention[]): Pattern | undefined {
  const pos = posClass(tree.tokens[i].upos);
  if (!pos) return undefined;
  const lemma = tree.lemma(i);
  const isNoun = pos === 'noun';
  // A capitalised month inside a sentence is a date ("on March 3", "since May"), not a march.
  if (isNoun && i > 0 && /^\p{Lu}/u.test(tree.tokens[i].form) && LEXICON.calendar.dayAndMonthNames.has(tree.tokens[i].form.toLowerCase())) return undefined;
  const joined = hyphenLemma(tree, i);
  // A common lemma has dozens of patterns ("give", "take"): what their constraints read of the
  // tree is found once, at the first pattern that asks.
  let particles: string[] | undefined;
  let objects: { node: number; lemmas: string[] }[] | undefined;
  let people: boolean | undefined;
  let modals: string[] | undefined;
  let violent: boolean | undefined;
  // (only a sentence's first word opens it: no list is built for the others)
  const opening = i === 0 ? openingNounLemmas(tree, i, mentions).flatMap((noun) => lexicon.lookup(noun, 'noun')) : NO_OPENING;
  const own = lexicon.lookup(lemma, pos);
  // (most tokens have only their own lemma's patterns, or none: no list is built for them)
  let patterns = opening.length || joined ? [...opening, ...(joined ? lexicon.lookup(joined, pos) : []), ...own] : own;
  if (!patterns.length) return undefined;
  // "a videotape released by the kidnappers", "a statement sent by the rebels": a participle of issuing
  // on a text only names the text's author (document-author.ts); the text's own acts are the events.
  // ("an appeal made by the mayor", "an ultimatum issued by the army": a text that is itself an event
  // noun, made by the light verb whose pattern names it as its object, is that act; "a report
  // prepared by the ministry" is no investigation.)
  if (!isNoun && tree.relation(i) === 'acl' && LEXICON.issuingVerbs.has(lemma) && tree.head(i) >= 0 && isDocument(tree, tree.head(i))) {
    const document = tree.lemma(tree.head(i)).toLowerCase();
    patterns = lexicon.lookup(document, 'noun').length ? patterns.filter((pattern) => pattern.object?.includes(document)) : [];
    if (!patterns.length) return undefined;
  }
  // (asked only of a noun some pattern may code: most nouns have none)
  if (isNoun && !isEventNoun(tree, i, mentions)) return undefined;
  // "drew up a battle plan", "a combat zone", "this battle-scarred town": a fight word that only
  // says what kind a thing is (a noun no violent pattern codes, or a word it is hyphened to) names no fight.
  // (also the gerund the tagger reads as a verb: "was in fighting spirit", "a fighting chance")
  if ((isNoun || tree.tokens[i].xpos === 'VBG') && FIGHT_NOUNS.has(lemma.toLowerCase()) && isKindModifier(tree, i, (head) => lexicon.lookup(tree.lemma(head), 'noun').some((other) => isViolentCode(other.code)))) return undefined;
  const prepositions = new Map<string, boolean>();
  let prepositional: boolean | undefined;
  let thingParticiple: boolean | undefined;
  let asClause: boolean | undefined;
  for (const pattern of patterns) {
    // "the controversy surrounding the vote", "the town and surrounding villages", "the besieged
    // headquarters": a siege verb's participle that only says what a thing is about or where it lies
    // (hung on a noun that names no one, with no "by" agent) is no siege.
    if (pattern.code.startsWith(SIEGE_CODE) && (thingParticiple ??= isThingParticiple(tree, i, mentions))) continue;
    // "a legal challenge targeting the company", "sanctions targeting the oil sector", "the latest attack
    // targeting the pipeline": what a thing is aimed at is no blow of its own (an act noun names it once).
    if (AIMING_VERBS.has(lemma.toLowerCase()) && (thingParticiple ??= isThingParticiple(tree, i, mentions))) continue;
    // "freed the prisoners as promised by the premier", "as agreed by the two sides": a participle in
    // an "as" clause is a manner adverb, an act of its own only when it asks for the act (02, 10).
    if (!ASKED_ROOTS.some((root) => pattern.code.startsWith(root)) && (asClause ??= isAsClauseParticiple(tree, i))) continue;
    if (pattern.particle || pattern.dictionary) {
      particles ??= verbParticles(tree, i);
      if (pattern.particle && !particles.includes(pattern.particle)) continue;
      // "carried out a missile test": an imported verb pattern names no particle, and a particle makes another verb;
      // but not one that opens a preposition ("shipped out of X", "flew away from X") unless a pattern names it ("pulled out of X")
      if (pattern.dictionary && !pattern.particle && particles.length) {
        prepositional ??= particlesOpenPreposition(tree, i, particles) && !patterns.some((other) => other.particle && particles!.includes(other.particle));
        if (!prepositional) continue;
      }
    }
    if (pattern.object) {
      // A noun's constraint also sees the nouns and adjectives compounded onto it: "air strikes",
      // "corruption charges", "the hostage siege".
      objects ??= withCompoundHeads(
        tree,
        throughQuantities(tree, isNoun ? [...tree.dependents(i, 'nmod').filter((child) => tree.markers(child).includes('of')), ...tree.dependents(i, 'compound', 'amod')] : [...passiveObjects(tree, i), ...(isObjectRelative(tree, i) ? [tree.head(i)] : [])]),
      ).map((node) => ({ node, lemmas: lemmasOf(tree, node) }));
      if (!objects.some((o) => o.lemmas.some((lemma) => pattern.object!.includes(lemma)) && hasModifiers(tree, o.node, pattern.modifier))) continue;
    }
    if (pattern.person) {
      // For a noun, its "of" phrase ("the deportation of 300 refugees").
      people ??= isNoun ? tree.dependents(i, 'nmod').some((o) => tree.markers(o).includes('of') && namesPeople(tree, o, mentions)) : !namesObject(tree, i) && passiveObjects(tree, i).some((o) => namesPeople(tree, o, mentions));
      if (!people) continue;
    }
    // "troops left Iraq", not "the siege left eighteen people dead": the object must be a place.
    if (pattern.foreignTarget && !tree.dependents(i, 'obj').some((o) => namesPlace(tree, o, mentions))) continue;
    if (pattern.reciprocal && !isReciprocal(tree, i)) continue;
    if (pattern.passive && (!isPassiveTrigger(tree, i) || tree.dependents(i, 'obj').length > 0)) continue;
    // (A gerund the tagger reads as a noun still heads the clause: "denied bombing/NN the village".)
    if (pattern.gerund && !tree.dependents(i, 'xcomp', 'ccomp').some((clause) => /ing$/.test(tree.tokens[clause].form) && !tree.markers(clause).length)) continue;
    if (pattern.clause && !hasFiniteClause(tree, i)) continue;
    if (pattern.subjectOf && !isSubjectOf(tree, i, pattern.subjectOf)) continue;
    if (pattern.amidViolence && !(violent ??= showsViolence(tree, mentions))) continue;
    if (pattern.dated && !namesItsYear(tree, i)) continue;
    if (pattern.modal) {
      modals ??= tree.dependents(i, 'ccomp', 'xcomp').flatMap((clause) => tree.dependents(clause, 'aux').map((aux) => tree.lemma(aux)));
      if (!modals.some((lemma) => pattern.modal!.includes(lemma))) continue;
    }
    if (pattern.verdict && !tree.dependents(i, 'ccomp').some((clause) => isVerdict(tree, clause, pattern.verdict!, mentions))) continue;
    if (pattern.sequence && !matchesSequence(tree, i, pattern.sequence)) continue;
    if (pattern.prep) {
      // (A demand told with "to" asks an act: an infinitive, not a phrase, "pushed exports down to their lowest point".)
      const clause = pattern.frame === 'demand' && pattern.prep === 'to';
      const key = pattern.destination ? `${pattern.prep} destination` : clause ? 'to demand' : pattern.prep;
      let found = prepositions.get(key);
      if (found === undefined) {
        const holders = [i, ...tree.dependents(i, 'obj')];
        // A destination is a noun phrase naming someone or somewhere; any other phrase the preposition opens will do otherwise.
        const fits = (child: number) => (pattern.destination ? ['obl', 'nmod'].includes(tree.relation(child)) && actorsAt(tree, child, mentions).length > 0 : (clause ? posClass(tree.tokens[child].upos) === 'verb' : true) && ['obl', 'nmod', 'advcl', 'xcomp', 'ccomp'].includes(tree.relation(child)));
        found = holders.some((node) => tree.children[node].some((child) => tree.markers(child).includes(pattern.prep!) && fits(child)));
        // ("allegations that Iran ...": a noun's content clause, which the parser reads as an acl.)
        if (!found && isNoun && pattern.prep === 'that') found = nounContentClauses(tree, i).length > 0;
        prepositions.set(key, found);
      }
      if (!found) continue;
      // "forces pushed deeper into the city to drive out gunmen": a move, no pressure on anyone
      // (not "ordered troops into the town": one who is pressed or sent is named).
      if (pattern.frame === 'demand' && isAdvance(tree, i) && !tree.dependents(i, 'obj').some((object) => actorsAt(tree, object, mentions).length > 0)) continue;
    }
    return pattern;
  }
  return undefined;
}

/** True when verb `i` tells a move onward: a phrase of the way or a word of direction among its own words ("pushing deeper into", "pressed on towards"). */
function isAdvance(tree: Tree, i: number): boolean {
  const word = (k: number) => LEXICON.advanceWords.has(tree.lemma(k).toLowerCase()) || LEXICON.advanceWords.has(tree.tokens[k].form.toLowerCase());
  return tree.children[i].some((child) => (tree.relation(child) === 'obl' ? tree.markers(child).some((m) => LEXICON.advanceWords.has(m)) : ['obj', 'advmod', 'compound:prt'].includes(tree.relation(child)) && word(child)));
}

/**
 * True when verb `i` takes a finite clause with a subject as its complement ("denied the raid was
 * linked to ..."), also when the parser read that subject as the verb's object and the clause's verb as
 * a complement of its own ("denied [its troops]/obj [shelled]/xcomp Indian posts").
 */
function hasFiniteClause(tree: Tree, i: number): boolean {
  const objects = tree.dependents(i, 'obj');
  return tree.dependents(i, 'ccomp', 'xcomp').some((clause) => {
    if (tree.markers(clause).includes('to')) return false;
    if (tree.dependents(clause, 'nsubj', 'nsubj:pass', 'expl').length) return true;
    // (a past misread as a participle still has its object: "shelled/VBN Indian posts")
    const finite = headsClause(tree, clause) || tree.dependents(clause, 'aux', 'aux:pass').length > 0;
    return finite && objects.some((object) => object < clause);
  });
}

/** True when a source is named and each of its actors has one of `sectors`, or is a body of its own named by `own` ("IGO", "NGO"). */
function allOfSectors(source: readonly { code: string }[], sectors: ReadonlySet<string> | readonly string[], own?: string): boolean {
  const has = (sector: string) => (Array.isArray(sectors) ? sectors.includes(sector) : (sectors as ReadonlySet<string>).has(sector));
  return source.length > 0 && source.every((ref) => has(agentPartOf(ref.code)) || (own !== undefined && countryOf(ref.code) === own));
}

/** True when each of verb `i`'s particles is followed by a preposition, which it opens ("shipped out of X", "moved away from X"). */
function particlesOpenPreposition(tree: Tree, i: number, particles: readonly string[]): boolean {
  const words = [...tree.dependents(i, 'compound:prt'), i + 1].filter((k) => k < tree.tokens.length && (particles.includes(tree.lemma(k)) || particles.includes(tree.tokens[k].form.toLowerCase())));
  // ("brought down by X": "by" names the agent of a passive, which the particle does not open)
  return words.length > 0 && words.every((k) => tree.tokens[k + 1]?.upos === 'ADP' && tree.tokens[k + 1].form.toLowerCase() !== 'by');
}

/** Particles a parser may hang elsewhere without their label: "over" an adverb on the object ("handed over two prisoners"), "out" a case marker ("pulled out of the town"). */
const LOOSE_PARTICLES = new Set(['out', 'over', 'off', 'down', 'up', 'back', 'away']);

/**
 * The particles of verb `i` ("handed over", "pulled out"): its compound:prt dependents, and a
 * particle word right after it that the parser hung lower in the verb's phrase, as an adverb, a word
 * tagged as a particle, or as a preposition only when another follows it ("out of", "away from"; not
 * "exploded in a street").
 */
function verbParticles(tree: Tree, i: number): string[] {
  const particles = tree.dependents(i, 'compound:prt').map((p) => tree.lemma(p));
  const next = i + 1;
  if (next >= tree.tokens.length || particles.length || !LOOSE_PARTICLES.has(tree.tokens[next].form.toLowerCase())) return particles;
  const doubled = next + 1 < tree.tokens.length && tree.tokens[next + 1].upos === 'ADP';
  // (a word the tagger itself calls a particle, RP, whatever relation the parser gave it: "tore down/RP homes")
  if (tree.tokens[next].upos === 'ADV' || tree.tokens[next].upos === 'PART' || tree.tokens[next].xpos === 'RP' || (tree.tokens[next].upos === 'ADP' && doubled)) {
    // Only within the verb's own phrase: its dependent, or a word of a dependent's phrase.
    let head = tree.head(next);
    for (let steps = 0; steps < 3 && head >= 0 && head !== i; steps++) head = tree.head(head);
    if (head === i) particles.push(tree.tokens[next].form.toLowerCase());
  }
  return particles;
}

/**
 * "Clashes erupted in ...", "Rioting spread to ...", "Fighting between X and Y killed ...": a
 * sentence's capitalised first word that names no known actor and that the tagger read as a name (its
 * lemma the capitalised form) or as a subjectless gerund is also the common noun it spells: its
 * lower-cased form, and for a plural the form without "-es" or "-s".
 */
function openingNounLemmas(tree: Tree, i: number, mentions: readonly Mention[]): string[] {
  const token = tree.tokens[i];
  if (i !== 0 || !/^\p{Lu}\p{Ll}+$/u.test(token.form)) return [];
  const gerund = token.xpos === 'VBG' && !tree.dependents(i, 'nsubj', 'aux', 'obj').length;
  if (!(token.upos === 'PROPN' && token.lemma === token.form) && !gerund) return [];
  // (A name the gazetteer does not know, guessed from the capital letter, is no actor to keep.)
  if (mentions.some((m) => m.start <= token.start && token.end <= m.end && m.rule !== 'unknown-name' && m.rule !== 'person-placed')) return [];
  const lower = token.form.toLowerCase();
  return [lower, ...(lower.endsWith('es') ? [lower.slice(0, -2)] : []), ...(lower.endsWith('s') ? [lower.slice(0, -1)] : [])];
}

/**
 * True when noun `i` is the subject of a verb among `verbs` ("a truce took effect", "violence
 * flared"), also when the parser reads that verb as a reduced relative on it ("violence flared in ...").
 */
function isSubjectOf(tree: Tree, i: number, verbs: readonly string[]): boolean {
  const head = tree.head(i);
  if (tree.relation(i) === 'nsubj' && head >= 0 && posClass(tree.tokens[head].upos) === 'verb' && verbs.includes(tree.lemma(head))) return true;
  return tree.dependents(i, 'acl').some((verb) => ['VBD', 'VBN'].includes(tree.tokens[verb].xpos) && !tree.dependents(verb, 'aux', 'aux:pass').length && verbs.includes(tree.lemma(verb)));
}

/**
 * True when verb `i` has no direct object and a plural or coordinated subject ("Indian and Pakistani
 * envoys met", "they met"); an infinitive's subject is that of the verb or predicate that governs it
 * ("the two foreign ministers are expected to meet", "Iran and Syria plan to confer").
 */
function isReciprocal(tree: Tree, i: number): boolean {
  if (directObjects(tree, i).length) return false;
  const pluralPronoun = (k: number) => tree.tokens[k].upos === 'PRON' && LEXICON.pronouns.actor.get(tree.tokens[k].form.toLowerCase())?.plural === true;
  const own = tree.dependents(i, 'nsubj');
  const subjects = own.length || tree.relation(i) !== 'xcomp' ? own : subjectOf(tree, i, []);
  return subjects.some((subject) => ['NNS', 'NNPS'].includes(tree.tokens[subject].xpos) || pluralPronoun(subject) || tree.dependents(subject, 'conj').length > 0 || tree.dependents(subject, 'amod', 'compound').some((word) => tree.dependents(word, 'conj').length > 0));
}

/** True when the words of `sequence` (patterns.ts) stand in order around token `i`, the trigger. */
function matchesSequence(tree: Tree, i: number, sequence: readonly string[]): boolean {
  const star = sequence.findIndex((position) => position.includes('*'));
  const words = (position: string) => position.split('|').map((alternative) => alternative.split(' '));
  const fits = (alternative: string[], at: number) =>
    at >= 0 && at + alternative.length <= tree.tokens.length && alternative.every((word, k) => tree.tokens[at + k].form.toLowerCase() === word || tree.lemma(at + k).toLowerCase() === word);
  // Before the trigger, nearest first, right to left; after it, nearest first, left to right.
  let end = i;
  for (let p = star - 1; p >= 0; p--) {
    const touches = p === star - 1 && sequence[star].startsWith('_');
    let found = -1;
    for (const alternative of words(sequence[p])) {
      for (let at = end - alternative.length; at >= 0 && (!touches || at === end - alternative.length); at--) {
        if (fits(alternative, at)) {
          found = Math.max(found, at);
          break;
        }
      }
    }
    if (found < 0) return false;
    end = found;
  }
  let start = i + 1;
  for (let p = star + 1; p < sequence.length; p++) {
    const touches = p === star + 1 && sequence[star].endsWith('_');
    let found: { at: number; length: number } | undefined;
    for (const alternative of words(sequence[p])) {
      for (let at = start; at < tree.tokens.length && (!touches || at === start); at++) {
        if (fits(alternative, at)) {
          if (!found || at < found.at) found = { at, length: alternative.length };
          break;
        }
      }
    }
    if (!found) return false;
    start = found.at + found.length;
  }
  return true;
}

/**
 * The event a frame at `i` frames, through xcomp, ccomp, the object, a "for"/"to"/"of" phrase or "of" + gerund,
 * past light nouns ("the possibility of") and inner frames ("urged X to consider talks"). Returns
 * the framed trigger and every frame passed on the way.
 */
function findFramed(tree: Tree, i: number, matched: Map<number, Pattern>, depth = 0): { framed: number; via: number[] } | undefined {
  if (depth > 4) return undefined;
  const candidates = [
    ...tree.dependents(i, 'xcomp', 'ccomp'),
    ...tree.dependents(i, 'obj'),
    ...tree.dependents(i, 'obl', 'nmod', 'advcl').filter((child) => tree.markers(child).some((m) => m === 'for' || m === 'to' || m === 'on')),
    ...tree.dependents(i, 'nmod').filter((child) => tree.markers(child).includes('of')),
    ...tree.dependents(i, 'acl').filter((child) => tree.markers(child).includes('to')),
    // "no intention of meeting them", "the threat of imposing sanctions": a gerund the parser hangs as a clause with "of";
    // only the frame's own ("turned down the EU offer of brokering talks": the offer is an event of its own, and frames the brokering).
    ...(depth === 0 ? tree.dependents(i, 'acl').filter((child) => tree.markers(child).includes('of')) : []),
    // "Sharon's Gaza pullout plan": a plan noun's compound names what it plans.
    ...(depth === 0 && matched.get(i)?.pos === 'noun' && matched.get(i)?.frame === 'intent' ? tree.dependents(i, 'compound').filter((child) => tree.tokens[child].upos === 'NOUN') : []),
    ...(depth === 0 && matched.get(i)?.pos === 'noun' && matched.get(i)?.frame === 'intent' ? hungInfinitives(tree, i) : []),
  ];
  for (const child of candidates) {
    const pattern = matched.get(child);
    // "refused to take part in the talks": a verb of taking part gives way to the event its phrase names.
    const partIn = posClass(tree.tokens[child].upos) === 'verb' ? partakenEvent(tree, child, matched) : undefined;
    if (partIn !== undefined) return { framed: partIn, via: [child] };
    if (pattern && !pattern.frame) return { framed: child, via: [] };
    // "put pressure on Chad to hand over ...": the frame's own object noun holds the act it frames.
    const ownObject = matched.get(i)?.object?.includes(tree.lemma(child)) && tree.relation(child) === 'obj';
    if (pattern?.frame || ownObject || LEXICON.lightNouns.has(tree.lemma(child))) {
      const inner = findFramed(tree, child, matched, depth + 1);
      if (inner) return { framed: inner.framed, via: pattern?.frame ? [child, ...inner.via] : inner.via };
    }
  }
  return undefined;
}

/**
 * "Canada announced plans to withdraw all of its troops": the parser hangs the infinitive that completes an
 * intent noun object on the verb; the infinitive that starts right after the noun (its "to" next to
 * the noun's last word) is the noun's complement.
 */
function hungInfinitives(tree: Tree, noun: number): number[] {
  const head = tree.head(noun);
  if (head < 0 || !['obj', 'obl', 'nsubj'].includes(tree.relation(noun))) return [];
  const end = tree.extent(noun)[1];
  return tree.dependents(head, 'xcomp', 'advcl').filter((clause) => clause > noun && tree.tokens[clause].upos === 'VERB' && tree.extent(clause)[0] === end + 1 && tree.dependents(clause, 'mark').some((m) => m === end + 1 && tree.tokens[m].xpos === 'TO'));
}

/** An event to be given its roles: its trigger, the framed event if a frame gave the code, and where its target is looked for. */
interface Plan {
  trigger: number;
  framed?: number;
  framedPattern?: Pattern;
  code: string;
  pattern: Pattern;
  /** The trigger whose roles name the target: the frame's for an appeal, else the event's. */
  targetFrom: number;
  targetRoles: readonly Role[];
}

/** What a target strategy sees: the planned event, its sentence and its source. */
interface TargetSearch {
  tree: Tree;
  ontology: Ontology;
  plan: Plan;
  mentions: readonly Mention[];
  source: ActorRef[];
  notes: string[];
}

/** One way to find an event's target, tried when the strategies before it found none. */
interface TargetStrategy {
  /** The note the event carries when this strategy found the target (none for the pattern's own roles). */
  note?: string;
  find(search: TargetSearch): ActorRef[];
}

/**
 * The pattern's own target roles. A pronoun that stands for the source is not its target: "arrived
 * in Cairo on his first visit" looks past "his" to Cairo.
 */
const patternRoles: TargetStrategy = {
  find({ tree, plan, mentions, notes, source }) {
    const codes = new Set(source.map((ref) => ref.code));
    const sourcePronoun = (ref: ActorRef) => codes.has(ref.code) && LEXICON.pronouns.actor.has(ref.text.toLowerCase());
    return resolveRoles(tree, plan.targetFrom, plan.targetRoles, mentions, notes, sourcePronoun);
  },
};

/**
 * "hailed the restoration of trade links with Cuba", "the start of talks between Serbia and
 * Kosovo": an object that is a light noun (resumption, start, restoration) names the act through
 * its "of" phrase, and the act's partner ("with", "between", "among" phrase) is the target.
 */
const lightNounPartner: TargetStrategy = {
  note: 'target-through-light-noun',
  find({ tree, plan, mentions, notes }) {
    const i = plan.targetFrom;
    const isNoun = posClass(tree.tokens[i].upos) === 'noun';
    const ofPhrases = (node: number) => tree.dependents(node, 'nmod').filter((child) => tree.markers(child).includes('of'));
    let nodes = isNoun ? ofPhrases(i) : [...directObjects(tree, i), ...(isPassive(tree, i) ? tree.dependents(i, 'nsubj:pass') : [])];
    for (let depth = 0; depth < 2 && nodes.length; depth++) {
      const acts = nodes.filter((node) => LEXICON.lightNouns.has(tree.lemma(node))).flatMap(ofPhrases);
      for (const act of acts) {
        const partner = resolveRoles(tree, act, ['with', 'between'], mentions, notes);
        if (partner.length) return partner;
      }
      nodes = acts;
    }
    return [];
  },
};

/** "declined to station monitors in Chad": a refusal is aimed at whom the refused act would reach. */
const refusedActTarget: TargetStrategy = {
  note: 'target-from-refused',
  find: ({ tree, plan, mentions, notes }) =>
    plan.framed !== undefined && plan.pattern.frame === 'reject' && plan.framedPattern ? resolveRoles(tree, plan.framed, plan.framedPattern.target, mentions, notes) : [],
};

/** "insisted on the pullback of Armenian units": whoever is to act in the framed event is the target. */
const framedActor: TargetStrategy = {
  note: 'target-from-framed',
  find: ({ tree, plan, mentions, notes }) =>
    plan.framed !== undefined && plan.targetFrom === plan.trigger && plan.framedPattern ? resolveRoles(tree, plan.framed, [...plan.framedPattern.source, 'object'], mentions, notes) : [],
};

/**
 * "Iran warned the United States it would retaliate", "warned Kenya that it would cut aid": a threat
 * whose threatened act names no one it is aimed at is aimed at whom the threat is made to.
 */
const warnedAddressee: TargetStrategy = {
  note: 'target-warned',
  find: ({ tree, plan, mentions, notes }) =>
    plan.framed !== undefined && plan.pattern.frame === 'threaten' && plan.targetFrom !== plan.trigger ? resolveRoles(tree, plan.trigger, ['object', 'iobj'], mentions, notes) : [],
};

/** "blocked a General Assembly motion", "rejected a Thai proposal": the object's owner. */
const objectOwner: TargetStrategy = {
  note: 'target-from-object',
  find: ({ tree, plan, mentions, notes }) => (plan.pattern.object && plan.framed === undefined ? resolveRoles(tree, plan.trigger, ['object'], mentions, notes) : []),
};

/**
 * "threatened to halt grain shipments to Moldova": a frame whose complement is no event of the
 * lexicon is aimed at whom that complement is directed to, or, naming no one, where it would
 * happen ("threatened to resume attacks in Israel"), or else at its object ("offered to help Afghanistan").
 */
const complementPhrase: TargetStrategy = {
  note: 'target-from-complement',
  find({ tree, plan, mentions, notes }) {
    if (!plan.pattern.frame || plan.framed !== undefined) return [];
    // The parser may make the infinitive an adverbial clause when a time word intervenes ("threatened Monday to resume").
    const infinitives = tree.dependents(plan.trigger, 'advcl').filter((clause) => isInfinitive(tree, clause));
    const clauses = [...tree.dependents(plan.trigger, 'xcomp', 'ccomp'), ...infinitives].filter((clause) => tree.tokens[clause].upos === 'VERB');
    // "urged all nations to respect a UN embargo", "urging a divided world to unite after the vote":
    // the one asked is the object, named or not; a phrase of what it is asked to do is no addressee.
    if (plan.pattern.frame === 'appeal' && tree.dependents(plan.trigger, 'obj').length && tree.dependents(plan.trigger, 'xcomp').length) return [];
    for (const clause of clauses) {
      // "offered to help Afghanistan hold elections": failing a phrase, whom the complement acts on;
      // not for a wish or decision ("decided to question him"), which stays a plan with no counterpart.
      const roles: Role[] = LEXICON.idleIntentWords.has(tree.lemma(plan.trigger)) ? ['to', 'against', 'on', 'in'] : ['to', 'against', 'on', 'in', 'object'];
      const target = resolveRoles(tree, clause, roles, mentions, notes);
      if (target.length) return target;
    }
    return [];
  },
};

/**
 * "The minister arrived in Beijing for talks", "flew to Kabul for a three-day visit": a meeting or a
 * visit naming no one else, the purpose of a trip, is held where the trip leads; the actor of that
 * place is its target, also when it is of the traveller's own country.
 */
const tripDestination: TargetStrategy = {
  note: 'target-of-trip',
  find({ tree, plan, mentions, notes }) {
    const i = plan.trigger;
    if (!plan.pattern.code.startsWith('04') || posClass(tree.tokens[i].upos) !== 'noun') return [];
    const verb = tree.head(i);
    if (verb < 0 || tree.relation(i) !== 'obl' || !tree.markers(i).includes('for') || !LEXICON.tripVerbs.has(tree.lemma(verb))) return [];
    return resolveRoles(tree, verb, ['to', 'in', 'object'], mentions, notes);
  },
};

/** "drove back the rebels with a wave of air strikes": the instrument's target is whom the verb acts on. */
const instrumentObject: TargetStrategy = {
  note: 'target-of-instrument',
  find({ tree, plan, mentions, notes }) {
    if (plan.pattern.pos !== 'noun' || plan.targetFrom !== plan.trigger) return [];
    const verb = instrumentVerb(tree, plan.trigger);
    return verb === undefined ? [] : resolveRoles(tree, verb, ['object'], mentions, notes);
  },
};

/** Roots of the acts an "as" clause can ask of the verb's subject: appeals (02) and demands (10). */
const ASKED_ROOTS: readonly string[] = ['02', '10'];

/**
 * True for a participle making an "as" clause of another verb ("withdrew as requested by Kabul", "as
 * agreed"), or of the verb's object where the parser hangs it ("freed the prisoners as promised").
 * (A participle only: "as traders rallied" is a clause of time with its own subject.)
 */
function isAsClauseParticiple(tree: Tree, i: number): boolean {
  const head = tree.head(i);
  if (tree.tokens[i].xpos !== 'VBN' || tree.dependents(i, 'nsubj', 'nsubj:pass').length || head < 0) return false;
  const onVerb = tree.relation(i) === 'advcl' && tree.tokens[head].upos === 'VERB';
  if (!onVerb && tree.relation(i) !== 'acl') return false;
  return tree.dependents(i, 'mark').some((m) => tree.tokens[m].form.toLowerCase() === 'as');
}

/**
 * "would not free the prisoners as demanded by the rebels", "withdrew as requested by Kabul": an
 * appeal or demand named in an "as" clause of another verb is aimed at that verb's subject, who is
 * asked to do it.
 */
const asClauseSubject: TargetStrategy = {
  note: 'target-of-as-clause',
  find({ tree, plan, mentions, notes }) {
    if (!ASKED_ROOTS.some((root) => plan.code.startsWith(root)) || tree.relation(plan.trigger) !== 'advcl' || !isAsClauseParticiple(tree, plan.trigger)) return [];
    return resolveRoles(tree, tree.head(plan.trigger), ['subject'], mentions, notes);
  },
};

/** "referred Syria to the council for sanctions": the party referred is the target of what the body may do. */
const referredParty: TargetStrategy = {
  note: 'target-referred',
  find({ tree, plan, mentions, notes }) {
    const referral = plan.pattern.pos === 'noun' && plan.targetFrom === plan.trigger ? referralOf(tree, plan.trigger) : undefined;
    return referral === undefined ? [] : resolveRoles(tree, referral.verb, ['object'], mentions, notes);
  },
};

/** A noun event with no target in its phrase: the nearest earlier actor of another country. */
const earlierActor: TargetStrategy = {
  note: 'target-fallback',
  find: ({ tree, plan, mentions, source }) => (plan.pattern.pos === 'noun' ? fallbackTarget(tree, plan.trigger, source, mentions) : []),
};

/**
 * A protest with no one named is aimed at where it happens ("rioted in a prison outside Lima"),
 * else at the protesters' own government ("Bolivian miners staged a sit-in").
 */
const protestAddressee: TargetStrategy = {
  note: 'protest-target',
  find({ tree, plan, mentions, source, notes }) {
    if (!plan.code.startsWith('14')) return [];
    const place = resolveRoles(tree, plan.trigger, ['in', 'at', 'outside', 'throughout'], mentions, notes).filter((ref) => ref.country);
    return place.length ? place : homeGovernment(source);
  },
};

/**
 * No one named on the other side of a domestic kind of event: it is coded against the source's
 * own country ("Ecuador is prepared to declare a curfew", "Rebels blew up power lines").
 */
const domesticCountry: TargetStrategy = {
  note: 'domestic-target',
  find({ tree, plan, source, ontology }) {
    // "declined to resign": a frame over an intransitive domestic event (a concession, force ...) is
    // domestic too; "refused to release the sailors" is not, its object belongs to someone else.
    const framedDomestic = plan.framed !== undefined && plan.framedPattern !== undefined && ontology.inRootClass(plan.framedPattern.code, 'domestic') && !tree.dependents(plan.framed, 'obj').length;
    const domestic = ontology.inRootClass(plan.code, 'domestic') || framedDomestic;
    return source.length && domestic ? homeCountry(source) : [];
  },
};

/**
 * "the verdict drew criticism from Washington", "Syria received a rebuke from the UN", "the Chinese
 * crackdown drew condemnation": an act that the subject of a drawing verb draws is aimed at that
 * subject, or at the doer of the act it names, before any phrase of the act's own.
 */
const drawingSubject: TargetStrategy = {
  note: 'target-drawing-subject',
  find({ tree, plan, mentions, notes }) {
    const verb = tree.head(plan.trigger);
    // (also a threat that frames an act: "faces the threat of raids", "drew threats of reprisals from Syria")
    const ownTarget = plan.targetFrom === plan.trigger || plan.pattern.frame === 'threaten';
    if (plan.pattern.pos !== 'noun' || !ownTarget || verb < 0 || tree.relation(plan.trigger) !== 'obj' || !draws(tree, verb)) return [];
    return resolveRoles(tree, verb, ['subject'], mentions, notes);
  },
};

/**
 * "Iraq condemned U.S. air strikes on Najaf", read with "strikes" as a verb: what a verb of reacting
 * judges, as a clause, is aimed at that clause's subject, the doer of the act judged.
 */
const judgedClauseSubject: TargetStrategy = {
  note: 'target-judged-clause',
  find({ tree, plan, mentions, notes }) {
    const i = plan.trigger;
    if (plan.framed !== undefined || posClass(tree.tokens[i].upos) !== 'verb' || !LEXICON.reactionVerbs.has(tree.lemma(i))) return [];
    return tree.dependents(i, 'ccomp').flatMap((clause) => resolveRoles(tree, clause, ['subject'], mentions, notes));
  },
};

/**
 * "India said Pakistan trained the militants, a charge Islamabad denied": a denial told in a relative
 * clause on the charge noun its pattern names, set off by a comma after the words it restates, is
 * aimed at who made the charge: the subject of the verb of saying or accusing above it.
 */
const restatedChargeMaker: TargetStrategy = {
  note: 'target-charge-maker',
  find({ tree, plan, mentions, notes }) {
    const i = plan.trigger;
    const charge = tree.head(i);
    if (tree.tokens[i].deprel !== 'acl:relcl' || charge < 0 || !plan.pattern.object?.includes(tree.lemma(charge))) return [];
    const first = Math.min(charge, ...tree.dependents(charge, 'det', 'amod'));
    if (tree.tokens[first - 1]?.form !== ',') return [];
    for (let k = tree.head(charge), steps = 0; k >= 0 && steps < MAX_RESTATED_STEPS; k = tree.head(k), steps++) {
      if (isReportingVerb(tree, k) || (tree.tokens[k].upos === 'VERB' && LEXICON.accusationWords.has(tree.lemma(k)))) return resolveRoles(tree, k, ['subject'], mentions, notes);
    }
    return [];
  },
};

/** How far up from a restated charge its verb of saying is looked for (the clause said, its object, a phrase on it). */
const MAX_RESTATED_STEPS = 8;

/** Where an event's target is looked for, in order; the first that finds one wins. */
const TARGET_STRATEGIES: readonly TargetStrategy[] = [drawingSubject, patternRoles, referredParty, lightNounPartner, refusedActTarget, framedActor, warnedAddressee, objectOwner, complementPhrase, tripDestination, instrumentObject, asClauseSubject, judgedClauseSubject, restatedChargeMaker, earlierActor];
/**
 * An attack naming no victim is aimed at the country where it happens (AG guide: unnamed victims take
 * that country), which for forces abroad is not their own: "US helicopters attacked a convoy near Mosul".
 */
const violencePlace: TargetStrategy = {
  note: 'target-from-place',
  find({ tree, plan, mentions, source }) {
    if (!isViolentCode(plan.code) || !source.length) return [];
    const place = placeOfSentence(tree, mentions, undefined);
    return place?.country ? [{ ...toActorRef(place), code: place.country, sector: null }] : [];
  },
};

/** Where the target is looked for when those found none but the source (a source is never its own target). */
const DEFAULT_TARGET_STRATEGIES: readonly TargetStrategy[] = [protestAddressee, violencePlace, domesticCountry];

/** The first target that one of `strategies` finds, noting which strategy found it. */
function firstTarget(strategies: readonly TargetStrategy[], search: TargetSearch): ActorRef[] {
  for (const strategy of strategies) {
    const target = strategy.find(search);
    if (!target.length) continue;
    if (strategy.note) search.notes.push(strategy.note);
    return target;
  }
  return [];
}

/** The target of a planned event: the ordered strategies, without the source's own mentions, then the defaults. */
function findTarget(search: TargetSearch): ActorRef[] {
  const sourceKeys = new Set(search.source.map((ref) => `${ref.start}:${ref.end}`));
  const target = withoutSourceMember(firstTarget(TARGET_STRATEGIES, search), search.source).filter((ref) => !sourceKeys.has(`${ref.start}:${ref.end}`));
  return target.length ? target : firstTarget(DEFAULT_TARGET_STRATEGIES, search);
}

/**
 * "Fired on troops at the border between the two countries": of a pair named again (two mentions of
 * one span, src/actors/pair-references.ts), the member of the source's country is no target.
 */
function withoutSourceMember(target: ActorRef[], source: readonly ActorRef[]): ActorRef[] {
  const countries = new Set(source.map((ref) => ref.country).filter((country) => country));
  const paired = (ref: ActorRef) => target.some((other) => other !== ref && other.start === ref.start && other.end === ref.end);
  return target.filter((ref) => !(paired(ref) && countries.has(ref.country)));
}

/**
 * Finds the events of every sentence of a parsed document with actor mentions; `trees` are the
 * sentences' tree views when the caller has built them already.
 */
export function extractEvents(doc: Document, lexicon: PatternLexicon, ontology: Ontology, trees: readonly Tree[] = (doc.sentences ?? []).map(createTree)): Extraction[] {
  const results: Extraction[] = [];
  const dateline = (doc.mentions ?? []).find((m) => m.rule === 'dateline' && m.country);
  (doc.sentences ?? []).forEach((sentence, s) => {
    const tree = trees[s];
    // where this sentence's events begin in `results`
    const first = results.length;
    const mentions = (doc.mentions ?? []).filter((m) => m.sentence === s);
    const matched = new Map<number, Pattern>();
    sentence.tokens.forEach((_, i) => {
      const pattern = matchPattern(tree, i, lexicon, mentions);
      if (pattern) matched.set(i, pattern);
    });
    // "attacked a camp, killing 9 fighters": a participle clause of casualties on an event's verb
    // counts that event's victims; it is no event of its own.
    // ("..., killing 9 and wounding 23": the coordinated participle too.)
    const casualties = new Set<number>();
    // An event whose casualties a verb counts ("killed in a bombing", "exploded, killing two"): event -> that verb.
    const victimsOf = new Map<number, number>();
    for (const i of [...matched.keys()].sort((a, b) => a - b)) {
      const head = tree.tokens[i].head ?? -1;
      if (!LEXICON.casualtyVerbs.has(tree.lemma(i)) || tree.tokens[i].xpos !== 'VBG' || head < 0) continue;
      const relation = tree.tokens[i].deprel;
      // The parser may hang the participle on the event's object ("bombed a village, killing ...").
      const onObject = relation === 'acl' && tree.tokens[head].deprel === 'obj' && matched.has(tree.tokens[head].head ?? -1);
      if ((relation === 'advcl' && matched.has(head)) || onObject || (relation === 'conj' && casualties.has(head))) casualties.add(i);
      if (relation === 'advcl' && matched.has(head) && !victimsOf.has(head)) victimsOf.set(head, i);
    }
    // "killed 12 people and injured 31": a coordinated casualty verb counts the same event's victims.
    // "airstrikes that killed 44": a casualty verb in a relative clause on an event noun counts that
    // event's victims, when the noun is coded (`countedBy`); so does an act of force in it ("airstrikes
    // that demolished homes"). "The blast killed eight": the violent noun's victims (`victimsOf`).
    const countedBy = new Map<number, number>();
    for (const [i, pattern] of matched) {
      const head = tree.tokens[i].head ?? -1;
      const noun = matched.get(head);
      if (tree.tokens[i].deprel === 'acl:relcl' && noun?.pos === 'noun' && isViolentCode(noun.code) && FORCE_ROOTS.has(pattern.code.slice(0, 2))) countedBy.set(i, head);
      // "a blast struck a government building", "an explosion ripped through a market": the blow a
      // violent noun strikes as its subject is that noun's act, told again.
      else if (posClass(tree.tokens[i].upos) === 'verb' && FORCE_ROOTS.has(pattern.code.slice(0, 2)) && !LEXICON.casualtyVerbs.has(tree.lemma(i))) {
        // (also read from the words, where the parse loses the relative clause: "an explosion that tore through a bus station")
        const violentNoun = (k: number) => matched.get(k)?.pos === 'noun' && isViolentCode(matched.get(k)!.code);
        const relative = tree.tokens[i - 1] !== undefined && ['that', 'which'].includes(tree.tokens[i - 1].form.toLowerCase()) && violentNoun(i - 2) ? i - 2 : undefined;
        const blower = tree.dependents(i, 'nsubj').find(violentNoun) ?? relative;
        if (blower !== undefined) countedBy.set(i, blower);
      }
    }
    for (const i of [...matched.keys()].sort((a, b) => a - b)) {
      const head = tree.tokens[i].head ?? -1;
      if (!LEXICON.casualtyVerbs.has(tree.lemma(i)) || casualties.has(i)) continue;
      const relation = tree.tokens[i].deprel;
      // ("Gunmen killed the mayor and a suicide bomber killed ten": a conjunct with a subject of its own is another act.)
      if (relation === 'conj' && head >= 0 && LEXICON.casualtyVerbs.has(tree.lemma(head)) && matched.has(head) && !hasOwnSubject(tree, i)) casualties.add(i);
      // (not a clause of "who": "demands by gunmen who killed two drivers" tells the gunmen's act, hung on the wrong noun)
      const personal = tree.dependents(i, 'nsubj').some((subject) => ['who', 'whom'].includes(tree.tokens[subject].form.toLowerCase()));
      if (relation === 'acl:relcl' && matched.get(head)?.pos === 'noun' && !personal) countedBy.set(i, head);
      // "the bombing of a hotel that killed 20", "an attack on a police post that wounded three": the
      // parser hangs the clause on what was hit; a place or building kills no one, the violence did.
      // (What was hit may be armed people, who do kill: "the raid on a rebel squad that killed two guards".)
      else if (relation === 'acl:relcl' && !personal && head >= 0) {
        const act = tree.head(head);
        const hit = act >= 0 && tree.relation(head) === 'nmod' && tree.markers(head).some((marker) => marker === 'of' || marker === 'on') && !namesArmedPeople(tree, head, mentions);
        if (hit && matched.get(act)?.pos === 'noun' && isViolentCode(matched.get(act)!.code)) countedBy.set(i, act);
      }
      // "four soldiers were killed in a roadside blast": the casualties of the event noun.
      const cause = tree.dependents(i, 'obl').find((child) => tree.markers(child).includes('in') && matched.get(child)?.pos === 'noun' && !matched.get(child)!.code.startsWith('0'))
        // "the blast killed eight people": a violent event noun as the subject did the killing.
        ?? tree.dependents(i, 'nsubj').find((child) => matched.get(child)?.pos === 'noun' && isViolentCode(matched.get(child)!.code));
      if (cause !== undefined) {
        casualties.add(i);
        victimsOf.set(cause, i);
      }
    }
    // "five miners were killed in a gas explosion at a coal mine" is no event, nor "an earthquake killed
    // six" or "a bus crashed, killing ten": casualties of an accident or a natural disaster.
    // ("A typhoon struck the coast", "the latest disaster to hit the country": nor is a blow by one.)
    for (const [i, pattern] of matched) {
      const blow = isViolentCode(pattern.code) && posClass(tree.tokens[i].upos) === 'verb';
      if ((LEXICON.casualtyVerbs.has(tree.lemma(i)) || blow) && mishapCause(tree, i)) casualties.add(i);
      // "Hurricane Ivan took aim at Jamaica", "stocks rallied": a disaster or a market that is a verb's subject acts for no one.
      else if (posClass(tree.tokens[i].upos) === 'verb' && tree.dependents(i, 'nsubj').some((subject) => isDisasterOrMarket(tree, subject))) casualties.add(i);
      // "Argentina beat Brazil 3-1", "thrashed Italy in the final": a sporting result.
      else if (isViolentCode(pattern.code) && posClass(tree.tokens[i].upos) === 'verb' && isContest(tree, i)) casualties.add(i);
    }
    // The same clauses read from the words, where the parse hangs them elsewhere.
    const codes = new Map([...matched].map(([k, pattern]) => [k, pattern.code]));
    for (const i of matched.keys()) if (countsEarlierViolence(tree, i, codes)) casualties.add(i);
    for (const i of casualties) matched.delete(i);
    const consumed = new Set<number>();
    // "impose sanctions", "the reimposition of sanctions": the object noun is part of the trigger.
    for (const [i, pattern] of matched) {
      // "fought fierce battles with rebels": an event noun of the verb's own root as its object names
      // the verb's act again; the noun, whose phrase holds the parties, is the event.
      const cognate = tree.dependents(i, 'obj').some((child) => {
        const inner = matched.get(child);
        return inner?.pos === 'noun' && !inner.frame && inner.code.slice(0, 2) === pattern.code.slice(0, 2);
      });
      if (cognate && !pattern.object && !pattern.frame && posClass(tree.tokens[i].upos) === 'verb') consumed.add(i);
      // "the rebels will take part in the talks": the talks are the event, not also the taking part.
      if (!pattern.frame && posClass(tree.tokens[i].upos) === 'verb' && partakenEvent(tree, i, matched) !== undefined) consumed.add(i);
      // "hit Belarus with sanctions", "placed under house arrest": the nouns a sequence names are part of the trigger too.
      const named = pattern.object ?? pattern.sequence?.filter((position) => !position.includes('*')).flatMap((position) => position.split('|'));
      if (!named) continue;
      // "held a further round of negotiations": also through a counting noun in between.
      const counted = tree.children[i].filter((child) => LEXICON.seriesNouns.has(tree.lemma(child))).flatMap((child) => tree.dependents(child, 'nmod').filter((k) => tree.markers(k).includes('of')));
      // "the sanctions imposed by the UN": a passive participle's object is the noun it modifies.
      const relative = posClass(tree.tokens[i].upos) === 'verb' && isPassiveRelative(tree, i) ? [tree.head(i)] : [];
      for (const child of [...tree.children[i], ...counted, ...relative]) {
        const inner = matched.get(child);
        // "threatened sanctions": what a threat names is its content, of whatever root; "lodged a
        // protest": a pattern that absorbs its object noun (114.lodge-protest) is the whole act, and
        // the noun has no sense of its own there, no demonstration.
        const sameAct = inner && (inner.code.slice(0, 2) === pattern.code.slice(0, 2) || pattern.code.startsWith('13') || pattern.absorbs);
        if (sameAct && (lemmasOf(tree, child).some((lemma) => named.includes(lemma)) || named.includes(tree.tokens[child].form.toLowerCase()))) consumed.add(child);
      }
    }
    const plans: Plan[] = [];
    const internal = new Set<number>();
    // Outer frames first, so that "urged X to consider talks" is one appeal, not also an intent.
    const frames = [...matched].filter(([, pattern]) => pattern.frame && pattern.frame !== 'transparent');
    frames.sort((a, b) => tree.depth(a[0]) - tree.depth(b[0]));
    for (const [i, pattern] of frames) {
      if (consumed.has(i)) continue;
      const found = findFramed(tree, i, matched);
      if (found === undefined) continue;
      const { framed } = found;
      const framedPattern = matched.get(framed)!;
      // "ordered the evacuation of its nationals from the capital": an event that needs a place "of" it is
      // none with people there, and frames nothing.
      if (framedPattern.placeTarget && !placeIsOf(tree, framed, mentions.filter((m) => m.sector === null && m.code === m.country))) continue;
      // "helped the Afghans prepare for a British pullout": an intent does not take in a noun
      // event that names another doer of its own; that event stands.
      if (pattern.frame === 'intent' && framedPattern.pos === 'noun' && hasOtherDoer(tree, i, pattern, framed, framedPattern, mentions)) continue;
      // "Chad warned that Sudanese rebels would attack": a warning of what another will do is no threat
      // of the warner's; the framed act stands, its doer's.
      if (pattern.frame === 'threaten' && tree.relation(framed) === 'ccomp' && tree.dependents(framed, 'nsubj').some((subject) => !isWarnerSubject(tree, subject, resolveRoles(tree, i, pattern.source, mentions, []), mentions))) continue;
      // "the rebel leader called on his fighters to lay down their arms": a conflict party calling on its
      // own side to stop fighting de-escalates itself (AG guide and PLOVER: 0356, AGREE), no appeal or demand.
      const rule = (pattern.frame === 'appeal' || pattern.frame === 'demand') && framedPattern.code.startsWith(DE_ESCALATION) && addressesOwnSide(tree, i, resolveRoles(tree, i, pattern.source, mentions, []))
        ? OWN_SIDE_DE_ESCALATION
        : lexicon.frameCode(pattern.frame!, framedPattern.code);
      if (!rule) continue;
      // "plans to impose sanctions" is a threat, but "decided to impose sanctions" is the sanction
      // itself; after an intent noun ("no plans to impose") the framed event stands, and its status
      // carries the intent (recodeByStatus).
      if (pattern.frame === 'intent' && rule.code.startsWith('13') && (LEXICON.decisionVerbs.has(tree.lemma(i)) || pattern.pos === 'noun')) continue;
      // "troops are preparing to storm the town", "prepared for an assault": force got ready by deeds is the act
      // under way, no threat announced; the framed event stands, intended ("is prepared to strike" states readiness).
      if (pattern.frame === 'intent' && rule.code.startsWith('13') && isPreparing(tree, i)) continue;
      // "The president instructed his foreign minister to explore talks": an appeal or demand to
      // one's own side is how the side acts, not an event between two actors; the framed event stands.
      if (rule.target === 'frame' && rule !== OWN_SIDE_DE_ESCALATION && isInternal(tree, i, pattern, mentions)) {
        internal.add(i);
        continue;
      }
      consumed.add(framed);
      for (const inner of found.via) consumed.add(inner);
      const targetFrom = rule.target === 'frame' ? i : framed;
      plans.push({ trigger: i, framed, framedPattern, code: rule.code, pattern, targetFrom, targetRoles: (rule.target === 'frame' ? pattern : framedPattern).target });
    }
    // "urged Ghana to step in and restart the negotiations": what an appeal, demand, threat or
    // refusal asks for is its content, not an event of its own.
    for (const [i, pattern] of frames) {
      if (consumed.has(i) || internal.has(i) || !['appeal', 'demand', 'threaten', 'reject'].includes(pattern.frame!)) continue;
      // Only what it asks for ("to hold talks"), not a question it reports ("asked if Iran would ...").
      // (An infinitive the parser hangs as an adverbial clause is the same content: "petitioned the government to ban".)
      const infinitive = (child: number) => tree.markers(child).includes('to') && tree.tokens[child].xpos === 'VB';
      // ("demanded that Washington explain how it funds ...": a clause of what must be done.)
      const content = [...tree.dependents(i, 'xcomp'), ...tree.dependents(i, 'advcl').filter(infinitive), ...(pattern.frame === 'demand' || pattern.frame === 'appeal' ? tree.dependents(i, 'ccomp').filter((clause) => !isForetold(tree, clause) && !isQuestion(tree, clause)) : [])];
      for (let n = 0; n < content.length; n++) {
        const k = content[n];
        if (matched.has(k) && !matched.get(k)!.frame) consumed.add(k);
        // "urged the militants to halt attacks": what a yielding act (08) would end goes on; it stays an event.
        const ending = matched.get(k)?.code.startsWith('08') === true;
        if (n < 12) content.push(...tree.dependents(k, 'conj', ...(ending ? [] : ['obj']), 'xcomp', 'ccomp'));
      }
    }
    const planned = new Set(plans.map((plan) => plan.trigger));
    for (const [i, pattern] of matched) {
      if (planned.has(i) || consumed.has(i) || internal.has(i) || pattern.frame === 'transparent') continue;
      // "hoped to interview the suspect", "its intention to build a dam": an intent whose complement
      // is an act the lexicon does not code announces nothing political.
      if (pattern.frame === 'intent' && LEXICON.wishWords.has(tree.lemma(i)) && actComplement(tree, i) !== undefined) continue;
      // "Kidnappers seized two engineers": the captor noun names the agent of the seizure coded on its verb.
      const verb = tree.head(i);
      const act = tree.relation(i) === 'nsubj' ? matched.get(verb) : undefined;
      if (pattern.pos === 'noun' && LEXICON.captorNouns.has(tree.tokens[i].form.toLowerCase()) && act && !consumed.has(verb) && ABDUCTION_ROOTS.has(act.code.slice(0, 2))) continue;
      plans.push({ trigger: i, code: pattern.code, pattern, targetFrom: i, targetRoles: pattern.target });
    }
    for (const plan of plans.sort((a, b) => a.trigger - b.trigger)) {
      // "charged with planning a mutiny", "charged with torture": what a charge alleges, not an event of its own.
      if (isChargeContent(tree, plan.trigger)) continue;
      // "warned that high oil prices would slow growth": a warning of what may happen, a plain statement.
      if (plan.framed === undefined && plan.pattern.frame === 'threaten' && isMereWarning(tree, plan.trigger)) continue;
      // "shelled the port, threatening to derail talks": a risk, no threat.
      if (plan.framed === undefined && plan.pattern.frame === 'threaten' && isRiskTold(tree, plan.trigger)) continue;
      const notes: string[] = [];
      // "a Srinagar grenade attack", "the Bali bombings": a town named before a noun of violence says
      // where it happened, not who did it.
      const skippedPlaces: ActorRef[] = [];
      // "the U.S. embassy bombing": an embassy named before a noun of violence is what was hit.
      const skippedPremises: ActorRef[] = [];
      const placeModifier = (ref: ActorRef) => {
        const violentNoun = isViolentCode(plan.code) && plan.pattern.pos === 'noun';
        const place = violentNoun && isPlaceModifier(tree, plan.trigger, ref, mentions);
        if (place) skippedPlaces.push(ref);
        const premises = violentNoun && !place && isPremisesModifier(tree, plan.trigger, ref);
        if (premises) skippedPremises.push(ref);
        return place || premises;
      };
      let source = speakerOfConjoinedAct(tree, plan, mentions, notes) ?? resolveRoles(tree, plan.trigger, plan.pattern.source, mentions, notes, placeModifier);
      // "Lisbon says the drive to reopen the border will go on": an effort no one is said to make, told as
      // the subject of a reported clause, is the reporting side's when what it works for is cooperation.
      // An attempt at force that a side reports is as often one against it ("Chile said a plot to bomb
      // its embassy was foiled"): no doer is known then.
      if (!source.length && notes.includes('effort-of-reporter') && (ontology.inRootClass(plan.code, 'cooperation') || plan.code.startsWith('03'))) {
        for (const token of effortReporters(tree, plan.trigger, notes)) {
          source = uniqueRefs(actorsAt(tree, token, mentions).map(toActorRef));
          if (source.length) break;
        }
      }
      if (isRetold(tree, plan.trigger, plan.code, source.length > 0, results.filter((event) => event.sentence === s))) continue;
      // "Peru recalled its ambassador in protest": a state's act done in protest is a diplomatic one, no
      // demonstration (the act itself is coded).
      if (notes.includes('response-of-subject') && plan.code.startsWith(PROTEST_ROOT) && source.length > 0 && source.every((ref) => ref.sector === null || STATE_SECTORS.has(ref.sector))) continue;
      // "hit the campaign trail", "quake-hit villages", "struck down the ban": no blow.
      // ("vowed to fight on for reform": a framed fight that is none, with the vow's source as its own.)
      const blow = plan.framed === undefined ? plan.trigger : plan.framed;
      if (isViolentCode(plan.framedPattern?.code ?? plan.code) && isFigurativeBlow(tree, blow, source, mentions)) continue;
      if (!source.length && plan.pattern.pos === 'noun') {
        source = sourceFromConjuncts(tree, plan.trigger, mentions);
        if (source.length) notes.push('source-from-conjunct');
      }
      if (!source.length && plan.pattern.pos === 'noun' && PARTICIPATION_ROOTS.has(plan.code.slice(0, 2))) {
        // "civilians fled after heavy fighting": civilians take no part in a fight.
        source = participantOfClause(tree, plan.trigger, mentions, notes, plan.pattern.source.includes('between'), plan.code.startsWith('04')).filter((ref) => plan.code.startsWith('04') || ref.sector !== 'CVL');
        if (source.length) notes.push('participant-of-clause');
      }
      if (!source.length && OFFENCE_ROOTS.has(plan.code.slice(0, 2))) {
        source = accusedOf(tree, plan.trigger, mentions, notes);
        if (source.length) notes.push('accused-agent');
      }
      if (!source.length && plan.pattern.object && plan.pattern.pos === 'verb') {
        source = passiveObjectOwner(tree, plan.trigger, plan.pattern.object, mentions);
        if (source.length) notes.push('object-owner');
      }
      // "Villagers near the border braced for an assault": only those who wield force ready one by getting
      // ready (a state or its armed forces, or armed groups); civilians or others bracing for it await it.
      if (notes.includes('prepared-act') && source.some((ref) => ref.sector !== null && ref.sector !== undefined && !STATE_SECTORS.has(ref.sector) && !ARMED_PEOPLE_SECTORS.has(ref.sector))) {
        source = [];
        notes.push('prepared-act-awaited');
      }
      let target = findTarget({ tree, ontology, plan, mentions, source, notes });
      // (The town named before the noun is where the violence happened: its country is the target when nothing else is.)
      if (!target.length && skippedPlaces.length && skippedPlaces[0].country) {
        target = [{ ...skippedPlaces[0], code: skippedPlaces[0].country, sector: null }];
        notes.push('target-from-place-modifier');
      }
      // (before a place the event is said to have happened in: "the embassy attack in Bangkok")
      if (skippedPremises.length && target.every((ref) => ref.sector === null && ref.code === ref.country)) {
        target = uniqueRefs(skippedPremises);
        notes.push('target-from-premises');
      }
      // "two shopkeepers died in the blast of a parcel bomb": the casualties are the explosion's victims,
      // rather than the country it happens in ("a bomb went off in Afghanistan, killing three British troops").
      const victims = victimsOf.get(plan.trigger);
      if (victims !== undefined && (!target.length || notes.includes('domestic-target') || target.every((ref) => ref.sector === null))) {
        const counted = resolveRoles(tree, victims, ['object'], mentions, notes);
        if (counted.length) {
          target = counted;
          notes.push('target-from-casualties');
        }
      }
      // "a gang holding two Nepali drivers hostage said it would behead one captive": a captive naming no
      // actor is one of those the text says were seized before, not someone of the place.
      if (!target.length || notes.includes('target-from-place') || notes.includes('domestic-target')) {
        const seized = capturedBefore(tree, plan.framed ?? plan.trigger, mentions, source, results, s, plan.trigger);
        if (seized.length) {
          target = seized;
          notes.push('target-captives-seized-before');
        }
      }
      // "talks between Nepal's government and the Maoists": a compound event puts all its parties in the source.
      if (!source.length && target.length > 1 && resolveRoles(tree, plan.trigger, ['between'], mentions, []).length === target.length) {
        notes.push('compound-parties');
        [source, target] = [target, []];
      }
      // "resigned after a long battle with the party's chairman": a fight of politicians alone is a rivalry,
      // unless people die in it ("scores died in the battle between the president and his rival").
      if (isViolentCode(plan.code) && isPoliticalRivalry(tree, plan.trigger, source, target) && !isDeadly(tree, plan.trigger)) continue;
      // "Warplanes bombed a bridge near Mosul on Sunday. Five people were killed.": casualties with no
      // agent, after an act of violence coded before them, are its result (not after a hostage-taking,
      // which kills no one by itself: "a siege during which hostages were killed").
      const agentless = !source.length && posClass(tree.tokens[plan.trigger].upos) === 'verb' && isPassive(tree, plan.trigger);
      // The act must be in the casualties' sentence or the one before: a death told paragraphs later is news of its own.
      const cause = (event: Extraction) => isViolentCode(event.code) && !event.code.startsWith('181') && (event.sentence === s - 1 || (event.sentence === s && event.trigger < plan.trigger));
      if (agentless && LEXICON.casualtyVerbs.has(tree.lemma(plan.trigger)) && results.some(cause)) continue;
      // "five people died in a string of blasts", "riots broke out": protest or violence named by a noun
      // alone is aimed at the place where it happens (AG guide: unnamed victims take that country).
      // "... killing nine. Several others were wounded in the attack": a definite noun with no actor
      // (its target at most the casualties counted in it) names an act of the same kind coded before it.
      if (!source.length && (!target.length || notes.includes('target-from-casualties')) && PLACED_ROOTS.has(plan.code.slice(0, 2))) {
        const definite = tree.dependents(plan.trigger, 'det').some((det) => tree.lemma(det).toLowerCase() === 'the');
        const kind = (code: string) => (code.startsWith('14') ? 'protest' : PLACED_ROOTS.has(code.slice(0, 2)) ? 'violence' : code);
        if (definite && results.some((event) => kind(event.code) === kind(plan.code) && (event.sentence < s || event.trigger < plan.trigger))) continue;
      }
      if (!source.length && !target.length && PLACED_ROOTS.has(plan.code.slice(0, 2))) {
        const place = placeOfSentence(tree, mentions, dateline);
        if (place?.country) {
          target = [{ ...toActorRef(place), code: place.country, sector: null }];
          notes.push('target-from-place');
        }
      }
      if (!source.length && !target.length && plan.pattern.pos === 'noun') {
        const parties = partiesOfResumedTalks(tree, plan.trigger, plan.code, s, results);
        if (parties) {
          ({ source, target } = parties);
          notes.push('parties-of-earlier-talks');
        }
      }
      if (!source.length && !target.length) continue;
      if (plan.pattern.needsTarget && !target.length) continue;
      // "France banned smoking in bars": a coercion that needs someone it falls on has none in the source's
      // own country, the fallback of a domestic act that names no one ("banned headscarves from universities" names them).
      if (plan.pattern.needsTarget && plan.code.startsWith('17') && notes.includes('domestic-target')) continue;
      // "The senate resolved a dispute over the tax bill", "the council passed a motion": a line imported from
      // the PETRARCH2 verb dictionary is a bare verb sense, which names an event between actors only with a
      // counterpart; with none named (and no two parties in its subject, "India and Pakistan concluded talks")
      // it codes nothing. Parley's own patterns say when they code an act with no counterpart.
      if (plan.pattern.dictionary && isRelational(plan.code) && !target.length && !namesTwoParties(source)) continue;
      // "Chirac says France should hold a referendum": what a speaker says their own country must do is
      // an opinion on its policy, no demand between two actors (a demand of a part of it stands: "warned the
      // rebel-held city it must hand over the militants").
      if (plan.pattern.modal && plan.pattern.frame === 'demand' && plan.framed === undefined && isOwnCountry(source, target)) continue;
      // "Kenya said Kenya was wrong": a speaker's judgment of itself is no criticism of another.
      if (plan.pattern.verdict && target.every((ref) => source.some((from) => from.code === ref.code))) continue;
      if (plan.pattern.sourceSectors && !allOfSectors(source, plan.pattern.sourceSectors, 'IGO')) continue;
      if (plan.pattern.placeTarget && !target.every((ref) => ref.sector === null && ref.code === ref.country)) continue;
      // "the evacuation of foreigners from the capital": the place must be the "of" noun itself, not a place
      // the parser hangs on the people evacuated.
      if (plan.pattern.placeTarget && !placeIsOf(tree, plan.trigger, target)) continue;
      if (plan.pattern.foreignTarget && target.some((ref) => source.some((from) => countryOf(from.code) === ref.country))) continue;
      // "Germany warned Poland that its budget broke the rules": a warning that frames no coded act and
      // says that something is so is a statement, no threat (AG guide: plain statements are not coded).
      // "warned it would retaliate against any raid" announces an act of the warner's own: a threat.
      if (plan.pattern.frame === 'threaten' && plan.framed === undefined && posClass(tree.tokens[plan.trigger].upos) === 'verb' && saysWhatIs(tree, plan.trigger, source, mentions)) continue;
      // "the ministry released a study", "a memo released by the army": what is released is a
      // text made public, no captive set free.
      if (plan.code.startsWith(RELEASE) && posClass(tree.tokens[plan.trigger].upos) === 'verb' && releasesDocument(tree, plan.trigger)) continue;
      // "they want democracy sooner", "voters will decide the winner": a wish or a decision that frames
      // no coded act and names no one it is meant for is a plan with no counterpart, no event.
      // ("a disengagement plan" names its content, an act of its own: it stays.)
      if (plan.pattern.frame === 'intent' && plan.framed === undefined && plan.code === plan.pattern.code && !target.length && LEXICON.idleIntentWords.has(tree.lemma(plan.trigger)) && !tree.dependents(plan.trigger, 'compound').length) continue;
      // "... concluded peace talks. The talks set the stage for ...": a noun naming the kind of event an
      // earlier sentence coded refers back to it; an indefinite one introduces another ("Troops clashed with
      // rebels on Monday. A large assault is expected."), unless it only describes one ("called it a brief raid"):
      // such a description refers back to an earlier event of its root too ("bombed ... called the operation a raid").
      if (plan.pattern.pos === 'noun' && !notes.includes('parties-of-earlier-talks') && !introducesEvent(tree, plan.trigger)) {
        const describing = describesEvent(tree, plan.trigger);
        if (results.some((event) => event.sentence < s && (event.code === plan.code || (describing && event.code.slice(0, 2) === plan.code.slice(0, 2))))) continue;
      }
      const counter = countedBy.get(plan.trigger);
      const counting = counter === undefined ? undefined : results.find((event) => event.sentence === s && event.trigger === counter);
      if (counting) {
        // ("an explosion that tore through the house of a Hamas leader"): what the blow hit is the act's
        // target, rather than the place or the casualties the noun had to take it from.
        const taken = !counting.target.length || counting.notes.includes('target-from-place') || counting.notes.includes('target-from-casualties');
        if (taken && target.length && !notes.includes('target-from-place') && FORCE_ROOTS.has(plan.code.slice(0, 2))) {
          counting.target = target;
          counting.notes.push('target-from-blow');
        }
        continue;
      }
      // "Gunmen seized two engineers": what is an arrest by authorities is an abduction by armed irregulars.
      // "Two aid workers were seized in Baghdad": people of no armed or official side (civilians, aid
      // workers, reporters, businessmen) seized by no one named are kidnapped: authorities arrest or
      // detain, and say so (not "arrested", "detained": 173.seize-person's verbs only). People already in
      // custody or on the run from it ("escaped prisoners were captured", "the fugitive was caught") are
      // taken back into it: an arrest.
      const snatched = plan.code === ARREST && plan.pattern.person === true && !source.length && allOfSectors(target, CAPTIVE_SECTORS, 'NGO') && !passiveObjects(tree, plan.trigger).some((person) => CUSTODY_NOUNS.has(tree.lemma(person).toLowerCase()));
      const abduction = (plan.code === ARREST && allOfSectors(source, IRREGULAR_SECTORS)) || snatched;
      if (abduction) notes.push('abduction');
      // "Senators attacked the administration over the scandal": lawmakers, parties, the press, judges
      // and rights groups attack in words (a criticism), as armed irregulars seize by abduction.
      // "Lawmakers attacked by gunmen were wounded": a passive attack is made on the lawmakers, not by them.
      const verbal = plan.code === ARMED_ATTACK && posClass(tree.tokens[plan.trigger].upos) === 'verb' && !isPassiveTrigger(tree, plan.trigger) && VERBAL_ATTACKS.has(tree.lemma(plan.trigger)) && allOfSectors(source, SPEAKING_SECTORS, 'NGO');
      if (verbal) notes.push('verbal-attack');
      // "Commandos stormed a building held by militants": what is a violent protest by crowds is an armed
      // assault by armed forces, police or armed groups.
      const armed = plan.code === VIOLENT_PROTEST && allOfSectors(source, ARMED_SECTORS);
      if (armed) notes.push('armed-storming');
      // "Supporters of the ousted mayor clashed with police": a crowd's clash is a violent protest.
      const riot = plan.pattern.id === CLASH_PATTERN && (allOfSectors(source, ['CVL']) || tree.dependents(plan.trigger, 'nsubj').some((subject) => LEXICON.crowdNouns.has(tree.lemma(subject).toLowerCase())));
      if (riot) notes.push('crowd-clash');
      // "Troops blocked the main roads into the town": what is an obstruction by protesters (or by rebels
      // who "blocked transport into the capital", PLOVER GSR: PROTEST obstruct) is a blockade that
      // restricts movement (191) by the state's armed forces or police.
      const blockade = plan.pattern.id === ROAD_BLOCK_PATTERN && allOfSectors(source, STATE_FORCE_SECTORS);
      if (blockade) notes.push('armed-blockade');
      const code = abduction ? ABDUCTION : armed ? ARMED_ATTACK : verbal ? CRITICISM : riot ? VIOLENT_PROTEST : blockade ? BLOCKADE : plan.code;
      const event: Extraction = { sentence: s, trigger: plan.trigger, framed: plan.framed, framedCode: plan.framedPattern?.code, code, pattern: plan.pattern, source, target, notes };
      results.push(...pairedSides(event));
    }
    if (results.length > first) results.splice(first, results.length - first, ...dropRestatedViolence(tree, mergeCountedCasualties(tree, results.slice(first))));
  });
  return results;
}

/** Nouns of a band of armed people, named by the group it belongs to ("a Hamas cell", "an army unit"). */
const ARMED_BAND_NOUNS: ReadonlySet<string> = new Set(['cell', 'squad', 'gang', 'band', 'unit', 'team', 'group', 'faction', 'column', 'patrol']);

/**
 * Whether noun `i` names armed people rather than a place or a building: it lies in a mention of armed
 * forces or irregulars ("the rebel commander", "three militants"), or it is a band of them named by
 * such a mention ("the Hamas cell", "an army patrol").
 */
function namesArmedPeople(tree: Tree, i: number, mentions: readonly Mention[]): boolean {
  const armedAt = (k: number) => {
    const { start, end } = tree.tokens[k];
    return mentions.some((m) => m.start <= start && end <= m.end && m.sector !== null && ARMED_PEOPLE_SECTORS.has(m.sector));
  };
  if (armedAt(i)) return true;
  return ARMED_BAND_NOUNS.has(tree.lemma(i).toLowerCase()) && tree.dependents(i, 'compound', 'amod', 'nmod:poss').some(armedAt);
}

/** De-escalation (087x), and the code of a party's call on its own side to de-escalate (0356), aimed at that side. */
const DE_ESCALATION = '087';
const OWN_SIDE_DE_ESCALATION = { code: '0356', target: 'frame' } as const;
const POSSESSIVE_PRONOUNS: ReadonlySet<string> = new Set(['his', 'her', 'its', 'their']);
/** Nouns of armed forces, which are a state's army when a state orders them (a demand), and a party's own side otherwise. */
const FORCES_NOUNS: ReadonlySet<string> = new Set(['troop', 'troops', 'soldier', 'force', 'forces', 'unit', 'army']);

/**
 * Whether appeal or demand `i` is addressed to the speaker's own people: "ordered his gunmen", "called
 * on its fighters", "called for their supporters". The one called on must be of the people a party leads
 * ("urged his Russian counterpart" asks another state); forces count only for a speaker that is no state
 * ("the rebel commander ordered his troops"): "the government ordered its troops to pull back" is a demand.
 */
function addressesOwnSide(tree: Tree, i: number, source: readonly ActorRef[]): boolean {
  const addressees = [...tree.dependents(i, 'obj', 'iobj'), ...tree.dependents(i, 'obl').filter((node) => tree.markers(node).some((marker) => marker === 'on' || marker === 'for'))];
  const ownPeople = (node: number) => {
    const noun = tree.lemma(node).toLowerCase();
    if (!LEXICON.ownSideNouns.has(noun) && !LEXICON.ownSideNouns.has(tree.tokens[node].form.toLowerCase())) return false;
    return !FORCES_NOUNS.has(noun) || allOfSectors(source, IRREGULAR_SECTORS);
  };
  return addressees.some((node) => ownPeople(node) && tree.dependents(node, 'nmod:poss').some((owner) => POSSESSIVE_PRONOUNS.has(tree.tokens[owner].form.toLowerCase())));
}

/** The root of demonstrations and other acts of dissent. */
const PROTEST_ROOT = '14';

/** Sectors of a state's own organs, which speak and act for it. */
const STATE_SECTORS: ReadonlySet<string> = new Set(['GOV', 'MIL', 'COP', 'SPY']);

/** Future auxiliaries and the pronouns by which a warner speaks of its own coming act ("warned it would respond"). */
const FUTURE_AUXILIARIES: ReadonlySet<string> = new Set(['will', 'would', 'shall']);
const SELF_PRONOUNS: ReadonlySet<string> = new Set(['it', 'they', 'we', 'i', 'he', 'she']);

/**
 * Whether warning verb `i` takes a clause that says what is so ("warned Poland that its budget broke
 * the rules", "warned the plan would hurt the talks") rather than what the warner itself will do
 * ("warned it would respond", "warned Chad that Libya would respond": isWarnerSubject). The parser may hang the clause on the one warned.
 */
function saysWhatIs(tree: Tree, i: number, source: readonly ActorRef[], mentions: readonly Mention[]): boolean {
  // (A "that" clause after the one warned may be read as a relative clause on it, with a subject of its own.)
  const relative = (k: number) => LEXICON.relativePronouns.has(tree.lemma(k)) || tree.lemma(k).toLowerCase() === 'that';
  const contentOfObject = (node: number) => tree.dependents(node, 'acl:relcl').filter((clause) => tree.dependents(clause, 'nsubj').some((subject) => !relative(subject)));
  const clauses = [...tree.dependents(i, 'ccomp'), ...tree.dependents(i, 'obj').flatMap((node) => [...tree.dependents(node, 'ccomp'), ...contentOfObject(node)])];
  const ownAct = (clause: number) =>
    tree.dependents(clause, 'aux').some((aux) => FUTURE_AUXILIARIES.has(tree.tokens[aux].form.toLowerCase())) &&
    tree.dependents(clause, 'nsubj').some((subject) => isWarnerSubject(tree, subject, source, mentions));
  return clauses.length > 0 && !clauses.some(ownAct);
}

/**
 * Whether subject `subject` of a warning's clause is the warner `source` itself: a pronoun, a mention
 * of the warner's own code, or of its country as a state, its capital or an organ of that state
 * ("warned Chad that Libya would respond", "that Libyan troops would respond"). The warner's citizens,
 * militants or opposition are others ("warned that Libyan Islamists would take to the streets").
 */
function isWarnerSubject(tree: Tree, subject: number, source: readonly ActorRef[], mentions: readonly Mention[]): boolean {
  if (SELF_PRONOUNS.has(tree.tokens[subject].form.toLowerCase())) return true;
  const { start, end } = tree.tokens[subject];
  const mention = mentions.find((m) => m.start <= start && end <= m.end);
  if (mention === undefined) return false;
  if (source.some((ref) => ref.code === mention.code)) return true;
  return mention.country !== null && source.some((ref) => ref.country === mention.country) && (mention.sector === null || mention.sector === undefined || STATE_SECTORS.has(mention.sector));
}

/** Release of people (0841) and the other returns and releases under 084. */
const RELEASE = '084';

/** Whether release verb `i` acts on a document ("released a memo", "a transcript released by the court") and on nothing else. */
function releasesDocument(tree: Tree, i: number): boolean {
  const objects = passiveObjects(tree, i);
  return objects.length > 0 && objects.every((node) => isDocument(tree, node));
}

/** Arrest or detention (173), and the same act by armed irregulars: abduction (181). */
const ARREST = '173';
const ABDUCTION = '181';
/** An armed attack (190), and the criticism (111) the same verbs make in the mouth of a speaker who bears no arms. */
const ARMED_ATTACK = '190';
const CRITICISM = '111';
/** Verbs of attack that are criticism when lawmakers, parties, the press or judges attack. */
const VERBAL_ATTACKS: ReadonlySet<string> = new Set(['attack', 'assail', 'fight']);
/** Sectors that attack in words: legislators, parties, the opposition, the press, courts, elites, unions, schools. */
const SPEAKING_SECTORS: ReadonlySet<string> = new Set(['LEG', 'PTY', 'OPP', 'MED', 'JUD', 'ELI', 'LAB', 'EDU']);
/** True when verb `i` is passive: a passive subject, a "by" agent, or a participle hung on the noun it was done to ("lawmakers attacked by gunmen"). */
function isPassiveTrigger(tree: Tree, i: number): boolean {
  if (isPassive(tree, i) || tree.dependents(i, 'obl:agent').length > 0) return true;
  if (tree.dependents(i, 'obl').some((child) => tree.markers(child).includes('by'))) return true;
  return tree.tokens[i].xpos === 'VBN' && tree.tokens[i].deprel.startsWith('acl');
}

/** The pattern of roads and crossings blocked ("farmers blocked the highway"), a blockade (191) when troops or police block them. */
const ROAD_BLOCK_PATTERN = '144.block-roads';
const BLOCKADE = '191';
/** Sectors of the state's forces: the armed forces and the police. */
const STATE_FORCE_SECTORS: ReadonlySet<string> = new Set(['MIL', 'COP']);
/** The pattern of armed clashes ("clashed with", "battled"), a violent protest when a crowd clashes. */
const CLASH_PATTERN = '190.clash';
/** A violent protest (145), which armed forces, police and armed groups make as an armed assault (190). */
const VIOLENT_PROTEST = '145';
/** Sectors of armed irregulars: insurgents, rebels, separatists, unaligned armed groups, criminals. */
const IRREGULAR_SECTORS: ReadonlySet<string> = new Set(['INS', 'REB', 'SEP', 'UAF', 'CRM']);
/** Sectors of armed people: the armed forces, and the armed irregulars. */
const ARMED_PEOPLE_SECTORS: ReadonlySet<string> = new Set(['MIL', ...IRREGULAR_SECTORS]);
/** Sectors of people no side arrests by seizing them: civilians, aid workers, reporters, businessmen. */
const CAPTIVE_SECTORS: ReadonlySet<string> = new Set(['CVL', 'NGO', 'MED', 'BUS']);
/** Nouns of people held by authorities or wanted by them, whom a seizure by no one named returns to custody. */
const CUSTODY_NOUNS: ReadonlySet<string> = new Set(['prisoner', 'inmate', 'detainee', 'convict', 'fugitive', 'escapee', 'suspect']);
/** Roots of the seizures a captor noun's own event would repeat (coercion, assault). */
const ABDUCTION_ROOTS: ReadonlySet<string> = new Set(['17', '18']);

/** Roots of protest and violence: named by a noun alone ("riots", "a series of blasts"), they are placed where they happen. */
const PLACED_ROOTS: ReadonlySet<string> = new Set(['14', '18', '19', '20']);

/** Indefinite articles, which introduce an event the text has not told yet ("a new attack", "another raid"). */
const INDEFINITE_ARTICLES: ReadonlySet<string> = new Set(['a', 'an', 'another']);

/** True when noun `noun` has an indefinite article ("a large assault", "another raid"). */
function isIndefinite(tree: Tree, noun: number): boolean {
  return tree.dependents(noun, 'det').some((det) => INDEFINITE_ARTICLES.has(tree.lemma(det).toLowerCase()));
}

/**
 * True when noun `noun` introduces an event of its own: it is indefinite, and it is no predicate that
 * describes something already named ("described the shooting as a deliberate attack", "called the
 * operation a routine raid", "it was a brief clash") nor a kind ("such an attack").
 */
function introducesEvent(tree: Tree, noun: number): boolean {
  return isIndefinite(tree, noun) && !describesEvent(tree, noun) && !tree.dependents(noun, 'det', 'amod').some((word) => tree.lemma(word) === 'such');
}

/** True when noun `noun` is a predicate that describes something named elsewhere ("as a deliberate attack", "called the operation a raid", "it was a brief clash"). */
function describesEvent(tree: Tree, noun: number): boolean {
  // "what he called a proposal", "what he described as an offer": a free relative names a new thing by the noun, it describes nothing told before
  const head = tree.head(noun);
  const described = head >= 0 && tree.tokens[head].deprel === 'acl:relcl' ? tree.head(head) : -1;
  if (described >= 0 && ['WP', 'WDT'].includes(tree.tokens[described].xpos)) return false;
  if (tree.markers(noun).includes('as') || tree.dependents(noun, 'cop').length) return true;
  // "called the operation a routine raid": a second noun beside the verb's object names that object
  const relation = tree.tokens[noun].deprel;
  return (relation === 'xcomp' || relation === 'obl:unmarked') && head >= 0 && tree.dependents(head, 'obj').length > 0;
}

/** True when casualty or violent verb `i` tells of an accident or natural disaster: its subject, its "in"/"by" phrase, or the verb its participle clause hangs on. */
function mishapCause(tree: Tree, i: number): boolean {
  // "floods swept the delta, destroying crops and killing 300": a later conjunct hangs where the first does.
  let first = i;
  while (tree.tokens[first].deprel === 'conj' && tree.head(first) >= 0 && posClass(tree.tokens[tree.head(first)].upos) === 'verb') first = tree.head(first);
  const causes = [
    ...tree.dependents(i, 'nsubj'),
    // (also "as" and "during": "killed during a storm"; the parser reads "as a quake shook ..." as such a phrase too)
    ...tree.dependents(i, 'obl').filter((child) => tree.markers(child).some((m) => m === 'in' || m === 'by' || m === 'as' || m === 'during')),
    ...(tree.tokens[first].deprel === 'advcl' && tree.tokens[first].xpos === 'VBG' ? [tree.head(first), ...tree.dependents(tree.head(first), 'nsubj')] : []),
    // "the latest disaster to hit the country", "a storm that struck the coast": the noun a clause modifies.
    ...(tree.tokens[first].deprel.startsWith('acl') ? [tree.head(first)] : []),
    // "six were killed as an earthquake shook the island", "... when their ferry capsized": a clause of time tells the disaster.
    ...tree.dependents(first, 'advcl').filter((clause) => tree.markers(clause).some((m) => MISHAP_TIME_MARKERS.has(m))).flatMap((clause) => [clause, ...tree.dependents(clause, 'nsubj')]),
    // "killed ten in the latest disaster to strike the region": an infinitive with no subject of its own,
    // right after the noun it tells of (the parser may hang it on the verb instead of the noun).
    ...infinitiveNoun(tree, i),
    // "a crocodile attacked and killed a fisherman": a later conjunct with no subject of its own has the first one's.
    ...(first !== i && !tree.dependents(i, 'nsubj', 'nsubj:pass').length ? tree.dependents(first, 'nsubj') : []),
  ];
  return causes.some((node) => node >= 0 && isMishap(tree, node));
}

/** The noun right before the "to" of infinitive `i` when the infinitive has no subject of its own ("disaster [to strike]"), else nothing. */
function infinitiveNoun(tree: Tree, i: number): number[] {
  if (tree.dependents(i, 'nsubj', 'nsubj:pass').length) return [];
  const to = tree.dependents(i, 'mark').find((m) => tree.tokens[m].form.toLowerCase() === 'to' && m === i - 1);
  return to !== undefined && to > 0 && posClass(tree.tokens[to - 1].upos) === 'noun' ? [to - 1] : [];
}

/** The conjunctions of a clause of time that may tell the accident a casualty verb's victims died in ("killed as a quake shook ..."). */
const MISHAP_TIME_MARKERS: ReadonlySet<string> = new Set(['as', 'when', 'after', 'while']);

/**
 * True when noun `node` is a disaster or a market itself ("the earthquake", "Hurricane Ivan",
 * "stocks", "oil prices", "the dollar"): its head word, or a word of a name it heads. A common noun
 * the word only modifies is no disaster ("earthquake survivors protested", "hurricane relief workers").
 */
function isDisasterOrMarket(tree: Tree, node: number): boolean {
  const names = (k: number) => LEXICON.mishapWords.has(tree.lemma(k).toLowerCase()) || LEXICON.marketWords.has(tree.lemma(k).toLowerCase());
  return names(node) || (tree.tokens[node].upos === 'PROPN' && tree.dependents(node, 'compound', 'flat').some(names));
}

/** A match score ("3-1", "4-0"). */
const SCORE = /^\d{1,2}-\d{1,2}$/;

/**
 * True when verb `i` tells a sporting result: a score or a contest word ("in the final", "to win
 * the title") among its own phrases, its object's, or those of a clause it governs.
 */
function isContest(tree: Tree, i: number): boolean {
  const clauses = tree.dependents(i, 'advcl', 'xcomp', 'conj').filter((k) => posClass(tree.tokens[k].upos) === 'verb');
  const near = [i, ...tree.dependents(i, 'obj'), ...clauses].flatMap((node) => tree.children[node]);
  // A contest word ("race", "final", "goal") is one only as a noun, and only a verb of winning or
  // losing makes it a result: "killed a candidate in the race" stays a killing. A score makes any blow one.
  const result = LEXICON.resultVerbs.has(tree.lemma(i).toLowerCase());
  const contest = (node: number) => SCORE.test(tree.tokens[node].form) || (result && isNounUse(tree, node) && LEXICON.contestWords.has(tree.lemma(node).toLowerCase()));
  if (near.some(contest)) return true;
  // A phrase the parser built awry ("in the Wimbledon final" hung from the object): a contest word
  // within the verb's phrases a few words on.
  for (let k = i + 1; k < Math.min(tree.tokens.length, i + CONTEST_REACH); k++) if (contest(k) && tree.pathToRoot(k).includes(i)) return true;
  return false;
}

/** True when token `node` stands as a noun, not as a modifier ("the final" or "the Wimbledon final", not "the final day"). */
function isNounUse(tree: Tree, node: number): boolean {
  const { upos, deprel } = tree.tokens[node];
  // A modifier stands before the noun it modifies; one hung on an earlier word is a parse awry.
  const modifier = (deprel === 'amod' || deprel === 'compound') && tree.head(node) > node;
  return (upos === 'NOUN' || upos === 'PROPN' || upos === 'ADJ') && !modifier;
}

/** How many words after a verb a contest word may stand and still name the contest ("beat X in the Cup final"). */
const CONTEST_REACH = 10;

/** True when noun `node` names an accident or natural disaster ("the earthquake", "Hurricane Ivan", "a bus accident"). */
function isMishap(tree: Tree, node: number): boolean {
  return LEXICON.mishapWords.has(tree.lemma(node).toLowerCase()) || tree.dependents(node, 'compound', 'flat').some((part) => LEXICON.mishapWords.has(tree.lemma(part).toLowerCase()));
}

/** True when clause `k` is a question ("asked whether troops might cross the border"): what it asks about is no demand's content. */
function isQuestion(tree: Tree, k: number): boolean {
  return tree.markers(k).some((marker) => marker === 'whether' || marker === 'if');
}

/** True when clause `k` tells what will be ("insisted it would attack"), not what someone must do ("demanded that Israel withdraw"). */
function isForetold(tree: Tree, k: number): boolean {
  return tree.dependents(k, 'aux').some((aux) => ['will', 'would', "'ll", 'shall'].includes(tree.tokens[aux].form.toLowerCase()));
}

/**
 * The CAMEO roots whose acts are made to someone by their nature (appeals, offers, consultations,
 * diplomatic and material cooperation, demands, disapproval, rejections, threats, cuts in relations),
 * unlike aid, yielding, violence or force, which the text may tell with no one named on the other side.
 */
const RELATIONAL_ROOTS = new Set(['02', '03', '04', '05', '06', '10', '11', '12', '13', '16']);

/** Whether `code` is of a relational root; not an offer of aid, troops or peacekeepers (033x), which is told like the aid itself ("shipped peacekeepers out of the enclave"). */
function isRelational(code: string): boolean {
  return RELATIONAL_ROOTS.has(code.slice(0, 2)) && !code.startsWith('033');
}

/** Whether a source names parties of two countries ("India and Pakistan"): a compound event, with no target. */
function namesTwoParties(source: readonly ActorRef[]): boolean {
  return new Set(source.map((ref) => countryOf(ref.code))).size > 1;
}

/** The verb of an infinitive or clause complement of `i` ("ready to interview", "hope that ..."), if it has one. */
function actComplement(tree: Tree, i: number): number | undefined {
  const clauses = [...tree.dependents(i, 'xcomp', 'ccomp'), ...tree.dependents(i, 'acl', 'advcl').filter((clause) => isInfinitive(tree, clause))];
  return clauses.find((clause) => tree.tokens[clause].upos === 'VERB');
}

/**
 * A paired act ("[032:033]": a visit and being visited) is also coded from the target's side; an
 * act between the actors of a compound subject ("Gondor and Rohan renewed ties", a "%" pattern or
 * a paired one with no target) is one event each way for every pair of them.
 */
function pairedSides(event: Extraction): Extraction[] {
  const { pattern } = event;
  if (event.code !== pattern.code || (!pattern.reverse && !pattern.compound)) return [event];
  const parties = event.source;
  if ((pattern.compound || event.target.length === 0) && new Set(parties.map((party) => party.code)).size > 1) {
    const pairs: Extraction[] = [];
    parties.forEach((one, a) =>
      parties.forEach((other, b) => {
        if (a === b || one.code === other.code) return;
        pairs.push({ ...event, code: a < b ? pattern.code : (pattern.reverse ?? pattern.code), source: [one], target: [other], side: `pair ${a}>${b}`, notes: [...event.notes, 'compound-pair'] });
      }),
    );
    return pairs;
  }
  if (!pattern.reverse || event.target.length === 0) return [event];
  return [event, { ...event, code: pattern.reverse!, source: event.target, target: event.source, side: 'reverse', notes: [...event.notes, 'reverse-side'] }];
}

/** "EU sanctions were placed on Belarus": with no "by" agent, the owner of a passive verb's object noun did the act. */
function passiveObjectOwner(tree: Tree, verb: number, objects: readonly string[], mentions: readonly Mention[]): ActorRef[] {
  if (!isPassive(tree, verb)) return [];
  for (const noun of tree.dependents(verb, 'nsubj:pass').filter((k) => objects.includes(tree.lemma(k)))) {
    // ("An accord between Eritrea and Ethiopia was signed": the parties of the accord signed it.)
    const parties = tree.dependents(noun, 'nmod').filter((child) => tree.markers(child).some((m) => m === 'between' || m === 'among'));
    for (const owner of [...tree.dependents(noun, 'nmod:poss'), ...tree.dependents(noun, 'compound'), ...tree.dependents(noun, 'amod'), ...parties]) {
      const refs = uniqueRefs(actorsAt(tree, owner, mentions).map(toActorRef));
      if (refs.length) return refs;
    }
  }
  return [];
}

/** Roots of speech acts: statements, appeals, demands, disapproval, rejections, threats. */
const SPEECH_ROOTS: ReadonlySet<string> = new Set(['01', '02', '10', '11', '12', '13']);

/**
 * "Ghana declared that the fighting amounted to a crisis and urged the region to act":
 * the parser joins a speech act after a reported clause to that clause's verb; the one who
 * declared is the one who urged. Undefined when the act is not so joined or its speaker names no one.
 */
function speakerOfConjoinedAct(tree: Tree, plan: Plan, mentions: readonly Mention[], notes: string[]): ActorRef[] | undefined {
  const clause = tree.head(plan.trigger);
  if (tree.relation(plan.trigger) !== 'conj' || clause < 0 || tree.tokens[plan.trigger].upos !== 'VERB') return undefined;
  // A conjunct whose tense is not its clause's ("why it arms/VBZ ... and warned/VBD") is joined
  // higher up, also when the parser made that clause an adverbial one.
  const tense = tree.tokens[plan.trigger].xpos;
  const otherTense = FINITE_TAGS.has(tense) && tree.tokens[clause].xpos !== tense;
  if (tree.relation(clause) !== 'ccomp' && !(otherTense && tree.relation(clause) === 'advcl')) return undefined;
  if (!SPEECH_ROOTS.has(plan.code.slice(0, 2)) || tree.dependents(plan.trigger, 'nsubj').length) return undefined;
  let speaker = tree.head(clause);
  // "asked Togo to explain why it arms its militias and warned it would ...": past the
  // infinitive a request governs, up to the verb of the conjunct's own tense.
  for (let step = 0; step < 3 && speaker >= 0 && otherTense && tree.tokens[speaker].xpos !== tense && ['xcomp', 'ccomp'].includes(tree.relation(speaker)); step++) {
    const above = tree.head(speaker);
    if (above < 0 || tree.tokens[above].upos !== 'VERB') break;
    speaker = above;
  }
  // ("X rejected an inquiry and mocked his critics, the paper said": a reporting verb after
  // the clause is joined to nothing in it.)
  if (speaker < 0 || tree.tokens[speaker].upos !== 'VERB' || speaker > clause) return undefined;
  const found = resolveRoles(tree, speaker, ['subject'], mentions, notes);
  if (!found.length) return undefined;
  notes.push('speaker-of-conjoined-act');
  return found;
}

/** True when noun event `framed` names a doer of its own ("an Israeli withdrawal") who is not the intent frame `i`'s source. */
function hasOtherDoer(tree: Tree, i: number, pattern: Pattern, framed: number, framedPattern: Pattern, mentions: readonly Mention[]): boolean {
  const owners = tree.dependents(framed, 'nmod:poss', 'amod', 'compound', 'nmod').filter((k) => tree.dependents(framed, 'nmod').includes(k) ? tree.markers(k).includes('by') : true);
  const doers = new Set(owners.flatMap((k) => actorsAt(tree, k, mentions)).map((m) => m.country ?? m.code));
  if (!doers.size || !framedPattern.source.includes('subject')) return false;
  const intending = resolveRoles(tree, i, pattern.source, mentions, []).map((ref) => ref.country ?? ref.code);
  return !intending.some((code) => doers.has(code));
}

/** True when a frame's source and its own target are the same actor (the same code throughout). */
function isInternal(tree: Tree, i: number, pattern: Pattern, mentions: readonly Mention[]): boolean {
  const notes: string[] = [];
  const source = resolveRoles(tree, i, pattern.source, mentions, notes);
  const target = resolveRoles(tree, i, pattern.target, mentions, notes);
  if (!source.length || !target.length) return false;
  const codes = (refs: ActorRef[]) => [...new Set(refs.map((ref) => ref.code))].sort().join('|');
  return codes(source) === codes(target);
}

/** True when every target is the bare country of every source (no sector: "France", "the country"). */
function isOwnCountry(source: readonly ActorRef[], target: readonly ActorRef[]): boolean {
  if (!source.length || !target.length) return false;
  const country = source[0].country;
  return country !== null && source.every((ref) => ref.country === country) && target.every((ref) => ref.sector === null && ref.code === country);
}

/** True for an actor of an international or non-governmental organisation, which has no own country. */
function isOrganisation(ref: ActorRef): boolean {
  return !isStateCode(ref.code) && !isUnknown(ref.code);
}

/** The government of the source's country, standing for the authority a domestic protest addresses. */
function homeGovernment(source: ActorRef[]): ActorRef[] {
  const actor = source.find((ref) => ref.country);
  if (!actor?.country || agentPartOf(actor.code) === 'GOV' || isOrganisation(actor)) return [];
  return [{ text: actor.text, start: actor.start, end: actor.end, code: `${actor.country}GOV`, country: actor.country, sector: 'GOV' }];
}

/**
 * The victims of the latest abduction coded before verb `act` (trigger `trigger` of sentence `sentence`), when
 * its object is a captive noun naming no actor ("would kill one captive", "freed the hostages"); none
 * otherwise. The abduction must be told in the same sentence or the one before, and by the act's own
 * captors when both name theirs: a wire lead of several hostage stories ("... seized two Greek sailors off
 * Somalia. In Colombia, guerrillas freed one hostage.") keeps each story's captives apart.
 */
function capturedBefore(tree: Tree, act: number, mentions: readonly Mention[], source: readonly ActorRef[], results: readonly Extraction[], sentence: number, trigger: number): ActorRef[] {
  if (posClass(tree.tokens[act].upos) !== 'verb') return [];
  const captive = directObjects(tree, act).some((object) => LEXICON.captiveNouns.has(tree.tokens[object].form.toLowerCase()) && !actorsAt(tree, object, mentions).length);
  if (!captive) return [];
  // (Latest first, and only back to the sentence before: no scan of the whole document's events.)
  for (let k = results.length - 1; k >= 0; k--) {
    const event = results[k];
    if (event.sentence < sentence - 1) break;
    if (event.sentence === sentence && event.trigger >= trigger) continue;
    if (!event.code.startsWith(ABDUCTION) || !event.target.length) continue;
    const same = !source.length || !event.source.length || source.some((ref) => event.source.some((captor) => captor.code === ref.code || (ref.country !== null && captor.country === ref.country)));
    return same ? event.target : [];
  }
  return [];
}

/** The source's country as a whole, for an event with no other party. */
function homeCountry(source: ActorRef[]): ActorRef[] {
  const actor = source.find((ref) => ref.country);
  // ("An EU plan threatening tariffs": an organisation's act is not aimed at itself.)
  if (!actor?.country || isOrganisation(actor)) return [];
  // ("Armenian and Azerbaijani troops shelled villages": agents of two countries have no one home; a bare
  // country named beside them, "soldiers raided a camp close to the Iranian frontier", makes none.)
  if (source.some((ref) => ref.sector && ref.country && ref.country !== actor.country && !isOrganisation(ref))) return [];
  return [{ text: actor.text, start: actor.start, end: actor.end, code: actor.country, country: actor.country, sector: null }];
}

/** For a nominal event with no target in its phrase: the nearest earlier actor of another country. */
function fallbackTarget(tree: Tree, trigger: number, source: ActorRef[], mentions: readonly Mention[]): ActorRef[] {
  if (!source.length) return [];
  const countries = new Set(source.map((ref) => ref.country));
  const at = tree.tokens[trigger].start;
  const reactor = reactorSpans(tree, trigger);
  const earlier = mentions.filter((m) => m.end <= at && m.country && !countries.has(m.country) && !source.some((ref) => ref.start === m.start) && !reactor.some(([start, end]) => m.start >= start && m.end <= end));
  const nearest = earlier.sort((a, b) => b.end - a.end)[0];
  return nearest ? [toActorRef(nearest)] : [];
}

/** Prepositions of a noun event's phrase that name whom or what it was done to ("the arrest of", "a raid on"). */
const PATIENT_MARKERS: ReadonlySet<string> = new Set(['of', 'on', 'against', 'to', 'at']);

/**
 * "Britain criticised Russia's arrest of the banker", "the UN condemned the shelling of the town": the
 * subject of a verb of reacting whose object holds an event noun that names whom or what it was done to
 * judges the event, and is not thereby its target. (With no such phrase the one reacting often is:
 * "India condemned the Pakistani missile test", "Egypt rejected the criticism from Washington".) The
 * character spans of those subjects (none when the noun is no such object).
 */
function reactorSpans(tree: Tree, noun: number): [number, number][] {
  if (!tree.dependents(noun, 'nmod').some((child) => tree.markers(child).some((marker) => PATIENT_MARKERS.has(marker)))) return [];
  let node = noun;
  // ("condemned the killing of the mayor and the bombing of the station": through coordination.)
  while (tree.relation(node) === 'conj' && tree.head(node) >= 0) node = tree.head(node);
  const verb = tree.head(node);
  if (verb < 0 || tree.relation(node) !== 'obj' || !LEXICON.reactionVerbs.has(tree.lemma(verb))) return [];
  return tree.dependents(verb, 'nsubj').map((subject) => {
    const [first, last] = tree.extent(subject);
    const span = tree.span(first, last);
    return [span.start, span.end];
  });
}

/** Whether the "of" noun of event noun `trigger` lies inside one of the target's mentions (true when it has none). */
function placeIsOf(tree: Tree, trigger: number, target: ActorRef[]): boolean {
  const of = tree.dependents(trigger, 'nmod').find((child) => tree.markers(child).includes('of'));
  if (of === undefined) return true;
  const token = tree.tokens[of];
  return target.some((ref) => ref.start <= token.start && token.end <= ref.end);
}
