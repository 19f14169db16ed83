import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { ParleyError } from '../core/errors.ts';
import { REPOSITORY_ROOT } from '../core/paths.ts';
import { parseTsv } from '../core/tsv.ts';

/** Parley's table of FIPS 10-4 country codes by ISO 3166-1 alpha-3 (data/geo/fips-countries.tsv). */
export const DEFAULT_FIPS_FILE = join(REPOSITORY_ROOT, 'data/geo/fips-countries.tsv');

const rowSchema = z.object({
  country: z.string().regex(/^[A-Z]{3}$/, 'expected an ISO 3166-1 alpha-3 code'),
  fips: z.string().regex(/^[A-Z]{2}$/, 'expected a FIPS 10-4 code of two capital letters').optional(),
  note: z.string().optional(),
});

/** Reads the table; every bad row is reported at once. */
export function readFipsCodes(file: string = DEFAULT_FIPS_FILE): ReadonlyMap<string, string> {
  const problems: string[] = [];
  const rows = parseTsv(readFileSync(file, 'utf8'), file, rowSchema, problems);
  if (problems.length) throw new ParleyError('DATA_INVALID', `${problems.length} problem(s) in ${file}`, problems);
  const codes = new Map<string, string>();
  for (const { value } of rows) if (value.fips) codes.set(value.country, value.fips);
  return codes;
}

let codes: ReadonlyMap<string, string> | undefined;

/** West of this longitude, a Palestinian place is in the Gaza Strip (FIPS GZ), east of it in the West Bank (WE). */
const GAZA_EAST_EDGE = 34.6;

/**
 * The FIPS 10-4 country code GDELT writes for a place (its ActionGeo_CountryCode): "IZ" for Iraq,
 * "UK" for the United Kingdom; the Palestinian territories by the point (GZ or WE). Undefined
 * for a country FIPS 10-4 has no code for.
 */
export function fipsCountry(country: string, point?: { lon: number }): string | undefined {
  codes ??= readFipsCodes();
  if (country === 'PSE' && point && point.lon < GAZA_EAST_EDGE) return 'GZ';
  return codes.get(country);
}
