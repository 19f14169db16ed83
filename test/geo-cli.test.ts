import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parley } from './cli-helpers.ts';

// Event locations through the command line: ingest, the location filters, and the exports.
// Reports written for this test.

describe('parley query and export by where events happened', () => {
  const dir = mkdtempSync(join(tmpdir(), 'parley-geo-cli-'));
  const db = join(dir, 'parley.db');
  const lines = join(dir, 'reports.jsonl');
  writeFileSync(
    lines,
    [
      { id: 'lebanon', text: 'Lebanese soldiers clashed with Islamist gunmen in Tripoli on Monday.', published: '2025-01-02' },
      { id: 'afghanistan', text: 'KABUL (Reuters) - The Afghan foreign minister on Tuesday accused Pakistan of sheltering insurgents.', published: '2025-01-02' },
    ]
      .map((record) => JSON.stringify(record))
      .join('\n'),
  );

  it('stores the locations and filters by country and by a box on the map', () => {
    const ingest = parley(['ingest', lines, '--db', db, '--workers', '0', '--no-progress']);
    assert.equal(ingest.status, 0, ingest.stderr);
    const inLebanon = parley(['query', '--db', db, '--status', 'all', '--country', 'lbn', '--json']);
    assert.equal(inLebanon.status, 0, inLebanon.stderr);
    const events = inLebanon.stdout.trim().split('\n').map((line) => JSON.parse(line));
    assert.deepEqual(events.map((stored) => [stored.documentId, stored.event.location.name, stored.event.location.geonameid]), [['lebanon', 'Tripoli', 266826]]);
    const inBox = parley(['query', '--db', db, '--status', 'all', '--bbox', '60,29,75,38']);
    assert.match(inBox.stdout, /at Kabul \(AFG\)\s+\(afghanistan\)/);
    assert.doesNotMatch(inBox.stdout, /lebanon/);
  });

  it('refuses a box that is not four numbers, saying what it expects', () => {
    const bad = parley(['query', '--db', db, '--bbox', '60,29,75']);
    assert.equal(bad.status, 2);
    assert.match(bad.stderr, /--bbox: "60,29,75" is not four numbers west,south,east,north/);
    const upsideDown = parley(['query', '--db', db, '--bbox', '60,40,75,30']);
    assert.match(upsideDown.stderr, /south \(40\) is north of north \(30\)/);
  });

  it('writes the location in the CSV and the ActionGeo columns of the GDELT-like TSV', () => {
    const csv = parley(['export', '--db', db, '--format', 'csv', '--status', 'all', '--country', 'AFG']).stdout.trim().split('\n');
    const header = csv[0].split(',');
    const row = csv[1].split(',');
    assert.equal(row[header.indexOf('location_name')], 'Kabul');
    assert.equal(row[header.indexOf('location_basis')], 'dateline');
    const tsv = parley(['export', '--db', db, '--format', 'gdelt', '--status', 'all', '--country', 'LBN']).stdout.trim().split('\n').map((line) => line.split('\t'));
    const column = (name: string) => tsv[1][tsv[0].indexOf(name)];
    assert.equal(column('ActionGeo_Type'), '4');
    assert.equal(column('ActionGeo_FullName'), 'Tripoli, LBN');
    assert.equal(column('ActionGeo_CountryCode'), 'LE', 'GDELT writes the country in FIPS 10-4');
    assert.match(column('ActionGeo_ADM1Code'), /^LE\w+$/);
    assert.equal(column('ActionGeo_FeatureID'), '266826');
  });
});
