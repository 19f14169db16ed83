import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { isParleyError } from '../src/core/errors.ts';
import { assertCountsAsRecounted, describeEventStore } from '../src/store/conformance.ts';
import { openStore } from '../src/store/open.ts';
import { sqliteEventOrder } from '../src/store/sqlite/event-order.ts';
import { MIGRATIONS, migrate } from '../src/store/sqlite/migrations.ts';
import { orderNeedsDocuments } from '../src/store/sql-event-order.ts';
import { EVENT_SORTS } from '../src/store/store.ts';
import { makeDocument, makeEvent, oldStoreEvents } from './store-helpers.ts';

const LONG_REPORT =
  'Iranian President Masoud Pezeshkian has instructed the foreign minister to explore negotiations with the United States, ' +
  'provided that such talks take place in an atmosphere free from threats, coercion and unreasonable expectations, officials said on Tuesday in Tehran.';

function tempStorePath(): string {
  return join(mkdtempSync(join(tmpdir(), 'parley-store-')), 'parley.db');
}

/** A store file at schema `version` holding one document and the events of oldStoreEvents(), as that version wrote them. */
function oldStore(version: number): string {
  const file = tempStorePath();
  const raw = new BetterSqlite3(file);
  migrate(raw, file, MIGRATIONS.slice(0, version));
  raw.prepare("INSERT INTO documents (key, id, content_hash, text, origin, layers, minhash, ingested_at) VALUES (1, 'o', 'h', 'Old news', 'test', '[]', x'00', 'now')").run();
  raw.prepare("INSERT INTO merged_events (key, status_class) VALUES (1, 'actual')").run();
  for (const { columns } of oldStoreEvents()) {
    raw.prepare(`INSERT INTO events (${Object.keys(columns).join(', ')}) VALUES (${Object.keys(columns).map((column) => `@${column}`).join(', ')})`).run(columns);
  }
  raw.close();
  return file;
}

describeEventStore('SQLite in memory', () => openStore('sqlite::memory:'));
let lastFile = '';
describeEventStore('SQLite file', () => openStore(`sqlite:${(lastFile = tempStorePath())}`), {
  deleteEvents: async (ids) => {
    const raw = new BetterSqlite3(lastFile);
    raw.prepare(`DELETE FROM events WHERE id IN (${ids.map(() => '?').join(', ')})`).run(...ids);
    raw.close();
  },
});

describe('SqliteStore', () => {
  it('keeps its data across reopening, in WAL mode while open and in rollback-journal mode at rest, at the current schema version', async () => {
    const file = tempStorePath();
    const store = openStore(file);
    await store.addDocuments([{ document: makeDocument('a', LONG_REPORT, [makeEvent('a1', 'IRNGOV', 'USA', '036')], '2026-11-26'), origin: 'test:a' }]);
    const open = new BetterSqlite3(file, { readonly: true });
    assert.equal(open.pragma('journal_mode', { simple: true }), 'wal');
    open.close();
    await store.close();
    const reader = openStore(file, { readonly: true });
    assert.equal((await reader.counts()).events, 1);
    await reader.close();
    // at rest, so that it can be read from a folder that cannot be written (no shared-memory file needed)
    const raw = new BetterSqlite3(file, { readonly: true });
    assert.equal(raw.pragma('journal_mode', { simple: true }), 'delete');
    raw.close();
  });

  it('refuses to add documents when opened read-only', async () => {
    const file = tempStorePath();
    await openStore(file).close();
    const reader = openStore(file, { readonly: true });
    await assert.rejects(reader.addDocuments([]), (error) => isParleyError(error, 'STORE_UNAVAILABLE') && /read-only/.test(error.message));
    await reader.close();
  });

  it('rolls back a batch that fails part way, so that it can be added again', async () => {
    const store = openStore(':memory:');
    const broken = makeDocument('b', 'a second text', [makeEvent('b1', 'IRNGOV', 'USA', '036')], '2026-11-26');
    // an event without a trigger fails on insert, after its document was written
    (broken.events![0] as { trigger?: unknown }).trigger = undefined;
    await assert.rejects(store.addDocuments([{ document: makeDocument('a', LONG_REPORT, [], '2026-11-26'), origin: 'test:a' }, { document: broken, origin: 'test:b' }]));
    assert.equal((await store.counts()).documents, 0);
    const again = await store.addDocuments([{ document: makeDocument('a', LONG_REPORT, [], '2026-11-26'), origin: 'test:a' }]);
    assert.equal(again.added, 1);
    await store.close();
  });

  it("migrates a version 5 store to the pair index, which a pair's page and series then read, the same events both ways", async () => {
    const file = oldStore(5);
    const store = openStore(file);
    const pair = { source: 'USA', target: 'IRN', eitherDirection: true };
    assert.deepEqual((await store.queryEvents({ ...pair, order: 'newest' })).map((stored) => stored.event.id), ['o3', 'o2', 'o1']);
    // the old rows all name one merged event: every report counted (o3 is a reported claim)
    assert.deepEqual((await store.timeSeries({ ...pair, interval: 'day', status: ['actual', 'reported'], merged: false })).map((point) => [point.period, point.events]), [['2026-10-01', 1], ['2026-10-02', 1], ['2026-10-03', 1]]);
    await store.close();
    const reopened = new BetterSqlite3(file, { readonly: true });
    assert.deepEqual(reopened.prepare("SELECT name FROM sqlite_master WHERE type = 'index' AND name IN ('events_pair', 'events_dyad')").pluck().all(), ['events_pair']);
    reopened.close();
  });

  for (const version of [1, 2]) {
    it(`migrates a version ${version} store to the actor counts and location columns, filling them from the stored records, nothing lost`, async () => {
      const file = tempStorePath();
      const raw = new BetterSqlite3(file);
      migrate(raw, file, MIGRATIONS.slice(0, version));
      assert.equal(raw.pragma('user_version', { simple: true }), version);
      // an event row as that version wrote it, its location only in the record
      const located = makeEvent('a1', 'IRQINS', 'IRQCOP', '190', { location: { start: 0, end: 5, text: 'Mosul', name: 'Mosul', country: 'IRQ', lat: 36.34, lon: 43.13, kind: 'city', basis: 'stated', reason: 'test' } });
      raw.prepare("INSERT INTO documents (key, id, content_hash, text, origin, layers, minhash, ingested_at) VALUES (1, 'a', 'h', 'Mosul attack', 'test', '[]', x'00', 'now')").run();
      raw.prepare("INSERT INTO merged_events (key, status_class) VALUES (1, 'actual')").run();
      raw.prepare(
        "INSERT INTO events (id, document, merged, sentence, trigger_start, trigger_end, trigger_text, source_code, target_code, cameo_code, cameo_root, goldstein, quad_class, polarity, modality, conditional, reported, historical, status_class, confidence, rule, record) VALUES ('a1', 1, 1, 0, 0, 5, 'x', 'IRQINS', 'IRQCOP', '190', '19', -10, 4, 'positive', 'actual', 0, 0, 0, 'actual', 1, 'r', ?)",
      ).run(JSON.stringify(located));
      // version 2 kept the actor counts as it wrote events; migration 2 counts them from the records
      if (version === 2) raw.prepare("INSERT INTO actor_counts (code, events, as_source, as_target) VALUES ('IRQINS', 1, 1, 0), ('IRQCOP', 1, 0, 1)").run();
      raw.close();
      const store = openStore(file);
      assert.deepEqual((await store.queryEvents({ country: 'IRQ' })).map((stored) => stored.event.location), [located.location]);
      assert.equal((await store.queryEvents({ bbox: { west: 40, south: 30, east: 50, north: 40 } })).length, 1);
      assert.deepEqual(await store.actorCounts(), [
        { code: 'IRQCOP', events: 1, asSource: 0, asTarget: 1 },
        { code: 'IRQINS', events: 1, asSource: 1, asTarget: 0 },
      ]);
      await store.close();
      const reopened = new BetterSqlite3(file, { readonly: true });
      assert.equal(reopened.pragma('user_version', { simple: true }), MIGRATIONS.length);
      reopened.close();
    });
  }

  it('migrates a version 4 store to the sort indexes and the kept counts, which then equal a fresh count as events are written, changed and removed', async () => {
    const file = oldStore(4);
    const store = openStore(file);
    assert.equal((await store.counts()).events, 5);
    await assertCountsAsRecounted(store, 'after migrating');
    await store.addDocuments([{ document: makeDocument('n', 'Iraq and Iran signed a border accord.', [makeEvent('n1', 'IRQGOV', 'IRN', '057')], '2026-11-26'), origin: 'test:n' }]);
    await assertCountsAsRecounted(store, 'after adding a document');
    const admin = new BetterSqlite3(file);
    admin.prepare("UPDATE events SET status_class = 'negated', day = NULL WHERE id = 'o1'").run();
    admin.prepare("DELETE FROM events WHERE id IN ('o3', 'o5')").run();
    admin.close();
    assert.deepEqual(await store.countBy({ status: ['negated'] }, 'status', 10), [{ key: 'negated', events: 2 }], 'a changed status is counted under its new value');
    await assertCountsAsRecounted(store, 'after changing and deleting events outside Parley');
    await store.close();
    const reopened = new BetterSqlite3(file, { readonly: true });
    assert.equal(reopened.pragma('user_version', { simple: true }), MIGRATIONS.length);
    reopened.close();
  });

  it('pages events in every sort from an index, without sorting them all first', async () => {
    const file = tempStorePath();
    const store = openStore(file);
    await store.addDocuments([
      { document: makeDocument('a', 'Iran offered talks to Oman.', [makeEvent('a1', 'IRNGOV', 'OMN', '036')], '2026-11-01'), origin: 'test:a' },
      { document: makeDocument('b', 'Oman hosted the talks.', [makeEvent('b1', 'OMN', 'IRN', '042'), makeEvent('b2', 'OMNGOV', 'IRNGOV', '043')]), origin: 'test:b' },
    ]);
    await store.close();
    const raw = new BetterSqlite3(file, { readonly: true });
    for (const sort of EVENT_SORTS) {
      for (const order of ['oldest', 'newest'] as const) {
        const query = { sort, order };
        const sql = `SELECT e.key FROM events e ${orderNeedsDocuments(query) ? 'JOIN documents d ON d.key = e.document' : ''} ${sqliteEventOrder(query)} LIMIT 50`;
        const plan = (raw.prepare(`EXPLAIN QUERY PLAN ${sql}`).all() as { detail: string }[]).map((step) => step.detail).join('; ');
        assert.doesNotMatch(plan, /TEMP B-TREE/, `sorted by ${sort}, ${order} first: ${plan}`);
      }
    }
    raw.close();
  });

  it('refuses a store written by a newer schema', async () => {
    const file = tempStorePath();
    const raw = new BetterSqlite3(file);
    raw.pragma('user_version = 999');
    raw.close();
    assert.throws(() => openStore(file), (error) => isParleyError(error, 'STORE_UNAVAILABLE') && /schema version 999.*upgrade Parley/.test(error.message));
  });

  it('refuses to read a store that does not exist, saying how to make one', () => {
    assert.throws(
      () => openStore('/no/such/dir/parley.db', { readonly: true }),
      (error) => isParleyError(error, 'STORE_UNAVAILABLE') && /no store at \/no\/such\/dir\/parley\.db: ingest something first/.test(error.message),
    );
  });
});
