import type { ActorRef, Event } from './event.ts';
import type { DocumentFocus, PlaceMention } from './place.ts';
import type { Span } from './span.ts';

/**
 * The layers a document can carry. A stage declares which layers it requires and which it
 * produces; `createPipeline` checks the order before anything runs.
 */
export type Layer = 'text' | 'dateline' | 'sentences' | 'tokens' | 'syntax' | 'actors' | 'events' | 'places';

/**
 * One syntactic word (the unit of Universal Dependencies), with its span in the original text.
 * "country's" gives two tokens, "country" and "'s"; both spans slice the original exactly.
 */
export interface Token extends Span {
  /** The word as it appears in the original text (always `text.slice(start, end)`). */
  text: string;
  /** The normalised form the tagger and parser see: entities decoded, quotes straightened. */
  form: string;
  /** True when whitespace follows the word in the original text. */
  spaceAfter: boolean;
  /** Universal part-of-speech tag (syntax layer). */
  upos?: string;
  /** Penn Treebank tag (syntax layer). */
  xpos?: string;
  /** Dictionary form (syntax layer). */
  lemma?: string;
  /** Index of the head token within the sentence, -1 for the root (syntax layer). */
  head?: number;
  /** Universal Dependencies relation to the head, `root` for the root (syntax layer). */
  deprel?: string;
}

/** A sentence: its span in the original text and its tokens in order. */
export interface Sentence extends Span {
  tokens: Token[];
}

/** A report's dateline, such as "TEHRAN (Reuters) -" or "Tehran —". */
export interface Dateline extends Span {
  /** The place named by the dateline ("Tehran"). */
  place: Span;
  /** The agency named in brackets ("Reuters"), if any. */
  agency?: Span;
}

/**
 * A mention of a political actor (actors layer): a noun phrase, name or pronoun and the code it
 * resolves to. `code` reads in groups of three letters: country (ISO 3166-1 alpha-3), `IGO`,
 * `NGO`, `IMG` or `UNK`, then the sector (`IRNGOV`, `USA`, `UNKGOV`, `IGOUNO`).
 */
export interface Mention extends ActorRef {
  /** Index in `doc.mentions` of the earlier mention this one refers to (coreference). */
  antecedent?: number;
  /** Index of the sentence in `doc.sentences`. */
  sentence: number;
  /** The rule that produced the code (`name`, `agent`, `dateline`, `pronoun` ...). */
  rule: string;
}

/** A document as it flows through the pipeline: the original text plus the layers added so far. */
export interface Document {
  id: string;
  /** The original text; every span in every layer points into it. */
  text: string;
  /** Publication date as an ISO 8601 date (YYYY-MM-DD), when known. */
  published?: string;
  /** Layers present on this document. */
  layers: Layer[];
  dateline?: Dateline;
  sentences?: Sentence[];
  /** Actor mentions in text order (actors layer). */
  mentions?: Mention[];
  /** Coded events in text order (events layer; the places layer adds each one's `location`). */
  events?: Event[];
  /** Place mentions in text order, the dateline's first (places layer). */
  places?: PlaceMention[];
  /** The document's main country and city (places layer). */
  focus?: DocumentFocus;
}

/** A new document holding only its text. */
export function createDocument(text: string, options: { id?: string; published?: string } = {}): Document {
  return { id: options.id ?? 'doc', text, published: options.published, layers: ['text'] };
}
