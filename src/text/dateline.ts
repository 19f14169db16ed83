import { LEXICON } from '../lexicon/index.ts';
import type { Dateline } from '../core/document.ts';
import { normalizeText, toOriginalSpan, type NormalizedText } from './normalize.ts';

/** A dateline found in normalised text: its spans there, and where the report itself begins. */
export interface NormalizedDateline {
  start: number;
  end: number;
  place: { start: number; end: number };
  agency?: { start: number; end: number };
  /** Offset of the first character of the report after the dateline. */
  bodyStart: number;
}

/** Finds the dateline that opens a report ("TEHRAN (Reuters) -", "Tehran —"); spans are original offsets. */
export function findDateline(text: string): Dateline | undefined {
  const normalized = normalizeText(text);
  const found = findNormalizedDateline(normalized.text);
  return found && toOriginalDateline(normalized, found);
}

/** Maps a dateline in normalised text back to the original text. */
export function toOriginalDateline(normalized: NormalizedText, found: NormalizedDateline): Dateline {
  const dateline: Dateline = {
    ...toOriginalSpan(normalized, found.start, found.end),
    place: toOriginalSpan(normalized, found.place.start, found.place.end),
  };
  if (found.agency) dateline.agency = toOriginalSpan(normalized, found.agency.start, found.agency.end);
  return dateline;
}

// News agencies that appear as a credit before a dateline (data/lexicon/en/news-agencies.txt).
const AGENCIES = LEXICON.newsAgencies;

// A month, by the first three letters of its name ("Jan", "January", "Sept.").
const MONTH = `(?:${LEXICON.calendar.months.map((month) => month[0].toUpperCase() + month.slice(1, 3)).join('|')})[a-z]*\\.?`;
const CAPS_WORD = "\\p{Lu}[\\p{Lu}'.\\-]*[\\p{Lu}.]";
const TITLE_WORD = '\\p{Lu}\\p{Ll}+(?:-\\p{Lu}\\p{Ll}+)?';
const REGION = '\\p{Lu}[\\p{L}.]*(?: \\p{Lu}[\\p{L}.]*){0,2}';
const DATE = `${MONTH} ?\\d{1,2}`;

/**
 * The shape of a dateline at the start of a report: an optional agency credit, a place in capitals
 * or title case, an optional ", Region" and/or ", Month Day", an optional "(Agency)", then a dash
 * and whitespace. Which combinations count is decided in `findNormalizedDateline`.
 */
const DATELINE = new RegExp(
  `^\\s*(?:(?:${AGENCIES.join('|')}) - )?` +
    `(${CAPS_WORD}(?: ${CAPS_WORD}){0,3}|${TITLE_WORD}(?: ${TITLE_WORD}){0,2})` +
    `(?: ?, ?(?:${DATE}|${REGION}(?: ?, ?${DATE})?))?` +
    `(?: ?\\(([^()\\n]{1,40})\\))?` +
    ` {0,2}(--|-|\u2014|\u2013)(?=[ \\n])`,
  'du',
);

/**
 * Finds a dateline in normalised text. Conservative: a place in title case ("Tehran") counts only
 * with an agency in brackets or a long dash ("—", "--"), never with a plain hyphen, so that
 * "Iran said - ..." is not a dateline; a place in capitals needs three letters or an agency, and
 * may not be an agency's own name.
 */
export function findNormalizedDateline(text: string): NormalizedDateline | undefined {
  const match = DATELINE.exec(text.length > 200 ? text.slice(0, 200) : text);
  if (!match?.indices) return undefined;
  const [placeStart, placeEnd] = match.indices[1];
  const place = match[1];
  const agency = match.indices[2];
  const dash = match[3];
  const titleCase = /\p{Ll}/u.test(place);
  if (AGENCIES.includes(place)) return undefined;
  // "Three Americans -- two of them ... --": a counted subject before a parenthesis is no place.
  if (LEXICON.numberWords.has(place.split(' ')[0].toLowerCase())) return undefined;
  if (titleCase && !agency && dash === '-') return undefined;
  if (!titleCase && !agency && place.replace(/[^\p{L}]/gu, '').length < 3) return undefined;
  const end = match.index + match[0].length;
  let bodyStart = end;
  while (bodyStart < text.length && /\s/.test(text[bodyStart])) bodyStart++;
  let start = match.index;
  while (/\s/.test(text[start])) start++;
  const found: NormalizedDateline = { start, end, place: { start: placeStart, end: placeEnd }, bodyStart };
  if (agency) found.agency = { start: agency[0], end: agency[1] };
  return found;
}

const CREDIT = new RegExp(`^\\s*(?:${AGENCIES.join('|')}) (?:-|--|\u2014|\u2013)(?=[ \\n])`);

/**
 * Finds a bare agency credit that opens a report without a place ("AP - The man who ..."):
 * the span of the credit and where the report begins, or undefined.
 */
export function findNormalizedCredit(text: string): { start: number; end: number; bodyStart: number } | undefined {
  const match = CREDIT.exec(text.length > 40 ? text.slice(0, 40) : text);
  if (!match) return undefined;
  let start = 0;
  while (/\s/.test(text[start])) start++;
  const end = match[0].length;
  let bodyStart = end;
  while (bodyStart < text.length && /\s/.test(text[bodyStart])) bodyStart++;
  return { start, end, bodyStart };
}
