import * as crypto from 'node:crypto';
import type { Document } from '../core/document.ts';
import type { ActorRef, Event } from '../core/event.ts';
import type { Stage } from '../core/pipeline.ts';
import { createTree } from '../syntax/tree.ts';
import type { StatusCues } from './cues.ts';
import { createDocumentTimes } from './dates.ts';
import { extractEvents, type Extraction } from './extract.ts';
import type { Ontology } from './ontology.ts';
import type { PatternLexicon } from './patterns.ts';
import { judgeStatus } from './status.ts';
import { isOwnSpeechAct } from './status/own-speech.ts';
import { endangeredActors, facingVerb, isFacedDanger, isNamedDanger } from './danger.ts';
import { insideCondition } from './status/condition.ts';
import { attemptedCode, failedAttemptOf } from './attempt.ts';

/** What the events stage is built from: the pattern lexicon, the ontology and the status cues. */
export interface EventResources {
  lexicon: PatternLexicon;
  ontology: Ontology;
  cues: StatusCues;
}

/** The SHA-1 of a text in hex: Node's one-shot `crypto.hash` where it has it (20.12 on), which skips building a Hash object per event. */
const sha1: (text: string) => string =
  typeof crypto.hash === 'function' ? (text) => crypto.hash('sha1', text, 'hex') : (text) => crypto.createHash('sha1').update(text).digest('hex');

/** Deterministic event id: document id, sentence, trigger span and code. */
export function eventId(docId: string, sentence: number, trigger: { start: number; end: number }, code: string): string {
  return sha1(`${docId}\u0000${sentence}\u0000${trigger.start}:${trigger.end}\u0000${code}`).slice(0, 16);
}

/**
 * What the status makes of the code, as CAMEO codes statements about events rather than the
 * events: "will provide aid" is an intent to provide aid (033), "will attack" a threat (138),
 * "will not accept refugees" a refusal (12). `infinitive`: the event is a bare to-infinitive
 * ("likely to meet"). `domestic`: every target is of the source's own country. Returns undefined when the code stands.
 */
export function recodeByStatus(code: string, status: Event['status'], lexicon: PatternLexicon, ontology: Ontology, infinitive = false, domestic = false, unrefusing: ReadonlySet<string> = new Set()): { code: string; reason: NonNullable<Event['recoded']>['reason'] } | undefined {
  const root = code.slice(0, 2);
  const promised = status.modality === 'future' || status.modality === 'intended';
  // "declined to attend" refuses the act; "denied sending troops" says it did not happen (negated), as the guide has a denied act.
  const negatingVerb = status.evidence.polarity?.rule.match(/^negating-verb:(.+)$/)?.[1];
  const refused = status.polarity === 'negative' && (promised || (negatingVerb !== undefined && !unrefusing.has(negatingVerb)));
  if (refused && (ontology.inRootClass(code, 'cooperation') || root === '03')) {
    const rule = lexicon.frameCode('reject', root === '03' ? '04' : code);
    return rule ? { code: rule.code, reason: 'refusal' } : undefined;
  }
  // "may halt mediation if cooperation founders": force or sanctions held out on a condition are a threat.
  const conditioned = status.conditional && (promised || status.modality === 'hypothetical');
  if (status.polarity === 'positive' && conditioned && ontology.inRootClass(code, 'force')) {
    const rule = lexicon.frameCode('threaten', code);
    return rule ? { code: rule.code, reason: 'threat' } : undefined;
  }
  if (status.polarity !== 'positive') return undefined;
  // "could meet next month", "would free them once ...": cooperation that may come is, as what will come, an intent (PLOVER
  // AGREE); not an undecided question ("debates whether to withdraw"), which offers nothing.
  // A belief about an act in a bare infinitive lies ahead too ("is likely to meet", "is unlikely to visit"); not "is believed to have met".
  const mayCome = status.conditional || (status.modality === 'hypothetical' && !status.evidence.modality?.rule.startsWith('question:')) || (status.modality === 'speculative' && infinitive);
  if ((promised || mayCome) && ontology.inRootClass(code, 'cooperation')) {
    const rule = lexicon.frameCode('intent', code);
    return rule ? { code: rule.code, reason: 'intent' } : undefined;
  }
  if (!promised) return undefined;
  // "moved in to attack the rebels": force meant by an act under way is its own act, intended; a threat is announced.
  // So is force that others expect or plan ("a widely expected attack", "the planned offensive", "an assault is expected"): nobody threatened.
  // So is force got ready by deeds ("troops are preparing to storm the town").
  const announced = !/^(purpose|modifier|preparing|expected):/.test(status.evidence.modality?.rule ?? '');
  // "Ecuador will nationalize its oil industry": a seizure a government announces of its own country's
  // property is a plan of its own, no threat of blockade; the act stands, in the future.
  if (code.startsWith(SEIZURE) && domestic) return undefined;
  if (ontology.inRootClass(code, 'force') && announced) {
    const rule = lexicon.frameCode('threaten', code);
    return rule ? { code: rule.code, reason: 'threat' } : undefined;
  }
  return undefined;
}

/**
 * "Israel will not negotiate with Hamas", coded as a refusal (12): the refusal is the event, and it was
 * made, so its status is the statement's (the AG News guide: "a refusal that is itself the event is
 * coded REJECT, asserted"), not the negated future of the act refused. A report, a condition, a
 * history or a doubt over the refusal ("may refuse to ...") stays.
 */
function assertRefusal(status: Event['status']): void {
  status.polarity = 'positive';
  delete status.evidence.polarity;
  if (status.modality === 'future' || status.modality === 'intended') {
    status.modality = 'actual';
    delete status.evidence.modality;
  }
}

/** Seizure and confiscation of property (171, 1711, 1712). */
const SEIZURE = '171';

/** True when the event has a source and a target and every target is of a source's country ("Ecuador ... its oil industry"). */
function isDomestic(source: readonly ActorRef[], target: readonly ActorRef[]): boolean {
  const countries = new Set(source.map((ref) => ref.country).filter((country) => country !== null));
  return countries.size > 0 && target.length > 0 && target.every((ref) => ref.country !== null && countries.has(ref.country));
}

/** How sure the coder is: lower when roles came from fallbacks or a frame, or the trigger is a noun. */
function confidenceOf(extraction: Extraction): number {
  let confidence = 0.9;
  if (!extraction.source.length) confidence -= 0.25;
  if (!extraction.target.length) confidence -= 0.15;
  if (extraction.notes.includes('target-fallback')) confidence -= 0.2;
  // A target taken from the place where the event happens is no better than none.
  if (extraction.notes.includes('target-from-place')) confidence -= 0.15;
  if (extraction.pattern.pos !== 'verb') confidence -= 0.05;
  if (extraction.notes.includes('light-verb') || extraction.notes.includes('reduced-relative')) confidence -= 0.05;
  return Math.round(Math.max(0.1, confidence) * 100) / 100;
}

/** Codes the events of a document that has sentences, a parse and actor mentions. */
export function codeEvents(doc: Document, resources: EventResources): Event[] {
  const { lexicon, ontology, cues } = resources;
  const events: Event[] = [];
  const seen = new Set<string>();
  const trees = (doc.sentences ?? []).map((sentence) => createTree(sentence));
  const times = createDocumentTimes(doc);
  for (const extraction of extractEvents(doc, lexicon, ontology, trees)) {
    const tree = trees[extraction.sentence];
    const token = tree.tokens[extraction.trigger];
    const framed = extraction.framed === undefined ? undefined : tree.tokens[extraction.framed];
    // ("the Gaza pullout plan": a compound event before its plan noun opens the trigger.)
    const compound = framed !== undefined && framed.start < token.start && tree.head(extraction.framed!) === extraction.trigger && tree.relation(extraction.framed!) === 'compound';
    const trigger = framed && framed.start > token.start
      ? { start: token.start, end: framed.end }
      : compound ? { start: framed.start, end: token.end } : { start: token.start, end: token.end };
    const key = [extraction.sentence, trigger.start, trigger.end, extraction.code, ...extraction.source.map((a) => a.code), '>', ...extraction.target.map((a) => a.code)].join('|');
    if (seen.has(key)) continue;
    seen.add(key);
    if (insideCondition(tree, extraction.trigger, cues)) continue;
    // "pose a threat to", "confront any external threat": a danger named, no threat made.
    if (isNamedDanger(tree, extraction, cues)) continue;
    const mentions = (doc.mentions ?? []).filter((m) => m.sentence === extraction.sentence);
    const { status, date } = judgeStatus(
      { doc, tree, sentence: extraction.sentence, trigger: extraction.trigger, framed: extraction.framed, code: extraction.code, mentions, times },
      cues,
    );
    // "are not ready to mount raids", "does not intend to strike": no threat was made; the attack is what did not happen.
    const unthreatened = extraction.framedCode !== undefined && extraction.pattern.frame === 'intent' && extraction.code.startsWith('13') && status.polarity === 'negative';
    // "Kenya faces the threat of renewed raids": the attack that may come, against the subject; no threat was made.
    const danger = isFacedDanger(tree, extraction, cues);
    if (danger && status.modality === 'actual') {
      status.modality = 'hypothetical';
      status.evidence.modality = { ...tree.span(extraction.trigger, extraction.trigger), rule: 'danger' };
    }
    // (the one at risk is the target; a named attacker, "raids by Somali gunmen", stays the source)
    const endangered = danger ? endangeredActors(tree, extraction, mentions) : [];
    let code = unthreatened || danger ? extraction.framedCode! : extraction.code;
    // "a failed bid to kill the president": an attempt told as failed was made, so the act it tried is no
    // intent (nor a threat): it happened as an attempt, and an attempt to kill is an assassination attempt (185).
    const attempted = status.modality === 'intended' && extraction.framed === undefined && failedAttemptOf(tree, extraction.trigger, code) !== undefined;
    if (attempted) {
      status.modality = 'actual';
      delete status.evidence.modality;
      code = attemptedCode(tree, extraction.trigger, code);
    }
    // "X declared that ... and urged ...": a speech act of the reporting side itself is told, not reported.
    if (isOwnSpeechAct(status, code, extraction.source, doc.mentions)) {
      status.reported = false;
      delete status.evidence.reported;
    }
    const infinitive = token.xpos === 'VB' && tree.markers(extraction.framed ?? extraction.trigger).includes('to');
    // "Iran may face sanctions if ...": sanctions the target faces were threatened by no one in these words; they stay themselves.
    const faced = facingVerb(tree, extraction.trigger, cues) !== undefined;
    const recodedAny = danger ? undefined : recodeByStatus(code, status, lexicon, ontology, infinitive, isDomestic(extraction.source, extraction.target), cues.unrefusingVerbs);
    const recoded = faced && recodedAny?.reason === 'threat' ? undefined : recodedAny;
    // "India said it would not hold talks": the refusal its status made of the act is India's own speech act, told.
    if (recoded?.reason === 'refusal' && isOwnSpeechAct(status, recoded.code, extraction.source, doc.mentions)) {
      status.reported = false;
      delete status.evidence.reported;
    }
    const coding = ontology.cameo(recoded?.code ?? code);
    const event: Event = {
      id: eventId(doc.id, extraction.sentence, trigger, extraction.side ? `${extraction.code} ${extraction.side}` : extraction.code),
      sentence: extraction.sentence,
      trigger: { ...trigger, text: doc.text.slice(trigger.start, trigger.end) },
      source: danger ? extraction.source.filter((ref) => !endangered.some((at) => at.start === ref.start && at.end === ref.end)) : extraction.source,
      // (an endangered subject that names no actor leaves the target empty: the attacker is not its own target)
      target: danger ? endangered : extraction.target,
      cameo: { code: coding.code, root: coding.root, name: coding.name, goldstein: coding.goldstein, quadClass: coding.quadClass },
      plover: coding.plover ? { type: coding.plover.type, ...(coding.plover.mode ? { mode: coding.plover.mode } : {}), context: [...coding.plover.context] } : null,
      status,
      confidence: confidenceOf(extraction),
      rule: recoded ? `${extraction.pattern.id}+${recoded.reason}` : attempted ? `${extraction.pattern.id}+attempt` : extraction.pattern.id,
    };
    if (recoded) event.recoded = { from: extraction.code, reason: recoded.reason };
    else if (attempted && code !== extraction.code) event.recoded = { from: extraction.code, reason: 'attempt' };
    const refusal = recoded?.reason === 'refusal';
    // the date of a refused act still ahead ("will not attend the talks on Friday") is the act's, not the refusal's
    const refusedAhead = refusal && status.modality !== 'actual';
    if (refusal) assertRefusal(status);
    // A refusal made without a time of its own was made by the report's date, as any actual act.
    const refusalDate = refusal && !status.historical && status.modality === 'actual' ? doc.published : undefined;
    const eventDate = refusedAhead ? refusalDate : date ?? refusalDate;
    if (eventDate) event.date = eventDate;
    events.push(event);
  }
  return events;
}

/** The events stage: requires the parse and the actors, produces `doc.events`. */
export function eventsStage(resources: EventResources): Stage {
  return {
    name: 'events',
    requires: ['syntax', 'actors'],
    produces: ['events'],
    run: (doc) => ({ ...doc, events: codeEvents(doc, resources) }),
  };
}
