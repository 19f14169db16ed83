import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startServer, type RunningServer } from '../src/server/start.ts';
import { EXAMPLE_REPORT } from './server-helpers.ts';

// The coder page with large pastes (issue 12, defect 7): the limit said before sending, long texts
// coded in parts with progress, and a cancel that stops the server's work. Real server, chromium.

const CHROMIUM = '/usr/bin/chromium';
const SCREENSHOTS = fileURLToPath(new URL('../tmp/screenshots', import.meta.url));
const skip = existsSync(CHROMIUM) ? false : `${CHROMIUM} is missing: install it with "apt-get install -y chromium" to run the browser tests`;

/** Puts a text in the coder's text area as a paste does (at once, however long). */
async function paste(page: import('playwright-core').Page, text: string): Promise<void> {
  await page.locator('textarea[name=text]').evaluate((area, value) => {
    const textarea = area as HTMLTextAreaElement;
    textarea.value = value;
    textarea.dispatchEvent(new Event('input', { bubbles: true }));
  }, text);
}

describe('coder page with large pastes, in chromium', { skip, timeout: 300_000 }, () => {
  let server: RunningServer;
  let browser: import('playwright-core').BrowserContext;
  let folder: string;

  before(async () => {
    folder = mkdtempSync(join(tmpdir(), 'parley-browser-coder-'));
    server = await startServer({ host: '127.0.0.1', port: 0, db: join(folder, 'parley.db'), workers: 1, buildWeb: true, log: () => {} });
    mkdirSync(SCREENSHOTS, { recursive: true });
    const { chromium } = await import('playwright-core');
    browser = await chromium.launchPersistentContext(join(folder, 'profile'), {
      executablePath: CHROMIUM,
      headless: true,
      viewport: { width: 1400, height: 1000 },
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    });
  });

  after(async () => {
    await browser?.close();
    await server?.close();
    rmSync(folder, { recursive: true, force: true });
  });

  it('says the limit before sending and does not send a text over it', async () => {
    const page = await browser.newPage();
    await page.goto(`${server.url}/`);
    await page.locator('[data-testid=text-limit]').filter({ hasText: 'of at most 2,000,000 characters' }).waitFor({ timeout: 30_000 });
    let posted = false;
    page.on('request', (request) => {
      if (request.url().endsWith('/api/code')) posted = true;
    });
    await paste(page, 'Iran said talks would go on. '.repeat(Math.ceil(2_000_100 / 29)));
    const limit = page.locator('[data-testid=text-limit][role=alert]');
    await limit.waitFor({ timeout: 30_000 });
    assert.match((await limit.textContent()) ?? '', /characters long; the server codes at most 2,000,000 at once/);
    assert.equal(await page.locator('button[type=submit]').isDisabled(), true);
    assert.equal(posted, false);
  });

  it('codes a long text in parts with progress, and cancels on request', async () => {
    const page = await browser.newPage();
    await page.goto(`${server.url}/`);
    // about 40 parts of 20,000 characters: coding is still running when cancel is pressed, even on a
    // fast machine (40 copies were 5 parts, about a second of coding, and could end before the click)
    const long = Array.from({ length: 400 }, () => EXAMPLE_REPORT).join('\n\n');
    await paste(page, long);
    await page.click('button[type=submit]');
    const progress = page.locator('[data-testid=coding-progress]');
    await progress.waitFor({ timeout: 120_000 });
    assert.match((await progress.textContent()) ?? '', /part \d+ of \d+ coded/);
    await page.screenshot({ path: join(SCREENSHOTS, 'coder-progress.png'), fullPage: false });
    await page.click('button.cancel');
    await page.locator('.error[role=alert]').filter({ hasText: 'Cancelled' }).waitFor({ timeout: 30_000 });
    assert.equal(await page.locator('button[type=submit]').isDisabled(), false);
    // the server has let go of the cancelled work: it codes the next text at once
    const next = (await (await fetch(`${server.url}/api/code`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ text: 'Iran accused the United States of spying.' }) })).json()) as { document?: unknown };
    assert.ok(next.document);
  });

  it('shows the whole coded document once every part is done', async () => {
    const page = await browser.newPage();
    await page.goto(`${server.url}/`);
    const text = Array.from({ length: 12 }, () => EXAMPLE_REPORT).join('\n\n');
    await paste(page, text);
    await page.click('button[type=submit]');
    await page.locator('tr[data-source="IRNGOV"][data-target="USA"][data-status="conditional"]').first().waitFor({ timeout: 180_000 });
    assert.ok((await page.locator('tr[data-status="conditional"]').count()) >= 2, 'events from more than one part');
  });
});
