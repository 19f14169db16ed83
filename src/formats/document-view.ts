import type { Document, Sentence, Token } from '../core/document.ts';
import type { Event } from '../core/event.ts';
import type { Span } from '../core/span.ts';
import { classifyStatus, type StatusClass } from '../core/status-class.ts';
import type { StoredDocument, StoredEvent } from '../store/store.ts';

// How coded documents, their tokens and events are projected for output, by `parley code` and by
// the HTTP API alike. Every span is kept as offsets into the text, so the dashboard highlights
// from offsets and never has to search for words.

/** A token as output shows it: its words and offsets, its tags and its parse. */
export type TokenView = Pick<Token, 'text' | 'start' | 'end' | 'form' | 'upos' | 'xpos' | 'lemma' | 'head' | 'deprel'>;

/** A sentence as output shows it: its offsets, and its words and tokens when asked for. */
export interface SentenceView {
  start: number;
  end: number;
  text?: string;
  tokens?: TokenView[];
}

/** An event as the API returns it: the coder's event plus its status class. */
export type EventView = Event & { statusClass: StatusClass };

/** A coded document as the API returns it. */
export interface DocumentView {
  id: string;
  text: string;
  published: string | null;
  dateline: Document['dateline'] | null;
  sentences: SentenceView[];
  mentions: NonNullable<Document['mentions']>;
  events: EventView[];
  /** Place mentions and the document's focus, when the places stage ran (not kept by the store). */
  places?: NonNullable<Document['places']>;
  focus?: Document['focus'];
}

/** The token's words, offsets, tags and parse, without the fields only the pipeline uses. */
export function tokenView({ text, start, end, form, upos, xpos, lemma, head, deprel }: Token): TokenView {
  return { text, start, end, form, upos, xpos, lemma, head, deprel };
}

/** A sentence's offsets, with its words (`text`) and its tokens when asked for. */
export function sentenceView(sentence: Sentence, documentText: string, options: { text?: boolean; tokens?: boolean }): SentenceView {
  const view: SentenceView = { start: sentence.start, end: sentence.end };
  if (options.text) view.text = documentText.slice(sentence.start, sentence.end);
  if (options.tokens) view.tokens = sentence.tokens.map(tokenView);
  return view;
}

/** The document as the API returns it: its layers with offsets into its text; tokens (with tags and parse) only on request. */
export function documentView(doc: Document, options: { tokens?: boolean } = {}): DocumentView {
  return {
    id: doc.id,
    text: doc.text,
    published: doc.published ?? null,
    dateline: doc.dateline ?? null,
    sentences: (doc.sentences ?? []).map((sentence) => sentenceView(sentence, doc.text, { tokens: options.tokens })),
    mentions: doc.mentions ?? [],
    events: (doc.events ?? []).map((event) => ({ ...event, statusClass: classifyStatus(event) })),
    ...placesView(doc),
  };
}

/** The place mentions and focus of a document that has them. */
function placesView(doc: Document): Pick<DocumentView, 'places' | 'focus'> {
  return doc.places ? { places: doc.places, focus: doc.focus } : {};
}

/** The document as `parley code` prints it: every sentence with its words and tokens, spans into the original text on everything. */
export function codedDocumentView(doc: Document) {
  return {
    id: doc.id,
    published: doc.published,
    dateline: doc.dateline,
    sentences: (doc.sentences ?? []).map((sentence) => sentenceView(sentence, doc.text, { text: true, tokens: true })),
    mentions: doc.mentions ?? [],
    events: doc.events ?? [],
    ...placesView(doc),
  };
}

/** A stored document with where it came from. */
export function storedDocumentView(stored: StoredDocument) {
  return {
    document: documentView(stored.document),
    title: stored.title,
    url: stored.url,
    outlet: stored.outlet,
    origin: stored.origin,
    duplicateOf: stored.duplicateOf,
    ingestedAt: stored.ingestedAt,
  };
}

/** The words behind a stored event, cut from its document: the sentence, and the condition, speaker and anchor when it has them. */
export interface EvidenceText {
  sentence: string | null;
  condition: string | null;
  speaker: string | null;
  anchor: string | null;
}

/** A stored event with its status class, merged-event summary and the words of its evidence. */
export function storedEventView(stored: StoredEvent, text: string | undefined, sentence: Span | undefined) {
  const cut = (span: Span | undefined) => (span && text !== undefined ? text.slice(span.start, span.end) : null);
  const evidence: EvidenceText = {
    sentence: cut(sentence),
    condition: cut(stored.event.status.condition),
    speaker: stored.event.status.speaker?.text ?? null,
    anchor: cut(stored.event.status.anchor),
  };
  return {
    event: { ...stored.event, statusClass: stored.statusClass },
    documentId: stored.documentId,
    day: stored.day,
    published: stored.published,
    url: stored.url,
    outlet: stored.outlet,
    merged: stored.merged,
    evidence,
  };
}
