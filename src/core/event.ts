import type { EventLocation } from './place.ts';
import type { Span } from './span.ts';

/**
 * An actor as the text names it, resolved to a code (the actor record). `code` reads in groups
 * of three letters: country (ISO 3166-1 alpha-3), `IGO`, `NGO`, `IMG` or `UNK`, then the sector
 * (`IRNGOV`, `USA`, `UNKGOV`, `IGOUNO`).
 */
export interface ActorRef extends Span {
  /** The words as written (always `doc.text.slice(start, end)`). */
  text: string;
  code: string;
  /** First three letters of the code, or null when the country is unknown (`UNK...`). */
  country: string | null;
  /** The sector (`GOV`, `MIL` ...), or null when the code has none. */
  sector: string | null;
  /** A person's name as written ("Masoud Pezeshkian"). */
  name?: string;
  /** The office or role the words give ("President", "foreign minister"). */
  title?: string;
  /** The actor the words stand for, as the gazetteer names it ("Iran", "Masoud Pezeshkian"). */
  entity?: string;
}

/** The CAMEO coding of an event. */
export interface CameoCoding {
  code: string;
  root: string;
  name: string;
  goldstein: number;
  /** 1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict. */
  quadClass: 1 | 2 | 3 | 4;
}

/** The PLOVER coding of an event, through the CAMEO crosswalk. */
export interface PloverCoding {
  type: string;
  mode?: string;
  context: string[];
}

/** Whether the event was intended, merely possible, believed, or said to have happened. */
export type Modality = 'actual' | 'intended' | 'future' | 'hypothetical' | 'speculative';

/** What the text says about an event besides its coding: did it happen, under what condition, who says so, when. */
export interface EventStatus {
  /** Negative when the text says the event did not happen ("have not responded"). */
  polarity: 'positive' | 'negative';
  modality: Modality;
  conditional: boolean;
  /** The condition's words ("that such talks take place in an atmosphere ..."). */
  condition?: Span;
  reported: boolean;
  /** Who reports the event: an actor, or an unnamed source such as "analysts". */
  speaker?: ActorRef | (Span & { text: string });
  /** True for background before the report's time ("since the US withdrawal ..."). */
  historical: boolean;
  /** The words that date the event or mark it as background. */
  anchor?: Span;
  /** The words behind each judgement above, with the rule that made it. */
  evidence: { polarity?: Span & { rule: string }; modality?: Span & { rule: string }; reported?: Span & { rule: string }; historical?: Span & { rule: string } };
}

/** One coded event with the evidence behind it. */
export interface Event {
  /** Deterministic: a hash of document id, sentence, trigger span and code. */
  id: string;
  /** Index of the sentence in `doc.sentences`. */
  sentence: number;
  trigger: Span & { text: string };
  source: ActorRef[];
  target: ActorRef[];
  cameo: CameoCoding;
  plover: PloverCoding | null;
  status: EventStatus;
  /** The event's date (YYYY-MM-DD, or YYYY-MM / YYYY when that is all the text gives). */
  date?: string;
  /** 0 to 1: how sure the coder is of this coding. */
  confidence: number;
  /** The id of the pattern that produced the event (with "+intent", "+threat" or "+refusal" when recoded, "+attempt" for an act tried in a failed attempt). */
  rule: string;
  /**
   * Set when the status changed the pattern's code, as CAMEO codes statements about events:
   * "will provide aid" is an intent (033), "will attack" a threat (138), "will not accept
   * refugees" a refusal (12x). The coded intent or threat is then asserted even though the
   * status describes the underlying event as future or conditional; a refusal's status is the
   * refusal's own (not negated, not future), as the refusal is the event that was made.
   */
  recoded?: { from: string; reason: 'intent' | 'threat' | 'refusal' | 'attempt' };
  /** Where the event happened, with the words and the rule behind it; null when the text gives no place (places layer; absent before it runs). */
  location?: EventLocation | null;
}

/** The actor record of a mention: its words, span and code, without the mention's bookkeeping. */
export function toActorRef(mention: ActorRef): ActorRef {
  const { text, start, end, code, country, sector, name, title, entity } = mention;
  const ref: ActorRef = { text, start, end, code, country, sector };
  if (name) ref.name = name;
  if (title) ref.title = title;
  if (entity) ref.entity = entity;
  return ref;
}
