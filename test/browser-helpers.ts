import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

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
