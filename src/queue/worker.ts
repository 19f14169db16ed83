import type PgBoss from 'pg-boss';
import type { TransactionSql } from 'postgres';
import { setImmediate as nextTurn } from 'node:timers/promises';
import { createCoder } from '../coder.ts';
import { isParleyError } from '../core/errors.ts';
import { createCodingPool, type DocumentCoder } from '../ingest/coding-pool.ts';
import type { MergeOptions } from '../store/merge.ts';
import { contentHash } from '../store/minhash.ts';
import { openPostgresStore } from '../store/postgres/postgres-store.ts';
import { prepared } from '../store/postgres/prepared.ts';
import type { DocumentRecord } from '../store/store.ts';
import { startBatchLoops } from './batch-loops.ts';
import { CODE_QUEUE, codeJobSchema, completeJobs, failJobs, openJobQueue, type CodeJob } from './job-queue.ts';

/**
 * Jobs a worker's loop takes at once and writes in one transaction. A batch pays one fetch, one
 * transaction and a dozen statements whatever its size. A document takes 18 write-lock keys (its
 * bands, text and id) and one per distinct merge key of its events: 32 news leads lock about 600,
 * under the 1,000 past which a batch locks every write (write-locks.ts); long documents with many
 * events go past it, and then a smaller `--batch-size` keeps writers apart.
 */
export const DEFAULT_BATCH_SIZE = 32;

/** Options for `startWorker`. */
export interface WorkerOptions {
  /** The PostgreSQL store (and queue): postgres://… */
  url: string;
  /** Documents coded at once (default 1): one is coded on the main thread, more each in a worker thread of their own. */
  concurrency?: number;
  /** The coder; default: the main thread's own for a concurrency of 1, else a pool of `concurrency` worker threads. */
  coder?: DocumentCoder;
  dictionaries?: string[];
  /** Jobs taken from the queue at once by each of the worker's loops, and written in one transaction (default `DEFAULT_BATCH_SIZE`). */
  batchSize?: number;
  merge?: MergeOptions;
  /** Seconds between checks for jobs whose lease ran out (default 30). */
  expiryCheckSeconds?: number;
  /** Seconds between polls of an empty queue (default 1). */
  pollSeconds?: number;
  log?: (message: string) => void;
}

/** Running totals of a worker. */
export interface WorkerStats {
  /** Jobs finished: coded and stored, or found stored already. */
  done: number;
  coded: number;
  stored: number;
  /** Jobs whose text the store held already (a job delivered twice, or a text stored by another ingest). */
  alreadyStored: number;
  events: number;
  /** Job attempts that failed (each is retried, then dead-lettered). */
  failed: number;
  elapsedMs: number;
}

/** A worker taking jobs from the queue until it is stopped. */
export interface RunningWorker {
  stats(): WorkerStats;
  /** Stops taking jobs, finishes those it holds (or, after `timeoutMs`, hands them back to the queue), and closes. */
  stop(timeoutMs?: number): Promise<WorkerStats>;
}

/**
 * Starts a worker: it takes coding jobs from the queue in the store's database, codes them (on its
 * main thread with a concurrency of 1, else in worker threads), and writes each batch's documents and the completion of their jobs in one
 * transaction. Delivery is at least once (a job whose worker died comes back when its lease runs
 * out); writes are idempotent (a text stored already is not coded again), so every document is
 * stored once. A job that fails is retried with backoff, then moved to the dead-letter queue with its error.
 */
export async function startWorker(options: WorkerOptions): Promise<RunningWorker> {
  const log = options.log ?? (() => {});
  const concurrency = Math.max(1, options.concurrency ?? 1);
  const store = openPostgresStore(options.url, { merge: options.merge, maxConnections: concurrency + 3 });
  await store.counts(); // connects and migrates, or fails here with a clear error
  const queue = await openJobQueue(options.url, { supervise: true, expiryCheckSeconds: options.expiryCheckSeconds, onError: (error) => log(`worker: queue error: ${error.message}`) });
  // one coding thread is the main thread: no worker thread (its own copy of the models, a copy of each
  // text and coded document between threads), and the other loop fetches and writes between its documents
  const onMainThread = !options.coder && concurrency === 1;
  const coder: DocumentCoder = options.coder ?? (onMainThread ? createCoder({ dictionaries: options.dictionaries }) : createCodingPool({ workers: concurrency, dictionaries: options.dictionaries }));
  // jobs are taken only once every coding thread has loaded its model, so that no lease runs while a model loads
  try {
    await Promise.all(Array.from({ length: concurrency }, () => coder.code('The minister said that talks would resume on Monday.', { id: 'warm-up' })));
  } catch (error) {
    await queue.stop({ graceful: false });
    await coder.close?.();
    await store.close();
    throw error;
  }
  const started = Date.now();
  const stats: WorkerStats = { done: 0, coded: 0, stored: 0, alreadyStored: 0, events: 0, failed: 0, elapsedMs: 0 };
  let lastLog = Date.now();

  /**
   * Codes a batch and writes it in one transaction with the completion of its jobs; a document that
   * cannot be coded fails alone. When the batch fails otherwise (a write the store refuses, the
   * database gone), its unsettled jobs are handled again one at a time, so that only a document
   * that fails alone is failed (and retried); a coder that cannot run fails the whole batch.
   */
  const handle = async (jobs: PgBoss.Job<unknown>[]): Promise<void> => {
    const settled = new Set<string>();
    const failOne = async (id: string, message: string) => {
      settled.add(id);
      stats.failed++;
      log(`worker: job ${id} failed: ${message}`);
      await failJobs(queue, CODE_QUEUE, [id], message);
    };
    try {
      await codeAndStore(jobs, settled, failOne);
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      const unsettledJobs = jobs.filter((job) => !settled.has(job.id));
      if (unsettledJobs.length > 1 && !isParleyError(error, 'MODEL_INVALID') && !isParleyError(error, 'MODEL_MISSING')) {
        // one document the store refuses must not take the rest of its batch with it on every retry
        log(`worker: a batch of ${jobs.length} job(s) failed: ${message}; writing its ${unsettledJobs.length} unsettled job(s) one at a time`);
        for (const job of unsettledJobs) await handle([job]);
        return;
      }
      const unsettled = unsettledJobs.map((job) => job.id);
      stats.failed += unsettled.length;
      log(`worker: a batch of ${jobs.length} job(s) failed: ${message}`);
      if (unsettled.length) await failJobs(queue, CODE_QUEUE, unsettled, message).catch((failure: Error) => log(`worker: could not fail the batch's jobs (they come back when their lease runs out): ${failure.message}`));
    }
  };

  const codeAndStore = async (jobs: PgBoss.Job<unknown>[], settled: Set<string>, failOne: (id: string, message: string) => Promise<void>) => {
    const valid: { id: string; data: CodeJob; hash: string }[] = [];
    for (const job of jobs) {
      const parsed = codeJobSchema.safeParse(job.data);
      if (parsed.success) valid.push({ id: job.id, data: parsed.data, hash: contentHash(parsed.data.text) });
      else await failOne(job.id, `the job's data is not a document: ${parsed.error.issues.map((issue) => `${issue.path.join('.') || 'data'}: ${issue.message}`).join('; ')}`);
    }
    const known = await store.knownHashes(valid.map((job) => job.hash));
    const codeOne = async (job: (typeof valid)[number]) => {
      try {
        return { job, document: await coder.code(job.data.text, { id: job.data.id, published: job.data.published }) };
      } catch (error) {
        // a coder that cannot run fails the whole batch (retried later); a document that cannot be coded fails alone
        if (isParleyError(error, 'MODEL_INVALID') || isParleyError(error, 'MODEL_MISSING')) throw error;
        return { job, error: error instanceof Error ? error.message : String(error) };
      }
    };
    const toCode = valid.filter((job) => !known.has(job.hash));
    const coded: Awaited<ReturnType<typeof codeOne>>[] = [];
    if (onMainThread) {
      // on the main thread, one document per turn of the event loop: the other loop's queries go out between them
      for (const job of toCode) {
        await nextTurn();
        coded.push(await codeOne(job));
      }
    } else coded.push(...(await Promise.all(toCode.map(codeOne))));
    const records: DocumentRecord[] = [];
    const recordJobs = new Map<string, string>();
    for (const result of coded) {
      if ('error' in result) {
        await failOne(result.job.id, `${result.job.data.origin}: could not be coded: ${result.error}`);
        continue;
      }
      const { data } = result.job;
      records.push({ document: result.document, title: data.title, url: data.url, outlet: data.outlet, origin: data.origin });
      recordJobs.set(data.origin, result.job.id);
    }
    stats.coded += records.length;
    const conflicted = new Map<string, string>();
    let done: string[] = [];
    const written = await store.addDocumentsAnd(records, async (tx, result) => {
      for (const conflict of result.conflicts) {
        const origin = [...recordJobs.keys()].find((key) => conflict.startsWith(`${key}: `));
        if (origin !== undefined) conflicted.set(recordJobs.get(origin) as string, conflict);
      }
      done = [...valid.filter((job) => known.has(job.hash)).map((job) => job.id), ...[...recordJobs.values()].filter((id) => !conflicted.has(id))];
      if (done.length) await completeJobs(queue, CODE_QUEUE, done, transactionDb(tx));
    });
    // committed: the jobs are done
    for (const id of done) settled.add(id);
    stats.done += done.length;
    for (const [id, conflict] of conflicted) await failOne(id, conflict);
    stats.stored += written.added;
    stats.alreadyStored += known.size + written.duplicates;
    stats.events += written.events;
    if (Date.now() - lastLog >= 10_000) {
      lastLog = Date.now();
      log(`worker: ${describeStats(current())}`);
    }
  };

  const current = () => ({ ...stats, elapsedMs: Date.now() - started });
  // one more loop than coding threads, so that a batch is being fetched or written while the others code
  const loops = startBatchLoops({ queue, name: CODE_QUEUE, loops: concurrency + 1, batchSize: options.batchSize ?? DEFAULT_BATCH_SIZE, pollSeconds: options.pollSeconds ?? 1, handle, log });
  log(`worker: taking jobs, ${describeCoding(concurrency)}`);
  return {
    stats: current,
    async stop(timeoutMs = 30_000) {
      await loops.stop(timeoutMs, 'the worker stopped before it finished this job');
      await queue.stop({ graceful: false });
      await coder.close?.();
      await store.close();
      return current();
    },
  };
}

/** Where a worker of `concurrency` codes: on its main thread (1) or in worker threads. */
export function describeCoding(concurrency: number): string {
  return concurrency === 1 ? 'coding on its main thread' : `coding in ${concurrency} worker threads`;
}

/** One line of a worker's totals. */
export function describeStats(stats: WorkerStats): string {
  const seconds = stats.elapsedMs / 1000;
  return (
    `${stats.done} job(s) done: ${stats.stored} document(s) stored with ${stats.events} event(s), ${stats.alreadyStored} stored already; ` +
    `${stats.failed} failed attempt(s); ${seconds > 0 ? (stats.coded / seconds).toFixed(1) : '0.0'} documents/s`
  );
}

/** The queue's way of running SQL, on a store transaction (so that completing jobs commits with the documents). */
function transactionDb(tx: TransactionSql): PgBoss.Db {
  return { executeSql: async (text: string, values: unknown[]) => ({ rows: [...(await prepared(tx, text, values))] }) };
}
