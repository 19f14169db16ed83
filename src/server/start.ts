import { serve, type ServerType } from '@hono/node-server';
import { randomBytes } from 'node:crypto';
import { isIP } from 'node:net';
import { createCoder } from '../coder.ts';
import { ParleyError } from '../core/errors.ts';
import { createCodingPool, type DocumentCoder } from '../ingest/coding-pool.ts';
import { openStore } from '../store/open.ts';
import type { EventStore } from '../store/store.ts';
import { createAdmission } from './admission.ts';
import { createApp, DEFAULT_ADMISSION, DEFAULT_MAX_BODY_BYTES } from './app.ts';
import { CHUNK_CHARACTERS } from './chunked-coding.ts';
import { ingestExamples } from './examples.ts';
import { ensureWebBuilt } from './web-build.ts';
import { loadWebAssets, WEB_DIST } from './web-assets.ts';

/** Options of `startServer` (and of `parley serve`). */
export interface ServerOptions {
  host: string;
  port: number;
  db: string;
  /** Required on any address other than loopback; one is generated (and printed) when none is given there. */
  token?: string;
  corsOrigins?: string[];
  maxBodyBytes?: number;
  /** Coding worker threads; 0 codes in the server's own thread. */
  workers: number;
  /** Build the dashboard first when its sources are newer than the build. */
  buildWeb?: boolean;
  /** Ingest the bundled example reports when the store holds no document. */
  ingestExamples?: boolean;
  /** Where progress lines go. */
  log?: (message: string) => void;
  /** The longest one coding request may take (ms; default `DEFAULT_DEADLINE_MS`). */
  deadlineMs?: number;
}

/** A running server. */
export interface RunningServer {
  url: string;
  /** The token clients must send, when one is required. */
  token?: string;
  close(): Promise<void>;
}

/** True for addresses only this machine can reach. */
export function isLoopback(host: string): boolean {
  const bare = host.replace(/^\[|\]$/g, '');
  if (bare === 'localhost' || bare === '::1') return true;
  return isIP(bare) === 4 && bare.startsWith('127.');
}

/** Opens the store, starts the coders, builds and loads the dashboard, and listens. */
export async function startServer(options: ServerOptions): Promise<RunningServer> {
  const log = options.log ?? ((message: string) => console.error(message));
  const loopback = isLoopback(options.host);
  let token = options.token;
  if (!loopback && token === undefined) {
    token = randomBytes(18).toString('base64url');
    log(`parley serve: ${options.host} is reachable from other machines, so the API needs a token; generated one (set PARLEY_TOKEN to choose it)`);
  }
  if (token !== undefined && token.length < 16) throw new ParleyError('USAGE', 'the token is too short: use at least 16 characters (for example: openssl rand -base64 24)');

  if (options.buildWeb) await ensureWebBuilt(log);
  const web = loadWebAssets();
  if (!web) log(`parley serve: no dashboard build in ${WEB_DIST} (run npm run build:web); serving the API only`);

  const store: EventStore = openStore(options.db);
  const workers = Math.max(1, options.workers);
  const admission = createAdmission({ workers, ...DEFAULT_ADMISSION, maxActive: DEFAULT_ADMISSION.maxActivePerWorker * workers, chunkCharacters: CHUNK_CHARACTERS });
  const coder: DocumentCoder & { close?(): Promise<void> } =
    options.workers > 0 ? createCodingPool({ workers: options.workers, onCoded: (characters, ms) => admission.record(characters, ms) }) : createCoder();
  try {
    if (options.ingestExamples) await ingestExamples(store, coder, log);
    const app = createApp({
      coder,
      store,
      token,
      allowedHosts: loopback ? ['127.0.0.1', 'localhost', '[::1]', options.host.toLowerCase()] : undefined,
      corsOrigins: options.corsOrigins,
      maxBodyBytes: options.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES,
      web,
      log,
      admission,
      deadlineMs: options.deadlineMs,
    });
    const server = await listen(app.fetch, options.host, options.port);
    const address = server.address();
    const port = typeof address === 'object' && address ? address.port : options.port;
    const hostInUrl = options.host.includes(':') && !options.host.startsWith('[') ? `[${options.host}]` : options.host;
    return {
      url: `http://${hostInUrl}:${port}`,
      token,
      async close() {
        await new Promise<void>((resolve) => server.close(() => resolve()));
        await coder.close?.();
        await store.close();
      },
    };
  } catch (error) {
    await coder.close?.();
    await store.close();
    throw error;
  }
}

function listen(fetch: Parameters<typeof serve>[0]['fetch'], hostname: string, port: number): Promise<ServerType> {
  return new Promise((resolve, reject) => {
    const server = serve({ fetch, hostname: hostname.replace(/^\[|\]$/g, ''), port }, () => resolve(server));
    server.once('error', (error: NodeJS.ErrnoException) => {
      if (error.code === 'EADDRINUSE') reject(new ParleyError('USAGE', `port ${port} on ${hostname} is in use: stop the other server or choose another port with --port`));
      else reject(new ParleyError('USAGE', `cannot listen on ${hostname}:${port}: ${error.message}`));
    });
  });
}
