import { nameKey } from '../actors/gazetteer/normalise.ts';
import type { EventLocation, PlaceKind } from '../core/place.ts';
import type { PlaceLookup } from '../geo/place-lookup.ts';

/** A hand-placed location of ../shared/eval/agnews-dev-geo.jsonl. */
export interface GoldLocation {
  text: string | null;
  name: string;
  country: string;
  geonameid: number | null;
  kind: PlaceKind | 'other';
  basis: string;
}

/** The geolocation figures over a set of paired (gold, predicted) locations. */
export interface GeoScores {
  /** Paired events. */
  events: number;
  /** Paired events the gold places. */
  placed: number;
  /** Of the placed ones: the predicted country is the gold one. */
  country_accuracy: number;
  /** Of the placed ones: the same GeoNames id, or the same named region or country. */
  place_accuracy: number;
  /** Of the placed ones whose gold point is known: predicted within 161 km (100 miles). */
  within_161km: number;
  /** Of the events Parley leaves without a place: the gold has none either. */
  null_precision: number;
  /** Of the events the gold leaves without a place: Parley has none either. */
  null_recall: number;
  /** Placed gold events whose point the lookup does not know (counted as not within 161 km). */
  gold_points_unknown?: number;
}

/** Great-circle distance in kilometres. */
export function distanceKm(a: { lat: number; lon: number }, b: { lat: number; lon: number }): number {
  const rad = Math.PI / 180;
  const dLat = (b.lat - a.lat) * rad;
  const dLon = (b.lon - a.lon) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a.lat * rad) * Math.cos(b.lat * rad) * Math.sin(dLon / 2) ** 2;
  return 2 * 6371 * Math.asin(Math.min(1, Math.sqrt(h)));
}

/** The point of a gold location: its GeoNames place, else the region or country of its name in the lookup. */
export function goldPoint(gold: GoldLocation, lookup: PlaceLookup): { lat: number; lon: number } | undefined {
  if (gold.geonameid !== null) {
    const record = lookup.cities.byGeonameId(gold.geonameid);
    return record === undefined ? undefined : lookup.cities.place(record);
  }
  if (gold.kind === 'country') return lookup.country(gold.country);
  return lookup.candidates(nameKey(gold.name), { limit: 0 }).find((c) => c.place.country === gold.country)?.place;
}

/** True when the predicted place is the gold one: the same GeoNames id, or the same named region, or the same country at country level. */
export function samePlace(gold: GoldLocation, predicted: EventLocation): boolean {
  if (gold.geonameid !== null) return predicted.geonameid === gold.geonameid;
  if (gold.kind === 'country') return predicted.kind === 'country' && predicted.country === gold.country;
  return predicted.country === gold.country && nameKey(predicted.name) === nameKey(gold.name);
}

/** Scores paired locations (gold null = the gold says the event has no place; predicted null = Parley gives none). */
export function scoreLocations(pairs: readonly { gold: GoldLocation | null; predicted: EventLocation | null }[], lookup: PlaceLookup): GeoScores {
  let placed = 0;
  let countryRight = 0;
  let placeRight = 0;
  let withPoint = 0;
  let near = 0;
  let predictedNull = 0;
  let bothNull = 0;
  let goldNull = 0;
  for (const { gold, predicted } of pairs) {
    if (!predicted) predictedNull++;
    if (!gold) {
      goldNull++;
      if (!predicted) bothNull++;
      continue;
    }
    placed++;
    if (!predicted) continue;
    if (predicted.country === gold.country) countryRight++;
    if (samePlace(gold, predicted)) placeRight++;
    const point = goldPoint(gold, lookup);
    if (point) {
      withPoint++;
      if (distanceKm(point, predicted) <= 161) near++;
    }
  }
  // a gold point the lookup cannot find counts as missed, so the share stays over all placed events
  const round = (value: number) => Math.round(value * 10000) / 10000;
  const share = (part: number, whole: number) => (whole ? round(part / whole) : 0);
  return {
    events: pairs.length,
    placed,
    country_accuracy: share(countryRight, placed),
    place_accuracy: share(placeRight, placed),
    within_161km: share(near, placed),
    null_precision: share(bothNull, predictedNull),
    null_recall: share(bothNull, goldNull),
    ...(withPoint < placed ? { gold_points_unknown: placed - withPoint } : {}),
  };
}
