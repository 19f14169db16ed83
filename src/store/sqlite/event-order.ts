import { sqlEventOrder } from '../sql-event-order.ts';
import type { EventQuery } from '../store.ts';

/** The ORDER BY clause of a query's events in SQLite: a nullable column's missing values last by an `IS NULL` term before it, as the sort indexes have it. */
export function sqliteEventOrder(query: EventQuery): string {
  return sqlEventOrder(query, (column, direction, nullable) => `${nullable ? `${column} IS NULL, ` : ''}${column} ${direction}`);
}
