import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { CODE_QUEUE, FETCH_ORDER_INDEX, openJobQueue, QUEUE_SCHEMA } from '../src/queue/job-queue.ts';
import { writeCorpus } from './ingest-helpers.ts';
import { describeWithPostgres } from './postgres-helpers.ts';
import { enqueueFile, tempDir } from './queue-helpers.ts';

// needs PostgreSQL: runs on a throwaway cluster (initdb in a temporary folder, a free local port)
await describeWithPostgres('opening the job queue, and the order it hands out its jobs', (cluster) => {
  describe('opening the queue of a new database', () => {
    it('works when several processes open it at once', async () => {
      // pg-boss's createQueue deadlocked about every other time two processes opened a new database's queue at once
      for (let round = 0; round < 6; round++) {
        const url = await cluster.createDatabase();
        const queues = await Promise.all([openJobQueue(url), openJobQueue(url), openJobQueue(url)]);
        await Promise.all(queues.map((queue) => queue.stop({ graceful: false })));
      }
    });
  });

  describe('a fetch from a backlog', () => {
    it('reads its batch from the fetch-order index, not the whole backlog, once the jobs are queued', async () => {
      const url = await cluster.createDatabase();
      const queue = await openJobQueue(url);
      try {
        const corpus = join(tempDir(), 'corpus.jsonl');
        writeCorpus(corpus, 3000);
        // queued as `parley ingest --queue` does: the queue's statistics are counted anew after it, so that the plan below is the one a worker gets
        assert.equal((await enqueueFile(url, corpus)).queued, 3000);
        const db = queue.getDb();
        // pg-boss 10's fetch: the waiting jobs of a queue, highest priority, then oldest, then by id; the rows each scan read
        const fetchPlan = async () => {
          const { rows } = (await db.executeSql(
            `EXPLAIN (ANALYZE, FORMAT JSON) SELECT id FROM ${QUEUE_SCHEMA}.job WHERE name = $1 AND state < 'active' AND start_after < now()
             ORDER BY priority desc, created_on, id LIMIT 32 FOR UPDATE SKIP LOCKED`,
            [CODE_QUEUE],
          )) as { rows: { 'QUERY PLAN': unknown }[] };
          const plan = JSON.stringify(rows[0]['QUERY PLAN']);
          return { plan, read: [...plan.matchAll(/"Node Type":"[A-Za-z ]*Scan".*?"Actual Rows":(\d+)/g)].map((match) => Number(match[1])) };
        };
        // the index as the code queue's partition holds it
        const { rows: partitionIndexes } = (await db.executeSql(
          `SELECT c.relname FROM pg_inherits i JOIN pg_class c ON c.oid = i.inhrelid WHERE i.inhparent = '${QUEUE_SCHEMA}.${FETCH_ORDER_INDEX}'::regclass`,
          [],
        )) as { rows: { relname: string }[] };
        const withIndex = await fetchPlan();
        assert.ok(partitionIndexes.some(({ relname }) => withIndex.plan.includes(`"Index Name":"${relname}"`)), withIndex.plan);
        assert.ok(withIndex.read.length && withIndex.read.every((count) => count <= 32), `the fetch read ${withIndex.read.join(', ')} jobs, not its batch of 32`);
        // without it, pg-boss's own index gives every waiting job to a sort
        await db.executeSql(`DROP INDEX ${QUEUE_SCHEMA}.${FETCH_ORDER_INDEX}`, []);
        const without = await fetchPlan();
        assert.ok(without.read.includes(3000), without.plan);
      } finally {
        await queue.stop({ graceful: false });
      }
    });
  });
});
