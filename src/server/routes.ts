import type { ZodType } from 'zod';
import type { HttpErrorCode } from './errors.ts';
import { actorsQuery, codebookQuery, codeBody, documentPath, eventsQuery, exportQuery, feedBody, ingestBody, overviewQuery, seriesQuery } from './schemas.ts';

/** One route of the API: what the app registers and what the OpenAPI document describes. */
export interface RouteSpec {
  method: 'get' | 'post';
  /** The path as hono writes it (`/api/documents/:id`). */
  path: string;
  summary: string;
  description?: string;
  params?: ZodType;
  query?: ZodType;
  body?: ZodType;
  /** The name of the response schema in the OpenAPI document's components. */
  response: string;
  /** The media types of a response that is not JSON (a download). */
  mediaTypes?: readonly string[];
  /** The error codes this route can answer with besides those every route can. */
  errors: HttpErrorCode[];
}

/** Every API route, by name. The app and the OpenAPI document are both built from this table. */
export const ROUTES = {
  health: {
    method: 'get',
    path: '/api/health',
    summary: 'Whether the server and its store answer, with the store\'s totals',
    response: 'Health',
    errors: ['STORE_UNAVAILABLE'],
  },
  code: {
    method: 'post',
    path: '/api/code',
    summary: 'Code a text without storing it',
    description:
      'Returns the document with its sentences, actor mentions and events, every one with character offsets into the text. ' +
      'Texts over 20,000 characters are coded in pieces. With `Accept: application/x-ndjson` the answer is a stream of JSON lines: ' +
      '`{"progress": {done, total, characters, totalCharacters}}` after each piece, then `{"document"}` or `{"error"}`; closing the connection stops the work. ' +
      'When the server has as much work as it can take it answers 503 BUSY at once, with `Retry-After`; a request still unfinished at the deadline is stopped and answered 503 TIMEOUT.',
    body: codeBody,
    response: 'CodeResult',
    errors: ['INPUT_INVALID', 'INPUT_TOO_LARGE', 'UNSUPPORTED_MEDIA_TYPE', 'BUSY', 'TIMEOUT'],
  },
  ingest: {
    method: 'post',
    path: '/api/documents',
    summary: 'Code documents and store them',
    description:
      'Texts stored already are skipped; events are merged with earlier reports of the same event. Under load it answers 503 BUSY at once, as POST /api/code does; documents not all coded at the deadline are stopped, none is stored, and it answers 503 TIMEOUT.',
    body: ingestBody,
    response: 'IngestResult',
    errors: ['INPUT_INVALID', 'INPUT_TOO_LARGE', 'UNSUPPORTED_MEDIA_TYPE', 'STORE_UNAVAILABLE', 'BUSY', 'TIMEOUT'],
  },
  events: {
    method: 'get',
    path: '/api/events',
    summary: 'List stored events with filters, sorted, a page at a time, with the total the filters match',
    query: eventsQuery,
    response: 'EventPage',
    errors: ['INPUT_INVALID', 'STORE_UNAVAILABLE'],
  },
  document: {
    method: 'get',
    path: '/api/documents/:id',
    summary: 'One stored document with its text, mentions and events',
    params: documentPath,
    response: 'StoredDocument',
    errors: ['NOT_FOUND', 'STORE_UNAVAILABLE'],
  },
  overview: {
    method: 'get',
    path: '/api/overview',
    summary: 'Totals of the events the filters pick, by quad class, PLOVER type and status, with the top actors and pairs',
    query: overviewQuery,
    response: 'Overview',
    errors: ['INPUT_INVALID', 'STORE_UNAVAILABLE'],
  },
  export: {
    method: 'get',
    path: '/api/export',
    summary: 'Download the events the filters pick as CSV, JSONL or PLOVER JSON, streamed',
    description: 'The same filters as GET /api/events; the file holds every matching event (no pages). CSV has the columns of `parley export --format csv`.',
    query: exportQuery,
    response: 'Export',
    mediaTypes: ['text/csv', 'application/x-ndjson', 'application/json'],
    errors: ['INPUT_INVALID', 'STORE_UNAVAILABLE'],
  },
  series: {
    method: 'get',
    path: '/api/series',
    summary: 'The time series of the events any filters pick (a pair of actors, one actor, a type, a status)',
    description: 'Event counts by quad class and Goldstein sum and mean per period. Counts actual events unless `status` says otherwise; `undated` counts the events left out for lack of a date.',
    query: seriesQuery,
    response: 'Series',
    errors: ['INPUT_INVALID', 'STORE_UNAVAILABLE'],
  },
  actors: {
    method: 'get',
    path: '/api/actors',
    summary: 'The actors seen in stored events with their names and counts, most frequent first; with q, the actors a name search finds',
    query: actorsQuery,
    response: 'ActorList',
    errors: ['INPUT_INVALID', 'STORE_UNAVAILABLE'],
  },
  codebook: {
    method: 'get',
    path: '/api/codebook',
    summary: 'The names of the codes: CAMEO codes with Goldstein weights and quad classes, PLOVER types, quad classes, statuses, actor sectors and names',
    query: codebookQuery,
    response: 'Codebook',
    errors: [],
  },
  feeds: {
    method: 'post',
    path: '/api/feeds',
    summary: 'Fetch a feed (RSS, Atom) or a page, code its articles and store them',
    body: feedBody,
    response: 'IngestResult',
    errors: ['INPUT_INVALID', 'UNSUPPORTED_MEDIA_TYPE', 'STORE_UNAVAILABLE'],
  },
  openapi: {
    method: 'get',
    path: '/openapi.json',
    summary: 'This OpenAPI document',
    response: 'OpenApi',
    errors: [],
  },
} as const satisfies Record<string, RouteSpec>;

export type RouteName = keyof typeof ROUTES;
