// `parley serve` started as a child process for the benchmarks, so that what is measured of the
// server (its memory above all) is the server's alone, not that of the load sent to it.
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const CLI = fileURLToPath(new URL('../../src/cli/main.ts', import.meta.url));

/** A server running in its own process. */
export interface ServerProcess {
  url: string;
  pid: number;
  /** Stops it (SIGTERM, as Ctrl+C would) and waits for it to exit. */
  close(): Promise<void>;
}

/** Starts `parley serve` on 127.0.0.1 with a free port, the store `db` and `workers` coding workers; resolves once it listens. */
export function startServerProcess(options: { db: string; workers: number; extraArgs?: string[] }): Promise<ServerProcess> {
  const args = ['--import', 'tsx', CLI, 'serve', '--host', '127.0.0.1', '--port', '0', '--db', options.db, '--workers', String(options.workers), ...(options.extraArgs ?? [])];
  const child = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'pipe'] });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  let stderr = '';
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr = (stderr + chunk).slice(-4000)));
  return new Promise((resolve, reject) => {
    let stdout = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      stdout += chunk;
      const match = /serving .* on (http:\/\/[^\s/]+)/.exec(stdout);
      if (!match) return;
      child.stdout.removeAllListeners('data');
      child.stdout.resume();
      resolve({
        url: match[1],
        pid: child.pid as number,
        async close() {
          if (child.exitCode === null) child.kill('SIGTERM');
          await exited;
        },
      });
    });
    child.once('exit', (code) => reject(new Error(`parley serve exited (code ${code}) before it listened: ${stderr.trim()}`)));
  });
}
