import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CODE_QUEUE, openJobQueue } from '../src/queue/job-queue.ts';
import { startWorker } from '../src/queue/worker.ts';
import { openStore } from '../src/store/open.ts';
import { openPostgresStore } from '../src/store/postgres/postgres-store.ts';
import type { EventStore } from '../src/store/store.ts';
import { parley } from './cli-helpers.ts';
import { fakeCoder, writeCorpus } from './ingest-helpers.ts';
import { describeWithPostgres } from './postgres-helpers.ts';
import { enqueueFile, failingCoder, statusOf, tempDir, waitFor } from './queue-helpers.ts';

const child = fileURLToPath(new URL('./queue-worker-child.ts', import.meta.url));
const bin = fileURLToPath(new URL('../bin/parley.js', import.meta.url));

/** Every merged event as the sorted ids of its reports, with its summary, sorted: equal for stores that merged alike. */
async function mergedGroups(store: EventStore): Promise<string[]> {
  const groups = new Map<number, { ids: string[]; summary: string }>();
  for (const stored of await store.queryEvents({})) {
    const group = groups.get(stored.merged.id) ?? { ids: [], summary: '' };
    group.ids.push(stored.event.id);
    const { mentions, documents, outlets, independentSources, firstDay, lastDay } = stored.merged;
    group.summary = JSON.stringify({ mentions, documents, outlets, independentSources, firstDay, lastDay });
    groups.set(stored.merged.id, group);
  }
  return [...groups.values()].map((group) => `${group.ids.sort().join(',')} ${group.summary}`).sort();
}

function startChild(url: string, delayMs: number): Promise<ChildProcess> {
  const process_ = spawn(process.execPath, ['--import', 'tsx', child, url, String(delayMs)], { stdio: ['ignore', 'pipe', 'inherit'] });
  return new Promise((resolve, reject) => {
    process_.stdout?.once('data', () => resolve(process_));
    process_.once('exit', (code) => reject(new Error(`the worker exited with ${code} before starting`)));
  });
}

function exited(process_: ChildProcess): Promise<number | null> {
  return new Promise((resolve) => (process_.exitCode !== null || process_.signalCode !== null ? resolve(process_.exitCode) : process_.once('exit', (code) => resolve(code))));
}

// needs PostgreSQL: runs on a throwaway cluster (initdb in a temporary folder, a free local port)
await describeWithPostgres('the coding queue', (cluster) => {
  describe('parley ingest --queue and parley worker', () => {
    it('codes queued documents in a worker process with worker threads, stops on SIGTERM, and stores what an SQLite ingest stores', async () => {
      const url = await cluster.createDatabase();
      const dir = tempDir();
      const corpus = join(dir, 'wire.jsonl');
      writeFileSync(
        corpus,
        [
          { id: 'w1', text: 'Egypt hosted talks between Israeli and Palestinian negotiators in Cairo on Monday, officials said.', published: '2026-11-02' },
          { id: 'w2', text: 'Russian forces shelled the Ukrainian city of Kharkiv overnight, the regional governor said on Tuesday.', published: '2026-11-03' },
          { id: 'w3', text: 'The United States imposed new sanctions on Iranian oil exports on Wednesday.', published: '2026-11-04' },
        ]
          .map((record) => JSON.stringify(record))
          .join('\n') + '\n',
      );
      const queued = parley(['ingest', '--queue', '--store', url, corpus, '--json']);
      assert.equal(queued.status, 0, queued.stderr);
      assert.equal(JSON.parse(queued.stdout).queued, 3);
      assert.equal(JSON.parse(parley(['ingest', '--queue', '--store', url, corpus, '--json']).stdout).already_queued, 3, 'the same texts are not queued twice');

      const worker = spawn(process.execPath, [bin, 'worker', '--store', url, '--concurrency', '1'], { stdio: ['ignore', 'pipe', 'pipe'] });
      let output = '';
      worker.stdout.on('data', (chunk) => (output += chunk));
      await waitFor('the worker to code three documents', async () => (await statusOf(url)).done === 3);
      worker.kill('SIGTERM');
      assert.equal(await exited(worker), 0);
      assert.match(output, /coding on its main thread;/, 'one coding thread is the main thread');
      assert.match(output, /Stopped: 3 job\(s\) done: 3 document\(s\) stored/);

      const reference = join(dir, 'reference.db');
      assert.equal(parley(['ingest', corpus, '--store', reference, '--workers', '0', '--no-progress']).status, 0);
      const [queuedStore, sqliteStore] = [openStore(url, { readonly: true }), openStore(reference, { readonly: true })];
      const ids = async (store: EventStore) => (await store.queryEvents({})).map((stored) => stored.event.id).sort();
      assert.deepEqual(await ids(queuedStore), await ids(sqliteStore));
      assert.ok((await ids(queuedStore)).length > 0);
      await Promise.all([queuedStore.close(), sqliteStore.close()]);
    });

    it('refuses --queue on an SQLite store, saying why', () => {
      const result = parley(['ingest', '--queue', '--store', 'sqlite:./never.db', 'nothing.jsonl']);
      assert.equal(result.status, 2);
      assert.match(result.stderr, /--queue: the job queue lives in a PostgreSQL store, and "sqlite:\.\/never\.db" is not one/);
    });
  });

  describe('queue workers', () => {
    it('codes every document exactly once when a worker is killed with SIGKILL mid-batch and another takes over', async () => {
      const url = await cluster.createDatabase();
      const corpus = join(tempDir(), 'corpus.jsonl');
      writeCorpus(corpus, 24);
      assert.equal((await enqueueFile(url, corpus)).queued, 24);
      const store = openPostgresStore(url);

      // each batch takes a second to code, so that the kill lands while the worker holds jobs
      const first = await startChild(url, 1000);
      await waitFor('a few documents to be stored while others are held', async () => (await store.counts()).documents >= 2 && (await statusOf(url)).active > 0);
      first.kill('SIGKILL');
      await exited(first);
      const afterKill = await statusOf(url);
      assert.ok(afterKill.active > 0, 'the killed worker held jobs');
      assert.ok((await store.counts()).documents < 24);

      const second = await startChild(url, 0);
      await waitFor('every job to be done', async () => (await statusOf(url)).done === 24, 60_000);
      second.kill('SIGTERM');
      await exited(second);

      const expected = new Set<string>();
      for (let i = 0; i < 24; i++) for (const event of (await fakeCoder().code(`${i}`, { id: `r${i}` })).events ?? []) expected.add(event.id);
      const counts = await store.counts();
      const events = (await store.queryEvents({})).map((stored) => stored.event.id);
      assert.equal(counts.documents, 24);
      assert.equal(events.length, new Set(events).size, 'no event is stored twice');
      assert.equal(events.length, 24, 'one event per report');
      await store.close();
    });

    it('merges overlapping reports written by two workers at once as one worker does', async () => {
      const corpus = join(tempDir(), 'corpus.jsonl');
      writeCorpus(corpus, 60);
      const run = async (workers: number) => {
        const url = await cluster.createDatabase();
        await enqueueFile(url, corpus);
        const running = await Promise.all(Array.from({ length: workers }, () => startWorker({ url, coder: fakeCoder(5), batchSize: 3, pollSeconds: 0.5 })));
        await waitFor('every job to be done', async () => (await statusOf(url)).done === 60);
        const stats = await Promise.all(running.map((worker) => worker.stop()));
        const store = openStore(url, { readonly: true });
        const groups = await mergedGroups(store);
        const counts = await store.counts();
        await store.close();
        return { groups, counts, stats };
      };
      const single = await run(1);
      const pair = await run(2);
      assert.ok(pair.stats.every((stats) => stats.done > 0), 'both workers took jobs');
      assert.ok(single.counts.mergedGroups > 0 && single.counts.nearDuplicates > 0, 'the corpus has merged reports and syndicated copies');
      assert.deepEqual(pair.counts, single.counts);
      assert.deepEqual(pair.groups, single.groups);
    });

    it('retries a document that fails, then keeps a dead letter with its error', async () => {
      const url = await cluster.createDatabase();
      const corpus = join(tempDir(), 'corpus.jsonl');
      writeFileSync(corpus, [JSON.stringify({ id: 'good', text: 'EGY 040 ISR in Cairo.' }), JSON.stringify({ id: 'bad', text: 'this one will fail here' })].join('\n') + '\n');
      await enqueueFile(url, corpus);
      const queue = await openJobQueue(url);
      await queue.insert([{ name: CODE_QUEUE, data: { id: 'broken' }, retryLimit: 0 }]);
      await queue.stop({ graceful: false });
      const { coder: failing, attempts } = failingCoder((text) => text.includes('fail'), 'the parser gave up');
      const worker = await startWorker({ url, coder: failing, pollSeconds: 0.5 });
      await waitFor('the failures to be dead-lettered', async () => (await statusOf(url)).failed === 2, 30_000);
      await worker.stop();
      const status = await statusOf(url);
      assert.deepEqual([status.done, status.failed, status.waiting, status.active], [1, 2, 0, 0]);
      assert.equal(attempts(), 2, 'the failing document was tried once and retried once');
      const letters = status.deadLetters.map((letter) => `${letter.origin}: ${letter.error}`).sort();
      assert.match(letters[0], /^corpus\.jsonl:2: corpus\.jsonl:2: could not be coded: the parser gave up$/);
      assert.match(letters[1], /^null: the job's data is not a document: text: /);
    });
  });
});
