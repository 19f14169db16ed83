import type { Mention } from '../../src/core/document.ts';
import type { Event } from '../../src/core/event.ts';
import type { StatusClass } from '../../src/core/status-class.ts';

// The shapes the API answers with (see /openapi.json). The shared records come from core, which
// has no Node imports, so its status list can be bundled as it is; nothing here comes from the store.

export type { Mention, StatusClass };
export { STATUS_CLASSES } from '../../src/core/status-class.ts';

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

/** One period of a time series (GET /api/series). */
export interface SeriesPoint {
  /** The period's first day (YYYY-MM-DD), or YYYY-MM for months. */
  period: string;
  events: number;
  /** Counts by quad class: verbal cooperation, material cooperation, verbal conflict, material conflict. */
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
