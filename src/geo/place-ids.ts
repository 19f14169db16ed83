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

/** Parley's list of English names of towns GeoNames knows only by their own language's name (data/geo/english-names.tsv, the same columns). */
export const DEFAULT_ENGLISH_NAMES_FILE = join(REPOSITORY_ROOT, 'data/geo/english-names.tsv');

/** Parley's list of the seats of government of countries whose constitutional capital is another town (data/geo/government-seats.tsv, the same columns). */
export const DEFAULT_GOVERNMENT_SEATS_FILE = join(REPOSITORY_ROOT, 'data/geo/government-seats.tsv');

/** One row of such a list: a name's key (see `nameKey`), its country and its GeoNames id. */
export interface PlaceIdRow {
  key: string;
  country: string;
  geonameid: number;
}

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

/** Reads a list of names with their GeoNames ids (data/geo/place-ids.tsv, english-names.tsv); every bad row, and every name listed twice in a country, is reported at once. */
export function readPlaceIdRows(file: string = DEFAULT_PLACE_IDS_FILE): PlaceIdRow[] {
  const problems: string[] = [];
  const rows = parseTsv(readFileSync(file, 'utf8'), file, placeIdRowSchema, problems);
  const seen = new Set<string>();
  const found: PlaceIdRow[] = [];
  for (const { value, source } of rows) {
    const key = nameKey(value.name);
    if (seen.has(placeIdKey(key, value.country))) problems.push(`${source}: name: "${value.name}" (${value.country}) is listed twice`);
    seen.add(placeIdKey(key, value.country));
    found.push({ key, country: value.country, geonameid: value.geonameid });
  }
  if (problems.length) throw new ParleyError('DATA_INVALID', `${problems.length} problem(s) in ${file}`, problems);
  return found;
}

/** Reads data/geo/place-ids.tsv into GeoNames ids by `placeIdKey(nameKey(name), country)`. */
export function readPlaceIds(file: string = DEFAULT_PLACE_IDS_FILE): Map<string, number> {
  return new Map(readPlaceIdRows(file).map((row) => [placeIdKey(row.key, row.country), row.geonameid]));
}
