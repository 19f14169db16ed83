import * as chrono from 'chrono-node';
import type { Document } from '../core/document.ts';
import type { Span } from '../core/span.ts';
import { LEXICON } from '../lexicon/index.ts';
import type { Tree } from '../syntax/tree.ts';
import { attachedTo, isNoun } from './status/clause.ts';
import { trimmedSpan, type StatusInput } from './status/evidence.ts';

const YEAR = /^(1[89]|20)\d\d$/;
// "for five years" is a length, and "ten years after" / "two days later" count from another event, not
// from the report (chrono reads both as that long after the report's date).
const DURATION = /^for\b|\b(after|later)$/i;
// "march", "may" in lower case are the verb and the modal, not the months.
const LOWER_MONTH = /^(march|may)$/;

/** A time expression of the event: its resolved date, its precision, and the words. */
export interface TimeExpression {
  /** YYYY-MM-DD, YYYY-MM or YYYY. */
  date: string;
  span: Span;
  /** Whether the expression hangs in the event's own clause (so it can make the event background). */
  attached: boolean;
}

/** The time expressions chrono finds in a document's sentences, read once per sentence. */
export interface DocumentTimes {
  /** The document's publication date (noon UTC), which relative expressions count from. */
  published: Date | undefined;
  /** The chrono results of sentence `sentence` that name a time. */
  inSentence(sentence: number): chrono.ParsedResult[];
}

/** A reader of one document's time expressions; it keeps what it has read, and goes with the document. */
export function createDocumentTimes(doc: Document): DocumentTimes {
  const published = doc.published ? new Date(`${doc.published}T12:00:00Z`) : undefined;
  const bySentence = new Map<number, chrono.ParsedResult[]>();
  return {
    published,
    inSentence(sentence) {
      let results = bySentence.get(sentence);
      if (!results) {
        const { start, end } = doc.sentences![sentence];
        const text = doc.text.slice(start, end);
        // Most sentences name no time: skip chrono for them (it is the costly part of status).
        // Without a publication date nothing anchors "Tuesday" or "last week": only dates that name
        // their year are read (chrono would count the others from today's clock).
        results = !LEXICON.calendar.timeWordPattern.test(text)
          ? []
          : (published ? chrono.parse(text, { instant: published, timezone: 'UTC' }) : anchorFreeDates(text)).filter(
              (result) => LEXICON.calendar.timeWordPattern.test(result.text) && !DURATION.test(result.text) && !LOWER_MONTH.test(result.text),
            );
        bySentence.set(sentence, results);
      }
      return results;
    },
  };
}

// A fixed instant for documents without a date, so that no result ever depends on the clock.
const NO_ANCHOR = new Date('2000-01-01T12:00:00Z');

// The opening of a report up to its dateline's dash ("RAMALLAH, West Bank Oct. 6, 2004 -",
// "17 November 2004 --", "ABUJA, Aug 25, 2004 (dpa) --"): at most 100 characters, on one line.
const DATELINE_OPENING = /^[^\n]{0,100}?(?= (?:-|--|\u2014|\u2013) )/u;
// What may follow the date before the dash: an agency in brackets.
const AFTER_DATE = /^\s*(?:\([^()]{1,40}\))?\s*$/;

/**
 * The date a report's dateline gives ("MOSCOW Sept. 17, 2004 - ...", "17 November 2004 -- ..."),
 * as YYYY-MM-DD, or undefined. Only a full date with its year counts, and it must close the dateline.
 */
export function datelineDate(text: string): string | undefined {
  const opening = DATELINE_OPENING.exec(text.trimStart())?.[0];
  if (!opening || /[.!?]["']?\s+\p{Ll}/u.test(opening)) return undefined;
  // the same openings come again and again ("BAGHDAD (Reuters)"): chrono reads each once
  if (openingDates.has(opening)) return openingDates.get(opening);
  if (openingDates.size >= MAX_OPENINGS) openingDates.clear();
  const date = openingDate(opening);
  openingDates.set(opening, date);
  return date;
}

/** The datelines' openings read so far and their dates (at most MAX_OPENINGS, then read afresh). */
const openingDates = new Map<string, string | undefined>();
const MAX_OPENINGS = 10_000;

/** The full date that closes a dateline's opening, if any. */
function openingDate(opening: string): string | undefined {
  const results = chrono.parse(opening, { instant: NO_ANCHOR, timezone: 'UTC' });
  const last = results[results.length - 1];
  if (!last || !last.start.isCertain('year') || !last.start.isCertain('month') || !last.start.isCertain('day')) return undefined;
  if (!AFTER_DATE.test(opening.slice(last.index + last.text.length))) return undefined;
  return iso(last.start.date()).slice(0, 10);
}

const iso = (date: Date) => date.toISOString();

// Two instants years and weekdays apart: a date read the same from both depends on neither.
const OTHER_ANCHOR = new Date('2013-07-17T12:00:00Z');

/** The chrono results of a text that give the same date whatever day it is read on ("March 3, 2003", not "Monday" or "last week"). */
function anchorFreeDates(text: string): chrono.ParsedResult[] {
  // A year chrono is certain of and that stays the same from both instants is written in digits
  // (its other certain years, "today", "this year", come from the instant): no digit, no date.
  if (!/\d/.test(text)) return [];
  const named = chrono.parse(text, { instant: NO_ANCHOR, timezone: 'UTC' }).filter((result) => result.start.isCertain('year'));
  // most sentences name no year: then there is nothing to read again from the other instant
  if (!named.length) return named;
  const elsewhere = new Set(chrono.parse(text, { instant: OTHER_ANCHOR, timezone: 'UTC' }).map((result) => `${result.index}:${result.text}:${result.start.date().getTime()}`));
  return named.filter((result) => elsewhere.has(`${result.index}:${result.text}:${result.start.date().getTime()}`));
}
const DAY = 86_400_000;

/**
 * The date a chrono result gives, fixed for the tense of the event, at the precision the text
 * gives; undefined for a date after the report's own when the event is not a future or intended one
 * (a report cannot tell of something that happened after it was written).
 */
function resolveDate(result: chrono.ParsedResult, published: Date | undefined, tense: 'past' | 'future' | 'other'): string | undefined {
  const date = resolveChronoDate(result, published, tense);
  return date && published && tense !== 'future' && isAfter(date, published) ? undefined : date;
}

/** True when a date (YYYY-MM-DD, YYYY-MM or YYYY) lies after `published`, compared at the date's own precision. */
function isAfter(date: string, published: Date): boolean {
  return date > iso(published).slice(0, date.length);
}

/** The date a chrono result gives, fixed for the tense of the event, at the precision the text gives. */
function resolveChronoDate(result: chrono.ParsedResult, published: Date | undefined, tense: 'past' | 'future' | 'other'): string | undefined {
  const start = result.start;
  let date = start.date();
  if (published && start.isCertain('weekday') && !start.isCertain('day') && !LEXICON.dateModifierPattern.test(result.text)) {
    // A bare weekday: the last one on or before publication in a past report, the next on or after in a future one.
    const weekday = start.get('weekday')!;
    const offset = (weekday - published.getUTCDay() + 7) % 7;
    if (tense === 'past') date = new Date(published.getTime() - ((7 - offset) % 7) * DAY);
    else if (tense === 'future') date = new Date(published.getTime() + offset * DAY);
    return iso(date).slice(0, 10);
  }
  if (/\bweeks?\b/i.test(result.text) && !/\bago\b/i.test(result.text)) {
    // A week: the month of its Thursday (the ISO week's convention).
    const monday = new Date(date.getTime() - ((date.getUTCDay() + 6) % 7) * DAY);
    return iso(new Date(monday.getTime() + 3 * DAY)).slice(0, 7);
  }
  if (published && !start.isCertain('year') && start.isCertain('month')) {
    // "in December" in a past report published in November is last December.
    const shifted = new Date(date);
    if (tense === 'past' && date > published) shifted.setUTCFullYear(date.getUTCFullYear() - 1);
    if (tense === 'future' && date < published && !start.isCertain('day')) shifted.setUTCFullYear(date.getUTCFullYear() + 1);
    date = shifted;
  }
  if (start.isCertain('day') || start.isCertain('weekday')) return iso(date).slice(0, 10);
  if (start.isCertain('month')) return iso(date).slice(0, 7);
  if (start.isCertain('year')) return iso(date).slice(0, 4);
  return undefined;
}

/** The token at character offset `at` of the document, in the tree. */
function tokenAt(tree: Tree, at: number): number {
  let best = 0;
  tree.tokens.forEach((token, k) => {
    if (token.start <= at) best = k;
  });
  return best;
}

/** Whether the year at token `k` modifies a noun of its own ("the 2002 bombing"), neither a time word ("March 2003") nor the event itself. */
function ownYearOf(tree: Tree, k: number, trigger: number): boolean {
  const head = tree.head(k);
  if (head < 0 || head === trigger || !YEAR.test(tree.tokens[k].form) || !['nummod', 'compound', 'amod'].includes(tree.relation(k))) return false;
  return isNoun(tree, head) && !LEXICON.calendar.timeWordPattern.test(tree.tokens[head].form);
}

/** The phrase of the event's clause that holds token `k`: the child of a chain node above it. */
function clausePhrase(tree: Tree, k: number, chain: number[]): number | undefined {
  const targets = new Set(chain);
  if (targets.has(k)) return undefined;
  return attachedTo(tree, k, targets);
}

/** The time expression that dates the event: one in its own clause first, then the nearest; with its date resolved for `tense`. */
export function findTimeExpression(input: StatusInput, chain: number[], tense: 'past' | 'future' | 'other'): TimeExpression | undefined {
  const { doc, tree } = input;
  const sentence = doc.sentences![input.sentence];
  const { published } = input.times;
  const trigger = tree.tokens[input.trigger].start;
  const candidates: { time: TimeExpression; distance: number }[] = [];
  for (const result of input.times.inSentence(input.sentence)) {
    const at = sentence.start + result.index;
    const token = tokenAt(tree, at);
    const date = resolveDate(result, published, tense);
    if (!date) continue;
    // "convicted of the 2002 bombing": a year that modifies a noun other than a time word or the event dates that noun, not the event's clause.
    const phrase = ownYearOf(tree, token, input.trigger) ? undefined : clausePhrase(tree, token, chain);
    const span = phrase === undefined ? { start: at, end: at + result.text.length } : trimmedSpan(tree, phrase);
    candidates.push({ time: { date, span, attached: phrase !== undefined }, distance: Math.abs(at - trigger) });
  }
  // A bare year in a time phrase of the event's clause ("in 2015"), which chrono leaves alone.
  for (const node of chain) {
    for (const child of tree.dependents(node, 'obl', 'nmod', 'advmod')) {
      const tmod = tree.tokens[child].deprel === 'obl:tmod' || tree.tokens[child].deprel === 'nmod:tmod';
      if (!tmod && !tree.markers(child).some((m) => LEXICON.temporalPrepositions.has(m))) continue;
      // The year of a phrase whose head is no time word, after the verb's object, is that noun's own:
      // "acquitted suspects in the 1992 bombing" dates the bombing, not the acquittal ("in March 2003", "in the
      // summer of 1990" date the verb; so does "killed ten people in the 1996 bombing": its casualties).
      // So is the year of an "of" phrase the verb takes as its content ("convicted of the 2002 bombing", "accused of the 1998 attack").
      const argument = tree.markers(child).includes('of') && !tree.markers(child).includes('as');
      const ownYear = !LEXICON.calendar.timeWordPattern.test(tree.tokens[child].form) && !chain.includes(child) && (argument || tree.dependents(node, 'obj').some((object) => object < child)) && !LEXICON.casualtyVerbs.has(tree.lemma(node));
      const years = [child, ...(!ownYear ? tree.children[child].filter((c) => ['nummod', 'compound', 'flat', 'amod', 'nmod', 'appos'].includes(tree.relation(c))) : [])].filter(
        (k) => YEAR.test(tree.tokens[k].form) && tree.tokens[k].upos === 'NUM',
      );
      if (!years.length) continue;
      const year = tree.tokens[years[0]].form;
      if (published && tense !== 'future' && isAfter(year, published)) continue;
      // "killed ten people in the 1996 bombing": the clause takes the year its noun has of its own.
      const same = candidates.find((c) => c.time.date.startsWith(year));
      if (same && !same.time.attached) {
        same.time = { ...same.time, span: trimmedSpan(tree, child), attached: true };
        continue;
      }
      if (same) continue;
      candidates.push({ time: { date: year, span: trimmedSpan(tree, child), attached: true }, distance: Math.abs(tree.tokens[child].start - trigger) });
    }
  }
  // A noun event's own year: "the 1994 bombing".
  const noun = tree.tokens[input.trigger];
  if (noun.upos === 'NOUN' || noun.upos === 'PROPN') {
    // "the riots of 2002": the year of its "of" phrase too (the parser may hang it on a word after it).
    const ofYears = tree.dependents(input.trigger, 'nmod').filter((k) => tree.markers(k).includes('of')).flatMap((k) => [k, ...tree.dependents(k, 'nummod')]);
    for (const child of [...tree.dependents(input.trigger, 'nummod', 'compound', 'amod'), ...ofYears]) {
      if (!YEAR.test(tree.tokens[child].form) || tree.tokens[child].upos !== 'NUM') continue;
      const year = tree.tokens[child].form;
      if (published && tense !== 'future' && isAfter(year, published)) continue;
      if (!candidates.some((c) => c.time.date.startsWith(year))) candidates.push({ time: { date: year, span: tree.span(child, child), attached: true }, distance: Math.abs(tree.tokens[child].start - trigger) });
    }
  }
  candidates.sort((a, b) => Number(b.time.attached) - Number(a.time.attached) || a.distance - b.distance);
  return candidates[0]?.time;
}
