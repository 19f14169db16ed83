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

/**
 * The SQL of `EventStore.countBy` in both back ends, for a filter's WHERE clause (over `events e`,
 * its parameters read once, in order): rows of `value` and `events`, most first, then by value (none last).
 */
export function sqlBreakdown(where: string, by: Breakdown, limit: number): string {
  let grouped: string;
  if (by === 'actor') {
    // each event once per actor: its first source, and its first target when that is another code
    grouped = `WITH picked AS (SELECT e.source_code, e.target_code FROM events e ${where})
      SELECT code AS value, count(*) AS events FROM (
        SELECT source_code AS code FROM picked WHERE source_code IS NOT NULL
        UNION ALL
        SELECT target_code FROM picked WHERE target_code IS NOT NULL AND (source_code IS NULL OR target_code <> source_code)
      ) sides GROUP BY code`;
  } else if (by === 'pair') {
    grouped = `SELECT e.source_code || ' ' || e.target_code AS value, count(*) AS events FROM events e ${where ? `${where} AND` : 'WHERE'} e.source_code IS NOT NULL AND e.target_code IS NOT NULL GROUP BY 1`;
  } else {
    grouped = `SELECT ${BREAKDOWN_VALUES[by]} AS value, count(*) AS events FROM events e ${where} GROUP BY 1`;
  }
  return `SELECT value, CAST(events AS INTEGER) AS events FROM (${grouped}) counted ORDER BY events DESC, value IS NULL, value LIMIT ${Math.max(0, Math.floor(limit))}`;
}
