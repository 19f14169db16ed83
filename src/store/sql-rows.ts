import type { Document, Mention } from '../core/document.ts';
import type { Event } from '../core/event.ts';
import type { DocumentFocus, PlaceMention } from '../core/place.ts';
import type { SeriesPoint } from '../core/series-point.ts';
import type { StatusClass } from '../core/status-class.ts';
import type { DocumentRecord, NewEvent, StoredEvent } from './store.ts';

// The rows both SQL back ends read and write, in one place: their tables have the same columns.

/** A row of the events query: the event's columns, its document's, and its merged event's summary. */
export interface EventRow {
  day: string | null;
  status_class: StatusClass;
  document_id: string;
  published: string | null;
  url: string | null;
  outlet: string | null;
  /** A number, or a string where the driver reads 64-bit integers as strings. */
  merged: number | string;
  first_day: string | null;
  last_day: string | null;
  merged_mentions: number;
  merged_documents: number;
  merged_outlets: number;
  merged_sources: number;
}

/** The columns of a `documents` row that both back ends write alike (its provenance and text). */
export function documentColumns(record: DocumentRecord, contentHash: string) {
  const doc = record.document;
  return {
    id: doc.id,
    content_hash: contentHash,
    text: doc.text,
    title: record.title ?? null,
    url: record.url ?? null,
    outlet: record.outlet ?? null,
    origin: record.origin,
    published: doc.published ?? null,
  };
}

/** The columns of an `events` row but its record (the whole event, which each back end writes as its JSON). */
export function eventColumns({ event, document, merged, statusClass, day }: NewEvent) {
  return {
    id: event.id,
    document,
    merged,
    sentence: event.sentence,
    trigger_start: event.trigger.start,
    trigger_end: event.trigger.end,
    trigger_text: event.trigger.text,
    source_code: event.source[0]?.code ?? null,
    target_code: event.target[0]?.code ?? null,
    cameo_code: event.cameo.code,
    cameo_root: event.cameo.root,
    goldstein: event.cameo.goldstein,
    quad_class: event.cameo.quadClass,
    plover_type: event.plover?.type ?? null,
    polarity: event.status.polarity,
    modality: event.status.modality,
    conditional: event.status.conditional ? 1 : 0,
    reported: event.status.reported ? 1 : 0,
    historical: event.status.historical ? 1 : 0,
    status_class: statusClass,
    date: event.date ?? null,
    day,
    confidence: event.confidence,
    rule: event.rule,
    location_country: event.location?.country ?? null,
    location_lat: event.location?.lat ?? null,
    location_lon: event.location?.lon ?? null,
  };
}

/** The columns of a `mentions` row (the document's key aside). */
export function mentionColumns(mention: Mention, idx: number) {
  return {
    idx,
    sentence: mention.sentence,
    start_offset: mention.start,
    end_offset: mention.end,
    text: mention.text,
    code: mention.code,
    country: mention.country,
    sector: mention.sector,
    name: mention.name ?? null,
    title: mention.title ?? null,
    entity: mention.entity ?? null,
    antecedent: mention.antecedent ?? null,
    rule: mention.rule,
  };
}

/** A mention from its row; optional fields stored as NULL are left out. */
export function mentionFromRow(row: Record<string, unknown>): Mention {
  const mention: Mention = {
    start: row.start_offset as number,
    end: row.end_offset as number,
    text: row.text as string,
    code: row.code as string,
    country: row.country as string | null,
    sector: row.sector as string | null,
    sentence: row.sentence as number,
    rule: row.rule as string,
  };
  if (row.name !== null) mention.name = row.name as string;
  if (row.title !== null) mention.title = row.title as string;
  if (row.entity !== null) mention.entity = row.entity as string;
  if (row.antecedent !== null) mention.antecedent = row.antecedent as number;
  return mention;
}

/** A stored event from its row and its record. */
export function storedEventFromRow(row: EventRow, event: Event): StoredEvent {
  return {
    event,
    documentId: row.document_id,
    day: row.day,
    statusClass: row.status_class,
    published: row.published,
    url: row.url,
    outlet: row.outlet,
    merged: {
      id: Number(row.merged),
      mentions: row.merged_mentions,
      documents: row.merged_documents,
      outlets: row.merged_outlets,
      independentSources: row.merged_sources,
      firstDay: row.first_day,
      lastDay: row.last_day,
    },
  };
}

/** A Goldstein sum or mean to three decimals (0 for an empty period). */
export function roundGoldstein(value: number | null): number {
  return value === null ? 0 : Math.round(value * 1000) / 1000;
}

/** Gives a stored document back its place mentions and focus (the places layer), as read from its row. */
export function restorePlaces(document: Document, places: PlaceMention[], focus: DocumentFocus | null): void {
  document.places = places;
  if (focus) document.focus = focus;
  if (!document.layers.includes('places')) document.layers.push('places');
}

/** A time series' row as both stores' series query selects it (period, events, q1..q4, goldstein_sum, goldstein_mean). */
export interface SeriesRow {
  period: string;
  events: number;
  q1: number;
  q2: number;
  q3: number;
  q4: number;
  goldstein_sum: number | null;
  goldstein_mean: number | null;
}

/** One point of a time series from its row. */
export function seriesPointFromRow(row: SeriesRow): SeriesPoint {
  return {
    period: row.period,
    events: row.events,
    quadClass: { 1: row.q1, 2: row.q2, 3: row.q3, 4: row.q4 },
    goldsteinSum: roundGoldstein(row.goldstein_sum),
    goldsteinMean: roundGoldstein(row.goldstein_mean),
  };
}
