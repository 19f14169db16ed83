import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createCoder } from '../src/coder.ts';
import type { Document } from '../src/core/document.ts';
import { createCodingPool, type CodeRequestOptions, type DocumentCoder } from '../src/ingest/coding-pool.ts';
import { createAdmission } from '../src/server/admission.ts';
import { createApp, type AppOptions } from '../src/server/app.ts';
import { openStore } from '../src/store/open.ts';
import { EXAMPLE_REPORT } from './server-helpers.ts';
import { makeDocument } from './store-helpers.ts';

// Back-pressure of the coding routes (issue 13): a bounded queue answered 503 with Retry-After,
// a deadline per request, and the work of a client that has gone stopped.

/** A coder whose documents finish only when the test says so (or their signal aborts); it records the signals it was given. */
function heldCoder() {
  const signals: AbortSignal[] = [];
  const waiting: (() => void)[] = [];
  const coder: DocumentCoder = {
    code(text: string, options: CodeRequestOptions): Promise<Document> {
      if (options.signal) signals.push(options.signal);
      return new Promise((resolve, reject) => {
        waiting.push(() => resolve(makeDocument(options.id, text, [])));
        options.signal?.addEventListener('abort', () => reject(options.signal?.reason), { once: true });
      });
    },
  };
  return { coder, signals, finishAll: () => waiting.splice(0).forEach((finish) => finish()) };
}

const TEXT = 'Iran accused the United States of spying on its nuclear sites.';
const post = (body: unknown, init: RequestInit = {}): RequestInit => ({ method: 'POST', body: JSON.stringify(body), headers: { 'content-type': 'application/json' }, ...init });

function appWith(coder: DocumentCoder, options: Partial<AppOptions> = {}) {
  return createApp({ coder, store: openStore(':memory:'), log: () => {}, ...options });
}

describe('the coding queue is bounded', () => {
  it('answers 503 with Retry-After at once when the queue is full, and codes again once it has room', async () => {
    const held = heldCoder();
    const admission = createAdmission({ workers: 1, maxWaitMs: 60_000, maxActive: 2, chunkCharacters: 20_000 });
    const app = appWith(held.coder, { admission });
    const first = app.request('/api/code', post({ text: TEXT }));
    const second = app.request('/api/code', post({ text: TEXT }));
    await new Promise((resolve) => setTimeout(resolve, 50));
    const started = Date.now();
    const refused = await app.request('/api/code', post({ text: TEXT }));
    assert.ok(Date.now() - started < 1000, 'refused at once');
    assert.equal(refused.status, 503);
    assert.match(refused.headers.get('retry-after') ?? '', /^\d+$/);
    const body = (await refused.json()) as { error: { code: string; message: string } };
    assert.equal(body.error.code, 'BUSY');
    assert.match(body.error.message, /try again in \d+ s/);
    held.finishAll();
    assert.equal((await first).status, 200);
    assert.equal((await second).status, 200);
    const again = app.request('/api/code', post({ text: TEXT }));
    await new Promise((resolve) => setTimeout(resolve, 20));
    held.finishAll();
    assert.equal((await again).status, 200);
  });

  it('refuses a request whose expected wait is too long, from the measured coding speed', () => {
    const admission = createAdmission({ workers: 2, maxWaitMs: 1000, maxActive: 100, chunkCharacters: 20_000 });
    admission.record(10_000, 1000); // 10 characters per ms
    for (let i = 0; i < 4; i++) admission.admit(6_000); // 24,000 characters ahead: 1.2 s on two workers
    assert.throws(() => admission.admit(100), (error: Error & { code?: string; retryAfterSeconds?: number }) => error.code === 'BUSY' && error.retryAfterSeconds === 2);
  });
  it('refuses a request when the characters of text in hand would pass the bound, and takes it alone', () => {
    const admission = createAdmission({ workers: 2, maxWaitMs: 60_000, maxActive: 100, chunkCharacters: 20_000, maxCharacters: 50_000 });
    const first = admission.admit(30_000);
    assert.throws(() => admission.admit(30_000), (error: Error & { code?: string }) => error.code === 'BUSY' && /30000 characters of text in hand, at most 50000/.test(error.message));
    admission.admit(20_000).release();
    first.release();
    // with nothing in hand, a text longer than the bound is taken: it can only wait for itself
    assert.equal(admission.admit(80_000) !== undefined, true);
  });

  it('refuses at once when the queue is full, without reading the request body', async () => {
    const held = heldCoder();
    const admission = createAdmission({ workers: 1, maxWaitMs: 60_000, maxActive: 1, chunkCharacters: 20_000 });
    const app = appWith(held.coder, { admission });
    const first = app.request('/api/code', post({ text: TEXT }));
    await new Promise((resolve) => setTimeout(resolve, 50));
    for (const path of ['/api/code', '/api/documents']) {
      // a body that never ends: reading it would hang
      const endless = new ReadableStream<Uint8Array>({ start: (controller) => controller.enqueue(new TextEncoder().encode('{"text": "Iran')) });
      const started = Date.now();
      const refused = await app.request(path, { method: 'POST', body: endless, headers: { 'content-type': 'application/json' }, duplex: 'half' } as RequestInit);
      assert.ok(Date.now() - started < 1000, `${path} refused at once`);
      assert.equal(refused.status, 503, path);
      assert.equal(((await refused.json()) as { error: { code: string } }).error.code, 'BUSY');
    }
    held.finishAll();
    assert.equal((await first).status, 200);
  });
});

describe('a coding request has a deadline', () => {
  it('stops the work and answers 503 TIMEOUT when the deadline passes', async () => {
    const held = heldCoder();
    const app = appWith(held.coder, { deadlineMs: 200 });
    const response = await app.request('/api/code', post({ text: TEXT }));
    assert.equal(response.status, 503);
    const body = (await response.json()) as { error: { code: string; message: string } };
    assert.equal(body.error.code, 'TIMEOUT');
    assert.match(body.error.message, /deadline of 0 s|deadline/);
    assert.equal(held.signals[0].aborted, true, 'the coder was told to stop');
  });
});

describe('POST /api/documents has the deadline of /api/code', () => {
  it('stops the coding, answers 503 TIMEOUT and stores none of the documents when the deadline passes', async () => {
    const held = heldCoder();
    const store = openStore(':memory:');
    const app = appWith(held.coder, { store, deadlineMs: 200 });
    const response = await app.request('/api/documents', post({ documents: [{ text: TEXT }, { text: `${TEXT} Again.` }] }));
    assert.equal(response.status, 503);
    const body = (await response.json()) as { error: { code: string; message: string } };
    assert.equal(body.error.code, 'TIMEOUT');
    assert.match(body.error.message, /documents could not be coded within the server's deadline .* none was stored/);
    assert.equal(held.signals.length, 2);
    assert.ok(held.signals.every((signal) => signal.aborted), 'the coder was told to stop each document');
    assert.equal((await store.counts()).documents, 0);
  });

  it('stops the coding when the client goes away', async () => {
    const held = heldCoder();
    const app = appWith(held.coder);
    const controller = new AbortController();
    const answer = Promise.resolve(app.request('/api/documents', post({ documents: [{ text: TEXT }] }, { signal: controller.signal }))).catch(() => null);
    await new Promise((resolve) => setTimeout(resolve, 50));
    assert.equal(held.signals.length, 1);
    controller.abort();
    await answer;
    assert.equal(held.signals[0].aborted, true);
  });
});

describe('the work of a client that has gone is cancelled', () => {
  it('aborts the coding when the request is aborted', async () => {
    const held = heldCoder();
    const app = appWith(held.coder);
    const controller = new AbortController();
    const answer = Promise.resolve(app.request('/api/code', post({ text: TEXT }, { signal: controller.signal }))).catch(() => null);
    await new Promise((resolve) => setTimeout(resolve, 50));
    assert.equal(held.signals.length, 1);
    controller.abort();
    await answer;
    assert.equal(held.signals[0].aborted, true);
  });

  it('stops a worker in the middle of a long document and goes on coding with a fresh one', async () => {
    const pool = createCodingPool({ workers: 1 });
    try {
      const long = Array.from({ length: 400 }, (_, i) => `Officials in Tehran met envoys from the region on day ${i + 1} and said the talks would go on.`).join(' ');
      const controller = new AbortController();
      const started = Date.now();
      const coding = Promise.resolve(pool.code(long, { id: 'long', signal: controller.signal }));
      setTimeout(() => controller.abort(new Error('client gone')), 300);
      await assert.rejects(coding, /client gone/);
      assert.ok(Date.now() - started < 5000, 'cancelled at once');
      const doc = await pool.code(TEXT, { id: 'next' });
      assert.equal(doc.events?.[0]?.source[0]?.code, 'IRN');
    } finally {
      await pool.close();
    }
  });
});

describe('POST /api/code as a stream', () => {
  it('sends progress lines, then the document, when asked for application/x-ndjson', async () => {
    const app = appWith(createCoder());
    const response = await app.request('/api/code', post({ text: EXAMPLE_REPORT, published: '2025-03-10' }, { headers: { 'content-type': 'application/json', accept: 'application/x-ndjson' } }));
    assert.equal(response.status, 200);
    assert.match(response.headers.get('content-type') ?? '', /application\/x-ndjson/);
    const lines = (await response.text()).trim().split('\n').map((line) => JSON.parse(line));
    assert.deepEqual(lines[0], { progress: { done: 1, total: 1, characters: EXAMPLE_REPORT.length, totalCharacters: EXAMPLE_REPORT.length } });
    const { document } = lines[lines.length - 1];
    assert.equal(document.text, EXAMPLE_REPORT);
    assert.ok(document.events.some((event: { cameo: { code: string } }) => event.cameo.code === '036'));
  });
});
