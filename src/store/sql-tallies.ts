import { sqlEventFilter, type SqlDialect } from './sql-event-filter.ts';
import type { EventQuery } from './store.ts';

/** The filters the kept tallies (table `event_tallies`, one row per combination of these columns) can answer; the others need the events. */
const TALLIED_FILTERS: ReadonlySet<keyof EventQuery> = new Set<keyof EventQuery>(['source', 'target', 'eitherDirection', 'root', 'ploverType', 'status', 'dated']);

/** What a count does not depend on. */
const ORDER_AND_PAGE: ReadonlySet<keyof EventQuery> = new Set<keyof EventQuery>(['sort', 'order', 'limit', 'offset']);

/**
 * The WHERE clause (over `event_tallies e`) for a query's filters when the kept tallies can count
 * what it picks (filters on actors, CAMEO root, PLOVER type, status and being dated only); null
 * when the events must be counted.
 */
export function sqlTallyFilter(query: EventQuery, dialect: SqlDialect): { where: string; params: unknown[] } | null {
  const fields = (Object.keys(query) as (keyof EventQuery)[]).filter((field) => query[field] !== undefined && !ORDER_AND_PAGE.has(field));
  if (!fields.every((field) => TALLIED_FILTERS.has(field))) return null;
  // the tallies have the events' columns of these filters under the same names, and `dated` for `day IS NOT NULL`
  const { dated, ...filters } = query;
  const { where, params } = sqlEventFilter(filters, dialect);
  if (dated === undefined) return { where, params };
  return { where: `${where ? `${where} AND` : 'WHERE'} e.dated = ${dated ? 1 : 0}`, params };
}
