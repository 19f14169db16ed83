// Throughput and latency of the coding route: POSTs of the example report to /api/code on a
// server started here on 127.0.0.1 (loopback only), under a bounded load: a fixed number of
// clients, each sending its next request when the previous one is answered, for a fixed time.
// Then an overload run: requests sent at a fixed rate of four times the rate just served, whether
// or not earlier ones are answered, for --overload-seconds (20): the server must refuse what it
// cannot take (503 at once) and keep the accepted ones fast and its memory bounded.
// The coding server runs as its own process (`parley serve`), apart from this one, which sends the
// load: overload_peak_rss_mb is the server's peak resident memory during the overload run, all its
// threads (the HTTP thread and the coding workers) together, read from the kernel (/proc/<pid>/status,
// VmHWM reset when the run starts); overload_load_generator_rss_mb is this process's, for comparison.
// Then the dashboard's reads on a store of the 1,900 AG News leads (ingested here, or --store
// FILE from `npm run bench:ingest -- --keep FILE`): the events page (GET /api/events, 50 rows with
// their total) and the overview (GET /api/overview), under a mix of filters, p50 and p99.
// A dashboard page sends a few requests at once, so the reads run with --read-clients (default 4).
// Usage: npm run bench:server [-- --json] [--seconds 10] [--clients 8] [--read-clients 4] [--workers n] [--store FILE] [--overload-seconds 20] [--skip-reads]
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { SHARED_ROOT } from '../src/core/paths.ts';
import { createCodingPool } from '../src/ingest/coding-pool.ts';
import { ingest } from '../src/ingest/ingest.ts';
import { startServer } from '../src/server/start.ts';
import { openStore } from '../src/store/open.ts';
import { EXAMPLE_REPORT } from '../test/server-helpers.ts';
import { watchPeakMemory } from './lib/process-memory.ts';
import { startServerProcess } from './lib/server-process.ts';

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
const overloadSeconds = option('overload-seconds', 20);
const skipReads = process.argv.includes('--skip-reads');
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
const server = await startServerProcess({ db: join(folder, 'parley.db'), workers });
const url = `${server.url}/api/code`;
let serving = true;
const body = JSON.stringify({ text: EXAMPLE_REPORT, id: 'bench', published: '2025-03-10' });

let busyAnswers = 0;

/** One request, sent again after Retry-After while the server answers 503; the time until it is coded. */
async function post(): Promise<number> {
  const started = performance.now();
  for (;;) {
    const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
    const json = (await response.json()) as { document?: { events: unknown[] } };
    if (response.status === 503) {
      busyAnswers++;
      await new Promise((resolve) => setTimeout(resolve, Number(response.headers.get('retry-after') ?? 1) * 1000));
      continue;
    }
    if (response.status !== 200 || !json.document?.events.length) throw new Error(`the coding route answered ${response.status}: ${JSON.stringify(json).slice(0, 200)}`);
    return performance.now() - started;
  }
}

/**
 * Sends requests at `rate` per second for `seconds`, not waiting for answers (each gives up after
 * 30 s, so the run is bounded), and sorts the answers: accepted (200), refused (503), failed.
 */
async function runOverload(rate: number, seconds: number) {
  const accepted: number[] = [];
  const rejected: number[] = [];
  let failed = 0;
  const serverMemory = watchPeakMemory(server.pid);
  let generatorRss = process.memoryUsage().rss;
  const sampler = setInterval(() => (generatorRss = Math.max(generatorRss, process.memoryUsage().rss)), 100);
  const send = async () => {
    const started = performance.now();
    try {
      const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body, signal: AbortSignal.timeout(30_000) });
      await response.arrayBuffer();
      const took = performance.now() - started;
      if (response.status === 200) accepted.push(took);
      else if (response.status === 503) rejected.push(took);
      else failed++;
    } catch {
      failed++;
    }
  };
  const pending: Promise<void>[] = [];
  const started = performance.now();
  for (let sent = 0; sent < rate * seconds; sent++) {
    const due = started + (sent / rate) * 1000;
    const wait = due - performance.now();
    if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
    pending.push(send());
  }
  await Promise.all(pending);
  clearInterval(sampler);
  const { peakBytes } = serverMemory.stop();
  const p99 = (values: number[]) => {
    const sorted = [...values].sort((a, b) => a - b);
    return sorted.length ? Math.round(sorted[Math.min(sorted.length - 1, Math.floor(0.99 * sorted.length))]) : null;
  };
  return {
    overload_offered_rps: Math.round(rate * 10) / 10,
    overload_accepted: accepted.length,
    overload_accepted_p99_ms: p99(accepted),
    overload_rejected: rejected.length,
    overload_rejected_p99_ms: p99(rejected),
    overload_failed: failed,
    overload_peak_rss_mb: Math.round(peakBytes / (1024 * 1024)),
    overload_load_generator_rss_mb: Math.round(generatorRss / (1024 * 1024)),
  };
}

/** The dashboard's reads on the AG News store: the events page and the overview, with the store's totals. */
async function measureReads() {
  const agnews = await agnewsStore(folder);
  const reads = await startServer({ host: '127.0.0.1', port: 0, db: agnews, workers: 0, log: () => {} });
  try {
    const stored = (await (await fetch(`${reads.url}/api/health`)).json()) as { documents: number; events: number };
    const events = await measure(reader(`${reads.url}/api/events?limit=50`, EVENT_PAGES), 16, readClients);
    const overview = await measure(reader(`${reads.url}/api/overview`), 16, readClients);
    return { events, overview, stored };
  } finally {
    await reads.close();
  }
}

try {
  const coding = await measure(post, warmupRequests, clients);
  const busyInClosedLoop = busyAnswers;
  const overload = await runOverload((coding.count / coding.elapsed) * 4, overloadSeconds);
  await server.close();
  serving = false;
  const reads = skipReads ? null : await measureReads();
  const result = {
    code_requests_per_second: Math.round((coding.count / coding.elapsed) * 10) / 10,
    p50_ms: coding.p50,
    p99_ms: coding.p99,
    busy_answers: busyInClosedLoop,
    ...overload,
    ...(reads && {
      events_page_p50_ms: reads.events.p50,
      events_page_p99_ms: reads.events.p99,
      overview_p50_ms: reads.overview.p50,
      overview_p99_ms: reads.overview.p99,
      store_documents: reads.stored.documents,
      store_events: reads.stored.events,
    }),
  };
  if (asJson) process.stdout.write(JSON.stringify(result) + '\n');
  else {
    process.stdout.write(
      `POST /api/code with the example report (${EXAMPLE_REPORT.length} characters), ${clients} clients, ${workers} coding worker(s), ${seconds} s on 127.0.0.1\n` +
        `${coding.count} requests: ${result.code_requests_per_second} requests/s, p50 ${result.p50_ms} ms, p99 ${result.p99_ms} ms (${result.busy_answers} answered 503 and sent again)\n` +
        `overload: ${result.overload_offered_rps} requests/s offered for ${overloadSeconds} s: ${result.overload_accepted} accepted (p99 ${result.overload_accepted_p99_ms} ms), ` +
        `${result.overload_rejected} refused with 503 (p99 ${result.overload_rejected_p99_ms} ms), ${result.overload_failed} failed; ` +
        `peak memory of the server process ${result.overload_peak_rss_mb} MB (of this load generator ${result.overload_load_generator_rss_mb} MB)\n`,
    );
    if (reads) {
      const { events, overview, stored } = reads;
      process.stdout.write(
        `On a store of ${stored.documents} documents and ${stored.events} events, ${readClients} clients, ${READ_FILTERS.length} filters in turn:\n` +
          `GET /api/events (a page of 50 with its total): ${events.count} requests, p50 ${events.p50} ms, p99 ${events.p99} ms\n` +
          `GET /api/overview: ${overview.count} requests, p50 ${overview.p50} ms, p99 ${overview.p99} ms\n`,
      );
    }
  }
} finally {
  if (serving) await server.close();
  rmSync(folder, { recursive: true, force: true });
}
