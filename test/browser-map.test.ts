import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import type { RunningServer } from '../src/server/start.ts';
import { openPage, SCREENSHOTS, skipWithoutChromium, startDashboard, type Browser, type Dashboard } from './browser-helpers.ts';
import { EXAMPLE_REPORT } from './server-helpers.ts';

// The map page end to end: the real server with the example report and a report of our own with
// an attack in a town, Debian's chromium through playwright-core. Skipped without chromium.

const ATTACK_REPORT = { id: 'attack.txt', text: 'Rebel gunners shelled Zvornik on Friday and killed three civilians.', published: '2025-03-11' };

describe('map page in chromium', { skip: skipWithoutChromium, timeout: 180_000 }, () => {
  let server: RunningServer;
  let browser: Browser;
  let close: Dashboard['close'] | undefined;

  before(async () => {
    ({ server, browser, close } = await startDashboard('map', [{ id: 'examples/iran-us-talks.txt', text: EXAMPLE_REPORT, published: '2025-03-10' }, ATTACK_REPORT], { width: 1400, height: 1000 }));
  });

  after(async () => {
    await close?.();
  });

  it("draws every located event of the example report and the attack, offline, and a click opens the point's document", async () => {
    const located = (await (await fetch(`${server.url}/api/events?located=true&limit=500`)).json()) as { events: { event: { id: string; location: { name: string } }; documentId: string }[] };
    const names = new Set(located.events.map((stored) => stored.event.location.name));
    assert.ok(names.has('Tehran'), [...names].join());
    assert.ok(names.has('Zvornik'), [...names].join());
    const { page, problems } = await openPage(browser);
    const outside: string[] = [];
    page.on('request', (request) => {
      if (!request.url().startsWith(server.url)) outside.push(request.url());
    });
    await page.goto(`${server.url}/map`);
    const points = page.locator('circle.event-point');
    await points.first().waitFor({ timeout: 30_000 });
    assert.equal(await points.count(), located.events.length);
    const land = await page.locator('path.land').getAttribute('d');
    assert.ok((land ?? '').length > 10_000, 'the countries are drawn');
    // the attack is material conflict and actual: a filled point; the example's statements are verbal
    const attack = located.events.find((stored) => stored.documentId === 'attack.txt')!;
    const point = page.locator(`circle[data-event="${attack.event.id}"]`);
    assert.equal(await point.getAttribute('stroke'), '#c62828');
    assert.equal(await point.getAttribute('fill'), '#c62828');
    await page.screenshot({ path: join(SCREENSHOTS, 'map.png'), fullPage: true });
    await point.click();
    await page.waitForURL(/\/documents\/attack\.txt$/);
    await page.locator('[data-testid="document-text"]').waitFor();
    // the country filter (a name typed in the dashboard's filter form becomes its code) keeps only the events located there
    await page.goto(`${server.url}/map`);
    await page.locator('circle.event-point').first().waitFor({ timeout: 30_000 });
    await page.fill('input[name=country]', 'Bosnia');
    await page.click('form.filters button[type=submit]');
    await page.waitForURL(/\/map\?country=BIH$/);
    const inBosnia = located.events.filter((stored) => stored.documentId === 'attack.txt').length;
    await page.waitForFunction((count) => document.querySelectorAll('circle.event-point').length === count, inBosnia, { timeout: 30_000 });
    assert.deepEqual(outside, [], 'the map asks nothing of another server');
    assert.deepEqual(problems, []);
    await page.close();
  });
});
