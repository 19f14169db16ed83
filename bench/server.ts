// Throughput and latency of the coding route: POSTs of the example report to /api/code on a
// server started here on 127.0.0.1 (loopback only), under a bounded load: a fixed number of
// clients, each sending its next request when the previous one is answered, for a fixed time.
// Then the dashboard's reads on a store of the 1,900 AG News leads (ingested here, or --store
// FILE from `npm run bench:ingest -- --keep FILE`): the events page (GET /api/events, 50 rows with
// their total) and the overview (GET /api/overview), under a mix of filters, p50 and p99.
// A dashboard page sends a few requests at once, so the reads run with --read-clients (default 4).
// Usage: npm run bench:server [-- --json] [--seconds 10] [--clients 8] [--read-clients 4] [--workers n] [--store FILE]
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { SHARED_ROOT } from '../src/core/paths.ts';
import { createCodingPool } from '../src/ingest/coding-pool.ts';
import { ingest } from '../src/ingest/ingest.ts';
import { startServer } from '../src/server/start.ts';
import { openStore } from '../src/store/open.ts';
import { EXAMPLE_REPORT } from '../test/server-helpers.ts';

function option(name: string, fallback: number): number {
  const index = process.argv.indexOf(`--${name}`);
  const value = index >= 0 ? Number(process.argv[index + 1]) : fallback;
  if (!Number.isFinite(value) || value < 0) throw new Error(`--${name}: expected a number, got "${process.argv[index + 1]}"`);
  return value;
}

const asJson = process.argv.includes('--json');
const seconds = option('seconds', 10);
const clients = Math.max(1, Math.min(64, option('clients', 8)));
const readClients = Math.max(1, Math.min(64, option('read-clients', 4)));
const workers = option('workers', Math.min(4, availableParallelism()));
const warmupRequests = 20;
const storeIndex = process.argv.indexOf('--store');
const storeFile = storeIndex >= 0 ? process.argv[storeIndex + 1] : undefined;
const CORPUS = join(SHARED_ROOT, 'corpora/agnews-world.jsonl');

/** The filters of the events page and the overview the read benchmark cycles through. */
const READ_FILTERS = ['', 'source=USA&either=true', 'status=actual', 'plover=ASSAULT', 'text=troops', 'root=19', 'status=reported&cameo=1', 'source=IRQ&target=USA'];
/** What the events page adds to each filter: its sort, order and page. */
const EVENT_PAGES = ['order=newest', 'sort=goldstein', 'order=newest&offset=200', 'sort=source&order=newest'];

/** Latencies of `request` from `clients` clients in turn for `seconds` seconds, after a warm-up. */
async function measure(request: () => Promise<unknown>, warmup: number, clients: number): Promise<{ count: number; elapsed: number; p50: number; p99: number }> {
  await Promise.all(Array.from({ length: clients }, async () => {
    for (let i = 0; i < Math.ceil(warmup / clients); i++) await request();
  }));
  const latencies: number[] = [];
  const started = performance.now();
  const deadline = started + seconds * 1000;
  await Promise.all(
    Array.from({ length: clients }, async () => {
      while (performance.now() < deadline) {
        const sent = performance.now();
        await request();
        latencies.push(performance.now() - sent);
      }
    }),
  );
  latencies.sort((a, b) => a - b);
  const percentile = (p: number) => Math.round(latencies[Math.min(latencies.length - 1, Math.floor((p / 100) * latencies.length))] * 10) / 10;
  return { count: latencies.length, elapsed: (performance.now() - started) / 1000, p50: percentile(50), p99: percentile(99) };
}

/** A GET that cycles through the read filters (and `extras`, in turn) and fails the benchmark on anything but a 200. */
function reader(base: string, extras: readonly string[] = ['']): () => Promise<void> {
  let next = 0;
  return async () => {
    const query = [READ_FILTERS[next % READ_FILTERS.length], extras[next % extras.length]].filter(Boolean).join('&');
    next++;
    const url = `${base}${base.includes('?') ? '&' : '?'}${query}`;
    const response = await fetch(url);
    const body = await response.text();
    if (response.status !== 200) throw new Error(`${url} answered ${response.status}: ${body.slice(0, 200)}`);
  };
}

/** The store of the AG News leads: --store FILE, or ingested here into `folder`. */
async function agnewsStore(folder: string): Promise<string> {
  if (storeFile) {
    if (!existsSync(storeFile)) throw new Error(`--store: no file ${storeFile}`);
    return storeFile;
  }
  const file = join(folder, 'agnews.db');
  const store = openStore(file);
  const pool = createCodingPool({ workers: Math.max(1, workers) });
  try {
    await ingest({ inputs: [CORPUS], store, coder: pool });
  } finally {
    await pool.close();
    await store.close();
  }
  return file;
}

const folder = mkdtempSync(join(tmpdir(), 'parley-bench-server-'));
const server = await startServer({ host: '127.0.0.1', port: 0, db: join(folder, 'parley.db'), workers, log: () => {} });
const url = `${server.url}/api/code`;
let serving = true;
const body = JSON.stringify({ text: EXAMPLE_REPORT, id: 'bench', published: '2025-03-10' });

async function post(): Promise<number> {
  const started = performance.now();
  const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
  const json = (await response.json()) as { document?: { events: unknown[] } };
  if (response.status !== 200 || !json.document?.events.length) throw new Error(`the coding route answered ${response.status}: ${JSON.stringify(json).slice(0, 200)}`);
  return performance.now() - started;
}

try {
  const coding = await measure(post, warmupRequests, clients);
  await server.close();
  serving = false;
  const agnews = await agnewsStore(folder);
  const reads = await startServer({ host: '127.0.0.1', port: 0, db: agnews, workers: 0, log: () => {} });
  let events;
  let overview;
  let stored;
  try {
    stored = (await (await fetch(`${reads.url}/api/health`)).json()) as { documents: number; events: number };
    events = await measure(reader(`${reads.url}/api/events?limit=50`, EVENT_PAGES), 16, readClients);
    overview = await measure(reader(`${reads.url}/api/overview`), 16, readClients);
  } finally {
    await reads.close();
  }
  const result = {
    code_requests_per_second: Math.round((coding.count / coding.elapsed) * 10) / 10,
    p50_ms: coding.p50,
    p99_ms: coding.p99,
    events_page_p50_ms: events.p50,
    events_page_p99_ms: events.p99,
    overview_p50_ms: overview.p50,
    overview_p99_ms: overview.p99,
    store_documents: stored.documents,
    store_events: stored.events,
  };
  if (asJson) process.stdout.write(JSON.stringify(result) + '\n');
  else {
    process.stdout.write(
      `POST /api/code with the example report (${EXAMPLE_REPORT.length} characters), ${clients} clients, ${workers} coding worker(s), ${seconds} s on 127.0.0.1\n` +
        `${coding.count} requests: ${result.code_requests_per_second} requests/s, p50 ${result.p50_ms} ms, p99 ${result.p99_ms} ms\n` +
        `On a store of ${stored.documents} documents and ${stored.events} events, ${readClients} clients, ${READ_FILTERS.length} filters in turn:\n` +
        `GET /api/events (a page of 50 with its total): ${events.count} requests, p50 ${events.p50} ms, p99 ${events.p99} ms\n` +
        `GET /api/overview: ${overview.count} requests, p50 ${overview.p50} ms, p99 ${overview.p99} ms\n`,
    );
  }
} finally {
  if (serving) await server.close();
  rmSync(folder, { recursive: true, force: true });
}
