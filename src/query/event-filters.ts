import { z } from 'zod';
import { isIsoDate } from '../coder.ts';
import { STATUS_FILTERS, type StatusFilter } from '../core/status-class.ts';
import type { BoundingBox, EventQuery } from '../store/store.ts';

// The filters that pick stored events, checked by one schema: `parley query` and `parley export`
// read them from flags, the HTTP API from the query string. Messages quote the value, so they
// read the same after `--from:` as after `query.from:`.

/** A real calendar date written YYYY-MM-DD. */
export const isoDate = z.string().refine(isIsoDate, { error: (issue) => `"${String(issue.input)}" is not a date of the form YYYY-MM-DD` });

/** An actor code or prefix of letters, upper-cased (irn matches IRN). */
export const actorCode = z
  .string()
  .regex(/^[A-Za-z]{3,}$/, { error: (issue) => `"${String(issue.input)}" is not an actor code or prefix of letters (IRN, IRNGOV, IGOUNO)` })
  .transform((code) => code.toUpperCase());

/** A yes/no filter as a query string writes it: `true`, `false`, `1` or `0` (the CLI passes its flags as `true`). */
export const flag = z.enum(['true', 'false', '1', '0'], { error: (issue) => `"${String(issue.input)}" is not one of true, false, 1, 0` }).transform((value) => value === 'true' || value === '1');

/** Comma-separated status classes (and `reported`), or "all" for every one. */
export const statusList = z
  .string()
  .transform((value, ctx) => {
    if (value.trim() === 'all') return [...STATUS_FILTERS];
    const classes = value
      .split(',')
      .map((part) => part.trim())
      .filter(Boolean);
    for (const part of classes) {
      if (!STATUS_FILTERS.includes(part as StatusFilter)) ctx.addIssue({ code: 'custom', message: `"${part}" is not one of ${STATUS_FILTERS.join(', ')}, all` });
    }
    return classes as StatusFilter[];
  })
  .meta({ description: `comma-separated statuses (${STATUS_FILTERS.join(', ')}) or "all"; reported events (claims relayed from a speaker) are left out of actual, intended and future` });

/** A country code of three letters (ISO 3166-1 alpha-3), upper-cased. */
export const countryCode = z
  .string()
  .regex(/^[A-Za-z]{3}$/, { error: (issue) => `"${String(issue.input)}" is not a three-letter country code (ISO 3166-1 alpha-3: IRQ, USA)` })
  .transform((code) => code.toUpperCase());

/** A box on the map written "west,south,east,north" in degrees; west greater than east crosses the 180th meridian. */
export const boundingBox = z
  .string()
  .transform((value, ctx): BoundingBox => {
    const parts = value.split(',').map((part) => part.trim());
    const numbers = parts.map(Number);
    if (parts.length !== 4 || parts.some((part) => part === '') || numbers.some((n) => !Number.isFinite(n))) {
      ctx.addIssue({ code: 'custom', message: `"${value}" is not four numbers west,south,east,north (such as 38,29,49,38)` });
      return z.NEVER;
    }
    const [west, south, east, north] = numbers;
    if (Math.abs(west) > 180 || Math.abs(east) > 180) ctx.addIssue({ code: 'custom', message: `"${value}": longitudes must lie from -180 to 180` });
    if (Math.abs(south) > 90 || Math.abs(north) > 90) ctx.addIssue({ code: 'custom', message: `"${value}": latitudes must lie from -90 to 90` });
    if (south > north) ctx.addIssue({ code: 'custom', message: `"${value}": south (${south}) is north of north (${north})` });
    return { west, south, east, north };
  })
  .meta({ description: 'events located in a box: west,south,east,north in degrees (west > east crosses the 180th meridian)' });

/** The fields of the event filters, to build the schemas of each edge from. */
export const eventFilterFields = {
  source: actorCode.optional().meta({ description: 'source actor code or prefix (IRN matches IRNGOV)' }),
  target: actorCode.optional().meta({ description: 'target actor code or prefix' }),
  either: flag.optional().meta({ description: 'also match the other direction (with one actor: the actor on either side)' }),
  cameo: z.string().regex(/^\d{1,4}$/, { error: (issue) => `"${String(issue.input)}" is not a CAMEO code or prefix (digits)` }).optional(),
  root: z.string().regex(/^\d{2}$/, { error: (issue) => `"${String(issue.input)}" is not a two-digit CAMEO root` }).optional(),
  plover: z.string().regex(/^[A-Za-z_]+$/, { error: (issue) => `"${String(issue.input)}" is not a PLOVER event type (AGREE, ACCUSE ...)` }).optional(),
  status: statusList.optional(),
  from: isoDate.optional().meta({ description: 'first day included' }),
  to: isoDate.optional().meta({ description: 'last day included' }),
  text: z.string().min(1).max(500).optional().meta({ description: 'words that must all occur in the title or text (plain words, no search syntax)' }),
  document: z.string().min(1).optional().meta({ description: 'events of one document' }),
  country: countryCode.optional().meta({ description: "events located in this country (ISO 3166-1 alpha-3, as the actor codes write countries)" }),
  bbox: boundingBox.optional(),
  located: flag.optional().meta({ description: 'only events with a location (true) or only those without (false)' }),
  merged: flag.optional().meta({ description: 'one row per merged event (its first report)' }),
};

/** The event filters after checking. */
export type EventFilters = z.output<z.ZodObject<typeof eventFilterFields>>;

/** The check across fields: `either` swaps a direction, so it needs an actor. */
export function eitherNeedsAnActor(filters: { either?: boolean; source?: string; target?: string }, ctx: z.RefinementCtx): void {
  if (filters.either && filters.source === undefined && filters.target === undefined) ctx.addIssue({ code: 'custom', path: ['either'], message: 'needs source or target' });
}

/** The event filters alone, as `parley query` and `parley export` take them. */
export const eventFilters = z.strictObject(eventFilterFields).superRefine(eitherNeedsAnActor);

/** The store query of checked filters. */
export function toEventQuery(filters: EventFilters): EventQuery {
  return {
    source: filters.source,
    target: filters.target,
    eitherDirection: filters.either,
    cameo: filters.cameo,
    root: filters.root,
    ploverType: filters.plover,
    status: filters.status,
    from: filters.from,
    to: filters.to,
    text: filters.text,
    documentId: filters.document,
    country: filters.country,
    bbox: filters.bbox,
    located: filters.located,
    mergedOnly: filters.merged,
  };
}
