// Running at scale: coding rates of queue workers on PostgreSQL (one worker process with one coding
// thread, then two) and of an SQLite ingest with one coding thread, all on the same AG News leads;
// then the dashboard's queries on a store of at least a million events, on both stores. The big
// stores are grown from the coded leads by copying them re-dated and re-identified
// (bench/lib/scale-copies.ts). PostgreSQL runs as a throwaway cluster (initdb in a temporary folder).
// Usage: npm run bench:scale [-- --json] [--only throughput|queries] [--docs 1500] [--warm-up 100] [--rounds 3] [--events 1000000] [--queries 40] [--statements]
//   [--worker-node-options=--single-threaded] (Node options for the worker processes; the default, --single-threaded, keeps V8's
//   compiler and garbage collector on the main thread, so that a worker process is one thread on one core; `--worker-node-options=`
//   runs them with Node's defaults). With 300 leads a run lasted about a second and a half, and its rates were mostly noise.
// --statements: the server's time per document by statement (pg_stat_statements, whose counting costs the server a little).
// --only throughput: the coding rates alone (a few minutes); --only queries: the big stores and their
// queries alone (one round of one worker codes the leads they are grown from).
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import BetterSqlite3 from 'better-sqlite3';
import postgres from 'postgres';
import { SHARED_ROOT } from '../src/core/paths.ts';
import { createCodingPool } from '../src/ingest/coding-pool.ts';
import { ingest } from '../src/ingest/ingest.ts';
import { enqueueInputs } from '../src/queue/enqueue.ts';
import { CODE_QUEUE, openJobQueue, QUEUE_SCHEMA } from '../src/queue/job-queue.ts';
import { queueStatus } from '../src/queue/queue-status.ts';
import { openStore } from '../src/store/open.ts';
import { openPostgresStore } from '../src/store/postgres/postgres-store.ts';
import { EVENT_SORTS, type Breakdown, type EventStore } from '../src/store/store.ts';
import { startPostgresCluster } from '../src/testing/postgres-cluster.ts';
import { copyPostgresStore, copySqliteStore } from './lib/scale-copies.ts';
import { benchOptions, benchUsageError } from './lib/bench-options.ts';
import { resetStatementTimes, STATEMENT_TIME_SETTINGS, statementTimes, type StatementTime } from './lib/statement-times.ts';
import { median } from './lib/passes.ts';

const { values } = benchOptions('bench:scale', {
  json: { type: 'boolean', default: false },
  statements: { type: 'boolean', default: false },
  only: { type: 'string' },
  docs: { type: 'string', default: '1500' },
  events: { type: 'string', default: '1000000' },
  queries: { type: 'string', default: '40' },
  rounds: { type: 'string', default: '3' },
  'warm-up': { type: 'string', default: '100' },
  'worker-node-options': { type: 'string', default: '--single-threaded' },
  corpus: { type: 'string', default: join(SHARED_ROOT, 'corpora/agnews-world.jsonl') },
});
/** A whole-number option of at least `min`, or a clear error naming the option (exit 2). */
function countOption(name: string, value: string, min = 1): number {
  const count = Number(value);
  if (Number.isInteger(count) && count >= min) return count;
  benchUsageError('bench:scale', `--${name} takes a whole number of at least ${min}, not "${value}"`);
}
const DOCS = countOption('docs', values.docs);
const TARGET_EVENTS = countOption('events', values.events);
const QUERIES = countOption('queries', values.queries);
if (values.only !== undefined && values.only !== 'throughput' && values.only !== 'queries') {
  benchUsageError('bench:scale', `--only takes throughput or queries, not "${values.only}"`);
}
const THROUGHPUT = values.only !== 'queries';
const QUERIES_TOO = values.only !== 'throughput';
/** Rounds of one worker then two; the queries alone need one worker's store, coded once. */
const ROUNDS = THROUGHPUT ? countOption('rounds', values.rounds) : 1;
/** What the dashboard's overview counts events by. */
const OVERVIEW_BREAKDOWNS: Breakdown[] = ['quadClass', 'plover', 'status', 'actor', 'pair'];
/**
 * Leads coded before a rate is timed, `WARM_UP` per worker of the larger setup (so the same leads
 * for one worker and for two): each worker's model loaded, and most of its code compiled by V8's
 * optimising compiler (with 6, the timed leads ran a third slower and the compiler's threads used
 * a third more CPU than later on).
 */
const WARM_UP = countOption('warm-up', values['warm-up']);
/**
 * Leads queued behind the timed ones, so that every worker still has work while the last timed
 * lead is coded (each of a worker's two loops holds a batch of 32): the rate is that of a backlog,
 * not of a queue running dry. Not timed.
 */
const TAIL = 200;
/** A run in which no job finishes for this long fails (a worker stuck or dead), so that the bench ends. */
const STALL_MS = 120_000;
/** How often the bench samples the workers' CPU and the server's. */
const POLL_MS = 500;
/**
 * Every how many samples it asks the queue how far the workers are: a count of the queue's jobs
 * cost the server 0.04 ms per document coded at every sample, which on two cores is taken from the workers.
 */
const STATUS_EVERY = 4;
const WORKER_NODE_OPTIONS = values['worker-node-options'].split(' ').filter(Boolean);
const bin = fileURLToPath(new URL('../bin/parley.js', import.meta.url));
const progress = (message: string) => process.stderr.write(`bench:scale: ${message}\n`);
const seconds = (since: bigint) => Number(process.hrtime.bigint() - since) / 1e9;
const round = (value: number, places = 1) => Math.round(value * 10 ** places) / 10 ** places;

const dir = mkdtempSync(join(tmpdir(), 'parley-scale-'));
// the leads carry no dates: give them days through 2004, the year they were written
const needed = DOCS + 2 * WARM_UP + TAIL;
const lines = readFileSync(values.corpus, 'utf8')
  .split('\n')
  .filter((line) => line.trim())
  .slice(0, needed)
  .map((line, i) => JSON.stringify({ ...JSON.parse(line), published: new Date(Date.UTC(2004, 0, 1 + ((i * 3) % 365))).toISOString().slice(0, 10) }));
if (lines.length < needed) {
  benchUsageError('bench:scale', `${values.corpus} has ${lines.length} leads; --docs ${DOCS}, --warm-up ${WARM_UP} (for each of two workers) and ${TAIL} leads behind them need ${needed}`);
}
/** Writes leads to a file of the run's folder, for `enqueueInputs`. */
const leadsFile = (name: string, leads: string[]) => {
  const file = join(dir, name);
  writeFileSync(file, leads.join('\n') + '\n');
  return file;
};
/** The timed leads, then the leads coded before them (warm-up) and after them (tail): the same for every run. */
const corpus = leadsFile('leads.jsonl', lines.slice(0, DOCS));
const warmUp = leadsFile('warm-up.jsonl', lines.slice(DOCS, DOCS + 2 * WARM_UP));
const tail = leadsFile('tail.jsonl', lines.slice(DOCS + 2 * WARM_UP));

/** CPU seconds so far of the worker processes (their main threads apart), the server, and the bench itself. */
interface CpuSample {
  at: number;
  workers: { main: number; others: number }[];
  database: number;
  bench: number;
}

/** The machine's load when the bench started: rates, and the ratio of two workers to one, mean what the target asks only on a machine otherwise idle. */
const loadAtStart = loadavg().map((load) => round(load));
if (THROUGHPUT && loadAtStart[0] >= availableParallelism()) {
  // each worker runs in a session of its own, and Linux gives each session its share of a crowded machine: two workers then get two shares
  progress(`the machine is busy (load average ${loadAtStart[0]} on ${availableParallelism()} cores): the rates say more about the other load than about the workers; compare CPU per document`);
}
const cluster = await startPostgresCluster({ durable: true, settings: { shared_buffers: '256MB', max_wal_size: '2GB', ...(values.statements ? STATEMENT_TIME_SETTINGS : {}) } });
try {
  /**
   * Documents per second of `workers` worker processes (one coding thread each) on a fresh
   * PostgreSQL store. Once the workers have loaded their models, the warm-up leads, the timed ones
   * and the tail are queued one after the other (the queue hands them out in that order), so no
   * worker waits for its next poll or for work between them. The rate is the number of jobs
   * completed from the moment the last warm-up job was completed to the moment the last timed one
   * was, over that time (from the queue's own timestamps); the CPU per document is counted between
   * the bench's samples nearest inside that window. Returns the store's URL too.
   */
  const queueRate = async (workers: number): Promise<{ rate: number; url: string }> => {
    const url = await cluster.createDatabase();
    const store = openPostgresStore(url);
    const queue = await openJobQueue(url);
    // each worker in a session of its own, as when started from its own terminal or service: Linux
    // shares the CPU between sessions (autogroups), so that workers of one session share one share
    const children: ChildProcess[] = Array.from({ length: workers }, () =>
      spawn(process.execPath, [...WORKER_NODE_OPTIONS, bin, 'worker', '--store', url, '--concurrency', '1'], { stdio: ['ignore', 'pipe', 'inherit'], detached: true }),
    );
    const exited = children.map((child) => new Promise<void>((resolve) => child.once('exit', () => resolve())));
    try {
      // a worker says so on standard output once it has loaded the model
      await Promise.all(
        children.map(
          (child, i) =>
            new Promise((resolve, reject) => {
              child.stdout?.once('data', resolve);
              void exited[i].then(() => reject(new Error(`bench:scale: worker ${child.pid} exited before taking jobs`)));
            }),
        ),
      );
      const workerPids = children.map((child) => child.pid as number);
      const samples: CpuSample[] = [];
      const sample = () => {
        const bench = process.cpuUsage();
        samples.push({ at: Date.now(), workers: workerPids.map(threadCpuSeconds), database: cpuSeconds(serverPids()), bench: (bench.user + bench.system) / 1e6 });
      };
      if (values.statements) await resetStatementTimes(store.sql);
      const workBefore = await databaseWork(store);
      const total = 2 * WARM_UP + DOCS + TAIL;
      // one insert per file, so that the queue hands out each file's jobs after the one before
      for (const file of [warmUp, corpus, tail]) await enqueueInputs({ inputs: [file], store, queue, batchSize: total });
      let last = { done: 0, at: Date.now() };
      for (let poll = 1; ; poll++) {
        sample();
        if (poll % STATUS_EVERY) {
          await new Promise((resolve) => setTimeout(resolve, POLL_MS));
          continue;
        }
        // counts alone (no dead letters)
        const status = await queueStatus(queue, 0);
        if (status.done >= total) break;
        if (status.done > last.done) last = { done: status.done, at: Date.now() };
        else if (Date.now() - last.at > STALL_MS) throw new Error(`bench:scale: no job finished for ${STALL_MS / 1000} s (${status.done} of ${total} done, ${status.active} active, ${status.failed} failed)`);
        if (children.some((child) => child.exitCode !== null || child.signalCode !== null)) throw new Error('bench:scale: a worker exited while jobs were waiting');
        await new Promise((resolve) => setTimeout(resolve, POLL_MS));
      }
      // the server's counters of rows reach pg_stat_database within a second of a transaction (the workers then poll an empty queue)
      await new Promise((resolve) => setTimeout(resolve, 1500));
      const work = await databaseWork(store);
      if (values.statements) statementsByRun.push({ workers, statements: await statementTimes(store.sql, total) });
      const db = queue.getDb();
      /** Jobs of the run completed after `from` and up to `to` (milliseconds since 1970): between two of the bench's samples. */
      const completedBetween = async (from: number, to: number) =>
        (
          (await db.executeSql(`SELECT count(*)::int AS jobs FROM ${QUEUE_SCHEMA}.job WHERE name = $1 AND completed_on > to_timestamp($2 / 1000.0) AND completed_on <= to_timestamp($3 / 1000.0)`, [
            CODE_QUEUE,
            from,
            to,
          ])).rows as { jobs: number }[]
        )[0].jobs;
      // each file's jobs share the time they were queued: the last completion of the warm-up's and of
      // the timed leads', and the jobs completed after the one and up to the other (timestamps compared in the server)
      const [timed] = (
        await db.executeSql(
          `WITH ends AS (
             SELECT max(completed_on) AS last, row_number() OVER (ORDER BY created_on) AS n, count(*) OVER () AS files
             FROM ${QUEUE_SCHEMA}.job WHERE name = $1 AND state = 'completed' GROUP BY created_on
           )
           SELECT w.files::int AS files, (extract(epoch FROM w.last) * 1000)::float8 AS "from", (extract(epoch FROM t.last) * 1000)::float8 AS "to",
             (SELECT count(*) FROM ${QUEUE_SCHEMA}.job WHERE name = $1 AND completed_on > w.last AND completed_on <= t.last)::int AS jobs
           FROM ends w JOIN ends t ON t.n = 2 WHERE w.n = 1`,
          [CODE_QUEUE],
        )
      ).rows as { files: number; from: number; to: number; jobs: number }[];
      if (timed?.files !== 3) throw new Error(`bench:scale: expected the jobs of three inserts (warm-up, timed, tail), found ${timed?.files ?? 0}`);
      const { from, to } = timed;
      const rate = timed.jobs / ((to - from) / 1000);
      // the CPU between the samples nearest inside the window, per job completed between them
      const first = samples.find((s) => s.at >= from) ?? samples[0];
      const end = [...samples].reverse().find((s) => s.at <= to) ?? samples[samples.length - 1];
      const jobs = Math.max(1, await completedBetween(first.at, end.at));
      const polled = (end.at - first.at) / 1000;
      const used = end.workers.map((cpu, i) => ({ main: cpu.main - first.workers[i].main, others: cpu.others - first.workers[i].others }));
      const perDocument = (cpuSeconds: number) => (cpuSeconds / jobs) * 1000;
      cpuPerDocument.push({
        workers,
        rate,
        worker: perDocument(used.reduce((sum, cpu) => sum + cpu.main + cpu.others, 0)),
        workerMainThread: perDocument(used.reduce((sum, cpu) => sum + cpu.main, 0)),
        database: perDocument(end.database - first.database),
        bench: perDocument(end.bench - first.bench),
        // over the whole run, the queueing of every job included
        walBytes: (work.wal - workBefore.wal) / total,
        rows: (work.rows - workBefore.rows) / total,
        coresPerWorker: used.reduce((sum, cpu) => sum + cpu.main + cpu.others, 0) / workers / polled,
        coresDatabase: (end.database - first.database) / polled,
      });
      progress(`${workers} PostgreSQL worker(s): ${round(rate)} documents/s with a backlog (${round((to - from) / 1000)} s from the last warm-up job done to the last timed one; CPU counted over ${round(polled)} s, ${jobs} jobs)`);
      return { rate, url };
    } finally {
      for (const child of children) if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
      // a worker that does not stop within its own stop timeout (30 s) and ten more seconds is killed
      const killer = setTimeout(() => children.forEach((child) => child.kill('SIGKILL')), 40_000);
      await Promise.all(exited);
      clearTimeout(killer);
      await queue.stop({ graceful: false });
      await store.close();
    }
  };

  /**
   * Per run: CPU milliseconds per document of the worker processes (all threads; their main
   * threads alone), of the database server and of the bench itself (its polls), and the cores each
   * worker process and the server kept busy (that CPU time over the time it was counted).
   */
  const cpuPerDocument: {
    workers: number;
    rate: number;
    worker: number;
    workerMainThread: number;
    database: number;
    bench: number;
    walBytes: number;
    rows: number;
    coresPerWorker: number;
    coresDatabase: number;
  }[] = [];
  /** With --statements, per run: the server's time per document (all the run's, its queueing included) by statement. */
  const statementsByRun: { workers: number; statements: StatementTime[] }[] = [];
  /** The server's processes: the postmaster and its children. */
  const serverPids = () => {
    const postmaster = Number(readFileSync(join(cluster.dataDirectory, 'postmaster.pid'), 'utf8').split('\n')[0]);
    // its children from /proc/<pid>/task/<pid>/children: a scan of every process in /proc cost the bench 4 ms a sample on a busy machine
    return [postmaster, ...readFileSync(`/proc/${postmaster}/task/${postmaster}/children`, 'utf8').split(' ').filter(Boolean).map(Number)];
  };
  // the machine is shared: one and two workers take turns, and each rate is the median of its rounds
  const ones: { rate: number; url: string }[] = [];
  const twos: { rate: number; url: string }[] = [];
  for (let turn = 0; turn < ROUNDS; turn++) {
    ones.push(await queueRate(1));
    if (THROUGHPUT) twos.push(await queueRate(2));
  }
  const one = { rate: median(ones.map((run) => run.rate)), url: ones[0].url };
  const coresBusy = (workers: number, of: (run: (typeof cpuPerDocument)[number]) => number) => round(median(cpuPerDocument.filter((run) => run.workers === workers).map(of)), 2);
  const two = { rate: median(twos.map((run) => run.rate)) };
  /** Documents per second that `workers` workers could reach on two idle cores by their runs' median CPU per document. */
  const cpuBoundRate = (workers: number) => {
    const runs = cpuPerDocument.filter((run) => run.workers === workers);
    const perDocument = (of: (run: (typeof runs)[number]) => number) => median(runs.map(of));
    return Math.min((workers * 1000) / perDocument((run) => run.workerMainThread), 2000 / perDocument((run) => run.worker + run.database + run.bench));
  };
  const rates = {
    pg_docs_per_second_1_worker: round(one.rate),
    pg_docs_per_second_2_workers: round(two.rate),
    // medians of the rounds; each round's two setups ran within a minute of each other, so their ratio is the figure least moved by the machine's other load
    speedup_2_workers: round(two.rate / one.rate, 2),
    speedup_2_workers_by_round: twos.map((run, i) => round(run.rate / ones[i].rate, 2)),
    speedup_2_workers_median_of_rounds: round(median(twos.map((run, i) => run.rate / ones[i].rate)), 2),
    pg_rates_by_round: { one_worker: ones.map((run) => round(run.rate)), two_workers: twos.map((run) => round(run.rate)) },
    // medians over all runs: a worker's CPU splits into its main thread (coding, fetching, writing)
    // and V8's helper threads (optimising compiler, garbage collection), which run beside it
    cpu_ms_per_document: {
      worker: round(median(cpuPerDocument.map((run) => run.worker))),
      worker_main_thread: round(median(cpuPerDocument.map((run) => run.workerMainThread))),
      worker_other_threads: round(median(cpuPerDocument.map((run) => run.worker - run.workerMainThread))),
      database: round(median(cpuPerDocument.map((run) => run.database)), 2),
      bench: round(median(cpuPerDocument.map((run) => run.bench)), 2),
    },
    // what the server wrote per document, whatever the load, its queueing included: WAL (the
    // write-ahead log: rows, index entries, commits) and rows inserted, updated or deleted (the queue's jobs included)
    database_work_per_document: {
      wal_kb: round(median(cpuPerDocument.map((run) => run.walBytes / 1024)), 2),
      rows_written: round(median(cpuPerDocument.map((run) => run.rows))),
    },
    // the share of a core (of cores, for a worker with more threads) one worker process had while
    // the timed jobs ran, alone and beside a second one, and the database server's: on an idle
    // machine a single-threaded worker below 1 waited for the database; on a loaded one it is what
    // the scheduler gave it. On a 2-core machine, two workers can go 1.5 times as fast as one only if
    // one worker and the server together keep at most 1.33 cores busy
    cores_busy_per_worker_process: { one_worker: coresBusy(1, (run) => run.coresPerWorker), two_workers: coresBusy(2, (run) => run.coresPerWorker) },
    cores_busy_database: { one_worker: coresBusy(1, (run) => run.coresDatabase), two_workers: coresBusy(2, (run) => run.coresDatabase) },
    // cores kept busy by one worker and the database while the queue holds work: on a 2-core
    // machine, near 2 means a second worker has no core to run on
    cores_busy_1_worker: round(median(cpuPerDocument.filter((run) => run.workers === 1).map((run) => (run.rate * (run.worker + run.database)) / 1000)), 2),
    // what the CPU per document allows on two otherwise idle cores, whatever the load of the run:
    // one worker is bounded by its main thread (the server runs on the other core), two by two cores'
    // worth of worker, server and bench CPU; the measured speedup is that plus the noise of a shared machine
    speedup_2_workers_from_cpu: round(cpuBoundRate(2) / cpuBoundRate(1), 2),
    // with --statements: each setup's last run, the costliest statements first
    ...(values.statements
      ? {
          server_ms_per_document_by_statement: {
            one_worker: statementsByRun.filter((run) => run.workers === 1).at(-1)?.statements,
            two_workers: statementsByRun.filter((run) => run.workers === 2).at(-1)?.statements,
          },
        }
      : {}),
    worker_node_options: WORKER_NODE_OPTIONS.join(' '),
    load_average_at_start: loadAtStart,
    load_average: loadavg().map((load) => round(load)),
  };

  const sqliteFile = join(dir, 'scale.db');
  const sqliteStore = openStore(sqliteFile);
  const pool = createCodingPool({ workers: 1 });
  for (const line of lines.slice(DOCS, DOCS + WARM_UP)) await pool.code(JSON.parse(line).text, { id: 'warm-up' });
  const sqliteStarted = process.hrtime.bigint();
  const sqliteCpuBefore = cpuSeconds([process.pid]);
  const sqliteStats = await ingest({ inputs: [corpus], store: sqliteStore, coder: pool });
  const sqliteRate = sqliteStats.coded / seconds(sqliteStarted);
  const sqliteCpu = cpuSeconds([process.pid]) - sqliteCpuBefore;
  await pool.close();
  progress(`SQLite ingest, one coding thread: ${round(sqliteRate)} documents/s`);
  await sqliteStore.close();

  const throughput = {
    ...rates,
    cpu_ms_per_document: { ...rates.cpu_ms_per_document, sqlite_ingest: round((sqliteCpu / sqliteStats.coded) * 1000) },
    sqlite_docs_per_second: round(sqliteRate),
    leads_coded: DOCS,
  };
  const result = QUERIES_TOO ? { ...(THROUGHPUT ? throughput : { leads_coded: DOCS }), ...(await growAndQuery(one.url, sqliteFile)) } : throughput;
  if (values.json) process.stdout.write(JSON.stringify(result) + '\n');
  else process.stdout.write(JSON.stringify(result, null, 2) + '\n');

  /**
   * Grows the stores of the one-worker run and of the SQLite ingest (the same coded leads; the
   * PostgreSQL one its warm-up leads too) to at least the target, then times the dashboard's queries on both.
   */
  async function growAndQuery(pgUrl: string, sqliteFile: string) {
    const pgBase = openStore(pgUrl);
    const empty = await cluster.createDatabase();
    const emptyStore = openStore(empty);
    await emptyStore.counts(); // creates the tables
    await emptyStore.close();
    const pgBytesPerDocument = ((await storeBytes(pgUrl)) - (await storeBytes(empty))) / (await pgBase.counts()).documents;
    const pgCopies = copiesFor((await pgBase.counts()).events);
    await pgBase.close();
    const sqliteBase = openStore(sqliteFile);
    const sqliteCopies = copiesFor((await sqliteBase.counts()).events);
    await sqliteBase.close();
    progress(`copying the coded leads ${pgCopies} times (PostgreSQL) and ${sqliteCopies} times (SQLite) to reach ${TARGET_EVENTS} events`);

    let started = process.hrtime.bigint();
    const sql = postgres(pgUrl, { onnotice: () => {}, max: 1 });
    await copyPostgresStore(sql, pgCopies, (done) => progress(`PostgreSQL: ${done}/${pgCopies} copies (${round(seconds(started), 0)} s)`));
    await sql.end();
    const pgGrowSeconds = seconds(started);
    started = process.hrtime.bigint();
    const raw = new BetterSqlite3(sqliteFile);
    copySqliteStore(raw, sqliteCopies, (done) => progress(`SQLite: ${done}/${sqliteCopies} copies (${round(seconds(started), 0)} s)`));
    raw.close();
    const sqliteGrowSeconds = seconds(started);

    const pg = await measureQueries(openStore(pgUrl, { readonly: true }));
    const sqlite = await measureQueries(openStore(sqliteFile, { readonly: true }));
    const pgSize = await databaseBytes(pgUrl);
    return {
      events_in_store: { postgres: pg.events, sqlite: sqlite.events },
      query_p50_ms: { postgres: pg.p50, sqlite: sqlite.p50 },
      query_p99_ms: { postgres: pg.p99, sqlite: sqlite.p99 },
      series_p50_ms: { postgres: pg.seriesP50, sqlite: sqlite.seriesP50 },
      query_p99_ms_by_kind: { postgres: pg.byKind, sqlite: sqlite.byKind },
      store_mb: { postgres: round(pgSize / 2 ** 20, 0), sqlite: round(statSync(sqliteFile).size / 2 ** 20, 0) },
      coded_store_bytes_per_document_postgres: Math.round(pgBytesPerDocument),
      copies: { postgres: pgCopies, sqlite: sqliteCopies },
      grow_seconds: { postgres: round(pgGrowSeconds, 0), sqlite: round(sqliteGrowSeconds, 0) },
      load_average: loadavg().map((load) => round(load)),
    };
  }
} finally {
  await cluster.stop();
  rmSync(dir, { recursive: true, force: true });
}

/**
 * Times the dashboard's queries `QUERIES` times each (events pages in every sort, a pair's and an
 * actor's events, actor counts, a pair's series, the overview's totals and breakdowns); milliseconds.
 */
async function measureQueries(store: EventStore) {
  const events = (await store.counts()).events;
  const actors = await store.actorCounts();
  const pairs = (await store.queryEvents({ limit: 400 }))
    .filter((stored) => stored.event.source[0]?.code && stored.event.target[0]?.code)
    .map((stored) => [stored.event.source[0].code.slice(0, 3), stored.event.target[0].code.slice(0, 3)] as const);
  const kinds: Record<string, (i: number) => Promise<unknown>> = {
    events_page: (i) => store.queryEvents({ order: 'newest', limit: 50, offset: (i % 10) * 50 }),
    pair_events: (i) => store.queryEvents({ source: pairs[i % pairs.length][0], target: pairs[i % pairs.length][1], eitherDirection: true, order: 'newest', limit: 50 }),
    actor_events: (i) => store.queryEvents({ source: actors[i % Math.min(20, actors.length)].code, eitherDirection: true, order: 'newest', limit: 50 }),
    actor_counts: () => store.actorCounts(),
    pair_series: (i) => store.timeSeries({ source: pairs[i % pairs.length][0], target: pairs[i % pairs.length][1], eitherDirection: true, interval: 'month' }),
    // the events page sorted by a column header (each sort both ways), and the overview's breakdowns, unfiltered and for an actor
    ...Object.fromEntries(
      EVENT_SORTS.filter((sort) => sort !== 'day').map((sort) => [`sorted_by_${sort}`, (i: number) => store.queryEvents({ sort, order: i % 2 ? 'newest' : 'oldest', limit: 50, offset: (i % 4) * 50 })]),
    ),
    total: () => store.countEvents({}),
    ...Object.fromEntries(OVERVIEW_BREAKDOWNS.map((by) => [`count_by_${by}`, () => store.countBy({}, by, 10)])),
    ...Object.fromEntries(OVERVIEW_BREAKDOWNS.map((by) => [`actor_count_by_${by}`, (i: number) => store.countBy({ source: actors[i % Math.min(20, actors.length)].code, eitherDirection: true }, by, 10)])),
  };
  const all: number[] = [];
  const byKind: Record<string, number> = {};
  let series: number[] = [];
  for (const [kind, run] of Object.entries(kinds)) {
    const times: number[] = [];
    for (let i = 0; i < QUERIES; i++) {
      const started = process.hrtime.bigint();
      await run(i);
      times.push(Number(process.hrtime.bigint() - started) / 1e6);
    }
    all.push(...times);
    byKind[kind] = percentile(times, 0.99);
    if (kind === 'pair_series') series = times;
  }
  await store.close();
  return { events, p50: percentile(all, 0.5), p99: percentile(all, 0.99), seriesP50: percentile(series, 0.5), byKind };
}

/** CPU seconds used so far by processes (all their threads), from /proc; a process gone counts nothing. */
function cpuSeconds(pids: number[]): number {
  let ticks = 0;
  for (const pid of pids) {
    try {
      const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
      ticks += Number(fields[11]) + Number(fields[12]);
    } catch {
      // ended
    }
  }
  return ticks / 100;
}

/** CPU seconds used so far by a process's main thread, and by its other threads together, from /proc (zeros when it is gone). */
function threadCpuSeconds(pid: number): { main: number; others: number } {
  const used = { main: 0, others: 0 };
  try {
    for (const thread of readdirSync(`/proc/${pid}/task`)) {
      const fields = readFileSync(`/proc/${pid}/task/${thread}/stat`, 'utf8').split(') ')[1].split(' ');
      used[thread === String(pid) ? 'main' : 'others'] += (Number(fields[11]) + Number(fields[12])) / 100;
    }
  } catch {
    // ended
  }
  return used;
}

/** The server's write-ahead log position (bytes) and the rows its database's transactions inserted, updated and deleted so far. */
async function databaseWork(store: { sql: postgres.Sql }): Promise<{ wal: number; rows: number }> {
  const [row] = await store.sql.unsafe(
    "SELECT (pg_current_wal_lsn() - '0/0')::float8 AS wal, (tup_inserted + tup_updated + tup_deleted)::float8 AS rows FROM pg_stat_database WHERE datname = current_database()",
  );
  return { wal: row.wal as number, rows: row.rows as number };
}

/** Copies of a store of `events` events that bring it to at least `TARGET_EVENTS`. */
function copiesFor(events: number): number {
  return Math.max(0, Math.ceil(TARGET_EVENTS / Math.max(1, events)) - 1);
}

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return round(sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] ?? 0);
}

/** The size of a PostgreSQL database, indexes included (bytes). */
async function databaseBytes(url: string): Promise<number> {
  const sql = postgres(url, { onnotice: () => {}, max: 1 });
  const [row] = await sql.unsafe('SELECT pg_database_size(current_database())::bigint AS bytes');
  await sql.end();
  return Number(row.bytes);
}

/** The size of the store's tables and indexes in a PostgreSQL database, the queue's left out (bytes). */
async function storeBytes(url: string): Promise<number> {
  const sql = postgres(url, { onnotice: () => {}, max: 1 });
  const [row] = await sql.unsafe("SELECT sum(pg_total_relation_size(c.oid))::bigint AS bytes FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = 'public' AND c.relkind = 'r'");
  await sql.end();
  return Number(row.bytes);
}
