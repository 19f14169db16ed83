import type { Mention } from '../../core/document.ts';
import type { ActorRef, EventStatus } from '../../core/event.ts';

/** CAMEO roots of acts done by speaking: statements, appeals, commitments, demands, disapproval, rejections, threats. */
const VERBAL_ROOTS: ReadonlySet<string> = new Set(['01', '02', '03', '10', '11', '12', '13']);

/**
 * Whether a reported event is its own reporter's speech act ("Ghana declared that the unrest was a
 * crisis and called on its neighbours to act": the appeal is the declaring side's own act, told by
 * the narrator, not someone's report of an act). The AG News guide keeps such acts asserted. Only
 * the speaker's own mention counts, or a pronoun the coreference step took back to it ("the
 * president says he will not ..."): another speaker of the same country ("Ghanaian officials said
 * Ghana urged ...") still reports it.
 */
export function isOwnSpeechAct(status: EventStatus, code: string, source: readonly ActorRef[], mentions: readonly Mention[] = []): boolean {
  const speaker = status.speaker;
  if (!status.reported || !speaker || !('code' in speaker) || !VERBAL_ROOTS.has(code.slice(0, 2))) return false;
  const isSpeaker = (ref: { start: number; end: number }) => ref.start === speaker.start && ref.end === speaker.end;
  // "The Bolivian president says he will not negotiate": a pronoun the coreference step took back to the speaker is the speaker.
  const refersToSpeaker = (actor: ActorRef) => {
    let mention = mentions.find((m) => m.start === actor.start && m.end === actor.end);
    for (let hops = 0; mention?.antecedent !== undefined && hops < 5; hops++) {
      mention = mentions[mention.antecedent];
      if (mention && isSpeaker(mention)) return true;
    }
    return false;
  };
  return source.some((actor) => isSpeaker(actor) || refersToSpeaker(actor));
}
