import { createHash, timingSafeEqual } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { Hono, type Context } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { cors } from 'hono/cors';
import type { ZodType, z } from 'zod';
import { createDocumentLookup } from '../formats/document-lookup.ts';
import { storedDocumentView, storedEventView } from '../formats/document-view.ts';
import type { DocumentCoder } from '../ingest/coding-pool.ts';
import { ingest } from '../ingest/ingest.ts';
import type { IngestItem } from '../ingest/item.ts';
import { describeUncodableText } from '../ingest/text-check.ts';
import { toEventQuery } from '../query/event-filters.ts';
import { contentHash } from '../store/minhash.ts';
import type { EventStore } from '../store/store.ts';
import { MAX_TEXT_LENGTH } from '../coder.ts';
import { createActorCounter } from './actor-counts.ts';
import { createAdmission, type Admission } from './admission.ts';
import { checkFilterCodes, registerAnalystRoutes } from './analyst-routes.ts';
import { CHUNK_CHARACTERS, codeInChunks, type ChunkProgress } from './chunked-coding.ts';
import { withDeadline } from './deadline.ts';
import { errorResponse, handleError, HttpError, toErrorBody, validationError } from './errors.ts';
import { buildOpenApi } from './openapi.ts';
import { ROUTES } from './routes.ts';
import type { codeBody, eventsQuery, ingestBody } from './schemas.ts';
import type { WebAsset } from './web-assets.ts';

/** The default limit on a request body (bytes). */
export const DEFAULT_MAX_BODY_BYTES = 4 * 1024 * 1024;

/** What the app needs and how it guards itself. */
export interface AppOptions {
  coder: DocumentCoder;
  store: EventStore;
  /** When set, every API request must carry `Authorization: Bearer <token>`. */
  token?: string;
  /** Host names accepted in the Host header (against DNS rebinding); any when absent. */
  allowedHosts?: readonly string[];
  /** Origins allowed to call the API from other sites; none when absent. */
  corsOrigins?: readonly string[];
  maxBodyBytes?: number;
  /** The built dashboard (see `loadWebAssets`); without it only the API is served. */
  web?: Map<string, WebAsset> | null;
  /** Where unexpected failures are logged. */
  log?: (message: string) => void;
  /** The bounded queue of coding requests (default: one for a single coder, see `DEFAULT_ADMISSION`). */
  admission?: Admission;
  /** The longest one coding request may take, waiting included (ms); then its work is stopped and it is answered 503. */
  deadlineMs?: number;
}

/** The default deadline of a coding request (ms). */
export const DEFAULT_DEADLINE_MS = 120_000;

/** The default bounds of the coding queue: the longest expected wait before a request's coding starts (ms), the most requests and the most characters of text in hand (two of the longest texts). */
export const DEFAULT_ADMISSION = { maxWaitMs: 3_000, maxActivePerWorker: 8, maxCharacters: 2 * MAX_TEXT_LENGTH } as const;

const VERSION = (JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string }).version;

/** Headers on every dashboard page: its scripts and styles come from this server only, and it is never framed. */
const PAGE_HEADERS = {
  'Content-Security-Policy':
    "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'",
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
};

/** Refuses texts that cannot be coded (empty, not English) as the CLI and ingest do, naming each by `where`. */
function refuseUncodable(texts: readonly string[], where: (index: number) => string): void {
  const problems = texts.flatMap((text, index) => {
    const problem = describeUncodableText(text);
    return problem ? [`${where(index)}: ${problem}`] : [];
  });
  if (problems.length) throw new HttpError('INPUT_INVALID', problems.length === 1 ? problems[0] : `${problems.length} texts cannot be coded`, problems);
}

/** Builds the HTTP app: the API under /api, /openapi.json, and the dashboard on every other GET. */
export function createApp(options: AppOptions): Hono {
  const { coder, store } = options;
  const maxBodyBytes = options.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES;
  const log = options.log ?? ((message: string) => console.error(message));
  const countActors = createActorCounter(store);
  const deadlineMs = options.deadlineMs ?? DEFAULT_DEADLINE_MS;
  const admission =
    options.admission ??
    createAdmission({ workers: 1, ...DEFAULT_ADMISSION, maxActive: DEFAULT_ADMISSION.maxActivePerWorker, chunkCharacters: CHUNK_CHARACTERS });
  const openApi = buildOpenApi({ version: VERSION, maxBodyBytes, tokenRequired: options.token !== undefined });
  const app = new Hono();

  app.onError((error, c) => handleError(error, c, log));
  app.notFound((c) => errorResponse(c, 'NOT_FOUND', `no route for ${c.req.method} ${new URL(c.req.url).pathname}; the routes are listed at /openapi.json`));

  if (options.allowedHosts) {
    const allowed = new Set(options.allowedHosts.map((host) => host.toLowerCase()));
    app.use('*', async (c, next) => {
      // the node adapter builds the request URL from the Host header, and from a default when it is
      // empty: an empty one is refused rather than taken for localhost
      if (c.req.header('host')?.trim() === '') return errorResponse(c, 'FORBIDDEN', `the Host header is empty; use ${[...allowed].join(' or ')}`);
      const host = new URL(c.req.url).hostname.toLowerCase();
      if (!allowed.has(host)) return errorResponse(c, 'FORBIDDEN', `the Host header "${host}" is not one this server answers to; use ${[...allowed].join(' or ')}`);
      await next();
    });
  }
  if (options.corsOrigins?.length) {
    app.use('/api/*', cors({ origin: [...options.corsOrigins], allowHeaders: ['Content-Type', 'Authorization'], allowMethods: ['GET', 'POST'] }));
  }
  if (options.token !== undefined) {
    const expected = digest(options.token);
    const guard = async (c: Context, next: () => Promise<void>) => {
      const header = c.req.header('authorization') ?? '';
      // the scheme is case-insensitive (RFC 9110): "bearer" and "BEARER" are as good as "Bearer"
      const match = /^bearer +(.+)$/i.exec(header);
      if (!match || !timingSafeEqual(digest(match[1]), expected)) {
        return errorResponse(c, 'UNAUTHORIZED', 'this server needs a token: send the header "Authorization: Bearer <token>" (the dashboard takes it once as ?token=<token>)');
      }
      await next();
    };
    app.use('/api/*', guard);
    app.use('/openapi.json', guard);
  }
  // a full queue refuses the coding routes before their body is read: a refusal costs neither the
  // body's memory nor its parse, and is answered at once
  app.on('POST', [ROUTES.code.path, ROUTES.ingest.path], async (_c, next) => {
    admission.check();
    await next();
  });
  app.use(
    '/api/*',
    bodyLimit({
      maxSize: maxBodyBytes,
      onError: (c) => errorResponse(c, 'INPUT_TOO_LARGE', `the request body is larger than the limit of ${maxBodyBytes} bytes; split the text into several documents or requests`),
    }),
  );

  app.get(ROUTES.health.path, async (c) => {
    const totals = await store.counts();
    return c.json({
      status: 'ok',
      version: VERSION,
      documents: totals.documents,
      events: totals.events,
      mergedEvents: totals.mergedEvents,
      limits: { maxBodyBytes, maxTextLength: MAX_TEXT_LENGTH, chunkCharacters: CHUNK_CHARACTERS },
    });
  });

  // Coding is admitted through the bounded queue (503 with Retry-After past it), runs in pieces of
  // CHUNK_CHARACTERS under a deadline, and stops when the client goes away. With
  // `Accept: application/x-ndjson` the answer is a stream: {"progress"} lines, then {"document"} or {"error"}.
  app.post(ROUTES.code.path, async (c) => {
    const body = await readBody<typeof codeBody>(c, ROUTES.code.body);
    refuseUncodable([body.text], () => 'body.text');
    const ticket = admission.admit(body.text.length);
    const code = (onProgress?: (progress: ChunkProgress) => void) =>
      withDeadline(c, deadlineMs, { what: 'the text', advice: 'send a shorter text or try again later' }, (signal) =>
        codeInChunks(coder, body.text, {
          id: body.id ?? 'doc',
          published: body.published,
          tokens: body.tokens,
          signal,
          onProgress: (progress) => {
            ticket.progress(progress.characters);
            onProgress?.(progress);
          },
        }),
      ).finally(() => ticket.release());
    if (!/application\/x-ndjson/i.test(c.req.header('accept') ?? '')) return c.json({ document: await code() });
    const encoder = new TextEncoder();
    const stream = new ReadableStream<Uint8Array>({
      async start(controller) {
        const send = (line: unknown) => {
          try {
            controller.enqueue(encoder.encode(JSON.stringify(line) + '\n'));
          } catch {
            // the client has gone: its signal stops the coding
          }
        };
        try {
          send({ document: await code((progress) => send({ progress })) });
        } catch (error) {
          send(toErrorBody(error, c, log));
        }
        try {
          controller.close();
        } catch {
          // closed already by a client that went away
        }
      },
    });
    return new Response(stream, { headers: { 'Content-Type': 'application/x-ndjson; charset=utf-8', 'Cache-Control': 'no-cache', 'X-Content-Type-Options': 'nosniff' } });
  });

  app.post(ROUTES.ingest.path, async (c) => {
    const body = await readBody<typeof ingestBody>(c, ROUTES.ingest.body);
    refuseUncodable(body.documents.map((input) => input.text), (index) => `body.documents.${index}.text`);
    const ticket = admission.admit(body.documents.reduce((sum, input) => sum + input.text.length, 0));
    const items: IngestItem[] = body.documents.map((input, index) => ({
      kind: 'item',
      id: input.id ?? `doc-${contentHash(input.text).slice(0, 16)}`,
      text: input.text,
      title: input.title,
      published: input.published,
      url: input.url,
      outlet: input.source,
      origin: `api:documents.${index}`,
    }));
    // the same flow as `parley ingest`: texts stored already are skipped, the rest coded side by side
    // (the worker pool spreads them over the cores) and written in one transaction once all are coded
    const conflicts: string[] = [];
    // under the same deadline as /api/code, and stopped when the client goes away: the documents
    // are written only once all are coded, so a stopped request stores none of them
    const wording = { what: 'the documents', advice: 'none was stored; send fewer or shorter documents, or try again later' };
    const stats = await withDeadline(c, deadlineMs, wording, (signal) =>
      ingest({
        entries: items,
        store,
        coder,
        signal,
        batchSize: items.length,
        flushIntervalMs: Infinity,
        onProblem: (entry) => conflicts.push(`${entry.origin}: ${entry.message}`),
        onCodingError: (item, error) => {
          if (error instanceof Error) error.message = `body.documents.${items.indexOf(item)}: ${error.message}`;
          throw error;
        },
      }),
    ).finally(() => ticket.release());
    return c.json({ added: stats.stored, duplicates: stats.duplicates, conflicts, events: stats.events, nearDuplicates: stats.nearDuplicates, ids: items.map((item) => item.id) });
  });

  app.get(ROUTES.events.path, async (c) => {
    const query = readQuery<typeof eventsQuery>(c, ROUTES.events.query);
    checkFilterCodes(query);
    // one row more than the page, to know whether a next page exists
    const [rows, total] = await Promise.all([
      store.queryEvents({ ...toEventQuery(query), sort: query.sort, order: query.order, offset: query.offset, limit: query.limit + 1 }),
      store.countEvents(toEventQuery(query)),
    ]);
    const page = rows.slice(0, query.limit);
    const lookup = createDocumentLookup(store);
    const events = [];
    for (const stored of page) {
      const doc = await lookup(stored.documentId);
      events.push(storedEventView(stored, doc?.text, doc?.sentences?.[stored.event.sentence]));
    }
    const nextOffset = rows.length > query.limit ? query.offset + query.limit : null;
    return c.json({ events, limit: query.limit, offset: query.offset, nextOffset, total });
  });

  app.get(ROUTES.document.path, async (c) => {
    const id = c.req.param('id');
    const stored = await store.getDocument(id);
    if (!stored) throw new HttpError('NOT_FOUND', `no document with id "${id}" in the store; GET /api/events lists the stored events with their document ids`);
    return c.json(storedDocumentView(stored));
  });

  registerAnalystRoutes(app, { store, coder, countActors, readQuery, readBody });

  app.get(ROUTES.openapi.path, (c) => c.json(openApi));

  app.all('/api/*', (c) => {
    const path = new URL(c.req.url).pathname;
    const route = Object.values(ROUTES).find((spec) => new RegExp(`^${spec.path.replace(/:[A-Za-z_]+/g, '[^/]+')}$`).test(path));
    if (route) return errorResponse(c, 'METHOD_NOT_ALLOWED', `${path} answers ${route.method.toUpperCase()} only; the routes are listed at /openapi.json`);
    return errorResponse(c, 'NOT_FOUND', `no route for ${c.req.method} ${path}; the routes are listed at /openapi.json`);
  });

  const web = options.web;
  if (web) {
    app.get('*', (c) => {
      const path = new URL(c.req.url).pathname;
      const asset = web.get(path);
      if (asset) {
        const headers: Record<string, string> = { 'Content-Type': asset.type, 'X-Content-Type-Options': 'nosniff' };
        if (path.startsWith('/assets/')) headers['Cache-Control'] = 'public, max-age=31536000, immutable';
        if (asset.type.startsWith('text/html')) Object.assign(headers, PAGE_HEADERS);
        return c.body(asset.body as Uint8Array<ArrayBuffer>, 200, headers);
      }
      // a page of the dashboard routes in the browser, whatever its last segment looks like
      // (`/documents/report.txt` is a document's page); any other path that names a file is one that is missing
      if (!isDashboardPage(path) && (path.startsWith('/assets/') || /\.[a-z0-9]+$/i.test(path))) return errorResponse(c, 'NOT_FOUND', `no file ${path}`);
      const index = web.get('/index.html') as WebAsset;
      return c.body(index.body as Uint8Array<ArrayBuffer>, 200, { 'Content-Type': index.type, 'Cache-Control': 'no-cache', ...PAGE_HEADERS });
    });
  }
  return app;
}

/** The dashboard's pages (see web/src/main.tsx): home, overview, coder, events, map, a pair of actors, a document, store, help, API docs. */
const DASHBOARD_PAGES = [/^\/$/, /^\/(overview|coder|events|map|store|help|api-docs)\/?$/, /^\/pair(\/[^/]+){0,2}\/?$/, /^\/documents\/.+$/];

/** True when `path` is a page of the dashboard rather than a file. */
function isDashboardPage(path: string): boolean {
  return DASHBOARD_PAGES.some((pattern) => pattern.test(path));
}

/** Reads and validates a JSON body, telling apart a wrong content type, bad JSON and bad fields. */
async function readBody<S extends ZodType>(c: Context, schema: ZodType): Promise<z.output<S>> {
  const type = c.req.header('content-type') ?? '';
  if (!/^application\/json\b/i.test(type)) {
    throw new HttpError('UNSUPPORTED_MEDIA_TYPE', `the request body must be JSON sent with "Content-Type: application/json" (got "${type || 'no content type'}")`);
  }
  let json: unknown;
  try {
    json = await c.req.json();
  } catch (error) {
    if (error instanceof HttpError) throw error;
    throw new HttpError('INPUT_INVALID', `the request body is not valid JSON: ${(error as Error).message}`);
  }
  const parsed = schema.safeParse(json);
  if (!parsed.success) throw validationError('body', parsed.error);
  return parsed.data as z.output<S>;
}

/** Reads and validates the query string (each parameter given once). */
function readQuery<S extends ZodType>(c: Context, schema: ZodType): z.output<S> {
  const parsed = schema.safeParse(c.req.query());
  if (!parsed.success) throw validationError('query', parsed.error);
  return parsed.data as z.output<S>;
}

function digest(value: string): Buffer {
  return createHash('sha256').update(value).digest();
}
