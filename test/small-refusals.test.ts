import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readdirSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import BetterSqlite3 from 'better-sqlite3';
import { ParleyError } from '../src/core/errors.ts';
import { csvField } from '../src/formats/csv.ts';
import { createApp } from '../src/server/app.ts';
import { openStore } from '../src/store/open.ts';
import { SCHEMA_VERSION } from '../src/store/sqlite/migrations.ts';
import { parley } from './cli-helpers.ts';
import { makeDocument, makeEvent } from './store-helpers.ts';

// The small failures of issue 13 (part 7), one test each.

const bin = fileURLToPath(new URL('../bin/parley.js', import.meta.url));

/** A store file with one document and one event, closed. */
async function storeWithOneEvent(folder: string): Promise<string> {
  const file = join(folder, 'parley.db');
  const store = openStore(file);
  await store.addDocuments([{ document: makeDocument('a', 'Iran accused the United States of spying, officials said on Monday.', [makeEvent('a1', 'IRNGOV', 'USA', '112')], '2026-11-26'), origin: 'test:a' }]);
  await store.close();
  return file;
}

describe('query and export of a store in a folder that cannot be written', () => {
  it('open the store read-only and answer', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'parley-ro-'));
    chmodSync(folder, 0o755);
    const file = await storeWithOneEvent(folder);
    chmodSync(folder, 0o555);
    try {
      // root may write anywhere: run the command as nobody when the tests run as root
      const asUser = process.getuid?.() === 0 ? ['setpriv', '--reuid', '65534', '--regid', '65534', '--clear-groups'] : [];
      for (const command of ['query', 'export']) {
        const [program, ...args] = [...asUser, process.execPath, bin, command, '--db', file];
        const result = spawnSync(program, args, { encoding: 'utf8', timeout: 60_000, cwd: tmpdir() });
        assert.equal(result.status, 0, `${command}: ${result.stderr}`);
        assert.match(command === 'query' ? result.stdout : result.stdout, /IRN/);
      }
    } finally {
      chmodSync(folder, 0o755);
    }
  });
});

describe('export --output', () => {
  it('refuses a folder as the output with a usage error, leaving no .partial file', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'parley-export-'));
    const file = await storeWithOneEvent(folder);
    const out = join(folder, 'out');
    mkdirSync(out);
    const { status, stderr } = parley(['export', '--db', file, '--output', out, '--format', 'csv']);
    assert.equal(status, 2);
    assert.match(stderr, /--output: .*out is a folder; give a file name, such as .*out\/events\.csv/);
    assert.deepEqual(readdirSync(folder).filter((name) => name.endsWith('.partial')), []);
    assert.equal(existsSync(`${out}.partial`), false);
  });
});

describe('query --limit', () => {
  it('refuses a limit too large to count with a usage error', async () => {
    const file = await storeWithOneEvent(mkdtempSync(join(tmpdir(), 'parley-limit-')));
    const { status, stderr } = parley(['query', '--db', file, '--limit', '1e20']);
    assert.equal(status, 2);
    assert.match(stderr, /--limit: "1e20" is not a whole number from 0 to/);
  });
});

describe('a store written by a newer Parley', () => {
  it('tells the reader to upgrade Parley, not to migrate with ingest', async () => {
    const file = await storeWithOneEvent(mkdtempSync(join(tmpdir(), 'parley-newer-')));
    const raw = new BetterSqlite3(file);
    raw.pragma(`user_version = ${SCHEMA_VERSION + 1}`);
    raw.close();
    const { status, stderr } = parley(['query', '--db', file]);
    assert.equal(status, 1);
    assert.match(stderr, /newer than this Parley knows .*: upgrade Parley/);
    assert.doesNotMatch(stderr, /ingest/);
  });
});

describe('CSV cells', () => {
  it('neutralise a leading =, +, -, @ or tab in text, and leave numbers alone', () => {
    assert.equal(csvField('=HYPERLINK("http://x.example","click")'), `"'=HYPERLINK(""http://x.example"",""click"")"`);
    for (const text of ['+1', '-cmd', '@SUM(A1)', '\tx']) assert.equal(csvField(text), `'${text}`);
    assert.equal(csvField(-3.5), '-3.5');
    assert.equal(csvField('Iran'), 'Iran');
  });
});

describe('the API guard', () => {
  const coder = { code: (text: string, options: { id: string }) => makeDocument(options.id, text, []) };

  it('never shows the server\'s file paths in an error', async () => {
    const store = openStore(':memory:');
    store.counts = async () => {
      throw new ParleyError('STORE_UNAVAILABLE', 'cannot open the store /home/analyst/private/parley.db: disk I/O error (see https://sqlite.org/rescode.html/x)');
    };
    const response = await createApp({ coder, store, log: () => {} }).request('/api/health');
    assert.equal(response.status, 503);
    const { error } = (await response.json()) as { error: { message: string } };
    assert.equal(error.message, 'cannot open the store parley.db: disk I/O error (see https://sqlite.org/rescode.html/x)');
  });

  it('takes the bearer scheme in any case', async () => {
    const token = 'a-token-of-twenty-characters';
    const app = createApp({ coder, store: openStore(':memory:'), token, log: () => {} });
    for (const scheme of ['Bearer', 'bearer', 'BEARER']) assert.equal((await app.request('/api/health', { headers: { authorization: `${scheme} ${token}` } })).status, 200, scheme);
    assert.equal((await app.request('/api/health', { headers: { authorization: 'bearer wrong' } })).status, 401);
  });

  it('refuses a request with an empty Host header on a loopback server', async () => {
    const app = createApp({ coder, store: openStore(':memory:'), allowedHosts: ['127.0.0.1', 'localhost'], log: () => {} });
    const { serve } = await import('@hono/node-server');
    const server = serve({ fetch: app.fetch, hostname: '127.0.0.1', port: 0 });
    await new Promise((resolve) => server.once('listening', resolve));
    const port = (server.address() as { port: number }).port;
    try {
      const status = await new Promise<number>((resolve, reject) => {
        const sent = request({ host: '127.0.0.1', port, path: '/api/health', headers: { host: '' }, setHost: false }, (response) => {
          response.resume();
          resolve(response.statusCode ?? 0);
        });
        sent.on('error', reject);
        sent.end();
      });
      assert.equal(status, 403);
    } finally {
      await new Promise((resolve) => server.close(resolve));
    }
  });
});
