import type { Mention } from '../../src/core/document.ts';
import type { Event } from '../../src/core/event.ts';

// The shapes the API answers with (see /openapi.json).

export type { Mention };

/** What the store calls an event's status: whether and how the text says it happened. */
export type StatusClass = 'actual' | 'negated' | 'historical' | 'intended' | 'future' | 'hypothetical' | 'speculative' | 'conditional';

export const STATUS_CLASSES: readonly StatusClass[] = ['actual', 'negated', 'historical', 'intended', 'future', 'hypothetical', 'speculative', 'conditional'];

export type EventView = Event & { statusClass: StatusClass };

export interface DocumentView {
  id: string;
  text: string;
  published: string | null;
  sentences: { start: number; end: number }[];
  mentions: Mention[];
  events: EventView[];
}

export interface StoredDocumentView {
  document: DocumentView;
  title: string | null;
  url: string | null;
  outlet: string | null;
  origin: string;
  duplicateOf: string | null;
  ingestedAt: string;
}

export interface StoredEventView {
  event: EventView;
  documentId: string;
  day: string | null;
  published: string | null;
  url: string | null;
  outlet: string | null;
  merged: { id: number; mentions: number; documents: number; outlets: number; independentSources: number };
  evidence: { sentence: string | null; condition: string | null; speaker: string | null; anchor: string | null };
}

export interface EventPage {
  events: StoredEventView[];
  limit: number;
  offset: number;
  nextOffset: number | null;
}

export interface SeriesPoint {
  period: string;
  events: number;
  quadClass: { 1: number; 2: number; 3: number; 4: number };
  goldsteinSum: number;
  goldsteinMean: number;
}

export interface Series {
  source: string;
  target: string;
  interval: 'day' | 'week' | 'month';
  status: StatusClass[];
  points: SeriesPoint[];
}

export interface ActorCount {
  code: string;
  events: number;
  asSource: number;
  asTarget: number;
}
