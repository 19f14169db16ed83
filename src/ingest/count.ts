import { createReadStream, readFileSync, readdirSync, statSync } from 'node:fs';
import { extname, join } from 'node:path';

/**
 * How many documents the inputs hold, counted cheaply for a progress bar: non-empty JSONL lines,
 * one per text or HTML file, `<item>`/`<entry>` tags in feed files. Undefined when an input is a
 * URL (its size is unknown until it is fetched).
 */
export async function countDocuments(inputs: readonly string[]): Promise<number | undefined> {
  let total = 0;
  for (const input of inputs) {
    if (/^https?:\/\//i.test(input)) return undefined;
    total += await countPath(input, true);
  }
  return total;
}

async function countPath(path: string, explicit: boolean): Promise<number> {
  let stats;
  try {
    stats = statSync(path);
  } catch {
    return 0;
  }
  if (stats.isDirectory()) {
    let total = 0;
    for (const name of readdirSync(path).sort()) if (!name.startsWith('.')) total += await countPath(join(path, name), false);
    return total;
  }
  // a named pipe or device is never read for counting: it could block or never end
  if (!stats.isFile()) return explicit ? 1 : 0;
  const extension = extname(path).toLowerCase();
  if (extension === '.jsonl' || extension === '.ndjson') return countLines(path);
  if (['.rss', '.atom', '.xml'].includes(extension)) {
    if (stats.size > 64 * 1024 * 1024) return 0;
    return (readFileSync(path, 'utf8').match(/<(item|entry)[\s>]/g) ?? []).length;
  }
  return explicit || ['.txt', '.text', '.md', '.html', '.htm'].includes(extension) ? 1 : 0;
}

async function countLines(path: string): Promise<number> {
  let lines = 0;
  let lineHasText = false;
  for await (const chunk of createReadStream(path) as AsyncIterable<Buffer>) {
    for (const byte of chunk) {
      if (byte === 10) {
        if (lineHasText) lines++;
        lineHasText = false;
      } else if (byte !== 13 && byte !== 32 && byte !== 9) lineHasText = true;
    }
  }
  return lines + (lineHasText ? 1 : 0);
}
