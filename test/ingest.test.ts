import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { DocumentCoder } from '../src/ingest/coding-pool.ts';
import { ingest } from '../src/ingest/ingest.ts';
import type { IngestProblem } from '../src/ingest/item.ts';
import { openStore } from '../src/store/open.ts';
import type { EventStore } from '../src/store/store.ts';
import { fakeCoder, writeCorpus } from './ingest-helpers.ts';

const child = fileURLToPath(new URL('./ingest-child.ts', import.meta.url));

function tempDir(): string {
  return mkdtempSync(join(tmpdir(), 'parley-ingest-'));
}

const ARTICLE = (title: string, dyad: string) => `<!doctype html><html><head><title>${title}</title>
<meta property="article:published_time" content="2026-11-26T08:00:00Z"><meta property="og:site_name" content="Test Wire"></head>
<body><nav><a href="/">Home</a> <a href="/world">World</a></nav>
<article><h1>${title}</h1>
<p>${dyad} after a day of talks in the capital, officials said on Wednesday, in a statement read out to reporters at the ministry.</p>
<p>The two delegations met for several hours and agreed to meet again next week, according to diplomats who attended the meeting.</p>
<p>Neither side gave details of what was discussed, but both described the atmosphere as constructive and businesslike.</p>
</article><footer>Copyright Test Wire</footer></body></html>`;

const FEED = (base: string) => `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>Test Feed</title><link>${base}/</link><description>news</description>
<item><title>Talks in Cairo</title><link>${base}/a.html</link><guid>feed-1</guid><pubDate>Tue, 24 Nov 2026 10:00:00 GMT</pubDate>
<description>&lt;p&gt;EGY 040 ISR in Cairo on Tuesday, officials said.&lt;/p&gt;</description></item>
<item><title>Strike</title><link>${base}/b.html</link><guid>feed-2</guid><pubDate>Wed, 25 Nov 2026 10:00:00 GMT</pubDate>
<description><![CDATA[<p>RUS 190 UKR overnight, the army said.</p>]]></description></item>
</channel></rss>`;

async function withStore<T>(run: (store: EventStore) => Promise<T>): Promise<T> {
  const store = openStore(':memory:');
  try {
    return await run(store);
  } finally {
    await store.close();
  }
}

describe('ingest', () => {
  it('adds no document and no event when the same file is ingested again', async () => {
    const dir = tempDir();
    const corpus = join(dir, 'corpus.jsonl');
    writeCorpus(corpus, 30);
    await withStore(async (store) => {
      const first = await ingest({ inputs: [corpus], store, coder: fakeCoder() });
      const before = await store.counts();
      const second = await ingest({ inputs: [corpus], store, coder: fakeCoder() });
      assert.equal(first.stored, 30);
      assert.ok(first.events > 0);
      assert.deepEqual([second.stored, second.events, second.coded, second.duplicates], [0, 0, 0, 30]);
      assert.deepEqual(await store.counts(), before);
    });
  });

  it('reports each malformed input with where it came from, and stores the rest', async () => {
    const dir = tempDir();
    writeFileSync(
      join(dir, 'lines.jsonl'),
      [JSON.stringify({ id: 'ok-1', text: 'IRNGOV 036 USA today.' }), '{not json', JSON.stringify({ id: 'no-text' }), JSON.stringify({ text: 'EGY 040 ISR.', published: 'someday' }), ''].join('\n'),
    );
    writeFileSync(join(dir, 'broken.rss'), '<rss><channel><item><title>unclosed</channel></rss>');
    writeFileSync(join(dir, 'empty.html'), '<html><body><nav>Home</nav></body></html>');
    writeFileSync(join(dir, 'big.txt'), 'x'.repeat(5000));
    writeFileSync(join(dir, 'note.txt'), 'RUS 190 UKR, the army said.');
    const problems: IngestProblem[] = [];
    await withStore(async (store) => {
      const stats = await ingest({ inputs: [dir, join(dir, 'missing.txt')], store, coder: fakeCoder(), source: { maxInputBytes: 4000 }, onProblem: (entry) => problems.push(entry) });
      assert.equal(stats.stored, 2);
      const found = problems.map((entry) => `${entry.origin.replace(dir, 'DIR')} | ${entry.code} | ${entry.message}`);
      assert.equal(found.length, 7, found.join('\n'));
      assert.match(found[0], /^DIR\/big\.txt \| INPUT_TOO_LARGE \| the file is 5000 bytes; the limit is 4000/);
      assert.match(found[1], /^DIR\/broken\.rss \| INPUT_INVALID \| not a feed that parses: line \d+/);
      assert.match(found[2], /^DIR\/empty\.html \| INPUT_INVALID \| the page has no article text/);
      assert.match(found[3], /^DIR\/lines\.jsonl:2 \| INPUT_INVALID \| not JSON/);
      assert.match(found[4], /^DIR\/lines\.jsonl:3 \| INPUT_INVALID \| text: /);
      assert.match(found[5], /^DIR\/lines\.jsonl:4 \| INPUT_INVALID \| published "someday" is not a date/);
      assert.match(found[6], /^DIR\/missing\.txt \| INPUT_INVALID \| no such file or folder$/);
    });
  });

  it('ingests an RSS feed and two HTML pages by URL from a local server, following feed links on request', async () => {
    const server = createServer((request, response) => {
      const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
      const pages: Record<string, [string, string]> = {
        '/feed.xml': ['application/rss+xml', FEED(base)],
        '/a.html': ['text/html; charset=utf-8', ARTICLE('Talks in Cairo', 'EGY 040 ISR')],
        '/b.html': ['text/html', ARTICLE('Overnight strike', 'RUS 190 UKR')],
      };
      const page = pages[request.url ?? ''];
      if (!page) {
        response.writeHead(404).end('not found');
        return;
      }
      response.writeHead(200, { 'content-type': page[0] }).end(page[1]);
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    try {
      await withStore(async (store) => {
        const problems: IngestProblem[] = [];
        const stats = await ingest({ inputs: [`${base}/feed.xml`, `${base}/a.html`, `${base}/b.html`, `${base}/gone.html`], store, coder: fakeCoder(), onProblem: (entry) => problems.push(entry) });
        assert.equal(stats.stored, 4);
        assert.deepEqual(problems.map((entry) => [entry.origin, entry.message]), [[`${base}/gone.html`, 'the server answered 404 Not Found']]);
        const feedItem = await store.getDocument('feed-1');
        assert.equal(feedItem?.document.text, 'EGY 040 ISR in Cairo on Tuesday, officials said.');
        assert.deepEqual([feedItem?.outlet, feedItem?.url, feedItem?.document.published, feedItem?.title], ['Test Feed', `${base}/a.html`, '2026-11-24', 'Talks in Cairo']);
        const page = await store.getDocument(`${base}/b.html`);
        assert.match(page?.document.text ?? '', /^RUS 190 UKR after a day of talks[^\n]*\n\nThe two delegations met/);
        assert.doesNotMatch(page?.document.text ?? '', /Home|Copyright/);
        assert.deepEqual([page?.outlet, page?.document.published], ['Test Wire', '2026-11-26']);
        const events = await store.queryEvents({ source: 'RUS' });
        assert.equal(events.length, 2);

        // with --follow-links the feed's entries are the linked articles, stored already above
        const followed = await ingest({ inputs: [`${base}/feed.xml`], store, coder: fakeCoder(), source: { followLinks: true } });
        assert.deepEqual([followed.read, followed.duplicates, followed.stored], [2, 2, 0]);
      });
    } finally {
      server.close();
    }
  });

  it('loses nothing committed when killed part way, and a second run ends with the counts of a clean run', async () => {
    const dir = tempDir();
    const corpus = join(dir, 'corpus.jsonl');
    writeCorpus(corpus, 120);
    const killedStore = join(dir, 'killed.db');
    const running = spawn(process.execPath, ['--import', 'tsx', child, killedStore, corpus, '15'], { stdio: ['ignore', 'pipe', 'inherit'] });
    const exited = new Promise<NodeJS.Signals | null>((resolve) => running.on('exit', (_code, signal) => resolve(signal)));
    // a reader queries the store while the ingest writes to it
    let seen = 0;
    const deadline = Date.now() + 30_000;
    while (seen < 20 && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 50));
      try {
        const reader = openStore(killedStore, { readonly: true });
        seen = (await reader.counts()).documents;
        await reader.close();
      } catch {
        // the writer has not created the schema yet
      }
    }
    running.kill('SIGKILL');
    assert.equal(await exited, 'SIGKILL');
    const afterKill = openStore(killedStore);
    const partial = await afterKill.counts();
    await afterKill.close();
    assert.ok(partial.documents >= 20 && partial.documents < 120, `killed with ${partial.documents} documents stored`);

    const rerun = spawnSync(process.execPath, ['--import', 'tsx', child, killedStore, corpus, '0'], { encoding: 'utf8' });
    assert.equal(rerun.status, 0, rerun.stderr);
    assert.equal(JSON.parse(rerun.stdout).duplicates, partial.documents);

    const cleanStore = openStore(join(dir, 'clean.db'));
    await ingest({ inputs: [corpus], store: cleanStore, coder: fakeCoder(), batchSize: 5 });
    const killed = openStore(killedStore, { readonly: true });
    assert.deepEqual(await killed.counts(), await cleanStore.counts());
    const groups = async (store: EventStore) => (await store.queryEvents({})).map((stored) => `${stored.event.id}@${stored.merged.id}`).sort();
    assert.deepEqual(await groups(killed), await groups(cleanStore));
    await killed.close();
    await cleanStore.close();
  });

  it('codes documents handed over as entries, as the HTTP API does, skipping texts stored already', async () => {
    const item = (id: string, text: string) => ({ kind: 'item' as const, id, text, origin: `test:${id}` });
    await withStore(async (store) => {
      const first = await ingest({ entries: [item('a', 'EGY 040 ISR in Cairo.'), item('b', 'RUS 190 UKR overnight.')], store, coder: fakeCoder() });
      assert.deepEqual([first.read, first.stored, first.events], [2, 2, 2]);
      const again = await ingest({ entries: [item('c', 'RUS 190 UKR overnight.')], store, coder: fakeCoder() });
      assert.deepEqual([again.stored, again.duplicates], [0, 1]);
    });
  });

  it('stops before writing the batch when onCodingError throws', async () => {
    const failing: DocumentCoder = { code: (text, options) => (text.includes('fail') ? Promise.reject(new Error('broken')) : fakeCoder().code(text, options)) };
    const entries = [{ kind: 'item' as const, id: 'a', text: 'EGY 040 ISR.', origin: 'a' }, { kind: 'item' as const, id: 'b', text: 'fail here', origin: 'b' }];
    await withStore(async (store) => {
      const run = ingest({ entries, store, coder: failing, batchSize: 10, onCodingError: (item, error) => { throw new Error(`${item.origin}: ${(error as Error).message}`); } });
      await assert.rejects(run, /^Error: b: broken$/);
      assert.equal((await store.counts()).documents, 0);
    });
  });

  it('reads folders recursively, skipping files of unknown kinds', async () => {
    const dir = tempDir();
    mkdirSync(join(dir, 'sub'));
    writeFileSync(join(dir, 'a.txt'), 'IRNGOV 036 USA.');
    writeFileSync(join(dir, 'sub', 'b.txt'), 'EGY 040 ISR.');
    writeFileSync(join(dir, 'sub', 'image.png'), 'not text');
    await withStore(async (store) => {
      const stats = await ingest({ inputs: [dir], store, coder: fakeCoder() });
      assert.deepEqual([stats.read, stats.stored, stats.problems], [2, 2, 0]);
      assert.ok(await store.getDocument('sub/b.txt'));
    });
  });

  it('skips PDFs, binary files and text not in English with a message naming each, and stores the rest', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'report.pdf'), '%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\nBT /F1 12 Tf (IRNGOV 036 USA) Tj ET');
    writeFileSync(join(dir, 'image.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]));
    writeFileSync(join(dir, 'german.txt'), 'Die Regierung in Berlin hat am Montag neue Sanktionen gegen den Iran angekündigt, nachdem die Gespräche über das Atomprogramm ohne Ergebnis zu Ende gegangen waren.');
    writeFileSync(join(dir, 'english.txt'), 'EGY 040 ISR after a day of talks in the capital, officials said.');
    const explicitPdf = join(dir, 'named.bin');
    writeFileSync(explicitPdf, '%PDF-1.7 RUS 190 UKR');
    await withStore(async (store) => {
      await ingest({ inputs: [join(dir, 'english.txt')], store, coder: fakeCoder() });
      const problems: IngestProblem[] = [];
      const stats = await ingest({ inputs: [dir, explicitPdf], store, coder: fakeCoder(), onProblem: (entry) => problems.push(entry) });
      const found = problems.map((entry) => `${entry.origin.replace(dir, 'DIR')} | ${entry.message}`);
      assert.equal(found.length, 4, found.join('\n'));
      assert.match(found[0], /^DIR\/german\.txt \| it does not look like English/);
      assert.match(found[1], /^DIR\/image\.txt \| it is binary/);
      assert.match(found[2], /^DIR\/report\.pdf \| it is a PDF; PDF is not supported yet/);
      assert.match(found[3], /^DIR\/named\.bin \| it is a PDF; PDF is not supported yet/);
      assert.deepEqual([stats.stored, stats.duplicates], [0, 1]);
      assert.equal((await store.counts()).documents, 1, 'what was stored before is kept');
    });
  });

  it('names documents relative to the folder ingested, or by their file name, never by the machine\'s paths', async () => {
    const dir = tempDir();
    mkdirSync(join(dir, 'sub'));
    mkdirSync(join(dir, 'other'));
    writeFileSync(join(dir, 'sub', 'a.txt'), 'IRNGOV 036 USA.');
    writeFileSync(join(dir, 'sub', 'lines.jsonl'), JSON.stringify({ text: 'EGY 040 ISR.' }) + '\n');
    writeFileSync(join(dir, 'other', 'a.txt'), 'RUS 190 UKR.');
    await withStore(async (store) => {
      await ingest({ inputs: [dir + '/sub', join(dir, 'other', 'a.txt')], store, coder: fakeCoder() });
      const stored = await store.queryEvents({});
      const ids = [...new Set(stored.map((event) => event.documentId))].sort();
      assert.equal(ids.length, 3, ids.join());
      assert.ok(ids.includes('a.txt') && ids.includes('lines.jsonl:1'), ids.join());
      // another text under a name taken already gets the name with part of its content hash
      assert.match(ids.find((id) => id.startsWith('a.txt~')) ?? '', /^a\.txt~[0-9a-f]{8}$/);
      for (const id of ids) {
        const document = await store.getDocument(id);
        assert.ok(document && !JSON.stringify([document.document.id, document.origin]).includes(dir), `${id} keeps no local path`);
      }
      // the same files again: the same ids, nothing added
      const again = await ingest({ inputs: [dir + '/sub', join(dir, 'other', 'a.txt')], store, coder: fakeCoder() });
      assert.deepEqual([again.stored, again.duplicates], [0, 3]);
    });
  });
});
