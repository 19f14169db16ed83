import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { toIsoDay } from './dates.ts';

/** The article a web page carries, as plain text with one paragraph per block. */
export interface Article {
  title?: string;
  text: string;
  siteName?: string;
  published?: string;
}

/** Elements whose text stands as a paragraph of its own. */
const BLOCKS = 'p, h1, h2, h3, h4, h5, h6, li, blockquote, pre, td, figcaption';

/** The shortest article text (characters) Readability accepts as an article. */
const MIN_ARTICLE_CHARACTERS = 200;

/** Extracts the article of an HTML page with Readability; null when the page has no article. */
export function extractArticle(html: string): Article | null {
  const { document } = parseHTML(html);
  const parsed = new Readability(document as never, { charThreshold: MIN_ARTICLE_CHARACTERS }).parse();
  if (!parsed || typeof parsed.content !== 'string') return null;
  const text = htmlToText(parsed.content);
  if (text.length < MIN_ARTICLE_CHARACTERS / 2) return null;
  const published = toIsoDay(parsed.publishedTime ?? undefined) ?? metaDate(document);
  return {
    title: parsed.title?.trim() || undefined,
    text,
    siteName: parsed.siteName?.trim() || undefined,
    published,
  };
}

/** The text of an HTML fragment: block elements become paragraphs separated by blank lines. */
export function htmlToText(fragment: string): string {
  const { document } = parseHTML(`<!doctype html><html><body>${fragment}</body></html>`);
  const blocks = [...document.querySelectorAll(BLOCKS)]
    // a block inside another block is already part of the outer one's text
    .filter((element) => !element.parentElement?.closest(BLOCKS))
    .map((element) => collapse(element.textContent ?? ''))
    .filter((text) => text.length > 0);
  if (blocks.length) return blocks.join('\n\n');
  return collapse(document.body?.textContent ?? '');
}

function collapse(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** The publication date from the usual meta tags, when Readability found none. */
function metaDate(document: ReturnType<typeof parseHTML>['document']): string | undefined {
  for (const selector of ['meta[property="article:published_time"]', 'meta[name="date"]', 'meta[name="pubdate"]', 'time[datetime]']) {
    const element = document.querySelector(selector);
    const value = element?.getAttribute('content') ?? element?.getAttribute('datetime');
    const day = toIsoDay(value ?? undefined);
    if (day) return day;
  }
  return undefined;
}
