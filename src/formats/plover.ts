import type { Document } from '../core/document.ts';
import type { ActorRef, Event } from '../core/event.ts';
import type { StoredEvent } from '../store/store.ts';
import type { OutputFormat } from './format.ts';

/**
 * An event as a PLOVER record: event type, mode and context, actor and recipient with their
 * words, plus Parley's status and evidence; undefined for events PLOVER does not code (CAMEO 01
 * and 02). Coded documents and stored events both build on it.
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

/** A stored event's PLOVER record, placed on its day, with its story and merged event; null when it has no PLOVER type. */
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

/** PLOVER JSON: an array of event records, for the events PLOVER codes only. */
export const ploverFormat: OutputFormat = {
  name: 'plover',
  describe: 'PLOVER JSON records (events PLOVER codes only)',
  mediaType: 'application/json',
  writeDocuments(docs, write) {
    const records = docs.flatMap((doc) => (doc.events ?? []).map((event) => toPloverRecord(doc, event)).filter((record) => record !== undefined));
    write(JSON.stringify(records, null, 2) + '\n');
  },
  async writeEvents(events, write) {
    // one record a line inside the array, so that any number of events streams out
    let count = 0;
    write('[');
    for await (const stored of events) {
      const record = ploverRecord(stored);
      if (!record) continue;
      write((count ? ',\n' : '\n') + JSON.stringify(record));
      count++;
    }
    write(count ? '\n]\n' : ']\n');
    return count;
  },
};
