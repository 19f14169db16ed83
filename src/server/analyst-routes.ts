import type { Context, Hono } from 'hono';
import type { ZodType, z } from 'zod';
import { PLOVER_TYPES } from '../events/ontology.ts';
import { createDocumentLookup } from '../formats/document-lookup.ts';
import { FORMATS } from '../formats/registry.ts';
import type { DocumentCoder } from '../ingest/coding-pool.ts';
import { ingest } from '../ingest/ingest.ts';
import { loadCodebook, PLOVER_DESCRIPTIONS, QUAD_CLASS_NAMES, SECTOR_NAMES, STATUS_DESCRIPTIONS, unknownCodes, type Codebook } from '../query/codebook.ts';
import { toEventQuery, type EventFilters } from '../query/event-filters.ts';
import { STATUS_FILTERS } from '../core/status-class.ts';
import { pagedEvents } from '../store/paged-events.ts';
import type { BreakdownRow, EventStore } from '../store/store.ts';
import type { ActorCount } from '../store/store.ts';
import { HttpError } from './errors.ts';
import { ROUTES } from './routes.ts';
import type { actorsQuery, exportQuery, feedBody, overviewQuery, seriesQuery } from './schemas.ts';

/** What the analyst's routes need from the app. */
export interface AnalystRouteOptions {
  store: EventStore;
  coder: DocumentCoder;
  countActors: (limit: number) => Promise<ActorCount[]>;
  readQuery: <S extends ZodType>(c: Context, schema: ZodType) => z.output<S>;
  readBody: <S extends ZodType>(c: Context, schema: ZodType) => Promise<z.output<S>>;
}

/** Bytes a download gathers before it hands them on. */
const DOWNLOAD_CHUNK = 64 * 1024;

/** Refuses filters that name codes that do not exist (an unknown actor country, CAMEO code or PLOVER type). */
export function checkFilterCodes(filters: Partial<EventFilters>, codebook: Codebook = loadCodebook()): void {
  const problems = unknownCodes(filters, codebook, (field) => `query.${field}`);
  if (problems.length) throw new HttpError('INPUT_INVALID', problems.length === 1 ? problems[0] : `${problems.length} filters name unknown codes`, problems);
}

/**
 * The routes an analyst's dashboard reads: overview totals and breakdowns, downloads, the time
 * series of any filter, actor search by name, the codebook, and ingesting a feed.
 */
export function registerAnalystRoutes(app: Hono, options: AnalystRouteOptions): void {
  const { store, coder, readQuery, readBody, countActors } = options;
  const named = (rows: BreakdownRow[], name: (key: string) => string | undefined) => rows.map((row) => ({ ...row, ...(row.key !== null && name(row.key) ? { name: name(row.key) } : {}) }));

  app.get(ROUTES.overview.path, async (c) => {
    const query = readQuery<typeof overviewQuery>(c, ROUTES.overview.query);
    checkFilterCodes(query);
    const codebook = loadCodebook();
    const filters = toEventQuery(query);
    const actorName = (code: string) => codebook.actorName(code);
    const [total, undated, byQuadClass, byPlover, byStatus, topActors, topPairs, totals] = await Promise.all([
      store.countEvents(filters),
      store.countEvents({ ...filters, dated: false }),
      store.countBy(filters, 'quadClass', 4),
      store.countBy(filters, 'plover', PLOVER_TYPES.length + 1),
      store.countBy(filters, 'status', STATUS_FILTERS.length),
      store.countBy(filters, 'actor', query.top),
      store.countBy(filters, 'pair', query.top),
      store.counts(),
    ]);
    return c.json({
      total,
      undated,
      documents: totals.documents,
      byQuadClass: named(byQuadClass, (key) => QUAD_CLASS_NAMES[Number(key) as 1 | 2 | 3 | 4]),
      byPlover: named(byPlover, (key) => PLOVER_DESCRIPTIONS[key as keyof typeof PLOVER_DESCRIPTIONS]),
      byStatus: named(byStatus, (key) => STATUS_DESCRIPTIONS[key as keyof typeof STATUS_DESCRIPTIONS]),
      topActors: named(topActors, actorName),
      topPairs: named(topPairs, (key) => key.split(' ').map((code) => actorName(code) ?? code).join(' → ')),
    });
  });

  app.get(ROUTES.export.path, async (c) => {
    const query = readQuery<typeof exportQuery>(c, ROUTES.export.query);
    checkFilterCodes(query);
    const format = FORMATS[query.format];
    const events = pagedEvents(store, { ...toEventQuery(query), sort: query.sort, order: query.order });
    const lookup = createDocumentLookup(store);
    const encoder = new TextEncoder();
    let pending = '';
    let controller!: ReadableStreamDefaultController<Uint8Array>;
    let wanted: (() => void) | null = null;
    // the writer pauses between events while the client has not taken what was sent: a download of
    // any size holds one page of events and one chunk of text in memory
    async function* paced() {
      for await (const stored of events) {
        while ((controller.desiredSize ?? 1) <= 0) await new Promise<void>((resolve) => (wanted = resolve));
        yield stored;
      }
    }
    const write = (text: string) => {
      pending += text;
      if (pending.length >= DOWNLOAD_CHUNK) {
        controller.enqueue(encoder.encode(pending));
        pending = '';
      }
    };
    const body = new ReadableStream<Uint8Array>(
      {
        start(started) {
          controller = started;
        },
        pull() {
          wanted?.();
          wanted = null;
        },
        cancel() {
          void events.return(undefined);
        },
      },
      { highWaterMark: 4 },
    );
    void (async () => {
      try {
        await format.writeEvents?.(paced(), write, lookup);
        if (pending) controller.enqueue(encoder.encode(pending));
        controller.close();
      } catch (error) {
        controller.error(error);
      }
    })();
    const extension = { csv: 'csv', jsonl: 'jsonl', plover: 'json' }[query.format];
    return c.body(body, 200, { 'Content-Type': format.mediaType, 'Content-Disposition': `attachment; filename="parley-events.${extension}"`, 'Cache-Control': 'no-store' });
  });

  app.get(ROUTES.series.path, async (c) => {
    const query = readQuery<typeof seriesQuery>(c, ROUTES.series.query);
    checkFilterCodes(query);
    const status = query.status ?? ['actual'];
    const filters = { ...toEventQuery(query), status };
    const [points, undated] = await Promise.all([
      store.timeSeries({ ...filters, interval: query.interval, merged: query.merged }),
      store.countEvents({ ...filters, mergedOnly: query.merged ?? true, dated: false }),
    ]);
    return c.json({ source: query.source ?? null, target: query.target ?? null, interval: query.interval, status, undated, points });
  });

  app.get(ROUTES.actors.path, async (c) => {
    const query = readQuery<typeof actorsQuery>(c, ROUTES.actors.query);
    const codebook = loadCodebook();
    const stored = await countActors(Number.MAX_SAFE_INTEGER);
    const withName = (actor: ActorCount) => ({ ...actor, name: codebook.actorName(actor.code) ?? actor.code });
    if (query.q === undefined) return c.json({ actors: stored.slice(0, query.limit).map(withName) });
    // the actors the name search finds, each with the stored codes under it (Iran: IRN, IRNGOV, IRNMIL ...), stored ones first
    const found = codebook.searchActors(query.q, 50);
    const byCode = new Map(stored.map((actor) => [actor.code, actor]));
    const codes = new Set<string>();
    for (const actor of found) {
      codes.add(actor.code);
      if (actor.code.length === 3) for (const code of byCode.keys()) if (code.startsWith(actor.code)) codes.add(code);
    }
    const rank = new Map(found.map((actor, index) => [actor.code, index]));
    const actors = [...codes]
      .map((code) => withName(byCode.get(code) ?? { code, events: 0, asSource: 0, asTarget: 0 }))
      .sort((a, b) => b.events - a.events || (rank.get(a.code) ?? 99) - (rank.get(b.code) ?? 99) || a.code.localeCompare(b.code))
      .slice(0, query.limit);
    return c.json({ actors });
  });

  app.get(ROUTES.codebook.path, (c) => {
    readQuery(c, ROUTES.codebook.query);
    const codebook = loadCodebook();
    const cameo = codebook.ontology.codes().map((code) => {
      const entry = codebook.ontology.cameo(code);
      return { code, name: entry.name, goldstein: entry.goldstein, quadClass: entry.quadClass, plover: entry.plover?.type ?? null };
    });
    c.header('Cache-Control', 'max-age=3600');
    return c.json({
      cameo,
      plover: PLOVER_TYPES.map((type) => ({ type, description: PLOVER_DESCRIPTIONS[type] })),
      quadClasses: QUAD_CLASS_NAMES,
      statuses: STATUS_FILTERS.map((status) => ({ status, description: STATUS_DESCRIPTIONS[status] })),
      sectors: SECTOR_NAMES,
      actors: codebook.actorNames(),
    });
  });

  app.post(ROUTES.feeds.path, async (c) => {
    const body = await readBody<typeof feedBody>(c, ROUTES.feeds.body);
    const problems: string[] = [];
    const stats = await ingest({
      inputs: [body.url],
      store,
      coder,
      source: { followLinks: body.followLinks ?? false, defaultPublished: body.published },
      onProblem: (entry) => problems.push(`${entry.origin}: ${entry.message}`),
    });
    if (stats.read === 0 && problems.length) throw new HttpError('INPUT_INVALID', `nothing could be read from ${body.url}: ${problems[0]}`, problems);
    return c.json({ added: stats.stored, duplicates: stats.duplicates, conflicts: problems, events: stats.events, nearDuplicates: stats.nearDuplicates, undated: stats.undated, read: stats.read });
  });
}
