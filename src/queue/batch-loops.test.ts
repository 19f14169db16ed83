import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type PgBoss from 'pg-boss';
import { startBatchLoops } from './batch-loops.ts';

/** A queue that hands out `batches` in turn, then nothing; `fail` rejects as a database that is gone would. */
function fakeQueue(batches: string[][]) {
  const fetched: string[][] = [];
  const queue = {
    fetch: async () => {
      const batch = batches.shift() ?? [];
      if (batch.length) fetched.push(batch);
      return batch.map((id) => ({ id, name: 'code', data: {} }));
    },
    fail: async () => {
      throw new Error('the database went away');
    },
  } as unknown as PgBoss;
  return { queue, fetched };
}

describe('batch loops', () => {
  it('goes on taking batches after a handler throws, and says so', async () => {
    const { queue, fetched } = fakeQueue([['a', 'b'], ['c']]);
    const logged: string[] = [];
    const handled: string[][] = [];
    const loops = startBatchLoops({
      queue, name: 'code', loops: 1, batchSize: 2, pollSeconds: 0.05, log: (line) => logged.push(line),
      handle: async (jobs) => {
        handled.push(jobs.map((job) => job.id));
        if (jobs.length === 2) throw new Error('the write failed');
      },
    });
    while (handled.length < 2) await new Promise((resolve) => setTimeout(resolve, 10));
    await loops.stop(1000, 'stopped');
    assert.deepEqual(fetched, [['a', 'b'], ['c']]);
    assert.deepEqual(handled, [['a', 'b'], ['c']]);
    assert.deepEqual(logged, ['worker: a batch of 2 job(s) could not be settled (they come back when their lease runs out): the write failed']);
  });

  it('stops when the jobs it holds cannot be handed back, and says so', async () => {
    const { queue } = fakeQueue([['a']]);
    const logged: string[] = [];
    let release = () => {};
    const loops = startBatchLoops({
      queue, name: 'code', loops: 1, batchSize: 1, pollSeconds: 0.05, log: (line) => logged.push(line),
      handle: () => new Promise<void>((resolve) => (release = resolve)),
    });
    await new Promise((resolve) => setTimeout(resolve, 50));
    await loops.stop(50, 'stopped');
    release();
    assert.deepEqual(logged, ['worker: could not hand back 1 job(s) at stop (they come back when their lease runs out): the database went away']);
  });
});
