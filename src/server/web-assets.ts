import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { extname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Where `npm run build:web` writes the dashboard. */
export const WEB_DIST = fileURLToPath(new URL('../../web/dist', import.meta.url));

/** One built file of the dashboard, held in memory. */
export interface WebAsset {
  body: Uint8Array;
  type: string;
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.json': 'application/json',
  '.txt': 'text/plain; charset=utf-8',
};

/**
 * Reads the built dashboard into memory, keyed by URL path (`/index.html`, `/assets/main-1a2b.js`).
 * Serving from a fixed map means no request path ever reaches the file system.
 */
export function loadWebAssets(root: string = WEB_DIST): Map<string, WebAsset> | null {
  if (!existsSync(join(root, 'index.html'))) return null;
  const assets = new Map<string, WebAsset>();
  const walk = (folder: string) => {
    for (const name of readdirSync(folder)) {
      const file = join(folder, name);
      if (statSync(file).isDirectory()) walk(file);
      else assets.set('/' + relative(root, file).split(sep).join('/'), { body: readFileSync(file), type: TYPES[extname(name)] ?? 'application/octet-stream' });
    }
  };
  walk(root);
  return assets;
}
