import { STATUS_VALUE } from './sql-event-filter.ts';
import type { Breakdown } from './store.ts';

/** The expression (over `events e`) each single-column breakdown groups by. */
const BREAKDOWN_VALUES: Record<Exclude<Breakdown, 'actor' | 'pair'>, string> = {
  quadClass: 'CAST(e.quad_class AS TEXT)',
  plover: 'e.plover_type',
  status: STATUS_VALUE,
  root: 'e.cameo_root',
  source: 'e.source_code',
  target: 'e.target_code',
};

/** What a breakdown counts: the events themselves, or the kept tallies (`event_tallies`, each row the number of events of one combination). */
export type CountedRows = 'events' | 'tallies';

/** The table (as `e`) and the number of events each of its rows stands for. */
const COUNTED: Record<CountedRows, { from: string; weight: string }> = {
  events: { from: 'events e', weight: '1' },
  tallies: { from: 'event_tallies e', weight: 'e.events' },
};

/**
 * The SQL of `EventStore.countBy` in both back ends, for a filter's WHERE clause (over `e`, its
 * parameters read once, in order): rows of `value` and `events`, most first, then by value (none last).
 */
export function sqlBreakdown(where: string, by: Breakdown, limit: number, rows: CountedRows = 'events'): string {
  const { from, weight } = COUNTED[rows];
  let grouped: string;
  if (by === 'actor') {
    // each event once per actor: its first source, and its first target when that is another code
    grouped = `WITH picked AS (SELECT e.source_code, e.target_code, ${weight} AS n FROM ${from} ${where})
      SELECT code AS value, sum(n) AS events FROM (
        SELECT source_code AS code, n FROM picked WHERE source_code IS NOT NULL
        UNION ALL
        SELECT target_code, n FROM picked WHERE target_code IS NOT NULL AND (source_code IS NULL OR target_code <> source_code)
      ) sides GROUP BY code`;
  } else if (by === 'pair') {
    grouped = `SELECT e.source_code || ' ' || e.target_code AS value, sum(${weight}) AS events FROM ${from} ${where ? `${where} AND` : 'WHERE'} e.source_code IS NOT NULL AND e.target_code IS NOT NULL GROUP BY 1`;
  } else {
    grouped = `SELECT ${BREAKDOWN_VALUES[by]} AS value, sum(${weight}) AS events FROM ${from} ${where} GROUP BY 1`;
  }
  return `SELECT value, CAST(events AS INTEGER) AS events FROM (${grouped}) counted ORDER BY events DESC, value IS NULL, value LIMIT ${Math.max(0, Math.floor(limit))}`;
}

/** The SQL of `EventStore.countEvents` in both back ends: one row, `events`. */
export function sqlCount(where: string, rows: CountedRows = 'events'): string {
  return rows === 'events' ? `SELECT CAST(count(*) AS INTEGER) AS events FROM events e ${where}` : `SELECT CAST(coalesce(sum(e.events), 0) AS INTEGER) AS events FROM event_tallies e ${where}`;
}
