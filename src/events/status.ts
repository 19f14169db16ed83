import type { EventStatus } from '../core/event.ts';
import type { StatusCues } from './cues.ts';
import { findTimeExpression } from './dates.ts';
import type { Tree } from '../syntax/tree.ts';
import { findReport } from './status/attribution.ts';
import { clauseChain, hasLemma } from './status/clause.ts';
import { findCondition } from './status/condition.ts';
import { evidence, type StatusInput } from './status/evidence.ts';
import { findHistoricalAnchor } from './status/history.ts';
import { judgeModality } from './status/modality.ts';
import { facingVerb, isFacedAhead } from './danger.ts';
import { isMadeAct, isPresupposed } from './status/presupposition.ts';
import { findNegation } from './status/negation.ts';

export type { StatusInput } from './status/evidence.ts';

/** The CAMEO root of reducing relations: sanctions, embargoes, cuts in aid (16). */
const REDUCED_RELATIONS = '16';

/** An event's status and date, with the words behind each judgement. */
export interface StatusJudgement {
  status: EventStatus;
  date?: string;
}

/** The CAMEO roots of force and protest (14-20): acts that are done, not scheduled as a setting for others. */
const UNSCHEDULED_ROOTS = /^(1[4-9]|20)/;

/**
 * Whether a noun event is the setting of the act whose phrase names it: in its "at" or "during" phrase
 * ("will meet Bush at the summit"), or in the "of" phrase of a noun of setting there ("on the sidelines
 * of the summit"). Such an event happens with the act, unlike one "after", "into" or "over" which it is.
 * Only a gathering or act of talk is a setting: a protest or an act of force "during" which a coming act
 * falls is going on or past ("will try soldiers for their role during the massacre").
 */
function isSetting(tree: Tree, trigger: number, cues: StatusCues, code: string | undefined): boolean {
  if (code !== undefined && UNSCHEDULED_ROOTS.test(code)) return false;
  if (tree.tokens[trigger].upos !== 'NOUN' && tree.tokens[trigger].upos !== 'PROPN') return false;
  let phrase = trigger;
  if (!tree.markers(trigger).some((m) => cues.settingPrepositions.has(m))) {
    const head = tree.head(trigger);
    if (head < 0 || !tree.markers(trigger).includes('of') || !cues.settingNouns.has(tree.lemma(head))) return false;
    phrase = head;
  }
  if (!['obl', 'nmod'].includes(tree.relation(phrase))) return false;
  // The act is a verb's: a noun event's "at" phrase may be its own setting ("the killings at the rally", past) or what
  // it is about ("in protest at the attacks").
  // (The parser may hang "in protest at the attacks" on the verb: a noun of judging or opposing right before the phrase owns it.)
  const act = tree.head(phrase);
  const before = tree.extent(phrase)[0] - 1;
  if (before >= 0 && tree.tokens[before].upos === 'NOUN' && cues.evaluationVerbs.has(tree.lemma(before))) return false;
  if (act < 0) return false;
  // "will meet Kenyan leaders on the sidelines of the summit": the parser may hang the phrase on the verb's object; not on a given event ("investigate the killings at the rally").
  const object = tree.relation(act) === 'obj' && tree.head(act) >= 0 && tree.tokens[tree.head(act)].upos === 'VERB' && !isPresupposed(tree, act, cues);
  return tree.tokens[act].upos === 'VERB' || object;
}

/** The modal of a framed act in the "that" clause of a wish or belief ("hoped that he would be freed"), if any. */
function hopedFor(tree: Tree, trigger: number, framed: number, cues: StatusCues): number | undefined {
  if (tree.head(framed) !== trigger || tree.relation(framed) !== 'ccomp') return undefined;
  if (!cues.intent.has(tree.lemma(trigger)) && !cues.belief.has(tree.lemma(trigger))) return undefined;
  return tree.dependents(framed, 'aux').find((a) => cues.hypothetical.has(tree.tokens[a].form.toLowerCase()));
}

/**
 * Judges polarity, modality, condition, reporting, historicity and date for one event. The order
 * matters: modality reads the report (a past report shifts "would" back) and the condition, the
 * date reads the modality (its tense), and history reads the report and the date.
 */
export function judgeStatus(input: StatusInput, cues: StatusCues): StatusJudgement {
  const { tree, trigger, doc } = input;
  const fullChain = clauseChain(tree, trigger);
  const fullPath = tree.pathToRoot(trigger);
  // A given noun event ("after the massacre") takes its own status, but a report still covers it.
  // (An owned speech act framing the event, "its offer to withdraw", leaves the framed act its own status.)
  const given = isPresupposed(tree, trigger, cues) || (input.framed === undefined && isMadeAct(tree, trigger, cues));
  const chain = given ? [trigger] : fullChain;
  const path = given ? [trigger] : fullPath;
  let negative = findNegation(input, chain, cues);
  // "is prepared to resume talks if Taiwan ...": the condition of the framed act is the frame's, as the act is what it offers.
  const below = input.framed === undefined || given ? [] : tree.pathToRoot(input.framed);
  const framedPath = below.includes(trigger) ? below.slice(0, below.indexOf(trigger)) : [];
  const condition = findCondition(input, [...framedPath, ...path], cues);
  let report = findReport(input, fullPath, cues);
  const committed = tree.tokens[trigger].upos === 'VERB' && hasLemma(tree, trigger, cues.commitments) !== undefined;
  // "Police believe two engineers abducted last month are held": the belief is about the clause, not a given event.
  let mode = judgeModality(input, chain, path, cues, given && report?.belief ? { ...report, belief: false } : report, condition !== undefined);
  // "what officials believed were bombings": a holder's belief in a past act reports it (judgeModality tells it so).
  if (mode.evidence?.rule.startsWith('belief-report:')) {
    report ??= { evidence: mode.evidence, past: false, belief: false };
    mode = { modality: 'actual' };
  }
  // "will meet Bush at the summit": a given event that is the setting of a coming act comes with it.
  if (given && mode.modality === 'actual' && isSetting(tree, trigger, cues, input.code)) {
    const setting = judgeModality(input, fullChain, fullPath, cues, report, condition !== undefined);
    if (setting.modality === 'future' || setting.modality === 'intended') mode = setting;
  }
  // "hoped that the driver would be released", coded as the hoped-for act: a modal in a wish's "that" clause leaves it open.
  const hoped = input.framed !== undefined && !given && mode.modality === 'actual' ? hopedFor(tree, trigger, input.framed, cues) : undefined;
  if (hoped !== undefined) mode = { modality: 'hypothetical', evidence: evidence(tree, hoped, `hoped-for:${tree.tokens[hoped].form.toLowerCase()}`) };
  // "North Korea faces new sanctions", "risks an embargo if": a cut in relations the subject faces in the present, new or under a condition, has not come.
  const facing = mode.modality === 'actual' && input.code?.startsWith(REDUCED_RELATIONS) ? facingVerb(tree, trigger, cues) : undefined;
  if (facing !== undefined && (condition !== undefined || isFacedAhead(tree, trigger, facing, cues))) mode = { modality: 'hypothetical', evidence: evidence(tree, facing, `faced:${tree.lemma(facing)}`) };
  // "to avoid possible sanctions": a noun event's own word of doubt keeps it open; the verb denies only its prospect.
  const open = mode.evidence?.rule.startsWith('modifier:') && cues.openModifiers.has(mode.evidence.rule.slice('modifier:'.length));
  if (open && negative?.rule.startsWith('negating-verb:')) negative = undefined;
  // "has yet to decide whether to withdraw", coded as the weighed act: undecided, not denied.
  if (input.framed !== undefined && mode.evidence?.rule.startsWith('question:')) negative = undefined;
  const isPast = given || chain.some((node) => tree.tokens[node].xpos === 'VBD' || tree.tokens[node].xpos === 'VBN');
  const tense = mode.modality === 'future' || mode.modality === 'intended' ? 'future' : isPast ? 'past' : 'other';
  const time = findTimeExpression(input, chain, tense);
  const past = findHistoricalAnchor(input, fullChain, fullPath, cues, report, time);
  // "on the eve of the 2003 invasion": an event ahead of a past time has happened since
  if (past && mode.evidence?.rule === 'future:ahead-of') mode = { modality: 'actual' };
  const status: EventStatus = {
    polarity: negative ? 'negative' : 'positive',
    modality: mode.modality,
    // "threatened to strike unless ...": the threat was made; the condition is its content's.
    conditional: condition !== undefined && !committed,
    reported: report !== undefined,
    historical: past !== undefined,
    evidence: {},
  };
  if (condition) status.condition = { start: condition.start, end: condition.end };
  if (report?.speaker) status.speaker = report.speaker;
  if (past) status.anchor = { start: past.start, end: past.end };
  if (negative) status.evidence.polarity = negative;
  if (mode.evidence) status.evidence.modality = mode.evidence;
  if (report) status.evidence.reported = report.evidence;
  if (past) status.evidence.historical = past;
  let date = time?.date;
  // An actual event told of without a time expression happened by the report's date.
  // A given noun event is dated only by a time of its own ("Monday's attack").
  if (given && time && !time.attached) date = undefined;
  if (!date && !status.historical && mode.modality === 'actual' && !given) date = doc.published;
  return date ? { status, date } : { status };
}
