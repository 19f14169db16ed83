import type { GazetteerData } from '../actors/gazetteer/types.ts';
import { loadCityIndex } from './city-cache.ts';
import type { CityIndex } from './city-index.ts';
import { loadCountryPlaces, type CountryPlaces } from './countries.ts';
import { createPlaceLookup, type PlaceLookup } from './place-lookup.ts';

export type { PlaceLookup } from './place-lookup.ts';

let shared: { cities: CityIndex; countries: CountryPlaces; loadMs: number } | undefined;
const lookups = new WeakMap<object, PlaceLookup>();

/**
 * The place lookup over a gazetteer's names, with the GeoNames index loaded once per process (at
 * first use, from the cache `city-cache.ts` writes) and shared by every coder; a gazetteer gets
 * its own names' lookup once.
 */
export function sharedPlaceLookup(gazetteer: Pick<GazetteerData, 'names'>): PlaceLookup {
  const known = lookups.get(gazetteer);
  if (known) return known;
  if (!shared) {
    const started = performance.now();
    const countries = loadCountryPlaces();
    shared = { countries, cities: loadCityIndex(countries.iso3).index, loadMs: 0 };
    shared.loadMs = Math.round(performance.now() - started);
  }
  const lookup = createPlaceLookup(gazetteer, { cities: shared.cities, countries: shared.countries });
  lookup.stats.loadMs += shared.loadMs;
  lookups.set(gazetteer, lookup);
  return lookup;
}
