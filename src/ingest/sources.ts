import { createReadStream, readdirSync, statSync, type Stats } from 'node:fs';
import { basename, extname, join } from 'node:path';
import { createInterface } from 'node:readline';
import { isParleyError } from '../core/errors.ts';
import { toIsoDay } from './dates.ts';
import { fetchText } from './fetch.ts';
import { looksLikeFeed, parseFeed } from './feed.ts';
import { extractArticleOffThread } from './article-extractor.ts';
import { INPUT_RECORD_FIELDS, inputRecordSchema, parseJsonlLine } from './input-record.ts';
import { problem, type IngestEntry, type IngestItem } from './item.ts';
import { readBounded } from './read-bounded.ts';
import { describeBinary, describeLanguage } from './text-check.ts';

/** Limits and choices for reading inputs. */
export interface SourceOptions {
  /** The largest file or page read into memory at once (bytes); JSONL files are streamed line by line. */
  maxInputBytes: number;
  /** The longest text of one document (characters). */
  maxTextLength: number;
  /** For feed entries with a link, fetch the linked page and code its article instead of the entry's summary. */
  followLinks: boolean;
  /** The publication date of documents that give none. */
  defaultPublished?: string;
}

const FEED_EXTENSIONS = new Set(['.rss', '.atom', '.xml']);
const HTML_EXTENSIONS = new Set(['.html', '.htm']);
const JSONL_EXTENSIONS = new Set(['.jsonl', '.ndjson']);
const TEXT_EXTENSIONS = new Set(['.txt', '.text', '.md']);
/** Kinds of document Parley cannot read yet: reported in a folder rather than passed over. */
const UNSUPPORTED_EXTENSIONS = new Set(['.pdf']);

/**
 * Reads every input in order: files, folders (recursively, by extension), JSONL, RSS/Atom and HTML
 * files, and http(s) URLs of feeds and pages. Anything unreadable is yielded as a problem and the
 * rest goes on.
 */
export async function* readInputs(inputs: readonly string[], options: SourceOptions): AsyncGenerator<IngestEntry> {
  for (const input of inputs) {
    if (/^https?:\/\//i.test(input)) yield* readUrl(input, options);
    else yield* readPath(input, basename(input), options, true);
  }
}

/**
 * Reads a file or folder. `name` is what the documents found there are called: a file named on
 * the command line by its file name, a file in a folder by its path relative to that folder
 * (`2004/report.txt`), so that ids and stored origins never show the machine's layout.
 */
async function* readPath(path: string, name: string, options: SourceOptions, explicit: boolean): AsyncGenerator<IngestEntry> {
  let stats;
  try {
    stats = statSync(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    yield problem(path, code === 'ENOENT' ? 'no such file or folder' : (error as Error).message);
    return;
  }
  if (stats.isDirectory()) {
    let names: string[];
    try {
      names = readdirSync(path).sort();
    } catch (error) {
      yield problem(path, `cannot read the folder: ${(error as Error).message}`);
      return;
    }
    for (const child of names) {
      if (child.startsWith('.')) continue;
      yield* readPath(join(path, child), explicit ? child : `${name}/${child}`, options, false);
    }
    return;
  }
  // a named pipe, socket or device in a folder would block the ingest or never end: only files named
  // on the command line are read when they are not regular files (`<(zcat news.txt.gz)`), and then within the size limit
  if (!stats.isFile() && !explicit) {
    yield problem(path, `it is not a regular file (${describeFileKind(stats)}); skipped`);
    return;
  }
  const extension = extname(path).toLowerCase();
  const known = FEED_EXTENSIONS.has(extension) || HTML_EXTENSIONS.has(extension) || JSONL_EXTENSIONS.has(extension) || TEXT_EXTENSIONS.has(extension);
  // in a folder only files of known kinds are read; a file named on the command line is read whatever its name
  if (!known && !explicit && !UNSUPPORTED_EXTENSIONS.has(extension)) return;
  if (JSONL_EXTENSIONS.has(extension)) {
    yield* readJsonl(path, name, options);
    return;
  }
  if (stats.size > options.maxInputBytes) {
    yield problem(path, `the file is ${stats.size} bytes; the limit is ${options.maxInputBytes}: split it into smaller files (JSONL files of any size are read line by line)`, 'INPUT_TOO_LARGE');
    return;
  }
  let bytes: Buffer;
  try {
    bytes = await readBounded(path, options.maxInputBytes, 'the file');
  } catch (error) {
    yield problem(path, (error as Error).message, isParleyError(error, 'INPUT_TOO_LARGE') ? 'INPUT_TOO_LARGE' : 'INPUT_INVALID');
    return;
  }
  const binary = describeBinary(bytes);
  if (binary) {
    yield problem(path, binary);
    return;
  }
  const text = bytes.toString('utf8');
  if (FEED_EXTENSIONS.has(extension) || (!known && looksLikeFeed(text))) yield* named(readFeed(text, path, name, options), path, name);
  else if (HTML_EXTENSIONS.has(extension)) yield* readHtml(text, path, name, undefined, options, true);
  else yield* checked({ kind: 'item', id: name, idFromName: true, text, title: basename(path), origin: path, storedOrigin: name, published: options.defaultPublished }, options);
}

/** What a file that is not a regular one is, for the message that skips it. */
function describeFileKind(stats: Stats): string {
  if (stats.isFIFO()) return 'a named pipe';
  if (stats.isSocket()) return 'a socket';
  if (stats.isCharacterDevice() || stats.isBlockDevice()) return 'a device';
  return 'not a file';
}

/** The entries of a feed file, each item stored with the file's name in place of its path (`feed.xml#3`). */
async function* named(entries: AsyncGenerator<IngestEntry>, path: string, name: string): AsyncGenerator<IngestEntry> {
  for await (const entry of entries) {
    if (entry.kind === 'item' && entry.origin.startsWith(path)) yield { ...entry, storedOrigin: name + entry.origin.slice(path.length) };
    else yield entry;
  }
}

async function* readJsonl(path: string, name: string, options: SourceOptions): AsyncGenerator<IngestEntry> {
  const stream = createReadStream(path, { encoding: 'utf8' });
  const lines = createInterface({ input: stream, crlfDelay: Infinity });
  let number = 0;
  try {
    for await (const line of lines) {
      number++;
      const origin = `${path}:${number}`;
      if (line.trim() === '') continue;
      if (line.length > options.maxTextLength * 2) {
        yield problem(origin, `the line is ${line.length} characters long; the limit is ${options.maxTextLength * 2}`, 'INPUT_TOO_LARGE');
        continue;
      }
      const parsed = parseJsonlLine(line, inputRecordSchema);
      if ('notJson' in parsed) {
        yield problem(origin, parsed.notJson);
        continue;
      }
      if ('issues' in parsed) {
        yield problem(origin, `${parsed.issues.join('; ')} (each line is ${INPUT_RECORD_FIELDS})`);
        continue;
      }
      const { record } = parsed;
      let published = options.defaultPublished;
      if (record.published !== undefined) {
        published = toIsoDay(record.published);
        if (published === undefined) {
          yield problem(origin, `published "${record.published}" is not a date`);
          continue;
        }
      }
      yield* checked(
        {
          kind: 'item',
          id: record.id ?? `${name}:${number}`,
          idFromName: record.id === undefined,
          text: record.text,
          title: record.title,
          published,
          url: record.url,
          outlet: record.source,
          origin,
          storedOrigin: `${name}:${number}`,
        },
        options,
      );
    }
  } catch (error) {
    yield problem(path, `cannot read the file: ${(error as Error).message}`);
  }
}

async function* readUrl(url: string, options: SourceOptions): AsyncGenerator<IngestEntry> {
  let fetched;
  try {
    fetched = await fetchText(url, options.maxInputBytes);
  } catch (error) {
    if (isParleyError(error)) yield problem(url, error.message, error.code === 'INPUT_TOO_LARGE' ? 'INPUT_TOO_LARGE' : 'INPUT_INVALID');
    else yield problem(url, (error as Error).message);
    return;
  }
  const type = fetched.contentType.toLowerCase();
  if (/xml|rss|atom/.test(type) || looksLikeFeed(fetched.text)) yield* readFeed(fetched.text, url, fetched.url, options);
  else if (type.includes('html') || /^\s*<(!doctype html|html)/i.test(fetched.text)) yield* readHtml(fetched.text, url, fetched.url, undefined, options);
  else yield* checked({ kind: 'item', id: fetched.url, text: fetched.text, url: fetched.url, origin: url, outlet: hostOf(fetched.url), published: options.defaultPublished }, options);
}

async function* readFeed(xml: string, origin: string, location: string, options: SourceOptions): AsyncGenerator<IngestEntry> {
  let feed;
  try {
    feed = parseFeed(xml);
  } catch (error) {
    yield problem(origin, `not a feed that parses: ${(error as Error).message}`);
    return;
  }
  for (const [index, entry] of feed.entries.entries()) {
    const entryOrigin = `${origin}#${index + 1}`;
    const link = entry.link ? resolveLink(entry.link, location) : undefined;
    // without an id or link, an entry is named after where the feed was found (a URL, or a file's name)
    const base = { id: entry.id ?? link ?? `${location}#${index + 1}`, title: entry.title, published: entry.published ?? options.defaultPublished, url: link, outlet: feed.title ?? hostOf(location) };
    if (options.followLinks && link && /^https?:/.test(link)) {
      let page;
      try {
        page = await fetchText(link, options.maxInputBytes);
      } catch (error) {
        yield problem(`${entryOrigin} (${link})`, (error as Error).message);
        continue;
      }
      let article;
      try {
        article = await extractArticleOffThread(page.text);
      } catch (error) {
        yield problem(`${entryOrigin} (${link})`, (error as Error).message);
        continue;
      }
      if (!article) {
        yield problem(`${entryOrigin} (${link})`, 'the page has no article text that Readability could find');
        continue;
      }
      yield* checked({ kind: 'item', ...base, text: article.text, title: base.title ?? article.title, published: base.published ?? article.published, origin: entryOrigin }, options);
      continue;
    }
    if (entry.text.trim() === '') {
      yield problem(entryOrigin, 'the feed entry has no text (use --follow-links to fetch the linked page)');
      continue;
    }
    yield* checked({ kind: 'item', ...base, text: entry.text, origin: entryOrigin }, options);
  }
}

async function* readHtml(html: string, origin: string, location: string, title: string | undefined, options: SourceOptions, file = false): AsyncGenerator<IngestEntry> {
  let article;
  try {
    // in a worker thread, bounded in depth and time: a hostile page cannot hold up the ingest
    article = await extractArticleOffThread(html);
  } catch (error) {
    yield problem(origin, (error as Error).message);
    return;
  }
  if (!article) {
    yield problem(origin, 'the page has no article text that Readability could find');
    return;
  }
  const isUrl = /^https?:/.test(location);
  yield* checked(
    {
      kind: 'item',
      id: location,
      text: article.text,
      title: title ?? article.title,
      published: article.published ?? options.defaultPublished,
      url: isUrl ? location : undefined,
      outlet: article.siteName ?? (isUrl ? hostOf(location) : undefined),
      origin,
      ...(file ? { idFromName: true, storedOrigin: location } : {}),
    },
    options,
  );
}

/** The item, or a problem when its text is empty, too long or not English. */
function* checked(item: IngestItem, options: SourceOptions): Generator<IngestEntry> {
  const language = item.text.length <= options.maxTextLength ? describeLanguage(item.text) : undefined;
  if (item.text.trim() === '') yield problem(item.origin, 'the document has no text');
  else if (language) yield problem(item.origin, language);
  else if (item.text.length > options.maxTextLength) {
    yield problem(item.origin, `the text is ${item.text.length} characters long; the limit for one document is ${options.maxTextLength}: split it into documents`, 'INPUT_TOO_LARGE');
  } else yield item;
}

function resolveLink(link: string, base: string): string {
  try {
    return new URL(link, /^https?:/.test(base) ? base : undefined).href;
  } catch {
    return link;
  }
}

function hostOf(url: string): string | undefined {
  try {
    return new URL(url).host || undefined;
  } catch {
    return undefined;
  }
}
