import type { Command } from 'commander';
import { ParleyError } from '../../core/errors.ts';
import { boundWorkerCount, defaultWorkerCount } from '../../ingest/coding-pool.ts';
import { DEFAULT_DEADLINE_MS, DEFAULT_MAX_BODY_BYTES } from '../../server/app.ts';
import { startServer } from '../../server/start.ts';
import type { CliOutput } from '../main.ts';
import { untilStopSignal } from '../stop-signal.ts';
import { redactLocation } from '../../store/redact-location.ts';
import { addStoreOption, storeLocation, type StoreFlags } from './store-options.ts';

interface ServeFlags extends StoreFlags {
  host: string;
  port: string;
  cors: string[];
  maxBody: string;
  workers?: string;
  deadline: string;
  build: boolean;
  examples: boolean;
}

/** `parley serve`: the HTTP API and the dashboard, until interrupted. */
export function registerServe(program: Command, output: CliOutput): void {
  const command = program.command('serve').description('serve the HTTP API and the dashboard (token from PARLEY_TOKEN; required on addresses other than loopback)');
  addStoreOption(command, 'the store, created if missing')
    .option('--host <address>', 'address to listen on; anything but loopback requires a token', '127.0.0.1')
    .option('--port <n>', 'port (0 picks a free one)', '8080')
    .option('--cors <origin>', 'allow browser calls from this origin (repeat for more); none by default', (origin: string, origins: string[]) => [...origins, origin], [] as string[])
    .option('--max-body <bytes>', 'largest request body accepted', String(DEFAULT_MAX_BODY_BYTES))
    .option('--workers <n>', `coding worker threads (default: ${Math.min(4, defaultWorkerCount())} here; 0 codes in the server thread)`)
    .option('--deadline <seconds>', 'the longest one coding request may take; then its work is stopped and it is answered 503', String(DEFAULT_DEADLINE_MS / 1000))
    .option('--build', 'build the dashboard first if its build is missing or older than its sources')
    .option('--examples', 'ingest the bundled example reports if the store holds no document')
    .action(async (flags: ServeFlags) => {
      const location = storeLocation(flags);
      const problems: string[] = [];
      const port = Number(flags.port);
      if (!Number.isInteger(port) || port < 0 || port > 65535) problems.push(`--port: "${flags.port}" is not a port number`);
      const maxBody = Number(flags.maxBody);
      if (!Number.isInteger(maxBody) || maxBody < 1024) problems.push(`--max-body: "${flags.maxBody}" is not a whole number of bytes of at least 1024`);
      const workers = flags.workers === undefined ? Math.min(4, defaultWorkerCount()) : Number(flags.workers);
      if (!Number.isInteger(workers) || workers < 0) problems.push(`--workers: "${flags.workers}" is not a whole number`);
      const deadline = Number(flags.deadline);
      if (!(deadline >= 1 && deadline <= 3600)) problems.push(`--deadline: "${flags.deadline}" is not a number of seconds from 1 to 3600`);
      for (const origin of flags.cors) if (!/^https?:\/\/[^/]+$/.test(origin)) problems.push(`--cors: "${origin}" is not an origin such as https://example.org`);
      if (problems.length) throw new ParleyError('USAGE', 'invalid options', problems);

      const token = process.env.PARLEY_TOKEN || undefined;
      const log = (message: string) => output.err(message + '\n');
      const bounded = boundWorkerCount(workers);
      if (bounded.note) log(`parley serve: ${bounded.note}`);
      const server = await startServer({
        host: flags.host,
        port,
        db: location,
        token,
        corsOrigins: flags.cors,
        maxBodyBytes: maxBody,
        workers: bounded.workers,
        deadlineMs: deadline * 1000,
        buildWeb: flags.build,
        ingestExamples: flags.examples,
        log,
      });
      const link = server.token !== undefined && token === undefined ? `${server.url}/?token=${server.token}` : server.url;
      output.out(`Parley is serving ${redactLocation(location)} on ${link}\n`);
      if (server.token !== undefined) output.out(`API requests need the header: Authorization: Bearer ${token === undefined ? server.token : '$PARLEY_TOKEN'}\n`);
      output.out('Press Ctrl+C to stop.\n');
      await untilStopSignal();
      await server.close();
    });
}
