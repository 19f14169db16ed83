import assert from 'node:assert/strict';
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startServer, type RunningServer } from '../src/server/start.ts';

// The browser tests drive Debian's chromium with playwright-core (no browser download). CI
// installs chromium with apt-get; without it the browser tests are skipped.

/** Debian's chromium. */
export const CHROMIUM = '/usr/bin/chromium';

/** Where the browser tests leave their screenshots (to look at, not to compare). */
export const SCREENSHOTS = fileURLToPath(new URL('../tmp/screenshots', import.meta.url));

/** The `skip` option of a browser test suite: false, or why it cannot run. */
export const skipWithoutChromium: false | string = existsSync(CHROMIUM) ? false : `${CHROMIUM} is missing: install it with "apt-get install -y chromium" to run the browser tests`;

export type Browser = import('playwright-core').BrowserContext;
export type Page = import('playwright-core').Page;

/** A headless chromium with its profile in `profile`, that saves downloads. */
export async function launchChromium(profile: string, viewport: { width: number; height: number }): Promise<Browser> {
  const { chromium } = await import('playwright-core');
  return chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    acceptDownloads: true,
    viewport,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}

/** A new tab whose page errors and dialogs are collected in `problems` (a test ends by asserting there are none). */
export async function openPage(browser: Browser): Promise<{ page: Page; problems: string[] }> {
  const page = await browser.newPage();
  const problems: string[] = [];
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('dialog', (dialog) => {
    problems.push(`dialog: ${dialog.message()}`);
    void dialog.dismiss();
  });
  return { page, problems };
}

/** A dashboard to drive: the server on loopback with its store in `folder`, and chromium. */
export interface Dashboard {
  server: RunningServer;
  browser: Browser;
  folder: string;
  /** Closes chromium and the server and removes the folder. */
  close(): Promise<void>;
}

/** Starts the server on a new store holding `documents` (checked stored), and chromium at `viewport`. */
export async function startDashboard(name: string, documents: readonly unknown[], viewport: { width: number; height: number }): Promise<Dashboard> {
  const folder = mkdtempSync(join(tmpdir(), `parley-${name}-`));
  const server = await startServer({ host: '127.0.0.1', port: 0, db: join(folder, 'parley.db'), workers: 0, buildWeb: true, log: () => {} });
  const response = await fetch(`${server.url}/api/documents`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ documents }) });
  assert.equal(response.status, 200, await response.text());
  mkdirSync(SCREENSHOTS, { recursive: true });
  const browser = await launchChromium(join(folder, 'profile'), viewport);
  return {
    server,
    browser,
    folder,
    async close() {
      await browser.close();
      await server.close();
      rmSync(folder, { recursive: true, force: true });
    },
  };
}
