// The server's time per statement (pg_stat_statements), for bench:scale --statements: which of the
// workers' statements the database spends its CPU on, per document coded.
import type postgres from 'postgres';

/** Settings of a cluster that counts its statements' execution and planning times (top-level statements; a trigger's counts as its statement's). */
export const STATEMENT_TIME_SETTINGS: Record<string, string> = {
  shared_preload_libraries: 'pg_stat_statements',
  'pg_stat_statements.track_planning': 'on',
  'pg_stat_statements.max': '1000',
};

/** One statement's share of a run: its text (shortened), and per document its calls and the server's milliseconds executing and planning it. */
export interface StatementTime {
  statement: string;
  calls: number;
  exec_ms: number;
  plan_ms: number;
}

/** Starts counting anew (the extension created in the run's database if missing): call before the timed work. */
export async function resetStatementTimes(sql: postgres.Sql): Promise<void> {
  await sql.unsafe('CREATE EXTENSION IF NOT EXISTS pg_stat_statements');
  await sql.unsafe('SELECT pg_stat_statements_reset()');
}

/** The statements run in the current database since the reset, the costliest first, per document of `documents`. */
export async function statementTimes(sql: postgres.Sql, documents: number, top = 12): Promise<StatementTime[]> {
  const rows = await sql.unsafe(
    `SELECT regexp_replace(query, '\\s+', ' ', 'g') AS query, calls::float8 AS calls, total_exec_time AS exec, total_plan_time AS plan
     FROM pg_stat_statements WHERE dbid = (SELECT oid FROM pg_database WHERE datname = current_database())
     ORDER BY total_exec_time + total_plan_time DESC LIMIT $1`,
    [top],
  );
  const per = (value: number, places = 3) => Math.round((value / documents) * 10 ** places) / 10 ** places;
  return rows.map((row) => ({ statement: (row.query as string).slice(0, 100), calls: per(row.calls as number, 2), exec_ms: per(row.exec as number), plan_ms: per(row.plan as number) }));
}
