import { z } from 'zod';
import { MAX_TEXT_LENGTH } from '../coder.ts';
import { inputRecordSchema } from '../ingest/input-record.ts';
import { actorCode, eitherNeedsAnActor, eventFilterFields, flag, isoDate, statusList } from '../query/event-filters.ts';

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
    order: z.enum(['oldest', 'newest']).default('oldest').meta({ description: 'by day: oldest first (default) or newest first' }),
    limit: z.coerce.number().int().min(1).max(500).default(50),
    offset: z.coerce.number().int().min(0).max(1_000_000).default(0),
  })
  .superRefine(eitherNeedsAnActor);

/** GET /api/series: the time series of a pair of actors. */
export const seriesQuery = z.strictObject({
  source: actorCode,
  target: actorCode,
  either: flag.optional().meta({ description: 'count events in both directions' }),
  interval: z.enum(['day', 'week', 'month']).default('month'),
  status: statusList.optional().meta({ description: 'status classes counted (default: actual)' }),
  from: isoDate.optional(),
  to: isoDate.optional(),
  merged: flag.optional().meta({ description: 'count each merged event once (default true)' }),
});

/** GET /api/actors: the actors seen in stored events. */
export const actorsQuery = z.strictObject({
  limit: z.coerce.number().int().min(1).max(1000).default(100),
});

/** The path parameter of GET /api/documents/{id}. */
export const documentPath = z.strictObject({ id: z.string().min(1) });
