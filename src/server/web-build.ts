import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ParleyError } from '../core/errors.ts';
import { WEB_DIST } from './web-assets.ts';

/** The dashboard's sources. */
export const WEB_ROOT = fileURLToPath(new URL('../../web', import.meta.url));

/** The newest modification time among the files under `folder` (skipping `dist`). */
function newestChange(folder: string): number {
  let newest = 0;
  for (const name of readdirSync(folder)) {
    if (name === 'dist' || name === 'node_modules') continue;
    const file = join(folder, name);
    const stat = statSync(file);
    newest = Math.max(newest, stat.isDirectory() ? newestChange(file) : stat.mtimeMs);
  }
  return newest;
}

/** True when there is no build of the dashboard or a source changed after it. */
export function webBuildIsStale(): boolean {
  const index = join(WEB_DIST, 'index.html');
  return !existsSync(index) || newestChange(WEB_ROOT) > statSync(index).mtimeMs;
}

/** Builds the dashboard with Vite (a development dependency) when the build is missing or stale. */
export async function ensureWebBuilt(log: (message: string) => void): Promise<void> {
  if (!webBuildIsStale()) return;
  log('parley serve: building the dashboard (web/ → web/dist) ...');
  let vite: typeof import('vite');
  try {
    vite = await import('vite');
  } catch {
    throw new ParleyError('USAGE', 'the dashboard is not built and Vite is not installed: run npm install (with development dependencies), then npm run build:web');
  }
  await vite.build({ configFile: join(WEB_ROOT, 'vite.config.ts'), root: WEB_ROOT, logLevel: 'warn' });
}
