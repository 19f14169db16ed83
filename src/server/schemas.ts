import { z } from 'zod';
import { MAX_TEXT_LENGTH } from '../coder.ts';
import { inputRecordSchema } from '../ingest/input-record.ts';
import { eitherNeedsAnActor, eventFilterFields, flag, isoDate, statusList } from '../query/event-filters.ts';
import { EVENT_SORTS } from '../store/store.ts';

// Schemas of every request body and query string. The routes validate with them and the OpenAPI
// document is generated from them, so the two cannot drift apart.

/** POST /api/code: a text to code without storing it. */
export const codeBody = z.strictObject({
  text: z.string().max(MAX_TEXT_LENGTH).meta({ description: 'the report to code' }),
  id: z.string().min(1).max(200).optional().meta({ description: 'document id (default "doc"); event ids are derived from it' }),
  published: isoDate.optional().meta({ description: 'publication date, YYYY-MM-DD: relative dates are resolved against it' }),
  tokens: z.boolean().optional().meta({ description: 'include each sentence\'s tokens with their tags and parse (default false)' }),
});

/** One document to ingest: the input record of a JSONL line of `parley ingest`, with the limits of a request body. */
export const ingestDocument = inputRecordSchema.strict().extend({
  id: z.string().min(1).max(500).optional().meta({ description: 'document id (default: derived from the text)' }),
  title: z.string().max(2000).optional(),
  text: z.string().min(1).max(MAX_TEXT_LENGTH),
  published: isoDate.optional(),
  url: z.url({ protocol: /^https?$/, error: 'expected an http or https URL' }).max(4000).optional(),
  source: z.string().max(500).optional().meta({ description: 'the outlet that published it' }),
});

/** POST /api/documents: documents to code and store. */
export const ingestBody = z.strictObject({
  documents: z.array(ingestDocument).min(1).max(100),
});

/** GET /api/events: the store's event filters plus pagination. */
export const eventsQuery = z
  .strictObject({
    ...eventFilterFields,
    sort: z.enum(EVENT_SORTS).default('day').meta({ description: 'what the events are sorted by, across all results (default day)' }),
    order: z.enum(['oldest', 'newest']).default('oldest').meta({ description: 'oldest first (default) or newest first; for another sort, ascending or descending' }),
    limit: z.coerce.number().int().min(1).max(500).default(50),
    offset: z.coerce.number().int().min(0).max(1_000_000).default(0),
  })
  .superRefine(eitherNeedsAnActor);

/** GET /api/series: the time series of the events any filters pick (a pair, an actor, a type, a status ...). */
export const seriesQuery = z
  .strictObject({
    ...eventFilterFields,
    interval: z.enum(['day', 'week', 'month']).default('month'),
    status: statusList.optional().meta({ description: 'status classes counted (default: actual)' }),
    merged: flag.optional().meta({ description: 'count each merged event once (default true)' }),
  })
  .superRefine(eitherNeedsAnActor);

/** GET /api/overview: totals and breakdowns of the events the filters pick. */
export const overviewQuery = z
  .strictObject({
    ...eventFilterFields,
    top: z.coerce.number().int().min(1).max(100).default(10).meta({ description: 'how many top actors and pairs (default 10)' }),
  })
  .superRefine(eitherNeedsAnActor);

/** The formats a download can take. */
export const DOWNLOAD_FORMATS = ['csv', 'jsonl', 'plover'] as const;

/** GET /api/export: the events the filters pick, as a file. */
export const exportQuery = z
  .strictObject({
    ...eventFilterFields,
    format: z.enum(DOWNLOAD_FORMATS).default('csv').meta({ description: 'csv (the columns of parley export), jsonl (stored events) or plover (PLOVER JSON)' }),
    sort: z.enum(EVENT_SORTS).default('day'),
    order: z.enum(['oldest', 'newest']).default('oldest'),
  })
  .superRefine(eitherNeedsAnActor);

/** GET /api/codebook: no parameters. */
export const codebookQuery = z.strictObject({});

/** POST /api/feeds: a feed or page to ingest. */
export const feedBody = z.strictObject({
  url: z.url({ protocol: /^https?$/, error: 'expected an http or https URL' }).max(4000).meta({ description: 'an RSS or Atom feed, or an HTML page' }),
  followLinks: z.boolean().optional().meta({ description: 'fetch the page each feed entry links to (default false: the entry\'s own text)' }),
  published: isoDate.optional().meta({ description: 'publication date of entries that give none' }),
});

/** GET /api/actors: the actors seen in stored events, or those a name search finds. */
export const actorsQuery = z.strictObject({
  q: z.string().trim().min(1).max(100).optional().meta({ description: 'words of a name ("Iran", "Security Council", "Khatami") or a code prefix: the actors they name, stored ones first' }),
  limit: z.coerce.number().int().min(1).max(1000).default(100),
});

/** The path parameter of GET /api/documents/{id}. */
export const documentPath = z.strictObject({ id: z.string().min(1) });
