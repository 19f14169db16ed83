import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { actionGeo } from '../src/formats/gdelt.ts';
import { fipsCountry, readFipsCodes } from '../src/geo/fips.ts';
import type { EventLocation } from '../src/core/place.ts';

describe('FIPS 10-4 country codes for the GDELT-like export', () => {
  it('has a row for every country of world-countries, and no FIPS code twice', () => {
    const require = createRequire(import.meta.url);
    const countries = require('world-countries/countries.json') as { cca3: string }[];
    const codes = readFipsCodes();
    const missing = countries.map((c) => (c.cca3 === 'UNK' ? 'XKX' : c.cca3)).filter((code) => !codes.has(code));
    // Aland, the Caribbean Netherlands and the US Minor Outlying Islands have no FIPS 10-4 code of their own
    assert.deepEqual(missing.sort(), ['ALA', 'BES', 'UMI']);
    const values = [...codes.values()];
    assert.equal(new Set(values).size, values.length);
  });

  it('gives the codes where FIPS and ISO part ways', () => {
    const cases: [string, string][] = [['IRQ', 'IZ'], ['GBR', 'UK'], ['DEU', 'GM'], ['CHN', 'CH'], ['CHE', 'SZ'], ['AUT', 'AU'], ['AUS', 'AS'], ['RUS', 'RS'], ['SRB', 'RI'], ['ISR', 'IS'], ['XKX', 'KV'], ['USA', 'US']];
    for (const [iso, fips] of cases) assert.equal(fipsCountry(iso), fips, iso);
    assert.equal(fipsCountry('PSE', { lon: 34.45 }), 'GZ', 'a place in the Gaza Strip');
    assert.equal(fipsCountry('PSE', { lon: 35.2 }), 'WE', 'a place in the West Bank');
    assert.equal(fipsCountry('ALA'), undefined);
  });

  it('fills ActionGeo_CountryCode and ActionGeo_ADM1Code in FIPS', () => {
    const najaf: EventLocation = { start: 0, end: 5, text: 'NAJAF', name: 'Najaf', country: 'IRQ', admin1: '17', lat: 32.0, lon: 44.3, geonameid: 98463, kind: 'city', basis: 'dateline', reason: 'test' };
    const [type, fullName, country, adm1] = actionGeo(najaf);
    assert.deepEqual([type, fullName, country, adm1], [4, 'Najaf, IRQ', 'IZ', 'IZ17']);
    const nowhere: EventLocation = { ...najaf, country: 'ALA', admin1: undefined, kind: 'country' };
    assert.deepEqual(actionGeo(nowhere).slice(2, 4), [null, null]);
  });
});
