import type PgBoss from 'pg-boss';
import { MAX_TEXT_LENGTH } from '../coder.ts';
import { MAX_INGEST_INPUT_BYTES } from '../ingest/ingest.ts';
import type { IngestProblem } from '../ingest/item.ts';
import { readInputs, type SourceOptions } from '../ingest/sources.ts';
import { contentHash } from '../store/minhash.ts';
import type { EventStore } from '../store/store.ts';
import { CODE_QUEUE, DEFAULT_JOB_SETTINGS, jobIdForHash, QUEUE_SCHEMA, type CodeJob, type JobSettings } from './job-queue.ts';

/** Options for `enqueueInputs`. */
export interface EnqueueOptions {
  inputs: readonly string[];
  source?: Partial<SourceOptions>;
  /** The store the workers write to: texts it holds already are not queued. */
  store: EventStore;
  queue: PgBoss;
  jobs?: Partial<JobSettings>;
  /** Jobs sent to the queue at once (default 500). */
  batchSize?: number;
  onProblem?: (problem: IngestProblem) => void;
  onProgress?: (stats: EnqueueStats) => void;
}

/** What an enqueue did. */
export interface EnqueueStats {
  read: number;
  /** Jobs added to the queue. */
  queued: number;
  /** Texts the store holds already, or that came earlier in this run. */
  alreadyStored: number;
  /** Texts with a job in the queue already (waiting, running or finished lately). */
  alreadyQueued: number;
  problems: number;
}

/**
 * Reads the inputs (files, folders, feeds, pages) as `parley ingest` does and puts one coding job
 * per new text on the queue, for `parley worker` processes to code. A job's id comes from its
 * text, so enqueueing the same inputs again adds nothing.
 */
export async function enqueueInputs(options: EnqueueOptions): Promise<EnqueueStats> {
  const settings = { ...DEFAULT_JOB_SETTINGS, ...options.jobs };
  const batchSize = options.batchSize ?? 500;
  const stats: EnqueueStats = { read: 0, queued: 0, alreadyStored: 0, alreadyQueued: 0, problems: 0 };
  const seen = new Set<string>();
  const idsSeen = new Set<string>();
  let batch: { id: string; hash: string; data: CodeJob }[] = [];

  const flush = async () => {
    if (!batch.length) return;
    const jobs = batch;
    batch = [];
    const stored = await options.store.knownHashes(jobs.map((job) => job.hash));
    const fresh = jobs.filter((job) => !stored.has(job.hash));
    stats.alreadyStored += jobs.length - fresh.length;
    const held = await jobsHeld(options.queue, fresh.map((job) => job.id));
    const toSend = fresh.filter((job) => !held.has(job.id));
    stats.alreadyQueued += fresh.length - toSend.length;
    await options.queue.insert(
      toSend.map((job) => ({
        id: job.id,
        name: CODE_QUEUE,
        data: job.data,
        expireInSeconds: settings.leaseSeconds,
        retryLimit: settings.retries,
        retryDelay: settings.retryDelaySeconds,
        retryBackoff: true,
      })),
    );
    stats.queued += toSend.length;
    options.onProgress?.({ ...stats });
  };

  const entries = readInputs(options.inputs, { maxInputBytes: MAX_INGEST_INPUT_BYTES, maxTextLength: MAX_TEXT_LENGTH, followLinks: false, ...options.source });
  for await (const entry of entries) {
    if (entry.kind === 'problem') {
      stats.problems++;
      options.onProblem?.(entry);
      continue;
    }
    stats.read++;
    const hash = contentHash(entry.text);
    if (seen.has(hash)) {
      stats.alreadyStored++;
      continue;
    }
    seen.add(hash);
    // another text under a name taken already (report.txt in two folders) gets part of its hash, as in `ingest`
    const id = entry.idFromName && (idsSeen.has(entry.id) || (await options.store.getDocument(entry.id))) ? `${entry.id}~${hash.slice(0, 8)}` : entry.id;
    idsSeen.add(id);
    const data: CodeJob = { id, text: entry.text, title: entry.title, url: entry.url, outlet: entry.outlet, published: entry.published, origin: entry.storedOrigin ?? entry.origin };
    batch.push({ id: jobIdForHash(hash), hash, data });
    if (batch.length >= batchSize) await flush();
  }
  await flush();
  if (stats.queued) await refreshQueueStatistics(options.queue);
  return stats;
}

/**
 * Has the server count the coding queue's jobs anew (ANALYZE of its table; a sample, so bounded
 * whatever the backlog). Until its autovacuum does it, up to a minute later, a table filled since
 * its last count looks nearly empty to the planner, which then reads and sorts every waiting job on
 * each fetch instead of taking the batch in order from the fetch-order index (see `openJobQueue`).
 */
async function refreshQueueStatistics(queue: PgBoss): Promise<void> {
  const db = queue.getDb();
  const { rows } = await db.executeSql(`SELECT partition_name FROM ${QUEUE_SCHEMA}.queue WHERE name = $1`, [CODE_QUEUE]);
  const table = (rows as { partition_name: string }[])[0]?.partition_name;
  if (table) await db.executeSql(`ANALYZE ${QUEUE_SCHEMA}."${table.replaceAll('"', '""')}"`, []);
}

/** The ids among `ids` that the queue holds a job for (in any state, archived ones included). */
async function jobsHeld(queue: PgBoss, ids: string[]): Promise<Set<string>> {
  if (!ids.length) return new Set();
  const { rows } = await queue
    .getDb()
    .executeSql(`SELECT id::text FROM ${QUEUE_SCHEMA}.job WHERE name = $1 AND id = ANY($2::uuid[]) UNION SELECT id::text FROM ${QUEUE_SCHEMA}.archive WHERE name = $1 AND id = ANY($2::uuid[])`, [
      CODE_QUEUE,
      ids,
    ]);
  return new Set(rows.map((row: { id: string }) => row.id));
}
