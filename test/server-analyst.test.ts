import { before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Hono } from 'hono';
import { createCoder } from '../src/coder.ts';
import { createApp } from '../src/server/app.ts';
import { openStore } from '../src/store/open.ts';
import { EXAMPLE_REPORT, PAIR_REPORTS } from './server-helpers.ts';

// The routes of the analyst's dashboard (issue 12): totals, overview, downloads, series of any
// filter, actor search by name, the codebook and unknown codes.

const UNDATED = { id: 'undated', text: 'Syria accused Turkey of shelling its border villages on Monday.' };

describe('analyst routes', () => {
  let app: Hono;
  before(async () => {
    app = createApp({ coder: createCoder(), store: openStore(':memory:'), log: () => {} });
    const documents = [...PAIR_REPORTS, { id: 'examples/iran-us-talks.txt', text: EXAMPLE_REPORT, published: '2025-03-10' }, UNDATED];
    const response = await app.request('/api/documents', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ documents }) });
    assert.equal(response.status, 200, await response.text());
  });
  const get = async (path: string) => {
    const response = await app.request(path);
    return { status: response.status, body: (await response.json()) as any };
  };
  const all = async (filters: string) => (await get(`/api/events?limit=500&${filters}`)).body.events.length;

  it('gives the total each filter matches beside its page', async () => {
    for (const filters of ['', 'source=IRN', 'status=negated', 'plover=ACCUSE', 'source=USA&either=true', 'from=2025-03-01']) {
      const page = await get(`/api/events?limit=1&${filters}`);
      assert.equal(page.status, 200);
      assert.equal(page.body.total, await all(filters), filters);
    }
  });

  it('sorts across all results before paging: newest first, or by Goldstein', async () => {
    const newest = (await get('/api/events?order=newest&limit=1')).body.events[0];
    const days = (await get('/api/events?limit=500')).body.events.map((stored: any) => stored.day).filter(Boolean).sort();
    assert.equal(newest.day, days[days.length - 1]);
    const lowest = (await get('/api/events?sort=goldstein&limit=1')).body.events[0];
    const weights = (await get('/api/events?limit=500')).body.events.map((stored: any) => stored.event.cameo.goldstein);
    assert.equal(lowest.event.cameo.goldstein, Math.min(...weights));
  });

  it('gives an overview whose breakdowns add up to the total, with names', async () => {
    const { status, body } = await get('/api/overview?source=IRN');
    assert.equal(status, 200);
    assert.equal(body.total, await all('source=IRN'));
    for (const breakdown of ['byQuadClass', 'byPlover', 'byStatus']) {
      assert.equal(body[breakdown].reduce((sum: number, row: any) => sum + row.events, 0), body.total, breakdown);
    }
    assert.ok(body.byQuadClass.every((row: any) => /cooperation|conflict/.test(row.name)));
    assert.ok(body.topActors.some((row: any) => row.key === 'IRNGOV' && row.name === 'Iran: government'), JSON.stringify(body.topActors));
    assert.match(body.topPairs[0].key, /^IRN\w* [A-Z]+$/);
    const everything = (await get('/api/overview')).body;
    const undated = (await get('/api/events?limit=500')).body.events.filter((stored: any) => stored.day === null);
    assert.ok(undated.some((stored: any) => stored.documentId === 'undated'), 'the undated report\'s event has no day');
    assert.equal(everything.undated, undated.length);
  });

  it('downloads the filtered events as CSV, JSONL and PLOVER JSON, one record per event', async () => {
    const expected = await all('source=IRN&status=all');
    const csv = await app.request('/api/export?format=csv&source=IRN&status=all');
    assert.equal(csv.status, 200);
    assert.match(csv.headers.get('content-type') ?? '', /^text\/csv/);
    assert.match(csv.headers.get('content-disposition') ?? '', /attachment; filename="parley-events\.csv"/);
    const text = await csv.text();
    assert.ok(text.startsWith('document,event,'));
    const jsonl = (await (await app.request('/api/export?format=jsonl&source=IRN&status=all')).text()).trim().split('\n');
    assert.equal(jsonl.length, expected);
    assert.ok(jsonl.every((line) => JSON.parse(line).event.source[0].code.startsWith('IRN')));
    const plover = JSON.parse(await (await app.request('/api/export?format=plover&source=IRN&status=all')).text());
    assert.ok(Array.isArray(plover) && plover.length <= expected && plover.length > 0);
  });

  it('draws the series of one actor, or one type, and says how many events lack a date', async () => {
    const actor = await get('/api/series?source=IRN&either=true&interval=month&status=all');
    assert.equal(actor.status, 200);
    assert.ok(actor.body.points.length >= 3);
    assert.equal(actor.body.undated, 0);
    const accusations = await get('/api/series?plover=ACCUSE&status=all');
    assert.equal(accusations.body.undated, 1, 'the undated accusation is left out and counted');
  });

  it('finds actors by name, with the stored codes under a country and names beside codes', async () => {
    const { body } = await get('/api/actors?q=iran');
    const codes = body.actors.map((actor: any) => actor.code);
    assert.ok(codes.includes('IRN') && codes.includes('IRNGOV'), codes.join());
    assert.equal(body.actors.find((actor: any) => actor.code === 'IRNGOV').name, 'Iran: government');
    const byCapital = (await get('/api/actors?q=Washington')).body.actors.map((actor: any) => actor.code);
    assert.ok(byCapital.includes('USA'), byCapital.join());
    const listed = (await get('/api/actors')).body.actors;
    assert.ok(listed.every((actor: any) => typeof actor.name === 'string'));
  });

  it('refuses a filter that names an unknown code, saying which', async () => {
    const bad = await get('/api/events?source=XQZ&cameo=99&plover=HUG');
    assert.equal(bad.status, 400);
    const details = bad.body.error.details.join('\n');
    assert.match(details, /query\.source: "XQZ" is not a known actor code/);
    assert.match(details, /query\.cameo: no CAMEO code is or starts with "99"/);
    assert.match(details, /query\.plover: "HUG" is not a PLOVER event type/);
    const nowhere = await get('/api/events?country=XQZ');
    assert.equal(nowhere.status, 400);
    assert.match(nowhere.body.error.details.join('\n'), /query\.country: "XQZ" is no country's ISO 3166-1 alpha-3 code/);
    assert.equal((await get('/api/events?country=BIH')).status, 200);
    assert.equal((await get('/api/overview?cameo=999')).status, 400);
    assert.equal((await app.request('/api/export?root=55')).status, 400);
  });

  it('serves the codebook: CAMEO codes with names and weights, PLOVER types, statuses and actor names', async () => {
    const { body } = await get('/api/codebook');
    const code = body.cameo.find((entry: any) => entry.code === '036');
    assert.equal(code.quadClass, 1);
    assert.match(code.name, /negotiat/i);
    assert.equal(body.plover.length, 16);
    assert.ok(body.statuses.some((entry: any) => entry.status === 'reported' && /relay/.test(entry.description)));
    assert.equal(body.actors.IRN, 'Iran');
    assert.equal(body.sectors.GOV, 'government');
  });

  it('ingests a feed by its address and stores its entries, and says what it could not read', async () => {
    const feed = `<?xml version="1.0"?><rss version="2.0"><channel><title>Test Wire</title>
<item><title>Border talks</title><guid>wire-talks</guid><pubDate>Tue, 05 Oct 2004 10:00:00 GMT</pubDate>
<description>Chile hosted talks with Bolivia on the border dispute, officials said.</description></item></channel></rss>`;
    const web = createServer((request, response) => {
      if (request.url === '/world.rss') response.writeHead(200, { 'content-type': 'application/rss+xml' }).end(feed);
      else response.writeHead(404).end('not found');
    });
    await new Promise<void>((resolve) => web.listen(0, '127.0.0.1', resolve));
    const base = `http://127.0.0.1:${(web.address() as AddressInfo).port}`;
    try {
      const post = (body: unknown) => app.request('/api/feeds', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
      const stored = await post({ url: `${base}/world.rss` });
      assert.equal(stored.status, 200, await stored.clone().text());
      const result = (await stored.json()) as any;
      assert.equal(result.added, 1);
      assert.equal((await get('/api/documents/wire-talks')).body.document.published, '2004-10-05');
      const missing = await post({ url: `${base}/gone.rss` });
      assert.equal(missing.status, 400);
      assert.match(((await missing.json()) as any).error.message, /gone\.rss.*404/);
      assert.equal((await post({ url: 'file:///etc/passwd' })).status, 400);
    } finally {
      web.close();
    }
  });
});
