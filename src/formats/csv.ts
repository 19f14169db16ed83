import type { ActorRef, Event } from '../core/event.ts';
import type { Span } from '../core/span.ts';
import type { StoredEvent } from '../store/store.ts';
import type { OutputFormat } from './format.ts';

/** Columns of the event CSV, in order (documented in the README): `parley code` writes these. */
export const EVENT_CSV_COLUMNS = [
  'document',
  'event',
  'sentence',
  'date',
  'source',
  'source_text',
  'target',
  'target_text',
  'cameo',
  'cameo_name',
  'cameo_root',
  'goldstein',
  'quad_class',
  'plover',
  'plover_mode',
  'plover_context',
  'polarity',
  'modality',
  'conditional',
  'condition',
  'reported',
  'speaker',
  'historical',
  'anchor',
  'trigger',
  'trigger_start',
  'trigger_end',
  'confidence',
  'rule',
  'location_text',
  'location_name',
  'location_country',
  'location_admin1',
  'location_lat',
  'location_lon',
  'location_geonameid',
  'location_kind',
  'location_basis',
  'location_reason',
] as const;

/** Columns a stored event adds after EVENT_CSV_COLUMNS (`parley export`): its day, story, status class and merged event. */
export const STORED_EVENT_CSV_COLUMNS = [
  'day',
  'published',
  'outlet',
  'url',
  'status_class',
  'merged_id',
  'merged_mentions',
  'merged_documents',
  'merged_outlets',
  'merged_sources',
] as const;

/** Every column of the CSV `parley export` writes. */
export const CSV_COLUMNS = [...EVENT_CSV_COLUMNS, ...STORED_EVENT_CSV_COLUMNS] as const;

/** Quotes a CSV field when it needs it (RFC 4180); empty for undefined and null, `true`/`false` for booleans. */
export function csvField(value: unknown): string {
  const text = value === undefined || value === null ? '' : String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** A CSV line: the fields quoted where needed, comma-separated, ending in a line break. */
export function csvLine(values: readonly unknown[]): string {
  return values.map(csvField).join(',') + '\n';
}

// several actors on one side are joined with ';', codes and words in the same order
const codes = (actors: readonly ActorRef[]) => actors.map((actor) => actor.code).join(';');
const texts = (actors: readonly ActorRef[]) => actors.map((actor) => actor.text).join(';');

/** The values of an event in EVENT_CSV_COLUMNS order; condition and anchor words are cut from `text` when it is given. */
export function eventCsvValues(event: Event, documentId: string, text: string | undefined): unknown[] {
  const slice = (span?: Span) => (span && text !== undefined ? text.slice(span.start, span.end) : '');
  const { status } = event;
  const values: Record<(typeof EVENT_CSV_COLUMNS)[number], unknown> = {
    document: documentId,
    event: event.id,
    sentence: event.sentence,
    date: event.date,
    source: codes(event.source),
    source_text: texts(event.source),
    target: codes(event.target),
    target_text: texts(event.target),
    cameo: event.cameo.code,
    cameo_name: event.cameo.name,
    cameo_root: event.cameo.root,
    goldstein: event.cameo.goldstein,
    quad_class: event.cameo.quadClass,
    plover: event.plover?.type,
    plover_mode: event.plover?.mode,
    plover_context: event.plover?.context.join(';'),
    polarity: status.polarity,
    modality: status.modality,
    conditional: status.conditional,
    condition: slice(status.condition),
    reported: status.reported,
    speaker: status.speaker?.text,
    historical: status.historical,
    anchor: slice(status.anchor),
    trigger: event.trigger.text,
    trigger_start: event.trigger.start,
    trigger_end: event.trigger.end,
    confidence: event.confidence,
    rule: event.rule,
    location_text: event.location?.text,
    location_name: event.location?.name,
    location_country: event.location?.country,
    location_admin1: event.location?.admin1,
    location_lat: event.location?.lat,
    location_lon: event.location?.lon,
    location_geonameid: event.location?.geonameid,
    location_kind: event.location?.kind,
    location_basis: event.location?.basis,
    location_reason: event.location?.reason,
  };
  return EVENT_CSV_COLUMNS.map((column) => values[column]);
}

/** The values of a stored event in CSV_COLUMNS order. */
export function storedEventCsvValues(stored: StoredEvent, text: string | undefined): unknown[] {
  const { merged } = stored;
  const values: Record<(typeof STORED_EVENT_CSV_COLUMNS)[number], unknown> = {
    day: stored.day,
    published: stored.published,
    outlet: stored.outlet,
    url: stored.url,
    status_class: stored.statusClass,
    merged_id: merged.id,
    merged_mentions: merged.mentions,
    merged_documents: merged.documents,
    merged_outlets: merged.outlets,
    merged_sources: merged.independentSources,
  };
  return [...eventCsvValues(stored.event, stored.documentId, text), ...STORED_EVENT_CSV_COLUMNS.map((column) => values[column])];
}

/** Whether the CSV row of an event needs words of its document (a condition or an anchor). */
function needsText(event: Event): boolean {
  return event.status.condition !== undefined || event.status.anchor !== undefined;
}

/** CSV: one row per event; a stored event adds its day, story, status class and merged event. */
export const csvFormat: OutputFormat = {
  name: 'csv',
  describe: 'one row per event (columns in the README)',
  mediaType: 'text/csv; charset=utf-8',
  writeDocuments(docs, write) {
    write(csvLine(EVENT_CSV_COLUMNS));
    for (const doc of docs) for (const event of doc.events ?? []) write(csvLine(eventCsvValues(event, doc.id, doc.text)));
  },
  async writeEvents(events, write, lookup) {
    write(csvLine(CSV_COLUMNS));
    let count = 0;
    for await (const stored of events) {
      const text = needsText(stored.event) ? (await lookup(stored.documentId))?.text : undefined;
      write(csvLine(storedEventCsvValues(stored, text)));
      count++;
    }
    return count;
  },
};
