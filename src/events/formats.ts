import type { Document } from '../core/document.ts';
import type { ActorRef, Event } from '../core/event.ts';

/** Columns of the event CSV, in order (documented in the README). */
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
] as const;

/** Quotes a CSV field when it needs it (RFC 4180). */
export function csvField(value: unknown): string {
  const text = value === undefined || value === null ? '' : String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

const codes = (actors: readonly ActorRef[]) => actors.map((actor) => actor.code).join(';');
const texts = (actors: readonly ActorRef[]) => actors.map((actor) => actor.text).join(';');

/** One CSV row per event of a document, in the order of EVENT_CSV_COLUMNS. */
export function eventCsvRows(doc: Document): string[] {
  const slice = (span?: { start: number; end: number }) => (span ? doc.text.slice(span.start, span.end) : '');
  return (doc.events ?? []).map((event) => {
    const { status } = event;
    const values: Record<(typeof EVENT_CSV_COLUMNS)[number], unknown> = {
      document: doc.id,
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
    };
    return EVENT_CSV_COLUMNS.map((column) => csvField(values[column])).join(',');
  });
}

/** The header line of the event CSV. */
export function eventCsvHeader(): string {
  return EVENT_CSV_COLUMNS.join(',');
}

/**
 * An event as a PLOVER record: event type, mode and context, actor and recipient with their
 * words, plus Parley's status and evidence; undefined for events PLOVER does not code (CAMEO 01
 * and 02). `parley code --format plover` and `parley export --format plover` both build on it.
 */
export function ploverFields(event: Event): Record<string, unknown> | undefined {
  if (!event.plover) return undefined;
  const actor = (ref: ActorRef) => ({ text: ref.text, code: ref.code, country: ref.country, sector: ref.sector, name: ref.entity ?? ref.name ?? null, start: ref.start, end: ref.end });
  return {
    id: event.id,
    date: event.date ?? null,
    event_type: event.plover.type,
    mode: event.plover.mode ?? null,
    context: event.plover.context,
    actor: event.source.map(actor),
    recipient: event.target.map(actor),
    trigger: event.trigger,
    cameo: event.cameo.code,
    status: event.status,
    confidence: event.confidence,
    rule: event.rule,
  };
}

/** The PLOVER record of an event of a coded document, with its document id and sentence. */
export function toPloverRecord(doc: Document, event: Event): Record<string, unknown> | undefined {
  const fields = ploverFields(event);
  if (!fields) return undefined;
  const sentence = doc.sentences?.[event.sentence];
  return { ...fields, document: doc.id, text: sentence ? doc.text.slice(sentence.start, sentence.end) : null };
}
