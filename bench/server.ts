// Throughput and latency of the coding route: POSTs of the example report to /api/code on a
// server started here on 127.0.0.1 (loopback only), under a bounded load: a fixed number of
// clients, each sending its next request when the previous one is answered, for a fixed time.
// Usage: npm run bench:server [-- --json] [--seconds 10] [--clients 8] [--workers n]
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
const warmupRequests = 20;

const folder = mkdtempSync(join(tmpdir(), 'parley-bench-server-'));
const server = await startServer({ host: '127.0.0.1', port: 0, db: join(folder, 'parley.db'), workers, log: () => {} });
const url = `${server.url}/api/code`;
const body = JSON.stringify({ text: EXAMPLE_REPORT, id: 'bench', published: '2025-03-10' });

async function post(): Promise<number> {
  const started = performance.now();
  const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
  const json = (await response.json()) as { document?: { events: unknown[] } };
  if (response.status !== 200 || !json.document?.events.length) throw new Error(`the coding route answered ${response.status}: ${JSON.stringify(json).slice(0, 200)}`);
  return performance.now() - started;
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
  const result = {
    code_requests_per_second: Math.round((latencies.length / elapsed) * 10) / 10,
    p50_ms: Math.round(percentile(50) * 10) / 10,
    p99_ms: Math.round(percentile(99) * 10) / 10,
  };
  if (asJson) process.stdout.write(JSON.stringify(result) + '\n');
  else {
    process.stdout.write(
      `POST /api/code with the example report (${EXAMPLE_REPORT.length} characters), ${clients} clients, ${workers} coding worker(s), ${seconds} s on 127.0.0.1\n` +
        `${latencies.length} requests: ${result.code_requests_per_second} requests/s, p50 ${result.p50_ms} ms, p99 ${result.p99_ms} ms\n`,
    );
  }
} finally {
  await server.close();
  rmSync(folder, { recursive: true, force: true });
}
