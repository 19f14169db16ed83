import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { isParleyError } from '../src/core/errors.ts';
import { describeEventStore } from '../src/store/conformance.ts';
import { openStore } from '../src/store/open.ts';
import { makeDocument, makeEvent } from './store-helpers.ts';

const LONG_REPORT =
  'Iranian President Masoud Pezeshkian has instructed the foreign minister to explore negotiations with the United States, ' +
  'provided that such talks take place in an atmosphere free from threats, coercion and unreasonable expectations, officials said on Tuesday in Tehran.';

function tempStorePath(): string {
  return join(mkdtempSync(join(tmpdir(), 'parley-store-')), 'parley.db');
}

describeEventStore('SQLite in memory', () => openStore('sqlite::memory:'));
describeEventStore('SQLite file', () => openStore(`sqlite:${tempStorePath()}`));

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
