import type { Document } from '../core/document.ts';
import type { Event } from '../core/event.ts';
import type { Span } from '../core/span.ts';
import { classifyStatus, type StatusClass } from '../core/status-class.ts';
import type { StoredDocument, StoredEvent } from '../store/store.ts';

// How documents and events look in API responses. Every span is kept as offsets into `text`, so
// the dashboard highlights from offsets and never has to search for words.

/** An event as the API returns it: the coder's event plus its status class. */
export type EventView = Event & { statusClass: StatusClass };

/** A coded document as the API returns it. */
export interface DocumentView {
  id: string;
  text: string;
  published: string | null;
  dateline: Document['dateline'] | null;
  sentences: { start: number; end: number; tokens?: unknown[] }[];
  mentions: NonNullable<Document['mentions']>;
  events: EventView[];
}

/** The document's layers with offsets into its text; tokens (with tags and parse) only on request. */
export function documentView(doc: Document, options: { tokens?: boolean } = {}): DocumentView {
  return {
    id: doc.id,
    text: doc.text,
    published: doc.published ?? null,
    dateline: doc.dateline ?? null,
    sentences: (doc.sentences ?? []).map((sentence) =>
      options.tokens
        ? {
            start: sentence.start,
            end: sentence.end,
            tokens: sentence.tokens.map(({ text, start, end, form, upos, xpos, lemma, head, deprel }) => ({ text, start, end, form, upos, xpos, lemma, head, deprel })),
          }
        : { start: sentence.start, end: sentence.end },
    ),
    mentions: doc.mentions ?? [],
    events: (doc.events ?? []).map((event) => ({ ...event, statusClass: classifyStatus(event) })),
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
