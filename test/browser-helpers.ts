import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

// What the browser tests share: Debian's chromium through playwright-core (no browser download).

/** Debian's chromium; CI installs it with apt-get. */
export const CHROMIUM = '/usr/bin/chromium';

/** Where the browser tests leave their screenshots (tmp/ is not committed). */
export const SCREENSHOTS = fileURLToPath(new URL('../tmp/screenshots', import.meta.url));

/** The reason to skip the browser tests, or false when chromium is there. */
export const skipWithoutChromium = existsSync(CHROMIUM) ? false : `${CHROMIUM} is missing: install it with "apt-get install -y chromium" to run the browser tests`;

/** A headless chromium with its profile in `folder`. */
export async function launchChromium(folder: string): Promise<import('playwright-core').BrowserContext> {
  const { chromium } = await import('playwright-core');
  return chromium.launchPersistentContext(join(folder, 'profile'), {
    executablePath: CHROMIUM,
    headless: true,
    viewport: { width: 1400, height: 1000 },
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}
