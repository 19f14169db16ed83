import PgBoss from 'pg-boss';
import { z } from 'zod';
import { ParleyError } from '../core/errors.ts';
import { redactLocation } from '../store/redact-location.ts';

/** The queue of documents to code. */
export const CODE_QUEUE = 'parley-code';
/** Where a document goes, with its last error, once every retry has failed. */
export const DEAD_LETTER_QUEUE = 'parley-code-dead';
/** The PostgreSQL schema holding the queue's tables, beside the store's. */
export const QUEUE_SCHEMA = 'parley_queue';

/** How the jobs of an enqueue are retried and leased. */
export interface JobSettings {
  /** Seconds a worker may hold a job before it counts as lost and comes back (default 300). */
  leaseSeconds: number;
  /** Retries after the first failure (default 3). */
  retries: number;
  /** Seconds before the first retry; later ones back off exponentially (default 10). */
  retryDelaySeconds: number;
}

export const DEFAULT_JOB_SETTINGS: JobSettings = { leaseSeconds: 300, retries: 3, retryDelaySeconds: 10 };

/** One document to code, as a job carries it. */
export const codeJobSchema = z.object({
  id: z.string().min(1),
  text: z.string().min(1),
  title: z.string().optional(),
  url: z.string().optional(),
  outlet: z.string().optional(),
  published: z.string().optional(),
  /** Where the ingest found it, for messages and for the store. */
  origin: z.string(),
});

/** The data of a coding job. */
export type CodeJob = z.infer<typeof codeJobSchema>;

/**
 * The job id of a text: made from its content hash, so that a text enqueued twice is one job (the
 * queue ignores an id it holds already) however many ingests find it.
 */
export function jobIdForHash(hash: string): string {
  const hex = hash.slice(0, 32).split('');
  hex[12] = '8'; // UUID version 8: made by the application
  hex[16] = ((parseInt(hex[16], 16) & 0x3) | 0x8).toString(16);
  const h = hex.join('');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}

/** Options for `openJobQueue`. */
export interface JobQueueOptions {
  /** Seconds between checks for jobs whose lease ran out (default 30); any worker may do it. */
  expiryCheckSeconds?: number;
  /** Whether this process checks for expired jobs (workers do; an enqueue does not). */
  supervise?: boolean;
  onError?: (error: Error) => void;
}

/** PostgreSQL's error code for a transaction it ended to break a deadlock. */
const DEADLOCK_DETECTED = '40P01';

/** Connects the job queue in the PostgreSQL database of a store, creating its tables and queues when missing. */
export async function openJobQueue(url: string, options: JobQueueOptions = {}): Promise<PgBoss> {
  const boss = new PgBoss({
    connectionString: url,
    schema: QUEUE_SCHEMA,
    max: 4,
    supervise: options.supervise ?? false,
    schedule: false,
    maintenanceIntervalSeconds: options.expiryCheckSeconds ?? 30,
    // finished jobs are kept a week in the archive for `parley queue status`, then dropped
    archiveCompletedAfterSeconds: 3600,
    deleteAfterDays: 7,
  });
  boss.on('error', (error) => options.onError?.(error));
  try {
    await boss.start();
    // processes opening a new database's queue at once can deadlock in pg-boss's createQueue (one
    // waits for the other's queue row, which waits for the queue table): the one the server stops tries again
    for (let attempt = 1; ; attempt++) {
      try {
        await boss.createQueue(DEAD_LETTER_QUEUE);
        await boss.createQueue(CODE_QUEUE, { name: CODE_QUEUE, deadLetter: DEAD_LETTER_QUEUE });
        await ensureFetchOrderIndex(boss);
        break;
      } catch (error) {
        if ((error as { code?: string }).code !== DEADLOCK_DETECTED || attempt === 5) throw error;
      }
    }
  } catch (error) {
    await boss.stop({ graceful: false }).catch(() => undefined);
    throw new ParleyError('STORE_UNAVAILABLE', `cannot open the job queue in ${redactLocation(url)}: ${(error as Error).message}`);
  }
  return boss;
}

/** The index `openJobQueue` adds to the queue's jobs. */
export const FETCH_ORDER_INDEX = 'parley_job_fetch_order';

/**
 * Adds an index on the waiting jobs in the order pg-boss hands them out (priority, then oldest,
 * then id), unless it is there. pg-boss 10 finds a queue's waiting jobs by its own index on
 * (name, start_after) and sorts them all to take a batch: with a backlog, every fetch read and
 * sorted the whole backlog (3 ms of the server's a fetch of 32 with 1,800 jobs waiting, growing with
 * the backlog). With this index a fetch reads its batch's entries in order and stops. The job table
 * is partitioned by queue: the index reaches every queue's partition, those created later too. An
 * advisory lock makes workers starting at once create it once.
 */
async function ensureFetchOrderIndex(boss: PgBoss): Promise<void> {
  await boss.getDb().executeSql(
    `DO $index$ BEGIN
       PERFORM pg_advisory_xact_lock(7140003);
       IF to_regclass('${QUEUE_SCHEMA}.${FETCH_ORDER_INDEX}') IS NULL THEN
         CREATE INDEX ${FETCH_ORDER_INDEX} ON ${QUEUE_SCHEMA}.job (name, priority DESC, created_on, id) WHERE state < 'active';
       END IF;
     END $index$`,
    [],
  );
}

/** pg-boss's `complete` and `fail` for many jobs with data, which its type declarations leave out (the data would be taken for the options). */
type SettleJobs = (name: string, ids: string[], data: object | null, options?: { db: PgBoss.Db }) => Promise<unknown>;

/** Fails jobs of a queue with a message, recorded as their output (each is retried, then dead-lettered). */
export async function failJobs(queue: PgBoss, name: string, ids: string[], message: string): Promise<void> {
  await (queue.fail.bind(queue) as unknown as SettleJobs)(name, ids, { message });
}

/** Marks jobs of a queue done on `db`: a store transaction, so that they are done if and only if it commits. */
export async function completeJobs(queue: PgBoss, name: string, ids: string[], db: PgBoss.Db): Promise<void> {
  await (queue.complete.bind(queue) as unknown as SettleJobs)(name, ids, null, { db });
}
