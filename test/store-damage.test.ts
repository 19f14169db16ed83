import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, openSync, readFileSync, closeSync, writeSync, fstatSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { isParleyError } from '../src/core/errors.ts';
import { startServer } from '../src/server/start.ts';
import { openStore } from '../src/store/open.ts';
import { makeDocument, makeEvent } from './store-helpers.ts';

// A damaged store (issue 13, 6): found when it is opened, never written to, and reported with the
// way to recover, by the library, the CLI and the server alike.

const bin = fileURLToPath(new URL('../bin/parley.js', import.meta.url));

/** A store with a few hundred documents, closed, then damaged: `how` overwrites its header or pages in its middle. */
async function damagedStore(how: 'pages' | 'header'): Promise<string> {
  const file = join(mkdtempSync(join(tmpdir(), 'parley-damage-')), 'parley.db');
  const store = openStore(file);
  const text = 'Iran accused the United States of spying on its nuclear sites, officials in Tehran said on Monday. '.repeat(8);
  for (let batch = 0; batch < 4; batch++) {
    await store.addDocuments(
      Array.from({ length: 50 }, (_, i) => ({ document: makeDocument(`d${batch}-${i}`, `${text} Report ${batch}-${i}.`, [makeEvent(`e${batch}-${i}`, 'IRNGOV', 'USA', '112')], '2026-11-26'), origin: 'test' })),
    );
  }
  await store.close();
  const fd = openSync(file, 'r+');
  const size = fstatSync(fd).size;
  const garbage = Buffer.alloc(how === 'header' ? 100 : 8192, 0xa5);
  writeSync(fd, garbage, 0, garbage.length, how === 'header' ? 0 : Math.floor(size / 2 / 4096) * 4096);
  closeSync(fd);
  return file;
}

describe('a damaged store', () => {
  for (const how of ['pages', 'header'] as const) {
    it(`is refused when opened, with how to recover, and left as it was (damaged ${how})`, async () => {
      const file = await damagedStore(how);
      const before = readFileSync(file);
      assert.throws(
        () => openStore(file),
        (error) => isParleyError(error, 'STORE_UNAVAILABLE') && /is damaged/.test(error.message) && /will not write to it/.test(error.message) && /\.recover/.test(error.message),
      );
      assert.throws(() => openStore(file, { readonly: true }), (error) => isParleyError(error, 'STORE_UNAVAILABLE') && /is damaged/.test(error.message));
      assert.deepEqual(readFileSync(file), before, 'the file is unchanged');
    });
  }

  it('makes the CLI exit 1 with the message and no stack trace', async () => {
    const file = await damagedStore('pages');
    for (const args of [['query', '--db', file], ['ingest', fileURLToPath(new URL('../examples/iran-us-talks.txt', import.meta.url)), '--db', file, '--no-progress', '--workers', '0']]) {
      const result = spawnSync(process.execPath, [bin, ...args], { encoding: 'utf8', timeout: 60_000 });
      assert.equal(result.status, 1, `${args[0]}: ${result.stderr}`);
      assert.match(result.stderr, /is damaged/);
      assert.doesNotMatch(result.stderr, /\n\s+at /, 'no stack trace');
    }
  });

  it('keeps the server from starting, so that it never writes into it', async () => {
    const file = await damagedStore('pages');
    const before = readFileSync(file);
    await assert.rejects(
      startServer({ host: '127.0.0.1', port: 0, db: file, workers: 0, log: () => {} }),
      (error) => isParleyError(error, 'STORE_UNAVAILABLE') && /is damaged/.test(error.message),
    );
    assert.deepEqual(readFileSync(file), before, 'the file is unchanged');
  });
});
