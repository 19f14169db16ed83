import type { DocumentFocus, PlaceMention } from '../core/place.ts';
import type { PlaceLookup } from './place-lookup.ts';

/**
 * The document's main places, as CLIFF gives them: the country its place mentions name most
 * often (a city or region counts for its country), and the city named most often; ties go to the
 * one named first. Null when the document names no place.
 */
export function documentFocus(places: readonly PlaceMention[], lookup: PlaceLookup): DocumentFocus {
  const countries = new Map<string, number>();
  const cities = new Map<string, { mention: PlaceMention; count: number }>();
  for (const mention of places) {
    countries.set(mention.place.country, (countries.get(mention.place.country) ?? 0) + 1);
    if (mention.place.kind !== 'city') continue;
    const key = `${mention.place.geonameid ?? mention.place.name}`;
    const seen = cities.get(key);
    if (seen) seen.count++;
    else cities.set(key, { mention, count: 1 });
  }
  let country: DocumentFocus['country'] = null;
  for (const [code, mentions] of countries) if (!country || mentions > country.mentions) country = { code, name: lookup.country(code)?.name ?? code, mentions };
  let city: DocumentFocus['city'] = null;
  for (const { mention, count } of cities.values()) {
    if (city && count <= city.mentions) continue;
    const { place } = mention;
    city = { name: place.name, country: place.country, lat: place.lat, lon: place.lon, mentions: count };
    if (place.geonameid !== undefined) city.geonameid = place.geonameid;
  }
  return { country, city };
}
