// Throughput and latency of the coding route: POSTs of the example report to /api/code on a
// server started here on 127.0.0.1 (loopback only), under a bounded load: a fixed number of
// clients, each sending its next request when the previous one is answered, for a fixed time.
// Then an overload run: requests sent at a fixed rate of four times the rate just served, whether
// or not earlier ones are answered, for --overload-seconds (20): the server must refuse what it
// cannot take (503 at once) and keep the accepted ones fast and its memory bounded.
// Usage: npm run bench:server [-- --json] [--seconds 10] [--clients 8] [--workers n] [--overload-seconds 20]
import { mkdtempSync, rmSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { startServer } from '../src/server/start.ts';
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
const workers = option('workers', Math.min(4, availableParallelism()));
const overloadSeconds = option('overload-seconds', 20);
const warmupRequests = 20;

const folder = mkdtempSync(join(tmpdir(), 'parley-bench-server-'));
const server = await startServer({ host: '127.0.0.1', port: 0, db: join(folder, 'parley.db'), workers, log: () => {} });
const url = `${server.url}/api/code`;
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
  let peakRss = process.memoryUsage().rss;
  const sampler = setInterval(() => (peakRss = Math.max(peakRss, process.memoryUsage().rss)), 100);
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
    overload_peak_rss_mb: Math.round(peakRss / (1024 * 1024)),
  };
}

try {
  // warm up the workers (their first documents are slower) and the connections
  await Promise.all(Array.from({ length: clients }, async () => {
    for (let i = 0; i < Math.ceil(warmupRequests / clients); i++) await post();
  }));
  const latencies: number[] = [];
  const started = performance.now();
  const deadline = started + seconds * 1000;
  await Promise.all(
    Array.from({ length: clients }, async () => {
      while (performance.now() < deadline) latencies.push(await post());
    }),
  );
  const elapsed = (performance.now() - started) / 1000;
  latencies.sort((a, b) => a - b);
  const percentile = (p: number) => latencies[Math.min(latencies.length - 1, Math.floor((p / 100) * latencies.length))];
  const served = latencies.length / elapsed;
  const busyInClosedLoop = busyAnswers;
  const overload = await runOverload(served * 4, overloadSeconds);
  const result = {
    code_requests_per_second: Math.round((latencies.length / elapsed) * 10) / 10,
    p50_ms: Math.round(percentile(50) * 10) / 10,
    p99_ms: Math.round(percentile(99) * 10) / 10,
    busy_answers: busyInClosedLoop,
    ...overload,
  };
  if (asJson) process.stdout.write(JSON.stringify(result) + '\n');
  else {
    process.stdout.write(
      `POST /api/code with the example report (${EXAMPLE_REPORT.length} characters), ${clients} clients, ${workers} coding worker(s), ${seconds} s on 127.0.0.1\n` +
        `${latencies.length} requests: ${result.code_requests_per_second} requests/s, p50 ${result.p50_ms} ms, p99 ${result.p99_ms} ms (${result.busy_answers} answered 503 and sent again)\n` +
        `overload: ${result.overload_offered_rps} requests/s offered for ${overloadSeconds} s: ${result.overload_accepted} accepted (p99 ${result.overload_accepted_p99_ms} ms), ` +
        `${result.overload_rejected} refused with 503 (p99 ${result.overload_rejected_p99_ms} ms), ${result.overload_failed} failed; peak memory ${result.overload_peak_rss_mb} MB\n`,
    );
  }
} finally {
  await server.close();
  rmSync(folder, { recursive: true, force: true });
}
