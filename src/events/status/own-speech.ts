import type { ActorRef, EventStatus } from '../../core/event.ts';

/** CAMEO roots of acts done by speaking: statements, appeals, commitments, demands, disapproval, rejections, threats. */
const VERBAL_ROOTS: ReadonlySet<string> = new Set(['01', '02', '03', '10', '11', '12', '13']);

/**
 * Whether a reported event is its own reporter's speech act ("Ghana declared that the unrest was a
 * crisis and called on its neighbours to act": the appeal is the declaring side's own act, told by
 * the narrator, not someone's report of an act). The AG News guide keeps such acts asserted. Only
 * the very mention counts: another speaker of the same country ("Ghanaian officials said Ghana
 * urged ...") still reports it.
 */
export function isOwnSpeechAct(status: EventStatus, code: string, source: readonly ActorRef[]): boolean {
  const speaker = status.speaker;
  if (!status.reported || !speaker || !('code' in speaker) || !VERBAL_ROOTS.has(code.slice(0, 2))) return false;
  return source.some((actor) => actor.start === speaker.start && actor.end === speaker.end);
}
