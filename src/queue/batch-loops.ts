import type PgBoss from 'pg-boss';
import { setTimeout as sleep } from 'node:timers/promises';
import { failJobs } from './job-queue.ts';

/** Options for `startBatchLoops`. */
export interface BatchLoopOptions {
  queue: PgBoss;
  /** The queue to take jobs from. */
  name: string;
  /** Loops taking batches at once. */
  loops: number;
  /** Jobs taken in one fetch. */
  batchSize: number;
  /** Seconds a loop waits after finding the queue empty. */
  pollSeconds: number;
  /** Settles every job of a batch itself (completes it in its write transaction, or fails it); should it throw, the jobs come back when their lease runs out. */
  handle: (jobs: PgBoss.Job<unknown>[]) => Promise<void>;
  /** Where a loop reports what it could not do (a batch whose handler threw, jobs it could not hand back). */
  log: (line: string) => void;
}

/** Loops taking batches of jobs until stopped. */
export interface BatchLoops {
  /** Takes no more jobs and waits for the batches held; after `timeoutMs`, fails the jobs still held with `message` (they are retried) and returns. */
  stop(timeoutMs: number, message: string): Promise<void>;
}

/**
 * Starts loops that each fetch a batch of jobs and hand it to `handle`, fetching again at once while
 * the queue holds work and waiting `pollSeconds` when it is empty. Unlike pg-boss's `work`, a batch
 * is not completed again once handled: the handler completes its jobs in its own transaction, so a
 * batch costs one fetch and no other statement of the queue's.
 */
export function startBatchLoops(options: BatchLoopOptions): BatchLoops {
  const held = new Set<string>();
  let stopping = false;
  const idle = new AbortController(); // aborted on stop: wakes the loops waiting on an empty queue
  const loop = async () => {
    while (!stopping) {
      // pg-boss's fetch gives an empty batch when the database cannot be reached: the loop then waits and asks again
      const jobs = await options.queue.fetch(options.name, { batchSize: options.batchSize });
      if (!jobs.length) {
        await sleep(options.pollSeconds * 1000, undefined, { signal: idle.signal }).catch(() => undefined);
        continue;
      }
      for (const job of jobs) held.add(job.id);
      try {
        await options.handle(jobs);
      } catch (error) {
        // the loop goes on: an unhandled rejection would end the process with every loop
        options.log(`worker: a batch of ${jobs.length} job(s) could not be settled (they come back when their lease runs out): ${(error as Error).message}`);
      } finally {
        for (const job of jobs) held.delete(job.id);
      }
    }
  };
  const running = Promise.all(Array.from({ length: options.loops }, loop));
  return {
    async stop(timeoutMs, message) {
      stopping = true;
      idle.abort();
      let timer: NodeJS.Timeout | undefined;
      const timedOut = await Promise.race([running.then(() => false), new Promise<boolean>((resolve) => (timer = setTimeout(() => resolve(true), timeoutMs)))]);
      clearTimeout(timer);
      if (timedOut && held.size) {
        await failJobs(options.queue, options.name, [...held], message).catch((error: Error) =>
          options.log(`worker: could not hand back ${held.size} job(s) at stop (they come back when their lease runs out): ${error.message}`),
        );
      }
    },
  };
}
