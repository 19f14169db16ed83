import type { Mention } from '../../src/core/document.ts';
import type { Event } from '../../src/core/event.ts';
import type { SeriesPoint } from '../../src/core/series-point.ts';
import type { StatusClass, StatusFilter } from '../../src/core/status-class.ts';

// The shapes the API answers with (see /openapi.json). The shared records come from core, which
// has no Node imports, so its status list can be bundled as it is; nothing here comes from the store.

export type { Mention, SeriesPoint, StatusClass, StatusFilter };
export { STATUS_CLASSES, STATUS_FILTERS } from '../../src/core/status-class.ts';

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
  total: number;
}

export interface Count {
  key: string | null;
  name?: string;
  events: number;
}

export interface Overview {
  total: number;
  undated: number;
  documents: number;
  byQuadClass: Count[];
  byPlover: Count[];
  byStatus: Count[];
  topActors: Count[];
  topPairs: Count[];
}

export interface Series {
  source: string | null;
  target: string | null;
  undated: number;
  interval: 'day' | 'week' | 'month';
  status: StatusFilter[];
  points: SeriesPoint[];
}

export interface ActorCount {
  code: string;
  name?: string;
  events: number;
  asSource: number;
  asTarget: number;
}
