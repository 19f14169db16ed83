import type { ActorRef } from '../core/event.ts';
import { csvField, ploverFields } from '../events/formats.ts';
import type { StoredEvent } from './store.ts';

/** The formats `parley export` writes. */
export type ExportFormat = 'csv' | 'jsonl' | 'plover' | 'gdelt';

export const EXPORT_FORMATS: readonly ExportFormat[] = ['csv', 'jsonl', 'plover', 'gdelt'];

/** The CSV header, one column per field of `csvRow`. */
export const CSV_COLUMNS = [
  'event_id', 'document_id', 'day', 'date', 'published', 'source_code', 'source_text', 'target_code', 'target_text',
  'cameo_code', 'cameo_root', 'cameo_name', 'goldstein', 'quad_class', 'plover_type', 'plover_mode', 'status',
  'polarity', 'modality', 'conditional', 'reported', 'historical', 'trigger', 'trigger_start', 'trigger_end',
  'confidence', 'rule', 'merged_id', 'merged_mentions', 'merged_documents', 'merged_outlets', 'merged_sources', 'outlet', 'url',
] as const;

/** The GDELT-like TSV header: GDELT 2.0 event columns Parley can fill, then Parley's own. */
export const GDELT_COLUMNS = [
  'GlobalEventID', 'Day', 'MonthYear', 'Year', 'Actor1Code', 'Actor1Name', 'Actor1CountryCode', 'Actor1Type1Code',
  'Actor2Code', 'Actor2Name', 'Actor2CountryCode', 'Actor2Type1Code', 'IsRootEvent', 'EventCode', 'EventBaseCode',
  'EventRootCode', 'QuadClass', 'GoldsteinScale', 'NumMentions', 'NumSources', 'NumArticles', 'SourceURL',
  'Status', 'MergedEventID', 'DocumentID', 'Trigger',
] as const;

/** The text of an actor list ("Iran; United States"), the first one's code first. */
function actorNames(actors: readonly ActorRef[]): string {
  return actors.map((actor) => actor.entity ?? actor.text).join('; ');
}

/** One CSV row (in `CSV_COLUMNS` order). */
export function csvRow(stored: StoredEvent): (string | number | null)[] {
  const { event, merged } = stored;
  return [
    event.id, stored.documentId, stored.day, event.date ?? null, stored.published,
    event.source[0]?.code ?? null, actorNames(event.source), event.target[0]?.code ?? null, actorNames(event.target),
    event.cameo.code, event.cameo.root, event.cameo.name, event.cameo.goldstein, event.cameo.quadClass,
    event.plover?.type ?? null, event.plover?.mode ?? null, stored.statusClass,
    event.status.polarity, event.status.modality, Number(event.status.conditional), Number(event.status.reported), Number(event.status.historical),
    event.trigger.text, event.trigger.start, event.trigger.end,
    event.confidence, event.rule, merged.id, merged.mentions, merged.documents, merged.outlets, merged.independentSources, stored.outlet, stored.url,
  ];
}

export function csvLine(values: readonly (string | number | null)[]): string {
  return values.map(csvField).join(',') + '\r\n';
}

/** One GDELT-like TSV row (in `GDELT_COLUMNS` order). */
export function gdeltRow(stored: StoredEvent): (string | number | null)[] {
  const { event, merged } = stored;
  const day = stored.day?.replace(/-/g, '') ?? null;
  const [source, target] = [event.source[0], event.target[0]];
  return [
    event.id, day, day?.slice(0, 6) ?? null, day?.slice(0, 4) ?? null,
    source?.code ?? null, source ? actorNames([source]) : null, source?.country ?? null, source?.sector ?? null,
    target?.code ?? null, target ? actorNames([target]) : null, target?.country ?? null, target?.sector ?? null,
    // GDELT marks events from the lead paragraph; Parley marks those from the first sentence
    event.sentence === 0 ? 1 : 0,
    event.cameo.code, event.cameo.code.slice(0, 3), event.cameo.root, event.cameo.quadClass, event.cameo.goldstein,
    merged.mentions, merged.independentSources, merged.documents, stored.url,
    stored.statusClass, merged.id, stored.documentId, event.trigger.text,
  ];
}

/** A TSV line: tabs and line breaks inside values become spaces. */
export function tsvLine(values: readonly (string | number | null)[]): string {
  return values.map((value) => (value === null ? '' : String(value).replace(/[\t\r\n]+/g, ' '))).join('\t') + '\n';
}

/** An event in PLOVER's event-record shape (see `ploverFields`), placed on its day, with its story and merged event; null when it has no PLOVER type. */
export function ploverRecord(stored: StoredEvent): Record<string, unknown> | null {
  const fields = ploverFields(stored.event);
  if (!fields) return null;
  return {
    ...fields,
    date: stored.day,
    status_class: stored.statusClass,
    story: { id: stored.documentId, published: stored.published, url: stored.url, outlet: stored.outlet },
    merged: { id: stored.merged.id, documents: stored.merged.documents, sources: stored.merged.independentSources },
  };
}
