import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { nameKey } from '../actors/gazetteer/normalise.ts';
import { optionalText, text } from '../actors/gazetteer/cells.ts';
import { ParleyError } from '../core/errors.ts';
import { REPOSITORY_ROOT } from '../core/paths.ts';
import { parseTsv } from '../core/tsv.ts';

/** Parley's list of gazetteer names whose GeoNames place has another spelling (data/geo/place-ids.tsv). */
export const DEFAULT_PLACE_IDS_FILE = join(REPOSITORY_ROOT, 'data/geo/place-ids.tsv');

const placeIdRowSchema = z.object({
  country: z.string().regex(/^[A-Z]{3}$/, 'expected an ISO 3166-1 alpha-3 code'),
  name: text,
  geonameid: z.coerce.number().int().positive('expected a GeoNames id'),
  note: optionalText,
});

/** The key of a name in a country, as `placeIds` holds it. */
export function placeIdKey(key: string, country: string): string {
  return `${key}\u0000${country}`;
}

/** Reads data/geo/place-ids.tsv into GeoNames ids by `placeIdKey(nameKey(name), country)`; every bad row is reported at once. */
export function readPlaceIds(file: string = DEFAULT_PLACE_IDS_FILE): Map<string, number> {
  const problems: string[] = [];
  const rows = parseTsv(readFileSync(file, 'utf8'), file, placeIdRowSchema, problems);
  const ids = new Map<string, number>();
  for (const { value, source } of rows) {
    const key = placeIdKey(nameKey(value.name), value.country);
    if (ids.has(key)) problems.push(`${source}: name: "${value.name}" (${value.country}) is listed twice`);
    ids.set(key, value.geonameid);
  }
  if (problems.length) throw new ParleyError('DATA_INVALID', `${problems.length} problem(s) in ${file}`, problems);
  return ids;
}
