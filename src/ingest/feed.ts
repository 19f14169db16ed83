import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { toIsoDay } from './dates.ts';
import { htmlToText } from './html.ts';

/** One entry of an RSS or Atom feed. */
export interface FeedEntry {
  id?: string;
  title?: string;
  /** The entry's own text (content, else summary or description), as plain text. */
  text: string;
  link?: string;
  published?: string;
}

/** A parsed feed: its title (the outlet) and entries in document order. */
export interface Feed {
  title?: string;
  entries: FeedEntry[];
}

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  textNodeName: '#text',
  cdataPropName: false,
  parseTagValue: false,
  trimValues: true,
  isArray: (name) => name === 'item' || name === 'entry' || name === 'link',
});

/** True when the text looks like an RSS or Atom document rather than a web page. */
export function looksLikeFeed(text: string): boolean {
  const head = text.slice(0, 2000);
  return /<rss[\s>]|<feed[\s>]|<rdf:RDF[\s>]/i.test(head);
}

/** Parses RSS 2.0, RSS 1.0 (RDF) or Atom; throws an Error whose message gives the line of a syntax error. */
export function parseFeed(xml: string): Feed {
  const valid = XMLValidator.validate(xml);
  if (valid !== true) throw new Error(`line ${valid.err.line}: ${valid.err.msg}`);
  const root = parser.parse(xml) as Record<string, any>;
  if (root.rss?.channel) {
    const channel = root.rss.channel;
    return { title: textOf(channel.title), entries: (channel.item ?? []).map(rssEntry) };
  }
  if (root['rdf:RDF']) {
    const rdf = root['rdf:RDF'];
    return { title: textOf(rdf.channel?.title), entries: (rdf.item ?? []).map(rssEntry) };
  }
  if (root.feed) {
    return { title: textOf(root.feed.title), entries: (root.feed.entry ?? []).map(atomEntry) };
  }
  throw new Error('neither an RSS <rss> or <rdf:RDF> nor an Atom <feed> document');
}

function rssEntry(item: Record<string, any>): FeedEntry {
  const body = textOf(item['content:encoded']) ?? textOf(item.description) ?? '';
  const link = textOf(item.link?.[0]);
  return {
    id: textOf(item.guid) ?? link,
    title: textOf(item.title),
    text: htmlToText(body),
    link,
    published: toIsoDay(textOf(item.pubDate) ?? textOf(item['dc:date'])),
  };
}

function atomEntry(entry: Record<string, any>): FeedEntry {
  const links = (entry.link ?? []) as Record<string, any>[];
  const link = (links.find((candidate) => (candidate['@_rel'] ?? 'alternate') === 'alternate') ?? links[0])?.['@_href'];
  const body = textOf(entry.content) ?? textOf(entry.summary) ?? '';
  return {
    id: textOf(entry.id) ?? link,
    title: textOf(entry.title),
    text: htmlToText(body),
    link,
    published: toIsoDay(textOf(entry.published) ?? textOf(entry.updated)),
  };
}

/** The text of an element that may carry attributes (`{'#text': ..., '@_type': ...}`). */
function textOf(value: unknown): string | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value === 'string' || typeof value === 'number') return String(value).trim() || undefined;
  if (typeof value === 'object' && '#text' in (value as object)) return textOf((value as Record<string, unknown>)['#text']);
  return undefined;
}
