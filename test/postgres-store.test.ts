import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import postgres from 'postgres';
import { isParleyError } from '../src/core/errors.ts';
import { assertCountsAsRecounted, describeEventStore } from '../src/store/conformance.ts';
import { openStore } from '../src/store/open.ts';
import { addDocuments } from '../src/store/add-documents.ts';
import { DEFAULT_MERGE_OPTIONS } from '../src/store/merge.ts';
import { PostgresBatchWriter } from '../src/store/postgres/batch-writer.ts';
import { migratePostgres, POSTGRES_MIGRATIONS } from '../src/store/postgres/migrations.ts';
import { parley } from './cli-helpers.ts';
import { describeWithPostgres } from './postgres-helpers.ts';
import { makeDocument, makeEvent, oldStoreEvents } from './store-helpers.ts';

// needs PostgreSQL: runs on a throwaway cluster (initdb in a temporary folder, a free local port)
await describeWithPostgres('PostgresStore', (cluster) => {
  let lastUrl = '';
  describeEventStore('PostgreSQL', async () => openStore((lastUrl = await cluster.createDatabase())), {
    deleteEvents: async (ids) => {
      const raw = postgres(lastUrl, { onnotice: () => {} });
      await raw.unsafe('DELETE FROM events WHERE id = ANY($1)', [ids as never]);
      await raw.end();
    },
  });

  describe('PostgresStore', () => {
    it('refuses a store written by a newer schema', async () => {
      const url = await cluster.createDatabase();
      const raw = postgres(url, { onnotice: () => {} });
      await raw.unsafe('CREATE TABLE parley_schema (version integer PRIMARY KEY, name text NOT NULL, applied_at timestamptz NOT NULL DEFAULT now())');
      await raw.unsafe("INSERT INTO parley_schema (version, name) VALUES (999, 'from the future')");
      await raw.end();
      const store = openStore(url);
      await assert.rejects(store.counts(), (error) => isParleyError(error, 'STORE_UNAVAILABLE') && /schema version 999.*upgrade Parley/.test(error.message));
      await store.close();
    });

    it('migrates a version 1 store to the location columns, filling them from the stored records', async () => {
      const url = await cluster.createDatabase();
      const raw = postgres(url, { onnotice: () => {} });
      await migratePostgres(raw, 'test', POSTGRES_MIGRATIONS.slice(0, 1));
      // an event row as version 1 wrote it, its location only in the record
      const located = makeEvent('a1', 'IRQINS', 'IRQCOP', '190', { location: { start: 0, end: 5, text: 'Mosul', name: 'Mosul', country: 'IRQ', lat: 36.34, lon: 43.13, kind: 'city', basis: 'stated', reason: 'test' } });
      await raw.unsafe("INSERT INTO documents (id, content_hash, text, origin, layers, minhash, ingested_at) VALUES ('a', 'h', 'Mosul attack', 'test', '[]', '\\x00', 'now')");
      await raw.unsafe("INSERT INTO merged_events (status_class) VALUES ('actual')");
      await raw.unsafe(
        `INSERT INTO events (id, document, merged, sentence, trigger_start, trigger_end, trigger_text, cameo_code, cameo_root, goldstein, quad_class, polarity, modality,
           conditional, reported, historical, status_class, confidence, rule, record)
         SELECT 'a1', d.key, m.key, 0, 0, 5, 'x', '190', '19', -10, 4, 'positive', 'actual', 0, 0, 0, 'actual', 1, 'r', $1::json FROM documents d, merged_events m`,
        [located as never],
      );
      await raw.end();
      const store = openStore(url);
      assert.deepEqual((await store.queryEvents({ country: 'IRQ' })).map((stored) => stored.event.location), [located.location]);
      assert.equal((await store.queryEvents({ bbox: { west: 40, south: 30, east: 50, north: 40 } })).length, 1);
      assert.equal((await store.queryEvents({ located: false })).length, 0);
      await store.close();
    });

    it('migrates a version 3 store to the sort indexes and the kept counts, which then equal a fresh count as events are written, changed and removed', async () => {
      const url = await cluster.createDatabase();
      const raw = postgres(url, { onnotice: () => {} });
      await migratePostgres(raw, 'test', POSTGRES_MIGRATIONS.slice(0, 3));
      await raw.unsafe("INSERT INTO documents (key, id, content_hash, text, origin, layers, minhash, ingested_at) OVERRIDING SYSTEM VALUE VALUES (1, 'o', 'h', 'Old news', 'test', '[]', '\\x00', 'now')");
      await raw.unsafe("INSERT INTO merged_events (key, status_class) OVERRIDING SYSTEM VALUE VALUES (1, 'actual')");
      for (const { columns } of oldStoreEvents()) {
        const names = Object.keys(columns);
        await raw.unsafe(`INSERT INTO events (${names.join(', ')}) VALUES (${names.map((name, i) => `$${i + 1}${name === 'record' ? '::json' : ''}`).join(', ')})`, names.map((name) => (name === 'record' ? JSON.parse(columns.record as string) : columns[name])) as never[]);
      }
      await raw.unsafe("SELECT setval(pg_get_serial_sequence('documents', 'key'), 1), setval(pg_get_serial_sequence('merged_events', 'key'), 1)");
      const store = openStore(url);
      assert.equal((await store.counts()).events, 5);
      await assertCountsAsRecounted(store, 'after migrating');
      await store.addDocuments([{ document: makeDocument('n', 'Iraq and Iran signed a border accord.', [makeEvent('n1', 'IRQGOV', 'IRN', '057')], '2026-11-26'), origin: 'test:n' }]);
      await assertCountsAsRecounted(store, 'after adding a document');
      await raw.unsafe("UPDATE events SET status_class = 'negated', day = NULL WHERE id = 'o1'");
      await raw.unsafe("DELETE FROM events WHERE id IN ('o3', 'o5')");
      await raw.end();
      assert.deepEqual(await store.countBy({ status: ['negated'] }, 'status', 10), [{ key: 'negated', events: 2 }], 'a changed status is counted under its new value');
      await assertCountsAsRecounted(store, 'after changing and deleting events outside Parley');
      await store.close();
    });

    it("migrates a version 6 store to the pair index, which a pair's page and series then read, the same events both ways", async () => {
      const url = await cluster.createDatabase();
      const raw = postgres(url, { onnotice: () => {} });
      await migratePostgres(raw, 'test', POSTGRES_MIGRATIONS.slice(0, 6));
      const written = [
        { document: makeDocument('q1', 'Chile sent a delegation to Peru for talks.', [makeEvent('q1e', 'CHLGOV', 'PER', '036')], '2026-11-20'), origin: 'test:q1' },
        { document: makeDocument('q2', 'Peru accused Chile of stalling.', [makeEvent('q2e', 'PERGOV', 'CHLMIL', '112')], '2026-11-21'), origin: 'test:q2' },
        { document: makeDocument('q3', 'Bolivia hosted Chilean envoys.', [makeEvent('q3e', 'BOL', 'CHL', '042')], '2026-11-22'), origin: 'test:q3' },
      ];
      await raw.begin(async (tx) => {
        const writer = await PostgresBatchWriter.forBatch(tx, written, DEFAULT_MERGE_OPTIONS);
        await addDocuments(writer, written, DEFAULT_MERGE_OPTIONS);
        await writer.flush();
      });
      const store = openStore(url);
      const pair = { source: 'PER', target: 'CHL', eitherDirection: true };
      assert.deepEqual((await store.queryEvents({ ...pair, order: 'newest', limit: 5 })).map((stored) => stored.event.id), ['q2e', 'q1e']);
      assert.deepEqual((await store.timeSeries({ ...pair, interval: 'day' })).map((point) => [point.period, point.events]), [['2026-11-20', 1], ['2026-11-21', 1]]);
      const indexes = (await raw.unsafe("SELECT indexname FROM pg_indexes WHERE tablename = 'events' AND indexname IN ('events_pair', 'events_dyad')")).map((row) => row.indexname);
      assert.deepEqual(indexes, ['events_pair']);
      await raw.end();
      await store.close();
    });

    it('migrates a version 4 store to key checks once per statement, keeping every row, and still refuses rows naming no document and deletes of named ones', async () => {
      const url = await cluster.createDatabase();
      const raw = postgres(url, { onnotice: () => {} });
      await migratePostgres(raw, 'test', POSTGRES_MIGRATIONS.slice(0, 4));
      // written as version 4 stored them, foreign keys and all
      const report = 'Delegates from Chile and Peru met in Lima on Tuesday to settle a dispute over fishing rights along their maritime border, and agreed to meet again.';
      const old = [
        { document: makeDocument('p1', report, [makeEvent('p1e', 'CHLGOV', 'PER', '036')], '2026-11-24'), origin: 'test:p1' },
        { document: makeDocument('p2', 'Peru recalled its ambassador from Santiago.', [makeEvent('p2e', 'PER', 'CHL', '161')], '2026-11-25'), origin: 'test:p2' },
      ];
      await raw.begin(async (tx) => {
        const writer = await PostgresBatchWriter.forBatch(tx, old, DEFAULT_MERGE_OPTIONS);
        await addDocuments(writer, old, DEFAULT_MERGE_OPTIONS);
        await writer.flush();
      });
      const tableRows = async () =>
        (await raw.unsafe('SELECT (SELECT count(*) FROM documents)::int AS d, (SELECT count(*) FROM document_bands)::int AS b, (SELECT count(*) FROM sentences)::int AS s, (SELECT count(*) FROM mentions)::int AS m, (SELECT count(*) FROM events)::int AS e'))[0];
      const before = await tableRows();
      const store = openStore(url);
      const counts = await store.counts();
      assert.deepEqual(await tableRows(), before, 'the migration keeps every row');
      assert.equal((await raw.unsafe('SELECT max(version)::int AS v FROM parley_schema'))[0].v, POSTGRES_MIGRATIONS.at(-1)?.version);
      assert.equal((await raw.unsafe("SELECT count(*)::int AS n FROM pg_constraint WHERE contype = 'f' AND conrelid::regclass::text IN ('document_bands', 'sentences', 'mentions', 'events')"))[0].n, 0);
      assert.equal((await store.getDocument('p1'))?.document.mentions?.length, 1);
      // the bands written before the migration still find a near-duplicate; a re-ingest adds nothing
      const copy = { document: makeDocument('p3', `${report} (Wire)`, [makeEvent('p3e', 'CHLGOV', 'PER', '036')], '2026-11-24'), origin: 'test:p3' };
      assert.deepEqual(await store.addDocuments([copy]), { added: 1, duplicates: 0, conflicts: [], events: 1, nearDuplicates: 1 });
      assert.equal((await store.getDocument('p3'))?.duplicateOf, 'p1');
      assert.equal((await store.addDocuments([...old, copy])).added, 0);
      assert.deepEqual(await store.counts(), { ...counts, documents: 3, sentences: 3, mentions: 3, events: 3, mergedGroups: 1, nearDuplicates: 1 });
      await assertCountsAsRecounted(store, 'after migrating to key checks');
      // what the foreign keys refused is refused still, naming the key
      const refused = (sql: string) => assert.rejects(raw.unsafe(sql), (error: Error & { code?: string }) => error.code === '23503' && /9999/.test(error.message));
      await refused("INSERT INTO mentions (document, idx, sentence, start_offset, end_offset, text, code, rule) VALUES (9999, 0, 0, 0, 4, 'Peru', 'PER', 'name')");
      await refused("INSERT INTO document_bands (band_key, document) SELECT b, 9999 FROM unnest(ARRAY['x:1', 'x:2']) b");
      await refused("UPDATE events SET merged = 9999 WHERE id = 'p2e'");
      const [{ key }] = await raw.unsafe("SELECT key::int AS key FROM documents WHERE id = 'p2'");
      await assert.rejects(raw.unsafe("DELETE FROM documents WHERE id = 'p2'"), (error: Error & { code?: string }) => error.code === '23503' && new RegExp(`key ${key}\\b.*"events"`).test(error.message));
      await assert.rejects(raw.unsafe('DELETE FROM merged_events'), (error: Error & { code?: string }) => error.code === '23503');
      await assert.rejects(raw.unsafe('TRUNCATE documents CASCADE'), (error: Error & { code?: string }) => error.code === '23503' && /"events"/.test(error.message));
      // a document nothing names any more can go
      await raw.unsafe("DELETE FROM events WHERE document = $1; DELETE FROM mentions WHERE document = $1; DELETE FROM sentences WHERE document = $1; DELETE FROM document_bands WHERE document = $1; DELETE FROM documents WHERE key = $1".replaceAll('$1', String(key)));
      assert.equal((await store.counts()).documents, 2);
      await assertCountsAsRecounted(store, 'after deleting a document and its rows');
      // the events emptied with TRUNCATE: the kept counts and the actor list go with them
      await raw.unsafe('TRUNCATE events');
      assert.equal((await store.counts()).events, 0);
      const [kept] = await raw.unsafe('SELECT (SELECT count(*)::int FROM event_tallies) AS tallies, (SELECT count(*)::int FROM actor_counts) AS actors');
      assert.deepEqual({ ...kept }, { tallies: 0, actors: 0 });
      await assertCountsAsRecounted(store, 'after truncating the events');
      // a store emptied whole in one statement
      await raw.unsafe('TRUNCATE documents, document_bands, sentences, mentions, events, merged_events, event_tallies, actor_counts');
      assert.deepEqual(await store.counts(), { documents: 0, sentences: 0, mentions: 0, events: 0, mergedEvents: 0, mergedGroups: 0, nearDuplicates: 0 });
      await raw.end();
      await store.close();
    });

    it('stores a text once when two processes add it at the same time', async () => {
      const url = await cluster.createDatabase();
      const writers = [openStore(url), openStore(url), openStore(url)];
      const text = 'Officials in Cairo said Egypt would host talks between the two delegations next week.';
      const results = await Promise.all(
        writers.map((store, i) =>
          store.addDocuments([{ document: makeDocument(`copy-${i}`, text, [makeEvent(`e-${i}`, 'EGYGOV', 'ISR', '043')], '2026-11-26'), origin: `test:${i}` }]),
        ),
      );
      assert.deepEqual(results.map((result) => result.added).sort(), [0, 0, 1]);
      assert.deepEqual([(await writers[0].counts()).documents, (await writers[0].counts()).events], [1, 1]);
      await Promise.all(writers.map((store) => store.close()));
    });

    it('reads a store opened read-only, and says when there is none', async () => {
      const url = await cluster.createDatabase();
      const empty = openStore(url, { readonly: true });
      await assert.rejects(empty.counts(), (error) => isParleyError(error, 'STORE_UNAVAILABLE') && /no Parley store/.test(error.message));
      await empty.close();
      const writer = openStore(url);
      await writer.addDocuments([{ document: makeDocument('a', 'Egypt hosted talks on Monday.', [makeEvent('a1', 'EGYGOV', 'ISR', '043')], '2026-11-26'), origin: 'test:a' }]);
      await writer.close();
      const reader = openStore(url, { readonly: true });
      assert.equal((await reader.counts()).events, 1);
      await assert.rejects(reader.addDocuments([]), (error) => isParleyError(error, 'STORE_UNAVAILABLE') && /read-only/.test(error.message));
      await reader.close();
    });

    it('serves the dashboard API and answers queries on the store PARLEY_STORE names', async () => {
      const url = await cluster.createDatabase();
      const writer = openStore(url);
      await writer.addDocuments([{ document: makeDocument('served', 'Egypt hosted talks on Monday.', [makeEvent('served-1', 'EGYGOV', 'ISR', '043')], '2026-11-26'), origin: 'test:served' }]);
      await writer.close();
      const env = { ...process.env, PARLEY_STORE: url };
      const query = spawn(process.execPath, [fileURLToPath(new URL('../bin/parley.js', import.meta.url)), 'query', '--json'], { env });
      let listed = '';
      query.stdout.on('data', (chunk) => (listed += chunk));
      assert.equal(await new Promise((resolve) => query.on('exit', resolve)), 0);
      assert.equal(JSON.parse(listed.trim()).event.id, 'served-1');

      const server = spawn(process.execPath, [fileURLToPath(new URL('../bin/parley.js', import.meta.url)), 'serve', '--port', '0', '--workers', '0'], { env });
      const line = await new Promise<string>((resolve) => server.stdout.once('data', (chunk) => resolve(String(chunk))));
      assert.match(line, /^Parley is serving postgres:\/\/parley@127\.0\.0\.1:\d+\/\w+ on http/);
      const base = /(http:\/\/127\.0\.0\.1:\d+)/.exec(line)?.[1];
      assert.match(await (await fetch(`${base}/api/events?source=EGY`)).text(), /"served-1"/);
      assert.match(await (await fetch(`${base}/api/actors`)).text(), /"EGYGOV"/);
      const exit = new Promise((resolve) => server.on('exit', resolve));
      server.kill('SIGTERM');
      assert.equal(await exit, 0);
    });

    it('refuses to queue or work on an SQLite store, saying why', () => {
      const result = parley(['worker', '--store', './parley.db']);
      assert.equal(result.status, 2);
      assert.match(result.stderr, /workers take their jobs from a PostgreSQL store, and "\.\/parley\.db" is not one/);
    });

    it('says the server cannot be reached, without the password', async () => {
      const store = openStore('postgres://parley:secret@127.0.0.1:1/none');
      await assert.rejects(store.counts(), (error) => isParleyError(error, 'STORE_UNAVAILABLE') && error.message.includes('parley:***@127.0.0.1:1') && !error.message.includes('secret'));
      await store.close();
    });
  });
});
