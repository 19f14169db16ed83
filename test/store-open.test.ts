import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { isParleyError } from '../src/core/errors.ts';
import { openStore, parseStoreLocation } from '../src/store/open.ts';

describe('parseStoreLocation', () => {
  for (const [location, file] of [
    ['./parley.db', './parley.db'],
    ['/var/data/parley.db', '/var/data/parley.db'],
    [':memory:', ':memory:'],
    ['sqlite:./parley.db', './parley.db'],
    ['sqlite:parley.db', 'parley.db'],
    ['sqlite::memory:', ':memory:'],
    ['sqlite:///var/data/parley.db', '/var/data/parley.db'],
    ['SQLITE:./parley.db', './parley.db'],
    ['C:\\data\\parley.db', 'C:\\data\\parley.db'],
    ['news:2026.db', 'news:2026.db'],
  ]) {
    it(`reads ${location} as the SQLite file ${file}`, () => {
      assert.deepEqual(parseStoreLocation(location), { backend: 'sqlite', file });
    });
  }

  it('reads postgres:// and postgresql:// as PostgreSQL', () => {
    assert.deepEqual(parseStoreLocation('postgres://localhost/parley'), { backend: 'postgres', url: 'postgres://localhost/parley' });
    assert.equal(parseStoreLocation('postgresql://localhost/parley').backend, 'postgres');
  });

  it('refuses an unknown scheme, naming the location without its password', () => {
    assert.throws(
      () => parseStoreLocation('mysql://parley:secret@db.example/parley'),
      (error) => isParleyError(error, 'USAGE') && error.message.includes('"mysql://parley:***@db.example/parley"') && !error.message.includes('secret'),
    );
  });

  it('refuses sqlite: without a file', () => {
    assert.throws(() => parseStoreLocation('sqlite:'), (error) => isParleyError(error, 'USAGE') && /names no file/.test(error.message));
  });
});

describe('openStore', () => {
  it('opens an SQLite store from a URL or a bare path', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'parley-open-'));
    for (const location of [`sqlite:${join(dir, 'a.db')}`, join(dir, 'b.db'), 'sqlite::memory:']) {
      const store = openStore(location);
      assert.equal((await store.counts()).documents, 0);
      await store.close();
    }
    assert.ok(existsSync(join(dir, 'a.db')) && existsSync(join(dir, 'b.db')));
  });
});
