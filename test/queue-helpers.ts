import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Document } from '../src/core/document.ts';
import type { DocumentCoder } from '../src/ingest/coding-pool.ts';
import { enqueueInputs } from '../src/queue/enqueue.ts';
import { openJobQueue } from '../src/queue/job-queue.ts';
import { queueStatus, type QueueStatus } from '../src/queue/queue-status.ts';
import { openPostgresStore } from '../src/store/postgres/postgres-store.ts';
import { fakeCoder } from './ingest-helpers.ts';

/** A new temporary folder. */
export function tempDir(): string {
  return mkdtempSync(join(tmpdir(), 'parley-queue-'));
}

/** Waits until `check` holds, polling; fails naming `what` after `timeoutMs`. */
export async function waitFor(what: string, check: () => Promise<boolean>, timeoutMs = 60_000): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

/** The coding queue's status in the store at `url`. */
export async function statusOf(url: string): Promise<QueueStatus> {
  const queue = await openJobQueue(url);
  try {
    return await queueStatus(queue);
  } finally {
    await queue.stop({ graceful: false });
  }
}

/** Queues a corpus file for the workers, with short leases and retries for the tests. */
export async function enqueueFile(url: string, file: string) {
  const store = openPostgresStore(url);
  const queue = await openJobQueue(url);
  try {
    return await enqueueInputs({ inputs: [file], store, queue, jobs: { leaseSeconds: 2, retries: 1, retryDelaySeconds: 0 } });
  } finally {
    await queue.stop({ graceful: false });
    await store.close();
  }
}

/** The fake coder, failing with `message` on the texts `fails` picks; `attempts` counts those tries. */
export function failingCoder(fails: (text: string) => boolean, message: string): { coder: DocumentCoder; attempts: () => number } {
  let attempts = 0;
  const coder: DocumentCoder = {
    code: (text, options): Promise<Document> => {
      if (!fails(text)) return Promise.resolve(fakeCoder().code(text, options));
      attempts++;
      return Promise.reject(new Error(message));
    },
  };
  return { coder, attempts: () => attempts };
}
