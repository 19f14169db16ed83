import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parley } from './cli-helpers.ts';
import { CSV_COLUMNS, EVENT_CSV_COLUMNS } from '../src/formats/csv.ts';
import { GDELT_COLUMNS } from '../src/formats/gdelt.ts';
import { openStore } from '../src/store/open.ts';

const examples = fileURLToPath(new URL('../examples', import.meta.url));

/** Parses RFC 4180 CSV (quoted fields with commas, quotes and line breaks). */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') (field += '"'), i++;
      else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') row.push(field), (field = '');
    else if (c === '\n' || (c === '\r' && text[i + 1] === '\n')) {
      row.push(field), rows.push(row), (row = []), (field = '');
      if (c === '\r') i++;
    } else field += c;
  }
  return rows;
}

describe('parley ingest, query and export', () => {
  const dir = mkdtempSync(join(tmpdir(), 'parley-cli-'));
  const db = join(dir, 'parley.db');
  const lines = join(dir, 'reports.jsonl');
  writeFileSync(
    lines,
    [
      { id: 'r1', text: 'Egypt hosted talks with Israel in Cairo on Monday, officials said.', published: '2026-11-23', source: 'Wire A' },
      { id: 'r2', text: 'Egypt hosted talks with Israel in Cairo, the ministry said on Monday.', published: '2026-11-23', source: 'Wire B' },
    ]
      .map((record) => JSON.stringify(record))
      .join('\n'),
  );

  it('ingests the example reports and a JSONL file, and summarises what was coded', () => {
    const { status, stdout, stderr } = parley(['ingest', examples, lines, '--db', db, '--workers', '1', '--published', '2026-11-26']);
    assert.equal(status, 0, stderr);
    assert.match(stdout, /^Ingested 3 document\(s\) with \d+ event\(s\)/);
    assert.match(stdout, /now holds 3 document\(s\)/);
  });

  it('adds nothing when run again', () => {
    const { status, stdout } = parley(['ingest', examples, lines, '--db', db, '--workers', '0', '--json', '--no-progress']);
    assert.equal(status, 0);
    const summary = JSON.parse(stdout);
    assert.deepEqual([summary.documents_stored, summary.already_stored, summary.events], [0, 3, 0]);
  });

  it('exports CSV with the documented header, one row per stored event', async () => {
    const { status, stdout } = parley(['export', '--db', db, '--format', 'csv']);
    assert.equal(status, 0);
    const [header, ...rows] = parseCsv(stdout);
    assert.deepEqual(header, [...CSV_COLUMNS]);
    const store = openStore(db, { readonly: true });
    const stored = await store.queryEvents({});
    await store.close();
    assert.ok(stored.length > 0);
    assert.equal(rows.length, stored.length);
    assert.ok(rows.every((row) => row.length === CSV_COLUMNS.length));
    assert.deepEqual(rows.map((row) => row[header.indexOf('event')]), stored.map((event) => event.event.id));
    assert.ok(rows.every((row) => ['true', 'false'].includes(row[header.indexOf('reported')])));
  });

  it('exports the same CSV values for an event as `parley code --format csv` writes, then the store\'s own columns', () => {
    // both name the document by its file name, so its events get the same ids
    const name = readdirSync(examples).find((file) => file.endsWith('.txt')) as string;
    const coded = parseCsv(parley(['code', join(examples, name), '--published', '2026-11-26', '--format', 'csv']).stdout);
    const [header, ...rows] = parseCsv(parley(['export', '--db', db, '--format', 'csv', '--document', name]).stdout);
    assert.deepEqual(header.slice(0, EVENT_CSV_COLUMNS.length), coded[0]);
    assert.ok(rows.length > 0);
    const byEvent = (table: string[][]) => table.map((row) => row.slice(0, EVENT_CSV_COLUMNS.length)).sort((a, b) => a[1].localeCompare(b[1]));
    assert.deepEqual(byEvent(rows), byEvent(coded.slice(1)));
  });

  it('exports JSONL that reads back as the stored events', async () => {
    const file = join(dir, 'events.jsonl');
    assert.equal(parley(['export', '--db', db, '--format', 'jsonl', '--output', file]).status, 0);
    const exported = readFileSync(file, 'utf8').trim().split('\n').map((line) => JSON.parse(line));
    const store = openStore(db, { readonly: true });
    assert.deepEqual(exported, await store.queryEvents({}));
    await store.close();
  });

  it('exports a GDELT-like TSV and PLOVER JSON', () => {
    const tsv = parley(['export', '--db', db, '--format', 'gdelt']).stdout.trimEnd().split('\n');
    assert.deepEqual(tsv[0].split('\t'), [...GDELT_COLUMNS]);
    assert.ok(tsv.slice(1).every((line) => line.split('\t').length === GDELT_COLUMNS.length));
    const plover = JSON.parse(parley(['export', '--db', db, '--format', 'plover']).stdout);
    assert.ok(Array.isArray(plover));
    assert.ok(plover.every((record: { event_type: string }) => typeof record.event_type === 'string'));
  });

  it('answers queries and time series, and refuses bad filters all at once', () => {
    const listed = parley(['query', '--db', db, '--status', 'all', '--json']);
    assert.equal(listed.status, 0);
    assert.ok(listed.stdout.trim().split('\n').length > 0);
    const series = parley(['query', '--db', db, '--series', 'month', '--source', 'IRN', '--target', 'USA', '--either', '--status', 'all']);
    assert.equal(series.status, 0);
    assert.match(series.stdout, /^period\tevents\tverbal_coop/);
    const bad = parley(['query', '--db', db, '--from', '26/11/2026', '--status', 'maybe']);
    assert.equal(bad.status, 2);
    assert.match(bad.stderr, /--from: "26\/11\/2026" is not a date/);
    assert.match(bad.stderr, /--status: "maybe" is not one of/);
  });

  it('refuses to query a store that does not exist, saying how to make one', () => {
    const missing = parley(['query', '--db', join(dir, 'none.db')]);
    assert.equal(missing.status, 1);
    assert.match(missing.stderr, /no store at .*none\.db: ingest something first/);
  });

  it('opens the store from a sqlite: URL, and names a location of an unknown scheme', () => {
    assert.equal(parley(['query', '--db', `sqlite:${db}`, '--limit', '1']).status, 0);
    const unknown = parley(['query', '--db', 'mysql://db.example/parley']);
    assert.equal(unknown.status, 2);
    assert.match(unknown.stderr, /"mysql:\/\/db\.example\/parley" has the scheme mysql:/);
  });

  it('warns once, with a count, when documents have no date, and takes a dated dateline as one', () => {
    const undated = join(dir, 'undated.jsonl');
    writeFileSync(
      undated,
      [
        { id: 'u1', text: 'Chile expelled two Bolivian diplomats on Monday.' },
        { id: 'u2', text: 'Peru recalled its ambassador from Chile last week.' },
        { id: 'd1', text: 'LIMA, 3 December 2004 - Peru recalled its ambassador from Ecuador.' },
      ]
        .map((record) => JSON.stringify(record))
        .join('\n'),
    );
    const undatedDb = join(dir, 'undated.db');
    const { status, stdout, stderr } = parley(['ingest', undated, '--db', undatedDb, '--workers', '0', '--json', '--no-progress']);
    assert.equal(status, 0, stderr);
    assert.equal(JSON.parse(stdout).undated_documents, 2);
    assert.equal(stderr.match(/warning/g)?.length, 1, stderr);
    assert.match(stderr, /warning: 2 of 3 coded document\(s\) have no publication date/);
    const rows = parley(['query', '--db', undatedDb, '--json', '--status', 'all']).stdout.trim().split('\n').map((line) => JSON.parse(line));
    const days = Object.fromEntries(rows.map((row) => [row.documentId, row.day]));
    assert.deepEqual(days, { u1: null, u2: null, d1: '2004-12-03' });
  });
});
