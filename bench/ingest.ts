// Ingests ../shared/corpora/agnews-world.jsonl (1,900 wire-news leads) into a fresh store with the
// real coder in worker threads, and prints documents per second, events, merged events and peak
// memory. Usage: npm run bench:ingest [-- --json] [--workers N] [--corpus file] [--keep store.db]
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SHARED_ROOT } from '../src/core/paths.ts';
import { createCodingPool, defaultWorkerCount } from '../src/ingest/coding-pool.ts';
import { ingest } from '../src/ingest/ingest.ts';
import { openStore } from '../src/store/open.ts';
import { benchOptions } from './lib/bench-options.ts';

const { values } = benchOptions('bench:ingest', {
  json: { type: 'boolean', default: false },
  workers: { type: 'string' },
  corpus: { type: 'string', default: join(SHARED_ROOT, 'corpora/agnews-world.jsonl') },
  keep: { type: 'string' },
});
const workers = values.workers === undefined ? defaultWorkerCount() : Number(values.workers);
const dir = mkdtempSync(join(tmpdir(), 'parley-bench-'));
const file = values.keep ?? join(dir, 'bench.db');
const store = openStore(file);
const pool = createCodingPool({ workers });
const started = process.hrtime.bigint();
const stats = await ingest({ inputs: [values.corpus], store, coder: pool, onProblem: (entry) => process.stderr.write(`skipped ${entry.origin}: ${entry.message}\n`) });
const seconds = Number(process.hrtime.bigint() - started) / 1e9;
await pool.close();
const counts = await store.counts();
await store.close();
if (!values.keep) rmSync(dir, { recursive: true, force: true });

const result = {
  docs_per_second: Math.round((stats.coded / seconds) * 10) / 10,
  events: counts.events,
  merged_events: counts.mergedEvents,
  // resourceUsage counts the whole process, worker threads included (kilobytes)
  peak_rss_mb: Math.round(process.resourceUsage().maxRSS / 1024),
};
if (values.json) process.stdout.write(JSON.stringify(result) + '\n');
else {
  process.stdout.write(
    `${stats.coded} documents coded and stored in ${seconds.toFixed(1)} s with ${workers} worker(s): ${result.docs_per_second} docs/s\n` +
      `${counts.events} events, merged into ${counts.mergedEvents} (${counts.mergedGroups} with several reports); ${counts.nearDuplicates} near-duplicate documents\n` +
      `peak memory ${result.peak_rss_mb} MB (including model loading in every worker)\n`,
  );
}
