import type { EventQuery, EventSort } from './store.ts';

/** The column each sort orders by, over `events e` (and `documents d` for `document`), and whether rows can lack it. */
const SORT_COLUMNS: Record<EventSort, { column: string; nullable: boolean }> = {
  day: { column: 'e.day', nullable: true },
  goldstein: { column: 'e.goldstein', nullable: false },
  cameo: { column: 'e.cameo_code', nullable: false },
  source: { column: 'e.source_code', nullable: true },
  target: { column: 'e.target_code', nullable: true },
  status: { column: 'e.status_class', nullable: false },
  document: { column: 'd.id', nullable: false },
};

/**
 * One ORDER BY term of a back end with rows lacking a value last, in either direction; a column
 * every row has is ordered plainly (so that one index can serve it, as the sort indexes are made).
 */
export type NullsLastTerm = (column: string, direction: 'ASC' | 'DESC', nullable: boolean) => string;

/**
 * The ORDER BY clause of a query's events: by its sort, then by day, then in the order they were
 * stored; events without the value (undated ones) last. Each order is exactly the order of an
 * index of both SQL back ends (by day the page indexes; by another column its sort indexes).
 */
export function sqlEventOrder(query: EventQuery, nullsLast: NullsLastTerm): string {
  const direction = query.order === 'newest' ? 'DESC' : 'ASC';
  const sort = query.sort ?? 'day';
  const term = ({ column, nullable }: { column: string; nullable: boolean }) => nullsLast(column, direction, nullable);
  const byDay = `${term(SORT_COLUMNS.day)}, e.key ${direction}`;
  return `ORDER BY ${sort === 'day' ? '' : `${term(SORT_COLUMNS[sort])}, `}${byDay}`;
}

/** Whether the query's order needs the events' documents joined (as `documents d`). */
export function orderNeedsDocuments(query: EventQuery): boolean {
  return query.sort === 'document';
}

/** The columns a query's order reads (over `events e`, and `documents d` for `document`): its sort's column, the day and the key. */
export function orderColumns(query: EventQuery): string[] {
  return [...new Set([SORT_COLUMNS[query.sort ?? 'day'].column, 'e.day', 'e.key'])];
}
