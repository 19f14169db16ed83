import type { Document } from '../src/core/document.ts';
import type { ActorRef, Event, EventStatus } from '../src/core/event.ts';
import { classifyStatus } from '../src/core/status-class.ts';
import { eventColumns } from '../src/store/sql-rows.ts';

/** An actor reference for hand-built events. */
export function actor(code: string, start = 0): ActorRef {
  return { start, end: start + code.length, text: code, code, country: code.slice(0, 3), sector: code.length > 3 ? code.slice(3, 6) : null };
}

/** A hand-built event: `source` did CAMEO `code` to `target`; everything else can be overridden. */
export function makeEvent(id: string, source: string, target: string, code: string, overrides: Partial<Omit<Event, 'status'>> & { status?: Partial<EventStatus> } = {}): Event {
  const { status, ...rest } = overrides;
  const root = code.slice(0, 2);
  const quadClass = (Number(root) <= 5 ? 1 : Number(root) <= 9 ? 2 : Number(root) <= 14 ? 3 : 4) as 1 | 2 | 3 | 4;
  return {
    id,
    sentence: 0,
    trigger: { start: 5, end: 10, text: 'trigr' },
    source: [actor(source)],
    target: [actor(target, 20)],
    cameo: { code, root, name: `code ${code}`, goldstein: quadClass <= 2 ? 3 : -5, quadClass },
    plover: { type: quadClass <= 2 ? 'CONSULT' : 'ACCUSE', context: [] },
    status: { polarity: 'positive', modality: 'actual', conditional: false, reported: false, historical: false, evidence: {}, ...status },
    confidence: 0.8,
    rule: 'test-rule',
    ...rest,
  };
}

/** A document with one sentence, one mention and the given events. */
export function makeDocument(id: string, text: string, events: Event[], published?: string): Document {
  return {
    id,
    text,
    published,
    layers: ['text', 'sentences', 'tokens', 'syntax', 'actors', 'events'],
    sentences: [{ start: 0, end: text.length, tokens: [] }],
    mentions: [{ start: 0, end: 4, text: text.slice(0, 4), code: 'IRNGOV', country: 'IRN', sector: 'GOV', sentence: 0, rule: 'name' }],
    events,
  };
}

/** Events as a store of an earlier schema holds them, each with the columns of its `events` row (its record as well), for tests that migrate such a store. */
export function oldStoreEvents(): { id: string; columns: Record<string, unknown> }[] {
  const events: [Event, string | null][] = [
    [makeEvent('o1', 'IRNGOV', 'USA', '036'), '2026-10-01'],
    [makeEvent('o2', 'IRNGOV', 'USA', '036'), '2026-10-02'],
    [makeEvent('o3', 'USAGOV', 'IRN', '112', { status: { reported: true } }), '2026-10-03'],
    [{ ...makeEvent('o4', 'IRN', 'GBR', '040', { plover: null, status: { polarity: 'negative' } }), target: [] }, null],
    [{ ...makeEvent('o5', 'IRQ', 'IRQ', '141'), source: [], target: [] }, '2026-10-04'],
  ];
  return events.map(([event, day]) => ({
    id: event.id,
    columns: { ...eventColumns({ event, document: 1, merged: 1, statusClass: classifyStatus(event), day }), record: JSON.stringify(event) },
  }));
}
