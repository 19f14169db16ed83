import type PgBoss from 'pg-boss';
import { CODE_QUEUE, DEAD_LETTER_QUEUE, QUEUE_SCHEMA } from './job-queue.ts';

/** A document that failed every retry, with its last error. */
export interface DeadLetter {
  id: string;
  origin: string | null;
  error: string;
  failedAt: string;
}

/** What the coding queue holds. */
export interface QueueStatus {
  /** Jobs waiting for a worker, retries included. */
  waiting: number;
  /** Of those, jobs waiting to be retried after a failure. */
  retrying: number;
  /** Jobs a worker holds now. */
  active: number;
  /** Jobs finished (kept for a week). */
  done: number;
  /** Jobs that failed every retry; each has a dead letter. */
  failed: number;
  /** The latest dead letters, newest first. */
  deadLetters: DeadLetter[];
}

/** Counts the coding jobs by state and lists the latest dead letters (at most `limit`; none, and no query for them, with 0). */
export async function queueStatus(queue: PgBoss, limit = 20): Promise<QueueStatus> {
  const db = queue.getDb();
  const { rows } = await db.executeSql(
    `SELECT state::text, count(*)::int AS jobs FROM (
       SELECT state FROM ${QUEUE_SCHEMA}.job WHERE name = $1 UNION ALL SELECT state FROM ${QUEUE_SCHEMA}.archive WHERE name = $1
     ) jobs GROUP BY state`,
    [CODE_QUEUE],
  );
  const count = (state: string) => (rows as { state: string; jobs: number }[]).find((row) => row.state === state)?.jobs ?? 0;
  const dead = limit <= 0 ? { rows: [] } : await db.executeSql(
    `SELECT id::text, data->>'origin' AS origin, output, created_on FROM (
       SELECT id, data, output, created_on FROM ${QUEUE_SCHEMA}.job WHERE name = $1 UNION ALL SELECT id, data, output, created_on FROM ${QUEUE_SCHEMA}.archive WHERE name = $1
     ) letters ORDER BY created_on DESC LIMIT $2`,
    [DEAD_LETTER_QUEUE, limit],
  );
  return {
    waiting: count('created') + count('retry'),
    retrying: count('retry'),
    active: count('active'),
    done: count('completed'),
    failed: count('failed'),
    deadLetters: (dead.rows as { id: string; origin: string | null; output: unknown; created_on: Date }[]).map((row) => ({
      id: row.id,
      origin: row.origin,
      error: errorMessage(row.output),
      failedAt: new Date(row.created_on).toISOString(),
    })),
  };
}

/** The message of a job's output: `{message}` as the worker fails jobs, or an error the queue recorded. */
function errorMessage(output: unknown): string {
  if (output && typeof output === 'object') {
    const record = output as { message?: unknown; value?: { message?: unknown } };
    if (typeof record.message === 'string') return record.message;
    if (typeof record.value?.message === 'string') return record.value.message;
  }
  return JSON.stringify(output);
}
