import { z, type ZodType } from 'zod';
import { STATUS_CLASSES } from '../core/status-class.ts';
import { HTTP_STATUS, type HttpErrorCode } from './errors.ts';
import { ROUTES, type RouteSpec } from './routes.ts';

type JsonSchema = Record<string, unknown>;

/** A zod schema as the JSON Schema of what a client sends (before defaults and transforms). */
function inputSchema(schema: ZodType): JsonSchema {
  const { $schema: _ignored, ...rest } = z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as JsonSchema;
  return rest;
}

/** OpenAPI parameters for each property of an object schema (query string or path). */
function parameters(schema: ZodType, where: 'query' | 'path'): JsonSchema[] {
  const json = inputSchema(schema) as { properties?: Record<string, JsonSchema>; required?: string[] };
  return Object.entries(json.properties ?? {}).map(([name, property]) => {
    const { description, ...rest } = property;
    return { name, in: where, required: where === 'path' || (json.required ?? []).includes(name), ...(description ? { description } : {}), schema: rest };
  });
}

const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
const span = { type: 'object', properties: { start: { type: 'integer' }, end: { type: 'integer' } }, required: ['start', 'end'], description: 'half-open UTF-16 offsets into the text' };
const actorRef = {
  type: 'object',
  description: 'an actor as an event names it, with its span',
  properties: { ...span.properties, text: { type: 'string' }, code: { type: 'string', example: 'IRNGOV' }, country: { type: ['string', 'null'] }, sector: { type: ['string', 'null'] }, name: { type: 'string' }, title: { type: 'string' }, entity: { type: 'string' } },
  required: ['start', 'end', 'text', 'code'],
};

/** Response schemas, named in ROUTES. They describe the main fields; records may carry more. */
const COMPONENTS: Record<string, JsonSchema> = {
  Span: span,
  ActorRef: actorRef,
  Error: {
    type: 'object',
    properties: {
      error: {
        type: 'object',
        properties: {
          code: { type: 'string', enum: Object.keys(HTTP_STATUS) },
          message: { type: 'string', description: 'what was wrong and what to do' },
          details: { type: 'array', items: { type: 'string' }, description: 'every problem found, one per entry' },
        },
        required: ['code', 'message'],
      },
    },
    required: ['error'],
  },
  Mention: {
    type: 'object',
    properties: { ...actorRef.properties, sentence: { type: 'integer' }, antecedent: { type: 'integer' }, rule: { type: 'string' } },
    required: ['start', 'end', 'text', 'code', 'sentence', 'rule'],
  },
  Event: {
    type: 'object',
    properties: {
      id: { type: 'string', description: 'deterministic: the same text and document id give the same id' },
      sentence: { type: 'integer' },
      trigger: { allOf: [ref('Span')], properties: { text: { type: 'string' } } },
      source: { type: 'array', items: ref('ActorRef') },
      target: { type: 'array', items: ref('ActorRef') },
      cameo: { type: 'object', properties: { code: { type: 'string' }, root: { type: 'string' }, name: { type: 'string' }, goldstein: { type: 'number' }, quadClass: { type: 'integer', enum: [1, 2, 3, 4] } } },
      plover: { type: ['object', 'null'], properties: { type: { type: 'string' }, mode: { type: 'string' }, context: { type: 'array', items: { type: 'string' } } } },
      status: {
        type: 'object',
        properties: {
          polarity: { type: 'string', enum: ['positive', 'negative'] },
          modality: { type: 'string', enum: ['actual', 'intended', 'future', 'hypothetical', 'speculative'] },
          conditional: { type: 'boolean' },
          condition: ref('Span'),
          reported: { type: 'boolean' },
          speaker: { type: 'object', description: 'an actor or an unnamed source, with its span' },
          historical: { type: 'boolean' },
          anchor: ref('Span'),
          evidence: { type: 'object', description: 'the words behind each judgement, with the rule that made it' },
        },
      },
      statusClass: { type: 'string', enum: [...STATUS_CLASSES] },
      date: { type: 'string' },
      confidence: { type: 'number' },
      rule: { type: 'string', description: 'the pattern that produced the event' },
      location: {
        type: ['object', 'null'],
        description: 'where the event happened, null when the text gives no place: the words (text, start, end), the place matched (name, country ISO 3166-1 alpha-3, admin1, lat, lon, geonameid), kind, basis and the reason in words',
        properties: {
          text: { type: 'string' },
          start: { type: 'integer' },
          end: { type: 'integer' },
          name: { type: 'string' },
          country: { type: 'string' },
          admin1: { type: 'string' },
          lat: { type: 'number' },
          lon: { type: 'number' },
          geonameid: { type: 'integer' },
          kind: { type: 'string', enum: ['city', 'region', 'country'] },
          basis: { type: 'string', enum: ['stated', 'dateline', 'implied', 'actors'] },
          reason: { type: 'string' },
        },
      },
    },
    required: ['id', 'sentence', 'trigger', 'source', 'target', 'cameo', 'status', 'statusClass', 'confidence', 'rule'],
  },
  Document: {
    type: 'object',
    properties: {
      id: { type: 'string' },
      text: { type: 'string', description: 'the original text: every span points into it' },
      published: { type: ['string', 'null'] },
      dateline: { type: ['object', 'null'] },
      sentences: { type: 'array', items: { allOf: [ref('Span')], properties: { tokens: { type: 'array', items: { type: 'object' } } } } },
      mentions: { type: 'array', items: ref('Mention') },
      events: { type: 'array', items: ref('Event') },
      places: { type: 'array', items: { type: 'object' }, description: 'place mentions: words, span, the place matched, how it was found and why that place was chosen (coded documents only; the store keeps event locations, not mentions)' },
      focus: { type: 'object', description: "the document's main country and city" },
    },
    required: ['id', 'text', 'sentences', 'mentions', 'events'],
  },
  CodeResult: { type: 'object', properties: { document: ref('Document') }, required: ['document'] },
  IngestResult: {
    type: 'object',
    properties: {
      added: { type: 'integer' },
      duplicates: { type: 'integer', description: 'documents whose text is stored already' },
      conflicts: { type: 'array', items: { type: 'string' }, description: 'documents skipped because their id is taken by another text' },
      events: { type: 'integer' },
      nearDuplicates: { type: 'integer' },
      ids: { type: 'array', items: { type: 'string' }, description: 'the id of each document sent, in order' },
    },
  },
  StoredEvent: {
    type: 'object',
    properties: {
      event: ref('Event'),
      documentId: { type: 'string' },
      day: { type: ['string', 'null'], description: 'the event\'s own date, else the publication date' },
      published: { type: ['string', 'null'] },
      url: { type: ['string', 'null'] },
      outlet: { type: ['string', 'null'] },
      merged: { type: 'object', description: 'the merged event this report belongs to: reports, documents, outlets, independent sources, first and last day' },
      evidence: {
        type: 'object',
        properties: { sentence: { type: ['string', 'null'] }, condition: { type: ['string', 'null'] }, speaker: { type: ['string', 'null'] }, anchor: { type: ['string', 'null'] } },
      },
    },
  },
  EventPage: {
    type: 'object',
    properties: {
      events: { type: 'array', items: ref('StoredEvent') },
      limit: { type: 'integer' },
      offset: { type: 'integer' },
      nextOffset: { type: ['integer', 'null'], description: 'the offset of the next page, null on the last one' },
      total: { type: 'integer', description: 'how many events the filters match in all' },
    },
  },
  Overview: {
    type: 'object',
    properties: {
      total: { type: 'integer', description: 'events the filters match' },
      undated: { type: 'integer', description: 'of those, events placed on no day (no date in their text, no publication date)' },
      documents: { type: 'integer', description: 'documents in the store' },
      byQuadClass: { type: 'array', items: ref('Count') },
      byPlover: { type: 'array', items: ref('Count'), description: 'key null: CAMEO 01 and 02, which PLOVER does not code' },
      byStatus: { type: 'array', items: ref('Count'), description: 'by status filter value (reported apart)' },
      topActors: { type: 'array', items: ref('Count'), description: 'by first source and first target' },
      topPairs: { type: 'array', items: ref('Count'), description: 'key "SOURCE TARGET"' },
    },
  },
  Count: { type: 'object', properties: { key: { type: ['string', 'null'] }, name: { type: 'string' }, events: { type: 'integer' } }, required: ['key', 'events'] },
  Export: { type: 'string', description: 'the events as CSV, JSON lines or a PLOVER JSON array, sent as a file (Content-Disposition: attachment)' },
  Codebook: {
    type: 'object',
    properties: {
      cameo: { type: 'array', items: { type: 'object', properties: { code: { type: 'string' }, name: { type: 'string' }, goldstein: { type: 'number' }, quadClass: { type: 'integer' }, plover: { type: ['string', 'null'] } } } },
      plover: { type: 'array', items: { type: 'object', properties: { type: { type: 'string' }, description: { type: 'string' } } } },
      quadClasses: { type: 'object', description: 'quad class 1 to 4 and its name' },
      statuses: { type: 'array', items: { type: 'object', properties: { status: { type: 'string' }, description: { type: 'string' } } } },
      sectors: { type: 'object', description: 'letters 4-6 of an actor code and what they name' },
      actors: { type: 'object', description: 'actor code and its name, for the countries, organisations and groups Parley knows' },
    },
  },
  StoredDocument: {
    type: 'object',
    properties: {
      document: ref('Document'),
      title: { type: ['string', 'null'] },
      url: { type: ['string', 'null'] },
      outlet: { type: ['string', 'null'] },
      origin: { type: 'string' },
      duplicateOf: { type: ['string', 'null'] },
      ingestedAt: { type: 'string' },
    },
  },
  Series: {
    type: 'object',
    properties: {
      source: { type: 'string' },
      target: { type: 'string' },
      interval: { type: 'string', enum: ['day', 'week', 'month'] },
      status: { type: 'array', items: { type: 'string' } },
      undated: { type: 'integer', description: 'events the filters match that are left out for lack of a date' },
      points: {
        type: 'array',
        items: {
          type: 'object',
          properties: {
            period: { type: 'string' },
            events: { type: 'integer' },
            quadClass: { type: 'object', description: 'counts by quad class 1 to 4' },
            goldsteinSum: { type: 'number' },
            goldsteinMean: { type: 'number' },
          },
        },
      },
    },
  },
  ActorList: {
    type: 'object',
    properties: {
      actors: {
        type: 'array',
        items: { type: 'object', properties: { code: { type: 'string' }, name: { type: 'string' }, events: { type: 'integer' }, asSource: { type: 'integer' }, asTarget: { type: 'integer' } } },
      },
    },
  },
  Health: {
    type: 'object',
    properties: { status: { type: 'string', enum: ['ok'] }, version: { type: 'string' }, documents: { type: 'integer' }, events: { type: 'integer' }, mergedEvents: { type: 'integer' } },
  },
  OpenApi: { type: 'object', description: 'an OpenAPI 3.1 document' },
};

/** Error codes any route can answer with. */
const COMMON_ERRORS: HttpErrorCode[] = ['UNAUTHORIZED', 'FORBIDDEN', 'INTERNAL'];

function operation(name: string, spec: RouteSpec): JsonSchema {
  const statuses = new Map<number, HttpErrorCode[]>();
  for (const code of [...spec.errors, ...COMMON_ERRORS]) statuses.set(HTTP_STATUS[code], [...(statuses.get(HTTP_STATUS[code]) ?? []), code]);
  const types = spec.mediaTypes ?? ['application/json'];
  const responses: Record<string, JsonSchema> = { '200': { description: 'OK', content: Object.fromEntries(types.map((type) => [type, { schema: ref(spec.response) }])) } };
  for (const [status, codes] of [...statuses].sort(([a], [b]) => a - b)) {
    responses[String(status)] = { description: `error: ${codes.join(', ')}`, content: { 'application/json': { schema: ref('Error') } } };
  }
  return {
    operationId: name,
    summary: spec.summary,
    ...(spec.description ? { description: spec.description } : {}),
    parameters: [...(spec.params ? parameters(spec.params, 'path') : []), ...(spec.query ? parameters(spec.query, 'query') : [])],
    ...(spec.body ? { requestBody: { required: true, content: { 'application/json': { schema: inputSchema(spec.body) } } } } : {}),
    responses,
  };
}

/** The OpenAPI path of a hono path: `/api/documents/:id` → `/api/documents/{id}`. */
export function openApiPath(path: string): string {
  return path.replace(/:([A-Za-z_]+)(\{[^}]*\})?/g, '{$1}');
}

/** The OpenAPI 3.1 document of the API, built from the route table and the request schemas. */
export function buildOpenApi(options: { version: string; maxBodyBytes: number; tokenRequired: boolean }): JsonSchema {
  const paths: Record<string, Record<string, JsonSchema>> = {};
  for (const [name, spec] of Object.entries(ROUTES) as [string, RouteSpec][]) {
    const path = openApiPath(spec.path);
    paths[path] = { ...paths[path], [spec.method]: operation(name, spec) };
  }
  return {
    openapi: '3.1.0',
    info: {
      title: 'Parley',
      version: options.version,
      description:
        'Political event coding (CAMEO and PLOVER) from news text, with the evidence behind every event. ' +
        `Request bodies are JSON (Content-Type: application/json) of at most ${options.maxBodyBytes} bytes. ` +
        'Errors are JSON: {"error": {"code", "message", "details"?}}.',
    },
    paths,
    components: {
      schemas: COMPONENTS,
      securitySchemes: { token: { type: 'http', scheme: 'bearer', description: 'required when the server is bound to an address other than loopback, or started with a token' } },
    },
    ...(options.tokenRequired ? { security: [{ token: [] }] } : {}),
  };
}
