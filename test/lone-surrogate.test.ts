import assert from 'node:assert/strict';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { createCoder } from '../src/coder.ts';
import { createApp } from '../src/server/app.ts';
import { openStore } from '../src/store/open.ts';

// A lone surrogate (half of a UTF-16 pair, as a broken feed or a JSON "\ud800" escape leaves) once
// came back from the store as three characters, so every later span was off by two (issue 13, 5).

describe('a text with a lone surrogate', () => {
  it('is stored and served so that every span still slices the text exactly', async () => {
    const text = 'Officials said \ud800 on Monday that talks would resume. Iran accused the United States of spying on its nuclear sites.';
    const store = openStore(join(mkdtempSync(join(tmpdir(), 'parley-surrogate-')), 'parley.db'));
    const app = createApp({ coder: createCoder(), store, log: () => {} });
    const stored = await app.request('/api/documents', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ documents: [{ id: 'report', text }] }) });
    assert.equal(stored.status, 200);
    const { document } = (await (await app.request('/api/documents/report')).json()) as {
      document: { text: string; events: { trigger: { text: string; start: number; end: number } }[]; mentions: { text: string; start: number; end: number }[] };
    };
    assert.equal(document.text.length, text.length, 'the stored text keeps its length');
    assert.equal(document.text.replace('\ufffd', '\ud800'), text, 'only the lone surrogate is replaced (by U+FFFD)');
    assert.ok(document.events.length > 0);
    for (const span of [...document.events.map((event) => event.trigger), ...document.mentions]) assert.equal(document.text.slice(span.start, span.end), span.text);
    await store.close();
  });
});
