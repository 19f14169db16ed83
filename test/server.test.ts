import { describe, it, before } from 'node:test';
import assert from 'node:assert/strict';
import type { Hono } from 'hono';
import { createCoder, type Coder } from '../src/coder.ts';
import { ParleyError } from '../src/core/errors.ts';
import { createApp, type AppOptions } from '../src/server/app.ts';
import { openApiPath } from '../src/server/openapi.ts';
import { ROUTES } from '../src/server/routes.ts';
import { openStore } from '../src/store/open.ts';
import type { EventStore } from '../src/store/store.ts';
import { EXAMPLE_REPORT, PAIR_REPORTS } from './server-helpers.ts';

let coder: Coder;
before(() => {
  coder = createCoder();
});

function makeApp(options: Partial<AppOptions> = {}): { app: Hono; store: EventStore } {
  const store = options.store ?? openStore(':memory:');
  return { app: createApp({ coder, store, log: () => {}, ...options }), store };
}

const json = (body: unknown, headers: Record<string, string> = {}): RequestInit => ({
  method: 'POST',
  body: typeof body === 'string' ? body : JSON.stringify(body),
  headers: { 'content-type': 'application/json', ...headers },
});

async function errorOf(response: Response): Promise<{ code: string; message: string; details?: string[] }> {
  const body = (await response.json()) as { error: { code: string; message: string; details?: string[] } };
  assert.ok(body.error, 'an error body');
  assert.doesNotMatch(JSON.stringify(body), /\n\s+at |\.ts:\d+/, 'no stack trace');
  return body.error;
}

/** An app whose store holds the pair reports and the example report. */
async function storedApp(options: Partial<AppOptions> = {}) {
  const made = makeApp(options);
  const response = await made.app.request('/api/documents', json({ documents: [...PAIR_REPORTS, { id: 'examples/iran-us-talks.txt', text: EXAMPLE_REPORT, published: '2025-03-10' }] }));
  assert.equal(response.status, 200);
  return made;
}

describe('POST /api/code', () => {
  it('codes the example report with the conditional Iran → United States event and its condition span', async () => {
    const { app } = makeApp();
    const response = await app.request('/api/code', json({ text: EXAMPLE_REPORT, id: 'example', published: '2025-03-10' }));
    assert.equal(response.status, 200);
    const { document } = (await response.json()) as { document: any };
    assert.equal(document.text, EXAMPLE_REPORT);
    const talks = document.events.find((event: any) => event.cameo.code === '036');
    assert.ok(talks, 'an intent-to-negotiate event');
    assert.equal(talks.source[0].code, 'IRNGOV');
    assert.equal(talks.target[0].code, 'USA');
    assert.equal(talks.statusClass, 'conditional');
    assert.match(EXAMPLE_REPORT.slice(talks.status.condition.start, talks.status.condition.end), /^such talks take place in an atmosphere/);
    for (const mention of document.mentions) assert.equal(EXAMPLE_REPORT.slice(mention.start, mention.end), mention.text);
  });

  it('refuses a text in another language with a 400 that says so', async () => {
    const { app } = makeApp();
    const french = "Le gouvernement a annoncé lundi de nouvelles sanctions contre le pays, après l'échec des négociations dans la capitale, et le ministre a quitté la réunion sans faire de déclaration.";
    const response = await app.request('/api/code', json({ text: french }));
    assert.equal(response.status, 400);
    assert.match((await errorOf(response)).message, /^body\.text: it does not look like English/);
  });

  it('leaves tokens out unless asked for them', async () => {
    const { app } = makeApp();
    const plain = (await (await app.request('/api/code', json({ text: 'Iran accused Israel of spying.' }))).json()) as { document: any };
    assert.equal(plain.document.sentences[0].tokens, undefined);
    const full = (await (await app.request('/api/code', json({ text: 'Iran accused Israel of spying.', tokens: true }))).json()) as { document: any };
    assert.equal(full.document.sentences[0].tokens[0].text, 'Iran');
    assert.equal(full.document.sentences[0].tokens[0].upos, 'PROPN');
  });

  it('gives events: [] for a text with no events', async () => {
    const { app } = makeApp();
    const body = (await (await app.request('/api/code', json({ text: 'The weather was mild.' }))).json()) as { document: any };
    assert.deepEqual(body.document.events, []);
  });

  it('reports every invalid field at once', async () => {
    const { app } = makeApp();
    const response = await app.request('/api/code', json({ text: 42, published: '2025-02-30', colour: 'red' }));
    assert.equal(response.status, 400);
    const error = await errorOf(response);
    assert.equal(error.code, 'INPUT_INVALID');
    assert.ok(error.details?.some((detail) => detail.startsWith('body.text:')));
    assert.ok(error.details?.some((detail) => detail.startsWith('body.published:') && detail.includes('YYYY-MM-DD')));
    assert.ok(error.details?.some((detail) => detail.includes('colour')));
  });

  it('refuses a body that is not JSON', async () => {
    const { app } = makeApp();
    const response = await app.request('/api/code', json('{"text": '));
    assert.equal(response.status, 400);
    assert.match((await errorOf(response)).message, /not valid JSON/);
  });

  it('refuses a body sent without the JSON content type', async () => {
    const { app } = makeApp();
    const response = await app.request('/api/code', { method: 'POST', body: JSON.stringify({ text: 'x' }), headers: { 'content-type': 'text/plain' } });
    assert.equal(response.status, 415);
    assert.equal((await errorOf(response)).code, 'UNSUPPORTED_MEDIA_TYPE');
  });

  it('refuses a body over the size limit with 413', async () => {
    const { app } = makeApp({ maxBodyBytes: 2048 });
    const response = await app.request('/api/code', json({ text: 'Iran accused Israel. '.repeat(200) }));
    assert.equal(response.status, 413);
    const error = await errorOf(response);
    assert.equal(error.code, 'INPUT_TOO_LARGE');
    assert.match(error.message, /2048 bytes/);
  });

  it('refuses a streamed body over the size limit even without a Content-Length', async () => {
    const { app } = makeApp({ maxBodyBytes: 2048 });
    const bytes = new TextEncoder().encode(JSON.stringify({ text: 'x'.repeat(10_000) }));
    const body = new ReadableStream({
      start(controller) {
        controller.enqueue(bytes);
        controller.close();
      },
    });
    const response = await app.request('/api/code', { method: 'POST', body, headers: { 'content-type': 'application/json' }, duplex: 'half' } as RequestInit);
    assert.equal(response.status, 413);
  });
});

describe('POST /api/documents', () => {
  it('stores new documents and skips the same texts sent again', async () => {
    const { app, store } = makeApp();
    const first = (await (await app.request('/api/documents', json({ documents: PAIR_REPORTS }))).json()) as any;
    assert.equal(first.added, PAIR_REPORTS.length);
    assert.ok(first.events >= PAIR_REPORTS.length);
    assert.deepEqual(first.ids, PAIR_REPORTS.map((report) => report.id));
    const again = (await (await app.request('/api/documents', json({ documents: PAIR_REPORTS }))).json()) as any;
    assert.equal(again.added, 0);
    assert.equal(again.duplicates, PAIR_REPORTS.length);
    assert.equal((await store.counts()).documents, PAIR_REPORTS.length);
  });

  it('derives an id from the text when none is given', async () => {
    const { app } = makeApp();
    const body = (await (await app.request('/api/documents', json({ documents: [{ text: 'Iran accused Israel of spying.' }] }))).json()) as any;
    assert.match(body.ids[0], /^doc-[0-9a-f]{16}$/);
  });

  it('reports invalid documents with their index', async () => {
    const { app } = makeApp();
    const response = await app.request('/api/documents', json({ documents: [{ text: 'fine' }, { text: '', url: 'not a url' }] }));
    assert.equal(response.status, 400);
    const error = await errorOf(response);
    assert.ok(error.details?.some((detail) => detail.startsWith('body.documents.1.text:')));
    assert.ok(error.details?.some((detail) => detail.startsWith('body.documents.1.url:')));
  });

  it('refuses a text that is not English, naming it, and stores none of the request', async () => {
    const { app, store } = makeApp();
    const german = 'Die Regierung hat am Montag neue Sanktionen gegen das Land angekündigt, nachdem die Gespräche in der Hauptstadt ohne Ergebnis zu Ende gegangen waren und der Minister abgereist war.';
    const response = await app.request('/api/documents', json({ documents: [PAIR_REPORTS[0], { text: german }] }));
    assert.equal(response.status, 400);
    const error = await errorOf(response);
    assert.match(error.message, /^body\.documents\.1\.text: it does not look like English/);
    assert.equal((await store.counts()).documents, 0);
  });

  it('answers a document that cannot be coded with its index, and stores none of the request', async () => {
    const failing: AppOptions['coder'] = {
      code: (text, options) => (text.includes('spying') ? Promise.reject(new ParleyError('INPUT_INVALID', 'no sense in it')) : coder.code(text, options)),
    };
    const { app, store } = makeApp({ coder: failing });
    const response = await app.request('/api/documents', json({ documents: [PAIR_REPORTS[1], PAIR_REPORTS[0]] }));
    assert.equal(response.status, 400);
    assert.match((await errorOf(response)).message, /^body\.documents\.1: no sense in it/);
    assert.equal((await store.counts()).documents, 0);
  });

  it('refuses an empty list', async () => {
    const { app } = makeApp();
    const response = await app.request('/api/documents', json({ documents: [] }));
    assert.equal(response.status, 400);
  });
});

describe('GET /api/events', () => {
  it('filters by pair of actors and status, with the evidence words', async () => {
    const { app } = await storedApp();
    const body = (await (await app.request('/api/events?source=irn&target=USA&status=conditional')).json()) as any;
    assert.ok(body.events.length >= 1);
    for (const stored of body.events) {
      assert.match(stored.event.source[0].code, /^IRN/);
      assert.match(stored.event.target[0].code, /^USA/);
      assert.equal(stored.event.statusClass, 'conditional');
    }
    assert.match(body.events[0].evidence.condition, /^such talks take place/);
    assert.match(body.events[0].evidence.sentence, /explore the possibility of negotiations/);
    assert.equal(body.events[0].documentId, 'examples/iran-us-talks.txt');
  });

  it('pages with limit and offset', async () => {
    const { app } = await storedApp();
    const all = (await (await app.request('/api/events?limit=500')).json()) as any;
    assert.equal(all.nextOffset, null);
    const first = (await (await app.request('/api/events?limit=2')).json()) as any;
    assert.equal(first.events.length, 2);
    assert.equal(first.nextOffset, 2);
    const second = (await (await app.request('/api/events?limit=2&offset=2')).json()) as any;
    assert.deepEqual(
      [...first.events, ...second.events].map((stored: any) => stored.event.id),
      all.events.slice(0, 4).map((stored: any) => stored.event.id),
    );
  });

  it('lists events newest first on request', async () => {
    const { app } = await storedApp();
    const oldest = (await (await app.request('/api/events?limit=500')).json()) as any;
    const newest = (await (await app.request('/api/events?limit=500&order=newest')).json()) as any;
    assert.deepEqual(newest.events.map((stored: any) => stored.event.id), [...oldest.events].reverse().map((stored: any) => stored.event.id));
    const bad = await app.request('/api/events?order=sideways');
    assert.equal(bad.status, 400);
  });

  it('filters by date range and CAMEO root', async () => {
    const { app } = await storedApp();
    const body = (await (await app.request('/api/events?from=2025-03-15&to=2025-03-31&root=16')).json()) as any;
    assert.deepEqual(
      body.events.map((stored: any) => [stored.documentId, stored.event.cameo.root]),
      [['wire/2025-03-sanctions', '16']],
    );
  });

  it('reports every invalid parameter at once', async () => {
    const { app } = makeApp();
    const response = await app.request('/api/events?limit=0&status=actual,maybe&from=yesterday&sort=up');
    assert.equal(response.status, 400);
    const error = await errorOf(response);
    assert.ok(error.details?.some((detail) => detail.startsWith('query.limit:')));
    assert.ok(error.details?.some((detail) => detail.startsWith('query.status:') && detail.includes('"maybe"')));
    assert.ok(error.details?.some((detail) => detail.startsWith('query.from:')));
    assert.ok(error.details?.some((detail) => detail.includes('sort')));
  });

  it('filters reported events with status=reported, and keeps them out of status=actual', async () => {
    const { app } = await storedApp();
    const reported = await app.request('/api/events?status=reported&limit=500');
    assert.equal(reported.status, 200);
    const claims = ((await reported.json()) as any).events;
    assert.ok(claims.length >= 1, 'the example report relays claims');
    for (const stored of claims) {
      assert.equal(stored.event.status.reported, true);
      assert.ok(['actual', 'intended', 'future'].includes(stored.event.statusClass), stored.event.statusClass);
    }
    const actual = ((await (await app.request('/api/events?status=actual&limit=500')).json()) as any).events;
    assert.ok(actual.length >= 1);
    assert.ok(actual.every((stored: any) => !stored.event.status.reported));
    const all = ((await (await app.request('/api/events?status=all&limit=500')).json()) as any).events;
    const every = ((await (await app.request('/api/events?limit=500')).json()) as any).events;
    assert.equal(all.length, every.length, 'status=all is every event, reported ones included');
  });

  it('reads a full-text query with search syntax in it as plain words', async () => {
    const { app } = await storedApp();
    const response = await app.request('/api/events?text=%22unbalanced%20NEAR(*');
    assert.equal(response.status, 200);
    assert.deepEqual(((await response.json()) as { events: unknown[] }).events, []);
  });
});

describe('GET /api/documents/{id}', () => {
  it('gives a stored document with its text, mentions and events, ids with slashes included', async () => {
    const { app } = await storedApp();
    const response = await app.request(`/api/documents/${encodeURIComponent('examples/iran-us-talks.txt')}`);
    assert.equal(response.status, 200);
    const body = (await response.json()) as any;
    assert.equal(body.document.text, EXAMPLE_REPORT);
    assert.ok(body.document.mentions.length > 10);
    assert.ok(body.document.events.some((event: any) => event.statusClass === 'negated'));
    assert.equal(body.origin, 'api:documents.5');
  });

  it('answers 404 with a JSON error for an unknown id', async () => {
    const { app } = makeApp();
    const response = await app.request('/api/documents/nothing-here');
    assert.equal(response.status, 404);
    assert.equal((await errorOf(response)).code, 'NOT_FOUND');
  });
});

describe('GET /api/series', () => {
  it('gives the monthly series of actual Iran → United States events', async () => {
    const { app } = await storedApp();
    const body = (await (await app.request('/api/series?source=IRN&target=USA&interval=month')).json()) as any;
    assert.deepEqual(body.status, ['actual']);
    const periods = body.points.map((point: any) => point.period);
    assert.ok(periods.includes('2025-01') && periods.includes('2025-04'), periods.join());
    assert.ok(!periods.includes('2025-03') || body.points.find((point: any) => point.period === '2025-03').events > 0);
    const january = body.points.find((point: any) => point.period === '2025-01');
    assert.equal(january.quadClass['3'], 1);
  });

  it('counts other statuses when asked', async () => {
    const { app } = await storedApp();
    const body = (await (await app.request('/api/series?source=IRN&target=USA&status=negated,conditional')).json()) as any;
    assert.ok(body.points.some((point: any) => point.period === '2025-03'));
  });

  it('needs a known interval', async () => {
    const { app } = makeApp();
    const response = await app.request('/api/series?source=IRN&interval=year');
    assert.equal(response.status, 400);
    const error = await errorOf(response);
    assert.ok(error.details?.some((detail) => detail.startsWith('query.interval:')));
  });
});

describe('GET /api/actors', () => {
  it('lists the actors seen with their counts, most frequent first', async () => {
    const { app } = await storedApp();
    const body = (await (await app.request('/api/actors')).json()) as any;
    const usa = body.actors.find((actor: any) => actor.code === 'USA');
    assert.ok(usa && usa.events >= 4 && usa.asTarget >= 3, JSON.stringify(usa));
    const counts = body.actors.map((actor: any) => actor.events);
    assert.deepEqual(counts, [...counts].sort((a: number, b: number) => b - a));
    const limited = (await (await app.request('/api/actors?limit=1')).json()) as any;
    assert.equal(limited.actors.length, 1);
  });
});

describe('GET /api/health', () => {
  it('answers with the store totals', async () => {
    const { app } = await storedApp();
    const body = (await (await app.request('/api/health')).json()) as any;
    assert.equal(body.status, 'ok');
    assert.equal(body.documents, PAIR_REPORTS.length + 1);
  });

  it('answers 503 when the store is unavailable', async () => {
    const { app, store } = makeApp();
    await store.close();
    const response = await app.request('/api/health');
    assert.ok(response.status >= 500);
    await errorOf(response);
  });
});

describe('GET /openapi.json', () => {
  it('describes every route the app answers, with its parameters and body', async () => {
    const { app } = makeApp();
    const doc = (await (await app.request('/openapi.json')).json()) as any;
    assert.equal(doc.openapi, '3.1.0');
    for (const spec of Object.values(ROUTES)) assert.ok(doc.paths[openApiPath(spec.path)]?.[spec.method], `${spec.method} ${spec.path}`);
    const registered = app.routes.filter((route) => route.method !== 'ALL' && route.path !== '*').map((route) => `${route.method.toLowerCase()} ${openApiPath(route.path)}`);
    for (const route of registered) {
      const [method, path] = route.split(' ');
      assert.ok(doc.paths[path]?.[method], `${route} is in the OpenAPI document`);
    }
    const events = doc.paths['/api/events'].get;
    assert.ok(events.parameters.some((parameter: any) => parameter.name === 'offset'));
    assert.ok(doc.paths['/api/code'].post.requestBody.content['application/json'].schema.properties.text);
    assert.ok(doc.paths['/api/code'].post.responses['413']);
  });
});

describe('errors and safety', () => {
  it('answers unknown routes and wrong methods with JSON errors', async () => {
    const { app } = makeApp();
    const missing = await app.request('/api/nothing');
    assert.equal(missing.status, 404);
    assert.equal((await errorOf(missing)).code, 'NOT_FOUND');
    const wrong = await app.request('/api/code');
    assert.equal(wrong.status, 405);
    assert.equal((await errorOf(wrong)).code, 'METHOD_NOT_ALLOWED');
  });

  it('answers an unexpected failure with INTERNAL and no stack trace', async () => {
    const failing = { code: () => { throw new Error('boom at /secret/path.ts:12'); } };
    const logged: string[] = [];
    const { app } = makeApp({ coder: failing, log: (message) => logged.push(message) });
    const response = await app.request('/api/code', json({ text: 'anything' }));
    assert.equal(response.status, 500);
    const error = await errorOf(response);
    assert.equal(error.code, 'INTERNAL');
    assert.doesNotMatch(error.message, /boom|secret/);
    assert.match(logged.join('\n'), /boom/);
  });

  it('requires the token when one is set, on the API and the OpenAPI document', async () => {
    const token = 'a-long-enough-test-token';
    const { app } = makeApp({ token });
    for (const path of ['/api/health', '/openapi.json']) {
      const refused = await app.request(path);
      assert.equal(refused.status, 401);
      assert.equal((await errorOf(refused)).code, 'UNAUTHORIZED');
      assert.equal((await app.request(path, { headers: { authorization: 'Bearer wrong-token' } })).status, 401);
      assert.equal((await app.request(path, { headers: { authorization: `Bearer ${token}` } })).status, 200);
    }
  });

  it('answers only the allowed host names (against DNS rebinding)', async () => {
    const { app } = makeApp({ allowedHosts: ['127.0.0.1', 'localhost'] });
    assert.equal((await app.request('http://localhost:8080/api/health')).status, 200);
    const response = await app.request('http://evil.example:8080/api/health');
    assert.equal(response.status, 403);
    assert.equal((await errorOf(response)).code, 'FORBIDDEN');
  });

  it('sends no CORS headers unless origins are configured', async () => {
    const closed = makeApp().app;
    const plain = await closed.request('/api/health', { headers: { origin: 'https://elsewhere.example' } });
    assert.equal(plain.headers.get('access-control-allow-origin'), null);
    const open = makeApp({ corsOrigins: ['https://analyst.example'] }).app;
    const allowed = await open.request('/api/health', { headers: { origin: 'https://analyst.example' } });
    assert.equal(allowed.headers.get('access-control-allow-origin'), 'https://analyst.example');
    const other = await open.request('/api/health', { headers: { origin: 'https://elsewhere.example' } });
    assert.notEqual(other.headers.get('access-control-allow-origin'), 'https://elsewhere.example');
  });

  it('serves the dashboard page on its routes with a strict content security policy', async () => {
    const page = new TextEncoder().encode('<!doctype html><div id="app"></div>');
    const web = new Map([
      ['/index.html', { body: page, type: 'text/html; charset=utf-8' }],
      ['/assets/main.js', { body: new TextEncoder().encode('1'), type: 'text/javascript; charset=utf-8' }],
    ]);
    const { app } = makeApp({ web });
    const response = await app.request('/pair/IRN/USA');
    assert.equal(response.status, 200);
    assert.match(response.headers.get('content-security-policy') ?? '', /script-src 'self'/);
    assert.equal(await response.text(), '<!doctype html><div id="app"></div>');
    assert.equal((await app.request('/assets/main.js')).headers.get('cache-control'), 'public, max-age=31536000, immutable');
    assert.equal((await app.request('/assets/missing.js')).status, 404);
    assert.equal((await app.request('/assets/../../package.json')).status, 404);
  });

  it('serves the dashboard page for a document whose id ends in an extension, and 404 only for missing files', async () => {
    const page = new TextEncoder().encode('<!doctype html><div id="app"></div>');
    const { app } = makeApp({ web: new Map([['/index.html', { body: page, type: 'text/html; charset=utf-8' }]]) });
    for (const path of ['/documents/iran-us-talks.txt', '/documents/wire%2F2025-01.html', '/pair/IGOEUN/USA', '/events', '/']) {
      const response = await app.request(path);
      assert.equal(response.status, 200, path);
      assert.equal(await response.text(), '<!doctype html><div id="app"></div>', path);
    }
    assert.equal((await app.request('/robots.txt')).status, 404);
    assert.equal((await app.request('/assets/main.js')).status, 404);
  });
});
