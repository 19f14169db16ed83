import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { startServer, type RunningServer } from '../src/server/start.ts';
import { openPage as openPageIn, SCREENSHOTS, skipWithoutChromium, startDashboard, type Browser, type Dashboard } from './browser-helpers.ts';
import { EXAMPLE_REPORT, HOSTILE_REPORT, PAIR_REPORTS, WIRE_NOISE_REPORT } from './server-helpers.ts';

// End-to-end: the real server on loopback and Debian's chromium driven by playwright-core (no
// browser download). CI installs chromium with apt-get; without it these tests are skipped.

const skip = skipWithoutChromium;


describe('dashboard in chromium', { skip, timeout: 180_000 }, () => {
  let server: RunningServer;
  let browser: Browser;
  let folder: string;
  let close: Dashboard['close'] | undefined;

  before(async () => {
    ({ server, browser, folder, close } = await startDashboard('browser', [...PAIR_REPORTS, { id: 'examples/iran-us-talks.txt', text: EXAMPLE_REPORT, published: '2025-03-10' }, HOSTILE_REPORT, WIRE_NOISE_REPORT], { width: 1400, height: 1000 }));
    console.log(`browser test screenshots: ${SCREENSHOTS}`);
  });

  after(async () => {
    await close?.();
  });

  const openPage = () => openPageIn(browser);

  it('codes the pasted example report and highlights the Iran → United States event with its condition', async () => {
    const { page, problems } = await openPage();
    await page.goto(`${server.url}/coder`);
    await page.fill('textarea[name=text]', EXAMPLE_REPORT);
    await page.fill('input[name=published]', '2025-03-10');
    await page.click('button[type=submit]');
    const row = page.locator('tr[data-source="IRNGOV"][data-target="USA"][data-status="conditional"]');
    await row.waitFor({ timeout: 30_000 });
    await row.hover();
    const trigger = (await page.locator('.hl-trigger.status-conditional.active').allTextContents()).join('');
    assert.match(trigger, /explore/);
    const condition = (await page.locator('.hl-condition.active').allTextContents()).join('');
    assert.match(condition, /^such talks take place in an atmosphere that is free from threats/);
    const actors = await page.locator('.hl-actor.active').allTextContents();
    assert.ok(actors.some((text) => /United States/.test(text)), actors.join(' | '));
    assert.ok((await page.locator('tr[data-status="negated"]').count()) >= 1, 'the negated response is in the table');
    await page.screenshot({ path: join(SCREENSHOTS, 'coder.png'), fullPage: true });
    assert.deepEqual(problems, []);
    await page.close();
  });

  it('draws the time series chart of the IRN and USA pair', async () => {
    const { page, problems } = await openPage();
    await page.goto(`${server.url}/pair/IRN/USA`);
    const canvas = page.locator('[data-testid="goldstein-chart"] canvas');
    await canvas.waitFor({ timeout: 30_000 });
    const painted = await canvas.evaluate((element) => {
      const chart = element as HTMLCanvasElement;
      const pixels = (chart.getContext('2d') as CanvasRenderingContext2D).getImageData(0, 0, chart.width, chart.height).data;
      let count = 0;
      for (let i = 3; i < pixels.length; i += 4) if (pixels[i] > 0) count++;
      return count;
    });
    assert.ok(painted > 500, `the chart has ${painted} painted pixels`);
    await page.locator('[data-testid="count-chart"] canvas').waitFor();
    const legend = await page.locator('[data-testid="goldstein-chart"] .u-legend').textContent();
    assert.match(legend ?? '', /actual events/);
    assert.ok((await page.locator('[data-testid="latest-events"] li').count()) >= 2);
    await page.screenshot({ path: join(SCREENSHOTS, 'pair-IRN-USA.png'), fullPage: true });
    assert.deepEqual(problems, []);
    await page.close();
  });

  it('lists stored events with filters and opens a document with its evidence highlighted', async () => {
    const { page, problems } = await openPage();
    await page.goto(`${server.url}/events?source=IRN&target=USA`);
    await page.locator('[data-testid="stored-events"] tbody tr').first().waitFor({ timeout: 30_000 });
    const sources = await page.locator('[data-testid="stored-events"] tbody tr td:nth-child(2)').allTextContents();
    assert.ok(sources.length >= 3 && sources.every((code) => code.startsWith('IRN')), sources.join());
    await page.screenshot({ path: join(SCREENSHOTS, 'events.png'), fullPage: true });
    // reported claims have their own filter, and every row it lists is drawn as reported
    await page.goto(`${server.url}/events`);
    await page.locator('[data-testid="stored-events"] tbody tr').first().waitFor({ timeout: 30_000 });
    await page.selectOption('select[name=status]', 'reported');
    await page.click('form.filters button[type=submit]');
    await page.waitForURL(/status=reported/);
    await page.locator('[data-testid="stored-events"] tbody tr').first().waitFor({ timeout: 30_000 });
    const statuses = await page.locator('[data-testid="stored-events"] tbody tr').evaluateAll((rows) => rows.map((row) => row.getAttribute('data-status')));
    assert.ok(statuses.length >= 1 && statuses.every((status) => status === 'reported'), statuses.join());
    await page.goto(`${server.url}/events?source=IRN&target=USA`);
    await page.locator('[data-testid="stored-events"] tbody tr').first().waitFor({ timeout: 30_000 });
    await page.locator('a', { hasText: 'examples/iran-us-talks.txt' }).first().click();
    await page.locator('[data-testid="document-text"]').waitFor();
    assert.ok((await page.locator('.hl-trigger').count()) >= 4);
    assert.ok((await page.locator('.hl-condition').count()) >= 1);
    await page.screenshot({ path: join(SCREENSHOTS, 'document.png'), fullPage: true });
    assert.deepEqual(problems, []);
    await page.close();
  });

  it('reloads a document page whose id ends in ".txt", shows wire noise decoded, and has a favicon', async () => {
    const { page, problems } = await openPage();
    const url = `${server.url}/documents/${encodeURIComponent(WIRE_NOISE_REPORT.id)}`;
    assert.ok(url.endsWith('/documents/wire-noise.txt'));
    await page.goto(url);
    const text = page.locator('[data-testid="document-text"]');
    await text.waitFor({ timeout: 30_000 });
    await page.reload();
    await text.waitFor({ timeout: 30_000 });
    assert.equal(await text.textContent(), 'Iran\'s foreign minister accused the United States of spying on its nuclear sites, calling it "a hostile act".');
    assert.equal(await page.locator('h1').textContent(), 'Iran\'s minister accuses US');
    assert.ok((await page.locator('.hl-trigger').count()) >= 1, 'the evidence is still highlighted');
    const icon = await page.locator('link[rel=icon]').getAttribute('href');
    const favicon = await fetch(`${server.url}${icon}`);
    assert.equal(favicon.status, 200);
    assert.match(favicon.headers.get('content-type') ?? '', /^image\/svg\+xml/);
    await page.screenshot({ path: join(SCREENSHOTS, 'wire-noise-document.png'), fullPage: true });

    await page.goto(`${server.url}/events?document=${encodeURIComponent(WIRE_NOISE_REPORT.id)}`);
    await page.locator('[data-testid="stored-events"] tbody tr').first().waitFor({ timeout: 30_000 });
    const evidence = (await page.locator('[data-testid="stored-events"] td.evidence').allTextContents()).join(' ');
    assert.match(evidence, /Iran's foreign minister/);
    assert.doesNotMatch(evidence, /#39;|quot;/);
    assert.deepEqual(problems, []);
    await page.close();
  });

  it('takes a token once from the address, hides it, and sends it with every API call', async () => {
    const token = 'browser-test-token-0123456789';
    const guarded = await startServer({ host: '127.0.0.1', port: 0, db: join(folder, 'guarded.db'), workers: 0, token, log: () => {} });
    try {
      const { page, problems } = await openPage();
      await page.goto(`${guarded.url}/?token=${token}`);
      await page.waitForFunction(() => !window.location.search.includes('token'));
      await page.fill('textarea[name=text]', 'Iran accused the United States of spying.');
      await page.click('button[type=submit]');
      await page.locator('tr[data-source="IRN"][data-target="USA"]').waitFor({ timeout: 30_000 });
      assert.deepEqual(problems, []);
      await page.close();
    } finally {
      await guarded.close();
    }
  });

  it('shows a report with <script> and markup as text, and runs none of it', async () => {
    const { page, problems } = await openPage();
    await page.goto(`${server.url}/documents/${encodeURIComponent(HOSTILE_REPORT.id)}`);
    const text = page.locator('[data-testid="document-text"]');
    await text.waitFor({ timeout: 30_000 });
    assert.equal(await text.textContent(), HOSTILE_REPORT.text);
    assert.equal(await page.locator('h1').textContent(), HOSTILE_REPORT.title);
    assert.equal(await page.locator('#app script, #app img, #app b, #app iframe').count(), 0);
    assert.equal(await page.locator('#app a[href^="javascript:"]').count(), 0);
    await page.screenshot({ path: join(SCREENSHOTS, 'hostile-document.png'), fullPage: true });

    await page.goto(`${server.url}/events`);
    await page.locator('[data-testid="stored-events"] tbody tr').first().waitFor();
    await page.goto(`${server.url}/coder`);
    await page.fill('textarea[name=text]', HOSTILE_REPORT.text);
    await page.click('button[type=submit]');
    await page.locator('[data-testid="document-text"]').waitFor();
    assert.equal(await page.locator('[data-testid="document-text"]').textContent(), HOSTILE_REPORT.text);
    assert.equal(await page.locator('#app script, #app img').count(), 0);
    await page.screenshot({ path: join(SCREENSHOTS, 'hostile-coder.png'), fullPage: true });

    assert.equal(await page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned), undefined);
    assert.deepEqual(problems, []);
    await page.close();
  });
});
