import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { decodeCityTables, encodeCityTables, loadCityIndex } from '../src/geo/city-cache.ts';
import { decodeCities, readCitiesFile } from '../src/geo/city-index.ts';
import { loadCountryPlaces } from '../src/geo/countries.ts';

const { iso3 } = loadCountryPlaces();

describe('the city index cache', () => {
  it('gives back exactly the decoded tables', () => {
    const tables = decodeCities(readCitiesFile(), iso3);
    const back = decodeCityTables(encodeCityTables(tables));
    assert.deepEqual(back, tables);
  });

  it('is written at first use, read at the next, and a damaged one is decoded afresh', () => {
    const folder = mkdtempSync(join(tmpdir(), 'parley-cities-'));
    try {
      const first = loadCityIndex(iso3, { cacheDir: folder });
      assert.equal(first.source, 'decoded-and-cached');
      const second = loadCityIndex(iso3, { cacheDir: folder });
      assert.equal(second.source, 'cache');
      for (const key of ['baghdad', 'tripoli', 'san jose']) {
        assert.deepEqual(second.index.find(key).map((r) => second.index.place(r)), first.index.find(key).map((r) => first.index.place(r)), key);
      }
      assert.ok(second.index.firstWords.has('baghdad'));
      assert.ok(!second.index.firstWords.has('zzqx'));
      // cut short: the header promises more than the file holds
      const whole = readFileSync(second.file);
      writeFileSync(second.file, whole.subarray(0, whole.length - 1000));
      assert.throws(() => decodeCityTables(readFileSync(second.file)), /cut short|bytes where its header says/);
      const third = loadCityIndex(iso3, { cacheDir: folder });
      assert.equal(third.source, 'decoded-and-cached');
      assert.equal(third.index.size, first.index.size);
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });

  it('refuses a file that is no city cache', () => {
    assert.throws(() => decodeCityTables(Buffer.from('{"magic":"something else"}\n')), /not a city cache/);
  });
});
