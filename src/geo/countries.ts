import { createRequire } from 'node:module';
import type { Place } from '../core/place.ts';

/** The fields of world-countries' countries.json this module reads. */
interface WorldCountry {
  name: { common: string };
  cca2: string;
  cca3: string;
  latlng: [number, number];
}

/** world-countries gives Kosovo the user-assigned code UNK, which Parley uses for "unknown actor" (as in build-gazetteer.ts). */
const CODE_FIXES: Record<string, string> = { UNK: 'XKX' };

/** Every country of world-countries as a place (its representative point), by ISO 3166-1 alpha-3. */
export interface CountryPlaces {
  /** ISO 3166-1 alpha-2 to alpha-3. */
  iso3: ReadonlyMap<string, string>;
  byCode: ReadonlyMap<string, Place>;
}

/** Reads the countries' points and codes from the world-countries package (ODbL 1.0). */
export function loadCountryPlaces(): CountryPlaces {
  const require = createRequire(import.meta.url);
  const countries = require('world-countries/countries.json') as WorldCountry[];
  const iso3 = new Map<string, string>();
  const byCode = new Map<string, Place>();
  for (const country of countries) {
    const code = CODE_FIXES[country.cca3] ?? country.cca3;
    iso3.set(country.cca2, code);
    byCode.set(code, { name: country.name.common, country: code, lat: country.latlng[0], lon: country.latlng[1], kind: 'country', population: 0 });
  }
  return { iso3, byCode };
}
