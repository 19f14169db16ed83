import { execFileSync, spawnSync } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import postgres from 'postgres';

/** A PostgreSQL server of its own, in a temporary folder, for tests and benchmarks. */
export interface PostgresCluster {
  /** A URL for the cluster's `postgres` database (`postgres://parley@127.0.0.1:<port>/postgres`). */
  url: string;
  /** The cluster's data folder (its postmaster.pid names the server process). */
  dataDirectory: string;
  /** Creates an empty database and returns its URL. */
  createDatabase(name?: string): Promise<string>;
  /** Stops the server and removes its folder. */
  stop(): Promise<void>;
}

/** Options for `startPostgresCluster`. */
export interface PostgresClusterOptions {
  /** Turn off fsync and synchronous commit (tests: faster, and a crash of the machine loses the cluster anyway). */
  durable?: boolean;
  /** Extra `-c name=value` settings. */
  settings?: Record<string, string>;
}

/** The folder holding initdb and pg_ctl: on PATH, else Debian's /usr/lib/postgresql/<version>/bin (newest first); null when neither has them. */
export function findPostgresBinaries(): string | null {
  const onPath = spawnSync('sh', ['-c', 'command -v pg_ctl'], { encoding: 'utf8' }).stdout.trim();
  if (onPath && existsSync(join(onPath, '..', 'initdb'))) return join(onPath, '..');
  const debian = '/usr/lib/postgresql';
  if (!existsSync(debian)) return null;
  const versions = readdirSync(debian)
    .filter((name) => /^\d+$/.test(name) && existsSync(join(debian, name, 'bin', 'pg_ctl')))
    .sort((a, b) => Number(b) - Number(a));
  return versions.length ? join(debian, versions[0], 'bin') : null;
}

/** A free TCP port on the loopback address. */
async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

/**
 * Starts a throwaway PostgreSQL cluster: `initdb` in a new temporary folder, `pg_ctl start` on a free
 * loopback port, trust authentication for the user `parley`. initdb refuses to run as root, so as
 * root (CI) the server runs as the unprivileged `postgres` user, which owns the folder.
 */
export async function startPostgresCluster(options: PostgresClusterOptions = {}): Promise<PostgresCluster> {
  const bin = findPostgresBinaries();
  if (!bin) throw new Error('PostgreSQL is not installed (no initdb or pg_ctl on PATH or in /usr/lib/postgresql/*/bin): install the Debian package postgresql');
  const dir = mkdtempSync(join(tmpdir(), 'parley-pg-'));
  const data = join(dir, 'data');
  const asRoot = process.getuid?.() === 0;
  const run = (command: string, args: string[]) => {
    const [file, fileArgs] = asRoot ? ['runuser', ['-u', 'postgres', '--', join(bin, command), ...args]] : [join(bin, command), args];
    execFileSync(file, fileArgs, { stdio: ['ignore', 'pipe', 'pipe'], cwd: dir });
  };
  if (asRoot) {
    const uid = Number(execFileSync('id', ['-u', 'postgres'], { encoding: 'utf8' }).trim());
    const gid = Number(execFileSync('id', ['-g', 'postgres'], { encoding: 'utf8' }).trim());
    chownSync(dir, uid, gid);
  }
  const port = await freePort();
  const settings: Record<string, string> = {
    listen_addresses: '127.0.0.1',
    port: String(port),
    unix_socket_directories: dir,
    max_connections: '60',
    ...(options.durable ? {} : { fsync: 'off', synchronous_commit: 'off', full_page_writes: 'off' }),
    ...options.settings,
  };
  const serverOptions = Object.entries(settings)
    .map(([name, value]) => `-c ${name}=${value}`)
    .join(' ');
  try {
    run('initdb', ['-D', data, '-A', 'trust', '-U', 'parley', '-E', 'UTF8', '--locale=C', '--no-sync']);
    run('pg_ctl', ['start', '-D', data, '-w', '-t', '60', '-l', join(dir, 'server.log'), '-o', serverOptions]);
  } catch (error) {
    rmSync(dir, { recursive: true, force: true });
    const output = (error as { stderr?: Buffer }).stderr?.toString() ?? '';
    throw new Error(`could not start a PostgreSQL cluster in ${dir}: ${(error as Error).message}\n${output}`);
  }
  const url = `postgres://parley@127.0.0.1:${port}/postgres`;
  let databases = 0;
  let stopped = false;
  const stopNow = () => {
    if (stopped) return;
    stopped = true;
    try {
      run('pg_ctl', ['stop', '-D', data, '-m', 'immediate', '-w']);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  };
  // a process that ends without stopping its cluster (a test file that failed or threw) leaves no server behind
  process.once('exit', stopNow);
  return {
    url,
    dataDirectory: data,
    async createDatabase(name = `parley_${++databases}`) {
      const admin = postgres(url, { max: 1, onnotice: () => {} });
      try {
        await admin.unsafe(`CREATE DATABASE "${name}"`);
      } finally {
        await admin.end();
      }
      return `postgres://parley@127.0.0.1:${port}/${name}`;
    },
    async stop() {
      process.off('exit', stopNow);
      stopNow();
    },
  };
}
