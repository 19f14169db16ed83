import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { ParleyError } from '../core/errors.ts';
import { REPOSITORY_ROOT } from '../core/paths.ts';
import { parseTsv } from '../core/tsv.ts';
import { CALENDAR_CLASSES, SETTING_KINDS, type CalendarClass, type Lexicon, type SettingKind } from './lexicon.ts';
import { readWordList } from './word-list.ts';

/** The folder of the shipped English lexicon. */
export const DEFAULT_LEXICON_DIR = path.join(REPOSITORY_ROOT, 'data/lexicon/en');

/** A lower-case word or phrase: letters, apostrophes, hyphens, dots and single spaces. */
const LOWER_CASE = /^[a-z'.-]+( [a-z'.-]+)*$/;
/** A case-sensitive entry: letters, apostrophes, dots and single spaces. */
const ANY_CASE = /^[\p{L}'.]+( [\p{L}'.]+)*$/u;

const yesNo = z.enum(['yes', 'no'], 'expected yes or no').transform((value) => value === 'yes');

/** calendar.tsv: a calendar word and its class. */
export const calendarRowSchema = z.object({
  word: z.string().regex(LOWER_CASE, 'expected a lower-case word'),
  class: z.enum(CALENDAR_CLASSES, `expected a class: ${CALENDAR_CLASSES.join(', ')}`),
});

/** pronouns.tsv: a pronoun, what it can refer to, and which rules use it. */
export const pronounRowSchema = z.object({
  word: z.string().regex(LOWER_CASE, 'expected a lower-case word'),
  human: yesNo,
  plural: yesNo,
  actor: yesNo,
  subject: yesNo,
});

/** control-verbs.tsv: a verb lemma and who controls its infinitive. */
export const controlVerbRowSchema = z.object({
  lemma: z.string().regex(LOWER_CASE, 'expected a lower-case lemma'),
  control: z.enum(['subject', 'object'], 'expected subject or object'),
});

/** abbreviations.tsv: an abbreviation without its period, and whether it is a title. */
export const abbreviationRowSchema = z.object({
  abbreviation: z.string().regex(ANY_CASE, 'expected an abbreviation without its final period'),
  title: yesNo,
});

/** split-words.tsv: a word split without an apostrophe, and the length of its first part. */
export const splitWordRowSchema = z
  .object({
    word: z.string().regex(LOWER_CASE, 'expected a lower-case word'),
    split: z.string().regex(/^[1-9]\d*$/, 'expected a length').transform(Number),
  })
  .refine((row) => row.split < row.word.length, { message: 'the first part must be shorter than the word', path: ['split'] });

/** irregular-verbs.tsv: a past tense or participle of an irregular verb, and its lemma. */
export const irregularVerbRowSchema = z.object({
  form: z.string().regex(LOWER_CASE, 'expected a lower-case word'),
  lemma: z.string().regex(LOWER_CASE, 'expected a lower-case lemma'),
});

/** setting-words.tsv: a word that says where a speaker is, and how it does (see the file). */
export const settingWordRowSchema = z.object({
  lemma: z.string().regex(LOWER_CASE, 'expected a lower-case lemma'),
  kind: z.enum(SETTING_KINDS, `expected a kind: ${SETTING_KINDS.join(', ')}`),
});

/** pair-nouns.tsv: a plural noun that names again two actors, what each stands for, and whether it does so alone. */
export const pairNounRowSchema = z.object({
  word: z.string().regex(LOWER_CASE, 'expected a lower-case word'),
  takes: z.enum(['country', 'actor'], 'expected country or actor'),
  alone: yesNo,
});

/** proxy-nouns.tsv: a noun of someone acting for another, and whether "to" names that other ("an aide to X"). */
export const proxyNounRowSchema = z.object({
  word: z.string().regex(LOWER_CASE, 'expected a lower-case word or phrase'),
  to: yesNo,
});

/** Reads `data/lexicon/en` and checks every file; throws one ParleyError('DATA_INVALID') naming every problem. */
export function loadLexicon(dir: string = DEFAULT_LEXICON_DIR): Lexicon {
  const problems: string[] = [];
  const labelOf = (file: string) => {
    const relative = path.relative(REPOSITORY_ROOT, path.join(dir, file));
    return relative.startsWith('..') || path.isAbsolute(relative) ? path.join(dir, file) : relative.split(path.sep).join('/');
  };
  const read = (file: string): string | undefined => {
    const full = path.join(dir, file);
    if (existsSync(full)) return readFileSync(full, 'utf8');
    problems.push(`${labelOf(file)}: file is missing`);
    return undefined;
  };
  /** A word list; `lowerCase` lists accept only lower-case entries. No entry may repeat. */
  const list = (file: string, lowerCase = true): string[] => {
    const content = read(file);
    if (content === undefined) return [];
    const seen = new Set<string>();
    const words: string[] = [];
    content.split(/\r?\n/).forEach((raw, index) => {
      const [word] = readWordList(raw);
      if (word === undefined) return;
      const where = `${labelOf(file)}:${index + 1}`;
      if (!(lowerCase ? LOWER_CASE : ANY_CASE).test(word)) problems.push(`${where}: "${word}" is not a ${lowerCase ? 'lower-case word or phrase' : 'word or phrase'}`);
      else if (seen.has(word)) problems.push(`${where}: "${word}" is listed twice`);
      else {
        seen.add(word);
        words.push(word);
      }
    });
    return words;
  };
  const table = <T>(file: string, schema: z.ZodType<T> & { shape: object }, key: (row: T) => string): T[] => {
    const content = read(file);
    if (content === undefined) return [];
    const seen = new Map<string, string>();
    const rows: T[] = [];
    for (const { value, source } of parseTsv(content, labelOf(file), schema, problems, { exactCells: true })) {
      const earlier = seen.get(key(value));
      if (earlier) problems.push(`${source}: "${key(value)}" is already listed at ${earlier}`);
      else {
        seen.set(key(value), source);
        rows.push(value);
      }
    }
    return rows;
  };

  const calendarRows = table('calendar.tsv', calendarRowSchema, (row) => row.word);
  const inClasses = (...classes: CalendarClass[]) => new Set(calendarRows.filter((row) => classes.includes(row.class)).map((row) => row.word));
  const pronounRows = table('pronouns.tsv', pronounRowSchema, (row) => row.word);
  const controlRows = table('control-verbs.tsv', controlVerbRowSchema, (row) => row.lemma);
  const abbreviationRows = table('abbreviations.tsv', abbreviationRowSchema, (row) => row.abbreviation);
  const splitRows = table('split-words.tsv', splitWordRowSchema, (row) => row.word);
  const irregularRows = table('irregular-verbs.tsv', irregularVerbRowSchema, (row) => row.form);
  const settingRows = table('setting-words.tsv', settingWordRowSchema, (row) => `${row.lemma} ${row.kind}`);
  const pairRows = table('pair-nouns.tsv', pairNounRowSchema, (row) => row.word);
  const proxyRows = table('proxy-nouns.tsv', proxyNounRowSchema, (row) => row.word);
  const settingsOf = (kind: SettingKind) => new Set(settingRows.filter((row) => row.kind === kind).map((row) => row.lemma));
  const dateModifiers = list('date-modifiers.txt');

  const lexicon: Lexicon = {
    calendar: {
      words: new Map(calendarRows.map((row) => [row.word, row.class])),
      months: calendarRows.filter((row) => row.class === 'month').map((row) => row.word),
      dayAndMonthNames: inClasses('weekday', 'month'),
      dayWords: inClasses('deictic', 'weekday'),
      timeNouns: inClasses('weekday', 'month', 'deictic', 'day-part', 'unit'),
      timeWordPattern: new RegExp(`\\d|${calendarRows.map((row) => row.word).join('|')}`, 'i'),
    },
    dateModifiers,
    dateModifierPattern: new RegExp(`\\b(${dateModifiers.join('|')})\\b`, 'i'),
    pronouns: {
      actor: new Map(pronounRows.filter((row) => row.actor).map((row) => [row.word, { human: row.human, plural: row.plural }])),
      subject: new Set(pronounRows.filter((row) => row.subject).map((row) => row.word)),
    },
    relativePronouns: new Set(list('relative-pronouns.txt')),
    controlVerbs: {
      object: new Set(controlRows.filter((row) => row.control === 'object').map((row) => row.lemma)),
      subject: new Set(controlRows.filter((row) => row.control === 'subject').map((row) => row.lemma)),
    },
    lightNouns: new Set(list('light-nouns.txt')),
    quantityNouns: new Set(list('quantity-nouns.txt')),
    decisionVerbs: new Set(list('decision-verbs.txt')),
    wishWords: new Set(list('wish-words.txt')),
    captorNouns: new Set(list('captor-nouns.txt')),
    captiveNouns: new Set(list('captive-nouns.txt')),
    predicateNouns: new Set(list('predicate-nouns.txt')),
    prospectWords: new Set(list('prospect-words.txt')),
    readinessParticiples: new Set(list('readiness-participles.txt')),
    readinessAdjectives: new Set(list('readiness-adjectives.txt')),
    effortNouns: new Set(list('effort-nouns.txt')),
    securingVerbs: new Set(list('securing-verbs.txt')),
    preparationVerbs: new Set(list('preparation-verbs.txt')),
    stateVerbs: new Set(list('state-verbs.txt')),
    participationVerbs: new Set(list('participation-verbs.txt')),
    victimVerbs: new Set(list('victim-verbs.txt')),
    suppressionVerbs: new Set(list('suppression-verbs.txt')),
    instrumentVerbs: new Set(list('instrument-verbs.txt')),
    accusationWords: new Set(list('accusation-words.txt')),
    creditVerbs: new Set(list('credit-verbs.txt')),
    responseNouns: new Set(list('response-nouns.txt')),
    plotWords: new Set(list('plot-words.txt')),
    idleIntentWords: new Set(list('idle-intent-words.txt')),
    crowdNouns: new Set(list('crowd-nouns.txt')),
    ownSideNouns: new Set(list('own-side-nouns.txt')),
    figurativeBlowObjects: new Set(list('figurative-blow-objects.txt')),
    advanceWords: new Set(list('advance-words.txt')),
    equipmentNouns: new Set(list('equipment-nouns.txt')),
    premisesNouns: new Set(list('premises-nouns.txt')),
    postNouns: new Set(list('post-nouns.txt')),
    riskVerbs: new Set(list('risk-verbs.txt')),
    warningVerbs: new Set(list('warning-verbs.txt')),
    warnedActs: new Set(list('warned-acts.txt')),
    occurrenceVerbs: new Set(list('occurrence-verbs.txt')),
    reactionVerbs: new Set(list('reaction-verbs.txt')),
    drawingVerbs: new Set(list('drawing-verbs.txt')),
    referralVerbs: new Set(list('referral-verbs.txt')),
    adjectiveNouns: new Set(list('adjective-nouns.txt')),
    seriesNouns: new Set(list('series-nouns.txt')),
    clausePrepositions: new Set(list('clause-prepositions.txt')),
    relativeParticipleEnds: new Set(list('relative-participle-ends.txt')),
    casualtyVerbs: new Set(list('casualty-verbs.txt')),
    unaccusativeVerbs: new Set(list('unaccusative-verbs.txt')),
    travelVerbs: new Set(list('travel-verbs.txt')),
    tripVerbs: new Set(list('trip-verbs.txt')),
    visitWords: new Set(list('visit-words.txt')),
    linkingVerbs: new Set(list('linking-verbs.txt')),
    numberWords: new Set(list('number-words.txt')),
    passiveVerbs: new Set(list('passive-verbs.txt')),
    modifierParticiples: new Set(list('modifier-participles.txt')),
    backerParticiples: new Set(list('backer-participles.txt')),
    adjectiveAgents: new Set(list('adjective-agents.txt')),
    mishapWords: new Set(list('mishap-words.txt')),
    blastMishapWords: new Set(list('blast-mishap-words.txt')),
    attemptNouns: new Set(list('attempt-nouns.txt')),
    failedAttemptWords: new Set(list('failed-attempt-words.txt')),
    ailmentWords: new Set(list('ailment-words.txt')),
    phrasalVerbs: new Set(list('phrasal-verbs.txt')),
    marketWords: new Set(list('market-words.txt')),
    contestWords: new Set(list('contest-words.txt')),
    resultVerbs: new Set(list('result-verbs.txt')),
    headlineVerbs: new Set(list('headline-verbs.txt')),
    unchangedPasts: new Set(list('unchanged-pasts.txt')),
    reportingVerbs: new Set(list('reporting-verbs.txt')),
    gerundVerbs: new Set(list('gerund-verbs.txt')),
    temporalPrepositions: new Set(list('temporal-prepositions.txt')),
    monthOpeners: new Set(list('month-openers.txt')),
    conditionPhrases: list('condition-phrases.txt').map((phrase) => phrase.split(' ')),
    inversionAuxiliaries: new Set(list('inversion-auxiliaries.txt')),
    countryNouns: new Set(list('country-nouns.txt')),
    placePrepositions: new Set(list('place-prepositions.txt')),
    territoryNouns: new Set(list('territory-nouns.txt')),
    settlementNouns: new Set(list('settlement-nouns.txt')),
    countryPrepositions: new Set(list('country-prepositions.txt')),
    placeNouns: new Set(list('place-nouns.txt')),
    situationNouns: new Set(list('situation-nouns.txt')),
    compassWords: new Set(list('compass-words.txt')),
    compassNouns: new Set(list('compass-nouns.txt')),
    placeAffiliationWords: new Set(list('place-affiliation-words.txt')),
    residenceVerbs: new Set(list('residence-verbs.txt')),
    regionNouns: new Set(list('region-nouns.txt')),
    dividedRegions: new Set(list('divided-regions.txt')),
    settingWords: { verb: settingsOf('verb'), occasion: settingsOf('occasion'), audience: settingsOf('audience') },
    collectiveAgents: new Set(list('collective-agents.txt')),
    pairNouns: new Map(pairRows.map((row) => [row.word, { takes: row.takes, alone: row.alone }])),
    groupNouns: new Set(list('group-nouns.txt')),
    documentNouns: new Set(list('document-nouns.txt')),
    issuingVerbs: new Set(list('issuing-verbs.txt')),
    edictNouns: new Set(list('edict-nouns.txt')),
    proxyNouns: new Map(proxyRows.map((row) => [row.word, new Set(row.to ? ['for', 'of', 'to'] : ['for', 'of'])])),
    unplacedModifiers: new Set(list('unplaced-modifiers.txt')),
    peopleOpeners: new Set(list('people-openers.txt')),
    usStateWords: new Set(list('us-state-words.txt')),
    functionWords: new Set(list('function-words.txt')),
    foreignFunctionWords: new Set(list('foreign-function-words.txt', false)),
    sentenceStarters: new Set(list('sentence-starters.txt', false)),
    newsAgencies: list('news-agencies.txt', false),
    abbreviations: {
      all: new Set(abbreviationRows.map((row) => row.abbreviation)),
      titles: new Set(abbreviationRows.filter((row) => row.title).map((row) => row.abbreviation)),
    },
    hyphenPrefixes: new Set(list('hyphen-prefixes.txt')),
    numberSuffixes: new Set(list('number-suffixes.txt', false)),
    splitWords: new Map(splitRows.map((row) => [row.word, row.split])),
    irregularVerbs: new Map(irregularRows.map((row) => [row.form, row.lemma])),
    clitics: list('clitics.txt'),
  };
  // An attempt is an effort whose failure still tells the act was tried: one list holds the efforts.
  for (const noun of lexicon.attemptNouns) if (!lexicon.effortNouns.has(noun)) problems.push(`attempt-nouns.txt: "${noun}" is no effort noun; add it to effort-nouns.txt too`);
  if (problems.length) {
    throw new ParleyError('DATA_INVALID', `the lexicon in ${dir} has ${problems.length} problem(s); fix the lines named below`, problems);
  }
  return lexicon;
}
