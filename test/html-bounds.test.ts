import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { extractArticleOffThread } from '../src/ingest/article-extractor.ts';
import { htmlDepth } from '../src/ingest/html-depth.ts';
import { ingest } from '../src/ingest/ingest.ts';
import type { IngestProblem } from '../src/ingest/item.ts';
import { openStore } from '../src/store/open.ts';
import { fakeCoder } from './ingest-helpers.ts';

// HTML extraction bounded in depth and time, and off the ingest's thread (issue 13, 1): a page
// nested 5,000 deep once ran for minutes on the main thread.

const ARTICLE = Array.from({ length: 6 }, (_, i) => `<p>Report ${i}: IRNGOV 036 USA after talks in the capital, officials said on Monday, adding that further meetings would follow next week.</p>`).join('');

function nested(depth: number): string {
  return `<!doctype html><html><head><title>Deep</title></head><body>${'<div>'.repeat(depth)}${ARTICLE}${'</div>'.repeat(depth)}</body></html>`;
}

describe('HTML extraction bounds', () => {
  it('measures nesting from the tags, without counting void elements or paragraphs', () => {
    assert.equal(htmlDepth('<html><body><div><p>a<p>b<br><img src=x><span>c</span></div></body></html>'), 4);
    assert.equal(htmlDepth(nested(5000)), 5002);
  });

  it('refuses a page nested 5,000 deep at once, naming the depth, and ingests the other pages', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'parley-html-'));
    writeFileSync(join(dir, 'deep.html'), nested(5000));
    writeFileSync(join(dir, 'page.html'), nested(3));
    const problems: IngestProblem[] = [];
    const started = Date.now();
    const stats = await ingest({ inputs: [dir], store: openStore(':memory:'), coder: fakeCoder(), onProblem: (problem) => problems.push(problem) });
    assert.ok(Date.now() - started < 10_000, `took ${Date.now() - started} ms`);
    assert.equal(stats.stored, 1);
    assert.equal(problems.length, 1);
    assert.match(problems[0].origin, /deep\.html$/);
    assert.match(problems[0].message, /nests its elements 5002 deep; the limit is 1000/);
  });

  it('extracts off the main thread, which stays free, and stops an extraction past its time limit', async () => {
    let ticks = 0;
    const ticker = setInterval(() => ticks++, 10);
    const page = nested(900);
    try {
      await assert.rejects(extractArticleOffThread(page, 1), /took longer than 0 s, the limit/);
      const article = await extractArticleOffThread(nested(3));
      assert.match(article?.text ?? '', /IRNGOV 036 USA/);
    } finally {
      clearInterval(ticker);
    }
    assert.ok(ticks > 0, 'the main thread ran timers while the page was extracted');
  });
});
