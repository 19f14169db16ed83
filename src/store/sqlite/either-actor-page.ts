import { orderNeedsDocuments, sqlEventOrder } from '../sql-event-order.ts';
import type { EventQuery } from '../store.ts';
import { eventFilter } from './event-filter.ts';

/**
 * The keys of a page of one actor's events in either direction, as two halves: the page from the
 * events it is the source of (read from the `events_pair` index) and the page from those it is the
 * target of (`events_target`), each cut to offset + limit in its own order, then merged and cut
 * again. SQLite answers the filter `source OR target` otherwise by collecting both index ranges and
 * reading every event of them from the table before it sorts: a frequent actor's page then reads
 * a fifth of a million-event store. Null for other queries, which the plain statement serves.
 */
export function eitherActorPage(query: EventQuery): { sql: string; params: unknown[] } | null {
  const oneActor = (query.source === undefined) !== (query.target === undefined);
  if (!query.eitherDirection || !oneActor || query.limit === undefined || orderNeedsDocuments(query)) return null;
  const actor = (query.source ?? query.target) as string;
  const limit = Math.max(0, Math.floor(query.limit));
  const offset = Math.max(0, Math.floor(query.offset ?? 0));
  // the columns the order reads, selected by each half under their own names, for the merge to sort by
  const columns = new Set(['e.key']);
  const order = sqlEventOrder(query, (column, direction) => {
    columns.add(column);
    return `${column} IS NULL, ${column} ${direction}`;
  });
  const select = [...columns].map((column) => `${column} AS ${column.slice(2)}`).join(', ');
  const rest: EventQuery = { ...query, source: undefined, target: undefined, eitherDirection: false };
  const halves = [eventFilter({ ...rest, source: actor }), eventFilter({ ...rest, target: actor })];
  // an event with the actor on both sides is in both halves, with the same values: UNION keeps it once
  const half = ({ where }: { where: string }) => `SELECT * FROM (SELECT ${select} FROM events e ${where} ${order} LIMIT ${offset + limit})`;
  return {
    sql: `SELECT e.key FROM (${halves.map(half).join(' UNION ')}) e ${order} LIMIT ${limit} OFFSET ${offset}`,
    params: halves.flatMap((filter) => filter.params),
  };
}
