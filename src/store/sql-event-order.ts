import type { EventQuery, EventSort } from './store.ts';

/** The column each sort orders by, over `events e` (and `documents d` for `document`). */
const SORT_COLUMNS: Record<EventSort, string> = {
  day: 'e.day',
  goldstein: 'e.goldstein',
  cameo: 'e.cameo_code',
  source: 'e.source_code',
  target: 'e.target_code',
  status: 'e.status_class',
  document: 'd.id',
};

/** One ORDER BY term of a back end with rows lacking a value last, in either direction. */
export type NullsLastTerm = (column: string, direction: 'ASC' | 'DESC') => string;

/**
 * The ORDER BY clause of a query's events: by its sort, then by day, then in the order they were
 * stored; events without the value (undated ones) last. By day it is exactly (day, key), the order
 * the page indexes of both SQL back ends keep.
 */
export function sqlEventOrder(query: EventQuery, nullsLast: NullsLastTerm): string {
  const direction = query.order === 'newest' ? 'DESC' : 'ASC';
  const sort = query.sort ?? 'day';
  const byDay = `${nullsLast('e.day', direction)}, e.key ${direction}`;
  return `ORDER BY ${sort === 'day' ? '' : `${nullsLast(SORT_COLUMNS[sort], direction)}, `}${byDay}`;
}

/** Whether the query's order needs the events' documents joined (as `documents d`). */
export function orderNeedsDocuments(query: EventQuery): boolean {
  return query.sort === 'document';
}
