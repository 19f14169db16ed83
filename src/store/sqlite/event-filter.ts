import { sqlEventFilter, type SqlDialect } from '../sql-event-filter.ts';
import type { EventQuery } from '../store.ts';
import { textMatchExpression } from './text-match.ts';

/** SQLite's side of the event filter: `?` parameters and an FTS5 match. */
export const SQLITE_DIALECT: SqlDialect = {
  placeholder: () => '?',
  textMatch: (text, param) => `e.document IN (SELECT rowid FROM documents_fts WHERE documents_fts MATCH ${param(textMatchExpression(text))})`,
};

/** The WHERE clause (over `events e`) for a query's filters, with its parameters. */
export function eventFilter(query: EventQuery): { where: string; params: unknown[] } {
  return sqlEventFilter(query, SQLITE_DIALECT);
}
