import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import type { Document } from '../src/core/document.ts';
import { ParleyError } from '../src/core/errors.ts';
import type { DocumentCoder } from '../src/ingest/coding-pool.ts';
import { startWorker } from '../src/queue/worker.ts';
import { openPostgresStore } from '../src/store/postgres/postgres-store.ts';
import { fakeCoder, writeCorpus } from './ingest-helpers.ts';
import { describeWithPostgres } from './postgres-helpers.ts';
import { enqueueFile, failingCoder, statusOf, tempDir, waitFor } from './queue-helpers.ts';

/** A queue of `count` reports (r0, r1, …) on a new database; its URL. */
async function queuedReports(createDatabase: () => Promise<string>, count: number): Promise<string> {
  const url = await createDatabase();
  const corpus = join(tempDir(), 'corpus.jsonl');
  writeCorpus(corpus, count);
  assert.equal((await enqueueFile(url, corpus)).queued, count);
  return url;
}

/** The moments the documents were stored: one per write transaction. */
async function ingestTimes(url: string, ids: string[]): Promise<Set<string>> {
  const store = openPostgresStore(url);
  try {
    const documents = await Promise.all(ids.map((id) => store.getDocument(id)));
    assert.ok(documents.every(Boolean), 'every document is stored');
    return new Set(documents.map((stored) => stored?.ingestedAt as string));
  } finally {
    await store.close();
  }
}

// needs PostgreSQL: runs on a throwaway cluster (initdb in a temporary folder, a free local port)
await describeWithPostgres('batches of queue jobs', (cluster) => {
  describe('a worker taking jobs in batches', () => {
    it('writes a batch in one transaction, and a document that cannot be coded fails alone', async () => {
      const url = await queuedReports(() => cluster.createDatabase(), 6);
      const { coder, attempts } = failingCoder((text) => text.startsWith('Report number 2 '), 'no sentence could be parsed');
      const worker = await startWorker({ url, coder, batchSize: 6, pollSeconds: 0.2 });
      await waitFor('five jobs done and one dead-lettered', async () => {
        const status = await statusOf(url);
        return status.done === 5 && status.failed === 1;
      });
      const stats = await worker.stop();
      assert.equal(attempts(), 2, 'the bad document was tried, then retried once');
      assert.deepEqual([stats.done, stats.stored, stats.failed], [5, 5, 2]);
      assert.equal((await ingestTimes(url, ['r0', 'r1', 'r3', 'r4', 'r5'])).size, 1, 'the five good documents were written by one transaction');
      const [letter] = (await statusOf(url)).deadLetters;
      assert.match(letter.error, /could not be coded: no sentence could be parsed$/);
    });

    it('writes the rest of a batch when the store refuses one of its documents, and fails that one alone', async () => {
      const url = await queuedReports(() => cluster.createDatabase(), 5);
      // a coded document whose text PostgreSQL cannot hold (a NUL character): its write fails
      const coder: DocumentCoder = {
        code: async (text, options) => {
          const document = await fakeCoder().code(text, options);
          return text.startsWith('Report number 3 ') ? { ...document, text: `${document.text}\u0000` } : document;
        },
      };
      const logged: string[] = [];
      const worker = await startWorker({ url, coder, batchSize: 5, pollSeconds: 0.2, log: (line) => logged.push(line) });
      await waitFor('four jobs done and one dead-lettered', async () => {
        const status = await statusOf(url);
        return status.done === 4 && status.failed === 1;
      });
      const stats = await worker.stop();
      assert.deepEqual([stats.done, stats.stored], [4, 4]);
      assert.ok(logged.some((line) => /a batch of 5 job\(s\) failed: .*; writing its 5 unsettled job\(s\) one at a time/.test(line)), logged.join('\n'));
      assert.equal((await statusOf(url)).deadLetters.length, 1);
      assert.equal(await ingestTimes(url, ['r0', 'r1', 'r2', 'r4']).then((times) => times.size > 0), true, 'the four good documents are stored');
    });

    it('fails a whole batch when its coder cannot run, and stores every document once when the batch is retried', async () => {
      const url = await queuedReports(() => cluster.createDatabase(), 4);
      let reports = 0;
      const coder: DocumentCoder = {
        code: (text, options): Promise<Document> => {
          if (text.startsWith('Report number ')) reports++;
          if (reports === 1) return Promise.reject(new ParleyError('MODEL_MISSING', 'the tagger model is not there yet'));
          return Promise.resolve(fakeCoder().code(text, options));
        },
      };
      const logged: string[] = [];
      const worker = await startWorker({ url, coder, batchSize: 4, pollSeconds: 0.2, log: (line) => logged.push(line) });
      await waitFor('the four jobs to be done on their retry', async () => (await statusOf(url)).done === 4);
      const stats = await worker.stop();
      assert.deepEqual([stats.done, stats.stored, stats.failed], [4, 4, 4], 'the first attempt failed all four jobs, the retry stored them');
      assert.ok(logged.some((line) => /a batch of 4 job\(s\) failed: the tagger model is not there yet/.test(line)), logged.join('\n'));
      const store = openPostgresStore(url);
      const counts = await store.counts();
      await store.close();
      assert.deepEqual([counts.documents, counts.events], [4, 4], 'each document and its event stored once');
      assert.equal((await statusOf(url)).failed, 0, 'nothing was dead-lettered');
    });

    it('hands the jobs it holds back to the queue when they are not finished within the stop timeout', async () => {
      const url = await queuedReports(() => cluster.createDatabase(), 3);
      const slow = await startWorker({ url, coder: fakeCoder(4000), batchSize: 3, pollSeconds: 0.2 });
      await waitFor('the slow worker to hold the three jobs', async () => (await statusOf(url)).active === 3);
      const stopping = Date.now();
      await slow.stop(300);
      assert.ok(Date.now() - stopping < 3000, 'the stop did not wait for the coder');
      const handedBack = await statusOf(url);
      assert.deepEqual([handedBack.active, handedBack.done, handedBack.retrying], [0, 0, 3]);

      const quick = await startWorker({ url, coder: fakeCoder(), batchSize: 3, pollSeconds: 0.2 });
      await waitFor('the three jobs to be done by another worker', async () => (await statusOf(url)).done === 3);
      assert.equal((await quick.stop()).stored, 3);
    });
  });
});
