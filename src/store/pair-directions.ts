import { sqlEventFilter, type SqlDialect } from './sql-event-filter.ts';
import type { EventQuery } from './store.ts';

/**
 * A pair's events in either direction as the union of its two directions: the events from source
 * to target, then those from target to source that the first direction does not already hold (an
 * event whose codes match both ways, `USAGOV > USAGOV` for the pair USA, USAGOV, is counted once).
 * Each direction is one seek of the pair index (events_pair, which leads with the codes' countries),
 * which both back ends read without the table when it holds every column asked for; the two directions as one
 * filter (`forward OR backward`) are read instead by collecting both ranges' rows from the table
 * (PostgreSQL's bitmap scan, SQLite's multi-index OR), a tenth of the store for a frequent pair at
 * a million events. One direction when the pair is an actor with itself; null for a query that
 * is not a pair in either direction.
 */
export function pairDirections(query: EventQuery): [EventQuery] | [EventQuery, EventQuery] | null {
  if (!query.eitherDirection || query.source === undefined || query.target === undefined) return null;
  const rest: EventQuery = { ...query, source: undefined, target: undefined, eitherDirection: undefined };
  const forward = { ...rest, source: query.source, target: query.target };
  // a pair of an actor with itself (USA, USA) is the same both ways: one direction holds every event
  if (query.source.toUpperCase() === query.target.toUpperCase()) return [forward];
  return [forward, { ...rest, source: query.target, target: query.source }];
}

/** A dialect whose parameters are numbered after `before` others (PostgreSQL's `$n`; SQLite's `?` are positional anyway). */
function numberedAfter(dialect: SqlDialect, before: number): SqlDialect {
  return { ...dialect, placeholder: (index) => dialect.placeholder(index + before) };
}

/**
 * The events a pair query in either direction picks, as a derived table `e` with `columns` (each
 * `e.<name>`) in place of `events e`: one SELECT per direction, the second leaving out what the
 * first holds, each with the query's other filters and `tail` (an ORDER BY and LIMIT, or nothing),
 * joined by UNION ALL. Null when `pairDirections` gives none. Parameters are in the order written.
 */
export function sqlPairDirections(
  query: EventQuery,
  dialect: SqlDialect,
  columns: readonly string[],
  tail = '',
): { from: string; params: unknown[] } | null {
  const directions = pairDirections(query);
  if (!directions) return null;
  const [forward, backward] = directions;
  const params: unknown[] = [];
  const select = columns.join(', ');
  const first = sqlEventFilter(forward, dialect);
  params.push(...first.params);
  const half = (where: string) => `SELECT ${select} FROM events e ${where} ${tail}`;
  if (!backward) return { from: `(${half(first.where)}) e`, params };
  const second = sqlEventFilter(backward, numberedAfter(dialect, params.length));
  params.push(...second.params);
  // the forward pair alone (its codes, none of the other filters), to leave its events out of the second half
  const forwardPair = sqlEventFilter({ source: forward.source, target: forward.target }, numberedAfter(dialect, params.length));
  params.push(...forwardPair.params);
  const notForward = `(${forwardPair.where.replace(/^WHERE /, '')}) IS NOT TRUE`;
  return {
    from: `(SELECT * FROM (${half(first.where)}) forward UNION ALL SELECT * FROM (${half(`${second.where ? `${second.where} AND` : 'WHERE'} ${notForward}`)}) backward) e`,
    params,
  };
}

/** The events a filter picks, as `sqlPairDirections` gives them, for the queries that take either. */
export function eventsWhere({ where, params }: { where: string; params: unknown[] }): { from: string; params: unknown[] } {
  return { from: `events e ${where}`, params };
}
