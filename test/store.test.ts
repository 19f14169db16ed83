import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { isParleyError } from '../src/core/errors.ts';
import { openSqliteStore } from '../src/store/sqlite-store.ts';
import type { DocumentRecord } from '../src/store/store.ts';
import { makeDocument, makeEvent } from './store-helpers.ts';

const LONG_REPORT =
  'Iranian President Masoud Pezeshkian has instructed the foreign minister to explore negotiations with the United States, ' +
  'provided that such talks take place in an atmosphere free from threats, coercion and unreasonable expectations, officials said on Tuesday in Tehran.';

function record(id: string, text: string, events = [makeEvent(`${id}-e1`, 'IRNGOV', 'USA', '036')], published = '2026-11-26', outlet?: string): DocumentRecord {
  return { document: makeDocument(id, text, events, published), origin: `test:${id}`, outlet };
}

function tempStorePath(): string {
  return join(mkdtempSync(join(tmpdir(), 'parley-store-')), 'parley.db');
}

describe('SqliteStore', () => {
  it('gives back a stored document with its sentences, mentions and events', async () => {
    const store = openSqliteStore(':memory:');
    const event = makeEvent('e1', 'IRNGOV', 'USA', '036', { date: '2026-11-25', status: { conditional: true, condition: { start: 30, end: 40 } } });
    await store.addDocuments([{ ...record('d1', LONG_REPORT, [event]), title: 'Talks', url: 'http://example.test/a', outlet: 'Wire' }]);
    const stored = await store.getDocument('d1');
    assert.ok(stored);
    assert.equal(stored.document.text, LONG_REPORT);
    assert.equal(stored.document.published, '2026-11-26');
    assert.deepEqual(stored.document.events, [event]);
    assert.equal(stored.document.mentions?.[0].code, 'IRNGOV');
    assert.deepEqual(stored.document.sentences, [{ start: 0, end: LONG_REPORT.length, tokens: [] }]);
    assert.deepEqual([stored.title, stored.url, stored.outlet, stored.origin], ['Talks', 'http://example.test/a', 'Wire', 'test:d1']);
    await store.close();
  });

  it('adds nothing when the same text is stored again, under any id', async () => {
    const store = openSqliteStore(':memory:');
    await store.addDocuments([record('d1', LONG_REPORT)]);
    const again = await store.addDocuments([record('d1', LONG_REPORT), record('other-id', LONG_REPORT)]);
    assert.equal(again.added, 0);
    assert.equal(again.duplicates, 2);
    const counts = await store.counts();
    assert.equal(counts.documents, 1);
    assert.equal(counts.events, 1);
  });

  it('refuses a known id with a different text, naming where it came from', async () => {
    const store = openSqliteStore(':memory:');
    await store.addDocuments([record('d1', LONG_REPORT)]);
    const result = await store.addDocuments([record('d1', 'A different text altogether.')]);
    assert.equal(result.added, 0);
    assert.match(result.conflicts[0], /^test:d1: document id "d1" is stored already with a different text/);
  });

  it('merges reports of one event in two documents within the date window', async () => {
    const store = openSqliteStore(':memory:');
    await store.addDocuments([
      record('a', 'Iran said it would explore talks with Washington.', [makeEvent('a1', 'IRNGOV', 'USA', '036')], '2026-11-26', 'Wire A'),
      record('b', 'Tehran is ready to negotiate with the United States, its president said.', [makeEvent('b1', 'IRNGOV', 'USA', '031')], '2026-11-27', 'Wire B'),
      record('c', 'Iran again offered talks to the US, weeks later.', [makeEvent('c1', 'IRNGOV', 'USA', '036')], '2026-12-20', 'Wire A'),
    ]);
    const events = await store.queryEvents({});
    assert.equal(events.length, 3);
    const [a, b, c] = events;
    assert.equal(a.merged.id, b.merged.id);
    assert.notEqual(a.merged.id, c.merged.id);
    assert.deepEqual([a.merged.mentions, a.merged.documents, a.merged.outlets, a.merged.independentSources], [2, 2, 2, 2]);
    assert.deepEqual([a.merged.firstDay, a.merged.lastDay], ['2026-11-26', '2026-11-27']);
    const counts = await store.counts();
    assert.deepEqual([counts.mergedEvents, counts.mergedGroups], [2, 1]);
  });

  for (const [label, status] of [
    ['negated', { polarity: 'negative' as const }],
    ['hypothetical', { modality: 'hypothetical' as const }],
    ['speculative', { modality: 'speculative' as const }],
    ['historical', { historical: true }],
  ] as const) {
    it(`keeps a ${label} report apart from an actual one`, async () => {
      const store = openSqliteStore(':memory:');
      await store.addDocuments([
        record('a', 'Iran held talks with the United States on Monday.', [makeEvent('a1', 'IRNGOV', 'USA', '036')]),
        record('b', 'Iran did not hold talks with the United States, or may, or did long ago.', [makeEvent('b1', 'IRNGOV', 'USA', '036', { status })]),
      ]);
      const [a, b] = await store.queryEvents({});
      assert.notEqual(a.merged.id, b.merged.id);
      assert.equal(b.statusClass, label);
    });
  }

  it('does not merge across CAMEO roots, dyads or directions', async () => {
    const store = openSqliteStore(':memory:');
    await store.addDocuments([
      record('a', 'one text here', [makeEvent('a1', 'IRNGOV', 'USA', '036'), makeEvent('a2', 'IRNGOV', 'USA', '111'), makeEvent('a3', 'USA', 'IRNGOV', '036')]),
      record('b', 'two text here', [makeEvent('b1', 'IRNGOV', 'GBR', '036')]),
    ]);
    const ids = new Set((await store.queryEvents({})).map((stored) => stored.merged.id));
    assert.equal(ids.size, 4);
  });

  it('counts a syndicated copy as a second document but not as an independent source', async () => {
    const store = openSqliteStore(':memory:');
    await store.addDocuments([
      record('a', LONG_REPORT, [makeEvent('a1', 'IRNGOV', 'USA', '036')], '2026-11-26', 'Wire'),
      record('b', `${LONG_REPORT} (Reporting by a stringer.)`, [makeEvent('b1', 'IRNGOV', 'USA', '036')], '2026-11-26', 'Daily Paper'),
    ]);
    const [first] = await store.queryEvents({});
    assert.deepEqual([first.merged.documents, first.merged.outlets, first.merged.independentSources], [2, 2, 1]);
    assert.equal((await store.getDocument('b'))?.duplicateOf, 'a');
    assert.equal((await store.counts()).nearDuplicates, 1);
  });

  it('filters events by actor prefix, direction, code, status, dates and words of the text', async () => {
    const store = openSqliteStore(':memory:');
    await store.addDocuments([
      record('a', 'Iran offered talks to the United States.', [makeEvent('a1', 'IRNGOV', 'USA', '036')], '2026-11-01'),
      record('b', 'The United States accused Iran.', [makeEvent('b1', 'USAGOV', 'IRN', '112')], '2026-11-10'),
      record('c', 'Iran denied meeting Britain.', [makeEvent('c1', 'IRN', 'GBR', '040', { status: { polarity: 'negative' } })], '2026-11-20'),
    ]);
    const ids = async (query: Parameters<typeof store.queryEvents>[0]) => (await store.queryEvents(query)).map((stored) => stored.event.id);
    assert.deepEqual(await ids({ source: 'irn' }), ['a1', 'c1']);
    assert.deepEqual(await ids({ source: 'IRN', target: 'USA' }), ['a1']);
    assert.deepEqual(await ids({ source: 'IRN', target: 'USA', eitherDirection: true }), ['a1', 'b1']);
    assert.deepEqual(await ids({ target: 'IRN', eitherDirection: true }), ['a1', 'b1', 'c1']);
    assert.deepEqual(await ids({ cameo: '11' }), ['b1']);
    assert.deepEqual(await ids({ root: '04' }), ['c1']);
    assert.deepEqual(await ids({ ploverType: 'accuse' }), ['b1']);
    assert.deepEqual(await ids({ status: ['negated'] }), ['c1']);
    assert.deepEqual(await ids({ from: '2026-11-05', to: '2026-11-15' }), ['b1']);
    assert.deepEqual(await ids({ text: 'accused' }), ['b1']);
    assert.deepEqual(await ids({ limit: 1 }), ['a1']);
  });

  it('pages events with an offset, oldest or newest first', async () => {
    const store = openSqliteStore(':memory:');
    await store.addDocuments([
      record('a', 'Iran offered talks to the United States.', [makeEvent('a1', 'IRNGOV', 'USA', '036')], '2026-11-01'),
      record('b', 'The United States accused Iran.', [makeEvent('b1', 'USAGOV', 'IRN', '112')], '2026-11-10'),
      record('c', 'Iran denied meeting Britain.', [makeEvent('c1', 'IRN', 'GBR', '040')], '2026-11-20'),
    ]);
    const ids = async (query: Parameters<typeof store.queryEvents>[0]) => (await store.queryEvents(query)).map((stored) => stored.event.id);
    assert.deepEqual(await ids({ limit: 2, offset: 1 }), ['b1', 'c1']);
    assert.deepEqual(await ids({ order: 'newest', limit: 2 }), ['c1', 'b1']);
    assert.deepEqual(await ids({ order: 'newest', offset: 2 }), ['a1']);
  });

  it('reports a malformed full-text query as invalid input', async () => {
    const store = openSqliteStore(':memory:');
    await store.addDocuments([record('a', LONG_REPORT)]);
    await assert.rejects(store.queryEvents({ text: '"unbalanced' }), (error) => isParleyError(error, 'INPUT_INVALID'));
  });

  it('gives a weekly time series of a pair by quad class, counting actual merged events by default', async () => {
    const store = openSqliteStore(':memory:');
    await store.addDocuments([
      // Monday 2026-11-02 and Tuesday 2026-11-03: one merged event (two reports)
      record('a', 'first report of talks', [makeEvent('a1', 'IRNGOV', 'USA', '036')], '2026-11-02'),
      record('b', 'second report of the same talks', [makeEvent('b1', 'IRNGOV', 'USA', '036')], '2026-11-03'),
      record('c', 'an accusation that week', [makeEvent('c1', 'USA', 'IRNGOV', '112')], '2026-11-05'),
      record('d', 'a denied attack', [makeEvent('d1', 'IRNGOV', 'USA', '190', { status: { polarity: 'negative' } })], '2026-11-05'),
      record('e', 'an attack the week after', [makeEvent('e1', 'IRNGOV', 'USA', '190')], '2026-11-12'),
    ]);
    const series = await store.timeSeries({ source: 'IRN', target: 'USA', eitherDirection: true, interval: 'week' });
    assert.deepEqual(series, [
      { period: '2026-11-02', events: 2, quadClass: { 1: 1, 2: 0, 3: 1, 4: 0 }, goldsteinSum: -2, goldsteinMean: -1 },
      { period: '2026-11-09', events: 1, quadClass: { 1: 0, 2: 0, 3: 0, 4: 1 }, goldsteinSum: -5, goldsteinMean: -5 },
    ]);
    const monthly = await store.timeSeries({ source: 'IRN', target: 'USA', interval: 'month', status: ['actual', 'negated'], merged: false });
    assert.deepEqual(monthly.map((point) => [point.period, point.events]), [['2026-11', 4]]);
  });

  it('keeps its data across reopening, in WAL mode, at the current schema version', async () => {
    const file = tempStorePath();
    const store = openSqliteStore(file);
    await store.addDocuments([record('a', LONG_REPORT)]);
    await store.close();
    const reader = openSqliteStore(file, { readonly: true });
    assert.equal((await reader.counts()).events, 1);
    await reader.close();
    const raw = new BetterSqlite3(file, { readonly: true });
    assert.equal(raw.pragma('journal_mode', { simple: true }), 'wal');
    raw.close();
  });

  it('refuses a store written by a newer schema', async () => {
    const file = tempStorePath();
    const raw = new BetterSqlite3(file);
    raw.pragma('user_version = 999');
    raw.close();
    assert.throws(() => openSqliteStore(file), (error) => isParleyError(error, 'STORE_UNAVAILABLE') && /schema version 999.*upgrade Parley/.test(error.message));
  });

  it('refuses to read a store that does not exist, saying how to make one', () => {
    assert.throws(
      () => openSqliteStore('/no/such/dir/parley.db', { readonly: true }),
      (error) => isParleyError(error, 'STORE_UNAVAILABLE') && /no store at \/no\/such\/dir\/parley\.db: ingest something first/.test(error.message),
    );
  });
});
