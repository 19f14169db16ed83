import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { ParleyError } from '../core/errors.ts';
import { parseTsv, type TsvRow } from '../core/tsv.ts';
import { readPhoenixData } from './phoenix.ts';

/** The repository's data/actors folder, where the built-in gazetteer lives. */
export const DEFAULT_GAZETTEER_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../data/actors');

/** Sectors a code may carry in letters 4-6 (documented in data/actors/README.md). */
export const SECTORS = [
  'GOV', 'MIL', 'COP', 'SPY', 'REB', 'INS', 'SEP', 'UAF', 'OPP', 'PTY', 'LEG', 'JUD', 'ELI',
  'CVL', 'MED', 'BUS', 'REL', 'REF', 'NGO', 'LAB', 'EDU', 'HLH', 'CRM',
] as const;
const SECTOR_SET = new Set<string>(SECTORS);

/** What kind of actor a name stands for. */
export type ActorKind = 'country' | 'igo' | 'ngo' | 'group' | 'person' | 'user';

/**
 * How a name refers to its actor: "Iran" is a name, "Iranian" a demonym, "Tehran" a capital,
 * "Samarra" a place (a city or region: its country, never the government), "Yoruba" a people
 * (an ethnic or religious group: a country plus CVL or REL, chosen from the sentence).
 */
export type NameType = 'name' | 'alias' | 'demonym' | 'capital' | 'seat' | 'surname' | 'place' | 'people';

/** One name (or alias, demonym, capital...) that resolves to an actor code. */
export interface NameEntry {
  /** The name as written in the data ("the Kremlin", "U.S."). */
  text: string;
  /** Actor code: country or IGO/NGO/IMG, then sector, then organisation ("IRNGOV", "IGOUNOUSC"). */
  code: string;
  /** First three letters of the code. */
  country: string;
  /** Letters 4-6 of the code when they are a sector ("GOV"); absent for "IRN" or "IGOUNO". */
  sector?: string;
  kind: ActorKind;
  type: NameType;
  /** Display name of the actor ("Iran", "United Nations Security Council", "Mohammad Khatami"). */
  actor: string;
  /** Office held, for office holders ("President"). */
  title?: string;
  /** First day the name stands for this code (ISO date, inclusive); absent means always. */
  start?: string;
  /** Last day the name stands for this code (ISO date, inclusive); absent means still. */
  end?: string;
  /** The name also means something else ("Jordan", "Georgia"): resolve it from context. */
  ambiguous: boolean;
  /** Matches only text in the same capitalisation (or all capitals): "US" but not "us". */
  caseSensitive: boolean;
  note?: string;
  /** Where the entry comes from: "data/actors/countries.tsv:14". */
  source: string;
  /** Entries from one data row share a group; dated entries of a group hide its undated ones. */
  group: string;
  /** Later layers (user dictionaries) hide earlier ones for the same name. */
  layer: number;
}

/** A word that gives a sector to the actor it belongs to ("troops" → MIL). */
export interface AgentEntry {
  text: string;
  sector: string;
  /** PETRARCH "NGO~" agents put their code before the country's; Parley's own agents never do. */
  prefix: boolean;
  note?: string;
  source: string;
  layer: number;
}

/** A word or phrase that looks like an actor but is not one ("analysts", "New Mexico"). */
export interface NonActorEntry {
  text: string;
  note?: string;
  source: string;
}

/** Everything a gazetteer is built from; `createGazetteer` needs nothing else. */
export interface GazetteerData {
  names: NameEntry[];
  agents: AgentEntry[];
  nonActors: NonActorEntry[];
}

/** The longest known phrase starting at a word, and what it is. */
export interface PhraseMatch {
  /** Number of input words the phrase covers. */
  length: number;
  names: NameEntry[];
  agent?: AgentEntry;
  nonActor?: NonActorEntry;
}

/** Lookups over the actor data, for mention finding and resolution. */
export interface Gazetteer {
  readonly data: GazetteerData;
  /** The most words any known phrase has, to bound phrase matching. */
  readonly maxWords: number;
  /** Every name entry for a phrase (any capitalisation rules applied), valid on `date` when given. */
  lookup(text: string, date?: string): NameEntry[];
  /** Countries whose demonym is `text` ("Iranian", "Israelis"). */
  lookupDemonym(text: string): NameEntry[];
  /** The agent word or phrase `text` ("troops", "foreign minister"). */
  lookupAgent(text: string): AgentEntry | undefined;
  /** Office holders called `text` (full name or surname) who held office on `date`. */
  lookupOfficeHolder(text: string, date: string): NameEntry[];
  /** True for words that look like actors but are not ("analysts", "experts"). */
  isNonActor(text: string): boolean;
  /**
   * The longest phrase of `words` starting at `start` and ending before `end` (default: the end
   * of `words`) that is a name, an agent or a non-actor. Pass the same array for every call on
   * one sentence: the words' keys are computed once per array.
   */
  matchPhrase(words: readonly string[], start: number, date?: string, end?: number): PhraseMatch | undefined;
}

// ---------------------------------------------------------------------------------------------
// Normalisation

/**
 * The lookup key of a phrase: accents removed, lower case, curly apostrophes straightened,
 * hyphens and runs of spaces made one space, a leading "the" dropped ("the Kremlin" = "Kremlin").
 */
export function nameKey(text: string): string {
  const key = foldAccents(text)
    .toLowerCase()
    .replace(/[‘’`]/g, "'")
    .replace(/[-‐‑–—\s]+/g, ' ')
    .trim();
  return key.startsWith('the ') ? key.slice(4) : key;
}

/** The key of one word: nameKey without dropping "the" (a phrase drops it once, at its start). */
function wordKey(word: string): string {
  return foldAccents(word)
    .toLowerCase()
    .replace(/[‘’`]/g, "'")
    .replace(/[-‐‑–—\s]+/g, ' ')
    .trim();
}

function foldAccents(text: string): string {
  return /[^\x00-\x7f]/.test(text) ? text.normalize('NFKD').replace(/\p{M}/gu, '') : text;
}

/** The first word of the key of a phrase starting at `start` (after a leading "the"), if any. */
function firstWordOf(words: readonly string[], start: number): string | undefined {
  for (let i = start; i < words.length && i < start + 2; i++) {
    const word = words[i];
    if (i === start && word.length === 3 && word.toLowerCase() === 'the') continue;
    const key = nameKey(word);
    if (key === '') continue;
    const space = key.indexOf(' ');
    return space < 0 ? key : key.slice(0, space);
  }
  return undefined;
}

/** Case-sensitive names match their own capitalisation, all capitals, or a capitalised first letter. */
function caseMatches(entry: NameEntry, text: string): boolean {
  const want = foldAccents(entry.text).replace(/^the\s+/i, '');
  const got = foldAccents(text).trim().replace(/^the\s+/i, '');
  if (got === want || got === want.toUpperCase()) return true;
  return /^\p{Lu}/u.test(got) && got.slice(1) === want.slice(1) && got[0] === want[0].toUpperCase();
}

/** Lowest and highest ISO day a partial date ("2004", "2004-05") can mean. */
function dayBounds(date: string): [string, string] {
  if (date.length === 4) return [`${date}-01-01`, `${date}-12-31`];
  if (date.length === 7) return [`${date}-01`, `${date}-31`];
  return [date, date];
}

function isActiveOn(entry: { start?: string; end?: string }, date: string): boolean {
  const day = dayBounds(date)[0];
  if (entry.start !== undefined && day < dayBounds(entry.start)[0]) return false;
  if (entry.end !== undefined && day > dayBounds(entry.end)[1]) return false;
  return true;
}

function rangesOverlap(a: { start?: string; end?: string }, b: { start?: string; end?: string }): boolean {
  const aStart = a.start === undefined ? '0000' : dayBounds(a.start)[0];
  const aEnd = a.end === undefined ? '9999' : dayBounds(a.end)[1];
  const bStart = b.start === undefined ? '0000' : dayBounds(b.start)[0];
  const bEnd = b.end === undefined ? '9999' : dayBounds(b.end)[1];
  return aStart <= bEnd && bStart <= aEnd;
}

/** The sector in letters 4-6 of a code, when those letters are one. */
export function sectorOf(code: string): string | undefined {
  const sector = code.slice(3, 6);
  return SECTOR_SET.has(sector) ? sector : undefined;
}

// ---------------------------------------------------------------------------------------------
// The gazetteer

/** Builds the lookups from entries; pure, so a test can build one from three rows. */
export function createGazetteer(data: Partial<GazetteerData>): Gazetteer {
  const full: GazetteerData = { names: data.names ?? [], agents: data.agents ?? [], nonActors: data.nonActors ?? [] };
  const names = new Map<string, NameEntry[]>();
  const agents = new Map<string, AgentEntry>();
  const nonActors = new Map<string, NonActorEntry>();
  let maxWords = 1;
  const note = (key: string) => {
    maxWords = Math.max(maxWords, key.split(' ').length);
  };
  for (const entry of full.names) {
    const key = nameKey(entry.text);
    const list = names.get(key);
    if (list) list.push(entry);
    else names.set(key, [entry]);
    note(key);
  }
  for (const entry of full.agents) {
    const key = nameKey(entry.text);
    const existing = agents.get(key);
    if (!existing || entry.layer >= existing.layer) agents.set(key, entry);
    note(key);
  }
  for (const entry of full.nonActors) {
    nonActors.set(nameKey(entry.text), entry);
    note(nameKey(entry.text));
  }

  // The first word of every key, with the most words a key starting with it has, so that
  // matchPhrase skips words that start nothing and stops as soon as no key can be that long.
  const firstWords = new Map<string, number>();
  for (const map of [names, agents, nonActors] as Map<string, unknown>[]) {
    for (const key of map.keys()) {
      const words = key.split(' ');
      firstWords.set(words[0], Math.max(firstWords.get(words[0]) ?? 0, words.length));
    }
  }
  // The key of each word of a sentence, computed once per words array.
  const wordKeys = new WeakMap<readonly string[], string[]>();
  const keysOf = (words: readonly string[]): string[] => {
    let keys = wordKeys.get(words);
    if (!keys) {
      keys = words.map((word) => wordKey(word));
      wordKeys.set(words, keys);
    }
    return keys;
  };

  function lookup(text: string, date?: string): NameEntry[] {
    const seen = new Set<string>();
    // One row can list spellings that share a key ("NATO", "Nato"): report its actor once.
    let found = (names.get(nameKey(text)) ?? []).filter((entry) => {
      if (entry.caseSensitive && !caseMatches(entry, text)) return false;
      const id = `${entry.group}\t${entry.code}\t${entry.start}\t${entry.end}`;
      if (seen.has(id)) return false;
      seen.add(id);
      return true;
    });
    if (found.length === 0) return found;
    const top = Math.max(...found.map((entry) => entry.layer));
    found = found.filter((entry) => entry.layer === top);
    if (date === undefined) return found;
    found = found.filter((entry) => isActiveOn(entry, date));
    const datedGroups = new Set(found.filter((e) => e.start !== undefined || e.end !== undefined).map((e) => e.group));
    return found.filter((e) => e.start !== undefined || e.end !== undefined || !datedGroups.has(e.group));
  }

  return {
    data: full,
    maxWords,
    lookup,
    lookupDemonym: (text) => lookup(text).filter((entry) => entry.type === 'demonym'),
    lookupAgent: (text) => agents.get(nameKey(text)),
    lookupOfficeHolder: (text, date) => lookup(text, date).filter((entry) => entry.kind === 'person'),
    isNonActor: (text) => nonActors.has(nameKey(text)),
    matchPhrase(words, start, date, end = words.length) {
      // Most words begin no known phrase: look the first word up before building any phrase.
      const first = firstWordOf(words, start);
      const most = first === undefined ? undefined : firstWords.get(first);
      if (most === undefined) return undefined;
      // Build the key word by word (the key of a phrase is its words' keys joined, less a
      // leading "the"), note the lengths that are known keys, then try them longest first.
      const keys = keysOf(words);
      const stop = Math.min(end, words.length, start + maxWords);
      const hits: { length: number; key: string }[] = [];
      let key = '';
      let count = 0;
      for (let i = start; i < stop; i++) {
        const word = keys[i];
        if (word !== '') {
          key = key === '' ? word : `${key} ${word}`;
          count += word.split(' ').length;
        }
        const phraseKey = key.startsWith('the ') ? key.slice(4) : key;
        if (count > most + 1) break;
        if (phraseKey !== '' && (names.has(phraseKey) || agents.has(phraseKey) || nonActors.has(phraseKey))) hits.push({ length: i - start + 1, key: phraseKey });
      }
      for (let h = hits.length - 1; h >= 0; h--) {
        const { length, key: phraseKey } = hits[h];
        const nonActor = nonActors.get(phraseKey);
        const agent = agents.get(phraseKey);
        const found = names.has(phraseKey) ? lookup(words.slice(start, start + length).join(' '), date) : [];
        if (nonActor || agent || found.length > 0) return { length, names: nonActor ? [] : found, agent, nonActor };
      }
      return undefined;
    },
  };
}

/**
 * Problems that make the data unusable as a whole: a name given to two codes at overlapping
 * dates, unless every entry sharing it is flagged ambiguous. Entries of one group never conflict.
 */
export function findConflicts(data: GazetteerData): string[] {
  const byKey = new Map<string, NameEntry[]>();
  for (const entry of data.names) {
    const key = nameKey(entry.text);
    const list = byKey.get(key);
    if (list) list.push(entry);
    else byKey.set(key, [entry]);
  }
  const problems: string[] = [];
  for (const entries of byKey.values()) {
    if (entries.length === 1) continue;
    for (const [index, entry] of entries.entries()) {
      const clash = entries
        .slice(0, index)
        .find(
          (other) =>
            other.code !== entry.code &&
            other.group !== entry.group &&
            other.layer === entry.layer &&
            (!other.ambiguous || !entry.ambiguous) &&
            rangesOverlap(other, entry),
        );
      if (clash) {
        problems.push(
          `${entry.source}: ${entry.type} "${entry.text}" already belongs to ${clash.code} (${clash.source}); ` +
            'flag both ambiguous if both readings are real',
        );
      }
    }
  }
  return problems;
}

// ---------------------------------------------------------------------------------------------
// Reading TSV files

const code = (pattern: RegExp, what: string) => z.string().regex(pattern, `expected ${what}`);
const isoDate = z
  .string()
  .regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'expected a date YYYY, YYYY-MM or YYYY-MM-DD')
  .optional();
const text = z.string().trim().min(1, 'must not be empty');
const optionalText = z.string().trim().optional();

/** A list cell: "Iranian | Iranians"; an item may end with flags: "Georgia[ambiguous]", "WHO[case]". */
const listCell = z.string().transform((cell, context) => {
  const items: FlaggedName[] = [];
  for (const raw of cell.split('|').map((part) => part.trim()).filter(Boolean)) {
    const match = /^(.*?)\s*(?:\[([a-z, ]+)\])?$/.exec(raw)!;
    const flags = (match[2] ?? '').split(',').map((flag) => flag.trim()).filter(Boolean);
    const unknown = flags.filter((flag) => flag !== 'ambiguous' && flag !== 'case');
    if (unknown.length) context.addIssue({ code: 'custom', message: `unknown flag "${unknown[0]}" in "${raw}" (use ambiguous or case)` });
    items.push({ text: match[1], ambiguous: flags.includes('ambiguous'), caseSensitive: flags.includes('case') });
  }
  return items;
});

interface FlaggedName {
  text: string;
  ambiguous: boolean;
  caseSensitive: boolean;
}

const flagsCell = z
  .string()
  .optional()
  .transform((cell, context) => {
    const flags = (cell ?? '').split(',').map((flag) => flag.trim()).filter(Boolean);
    for (const flag of flags) {
      if (flag !== 'ambiguous' && flag !== 'case') context.addIssue({ code: 'custom', message: `unknown flag "${flag}" (use ambiguous or case)` });
    }
    return { ambiguous: flags.includes('ambiguous'), caseSensitive: flags.includes('case') };
  });

/** countries.tsv, generated from world-countries: one country or territory per line. */
export const countryRowSchema = z.object({
  code: code(/^[A-Z]{3}$/, 'an ISO 3166-1 alpha-3 code'),
  iso2: code(/^[A-Z]{2}$/, 'an ISO 3166-1 alpha-2 code'),
  independent: z.enum(['yes', 'no']),
  name: text,
  official: text,
  demonyms: listCell,
  capitals: listCell,
  aliases: listCell,
});

/** countries-overlay.tsv, hand-written: one name per line, added to (or removed from) a country. */
export const overlayRowSchema = z.object({
  code: code(/^[A-Z]{3}([A-Z]{3})?$/, 'a country code, optionally with a sector (RUSGOV)'),
  type: z.enum(['name', 'alias', 'demonym', 'capital', 'seat', 'remove']),
  text,
  flags: flagsCell,
  note: optionalText,
});

/** organisations.tsv: one IGO, NGO or organ per line. */
export const organisationRowSchema = z.object({
  code: code(/^(IGO|NGO)[A-Z]{3}([A-Z]{3})?$/, 'IGO or NGO, an organisation and an optional organ (IGOUNOUSC)'),
  name: text,
  aliases: listCell,
  note: optionalText,
});

/** groups.tsv: one armed or political group per line. */
export const groupRowSchema = z.object({
  code: code(/^[A-Z]{3}[A-Z]{3}[A-Z]{3}$/, 'country or IMG, sector, group (PSEINSHMS)').refine(
    (value) => SECTOR_SET.has(value.slice(3, 6)),
    { message: `letters 4-6 must be a sector: ${SECTORS.join(' ')}` },
  ),
  name: text,
  aliases: listCell,
  note: optionalText,
});

/** office-holders.tsv: one term of office per line. */
export const officeHolderRowSchema = z
  .object({
    code: code(/^([A-Z]{3}GOV|IGO[A-Z]{3}([A-Z]{3})?)$/, 'a government code (IRNGOV) or an IGO code'),
    title: text,
    name: text,
    short: listCell,
    start: isoDate.pipe(z.string()),
    end: isoDate,
    note: optionalText,
  })
  .refine((row) => row.end === undefined || dayBounds(row.start)[0] <= dayBounds(row.end)[1], {
    message: 'end is before start',
    path: ['end'],
  });

/** A list cell of exactly one name (with optional flags): the `name` column of places and peoples. */
const oneName = listCell.refine((items) => items.length === 1, 'expected one name').transform((items) => items[0]);

/** places.tsv: one city or region per line, with the country it stands for. */
export const placeRowSchema = z.object({
  code: code(/^[A-Z]{3}$/, 'an ISO 3166-1 alpha-3 code'),
  name: oneName,
  aliases: listCell,
  note: optionalText,
});

/** peoples.tsv: one ethnic, national or religious group per line. */
export const peopleRowSchema = z.object({
  countries: listCell.refine((items) => items.every((item) => /^[A-Z]{3}$/.test(item.text)), 'expected ISO 3166-1 alpha-3 codes'),
  sector: z.enum(SECTORS),
  name: oneName,
  aliases: listCell,
  note: optionalText,
});

/** agents.tsv: one sector-giving word per line with its forms. */
export const agentRowSchema = z.object({
  sector: z.enum(SECTORS),
  words: listCell.refine((items) => items.length > 0, 'needs at least one word'),
  note: optionalText,
});

/** non-actors.tsv: words and phrases that look like actors but are not. */
export const nonActorRowSchema = z.object({
  words: listCell.refine((items) => items.length > 0, 'needs at least one word'),
  note: optionalText,
});

/** Reads one of the gazetteer's TSV files (see `parseTsv`); a missing file is a problem too. */
function readTsv<T>(file: string, label: string, schema: z.ZodType<T> & { shape: object }, problems: string[]): TsvRow<T>[] {
  if (!existsSync(file)) {
    problems.push(`${label}: file is missing`);
    return [];
  }
  return parseTsv(readFileSync(file, 'utf8'), label, schema, problems, { listColumns: LIST_COLUMNS });
}

const LIST_COLUMNS = new Set(['demonyms', 'capitals', 'aliases', 'short', 'words', 'countries', 'name']);

function nameEntry(fields: Omit<NameEntry, 'country' | 'sector' | 'layer'> & { layer?: number }): NameEntry {
  return { ...fields, country: fields.code.slice(0, 3), sector: sectorOf(fields.code), layer: fields.layer ?? 0 };
}

/** The file names of the built-in gazetteer, in load order. */
export const GAZETTEER_FILES = [
  'countries.tsv',
  'countries-overlay.tsv',
  'places.tsv',
  'peoples.tsv',
  'organisations.tsv',
  'groups.tsv',
  'office-holders.tsv',
  'agents.tsv',
  'non-actors.tsv',
] as const;

/**
 * Reads and validates every file of the built-in gazetteer and builds it. Throws one
 * ParleyError('DATA_INVALID') listing every problem found, each with its file and line.
 */
export function loadGazetteer(dir: string = DEFAULT_GAZETTEER_DIR): Gazetteer {
  const data = readGazetteerData(dir);
  return createGazetteer(data);
}

/** Reads and validates the built-in data files without building the lookups. */
export function readGazetteerData(dir: string = DEFAULT_GAZETTEER_DIR): GazetteerData {
  const problems: string[] = [];
  const label = (file: string) => path.relative(path.resolve(dir, '../..'), path.join(dir, file)).split(path.sep).join('/');
  const at = (file: (typeof GAZETTEER_FILES)[number]) => [path.join(dir, file), label(file)] as const;

  const names: NameEntry[] = [];
  // Country names first, keyed by code and name so the overlay can re-flag or remove them.
  const countryNames = new Map<string, NameEntry>();
  const countryDisplay = new Map<string, string>();
  for (const { value: row, source } of readTsv(...at('countries.tsv'), countryRowSchema, problems)) {
    countryDisplay.set(row.code, row.name);
    const add = (item: FlaggedName, type: NameType) => {
      const id = `${row.code}\t${nameKey(item.text)}`;
      if (countryNames.has(id)) return; // "Djibouti" is name, demonym and capital: the first type wins.
      countryNames.set(id, nameEntry({ text: item.text, code: row.code, kind: 'country', type, actor: row.name, ambiguous: item.ambiguous, caseSensitive: item.caseSensitive, source, group: source }));
    };
    add({ text: row.name, ambiguous: false, caseSensitive: false }, 'name');
    add({ text: row.official, ambiguous: false, caseSensitive: false }, 'name');
    for (const item of row.aliases) add(item, 'alias');
    for (const item of row.demonyms) add(item, 'demonym');
    for (const item of row.capitals) add(item, 'capital');
  }
  for (const { value: row, source } of readTsv(...at('countries-overlay.tsv'), overlayRowSchema, problems)) {
    const country = row.code.slice(0, 3);
    if (!countryDisplay.has(country)) {
      problems.push(`${source}: code: ${country} is not a country in countries.tsv`);
      continue;
    }
    const id = `${row.code}\t${nameKey(row.text)}`;
    if (row.type === 'remove') {
      if (!countryNames.delete(id)) problems.push(`${source}: text: "${row.text}" is not a name of ${row.code} in countries.tsv, nothing to remove`);
      continue;
    }
    const previous = countryNames.get(id);
    if (previous && previous.source.startsWith(label('countries-overlay.tsv'))) {
      problems.push(`${source}: text: "${row.text}" is already given to ${row.code} at ${previous.source}`);
      continue;
    }
    countryNames.set(id, nameEntry({ text: row.text, code: row.code, kind: 'country', type: row.type, actor: countryDisplay.get(country)!, ambiguous: row.flags.ambiguous, caseSensitive: row.flags.caseSensitive, note: row.note, source, group: source }));
  }
  names.push(...countryNames.values());

  for (const { value: row, source } of readTsv(...at('places.tsv'), placeRowSchema, problems)) {
    if (!countryDisplay.has(row.code)) {
      problems.push(`${source}: code: ${row.code} is not a country in countries.tsv`);
      continue;
    }
    const actor = countryDisplay.get(row.code)!;
    for (const item of [row.name, ...row.aliases]) {
      names.push(nameEntry({ text: item.text, code: row.code, kind: 'country', type: 'place', actor, ambiguous: item.ambiguous, caseSensitive: item.caseSensitive, note: row.note, source, group: source }));
    }
  }
  // A people is one entry per country it may be coded to, in the file's order (the resolver
  // chooses from the sentence); none means UNK until the sentence gives a country.
  for (const { value: row, source } of readTsv(...at('peoples.tsv'), peopleRowSchema, problems)) {
    const countries = row.countries.map((item) => item.text);
    for (const country of countries) if (!countryDisplay.has(country)) problems.push(`${source}: countries: ${country} is not a country in countries.tsv`);
    for (const item of [row.name, ...row.aliases]) {
      for (const country of countries.length > 0 ? countries : ['UNK']) {
        names.push(nameEntry({ text: item.text, code: `${country}${row.sector}`, kind: 'country', type: 'people', actor: row.name.text, ambiguous: item.ambiguous, caseSensitive: item.caseSensitive, note: row.note, source, group: source }));
      }
    }
  }

  const seenCodes = new Map<string, string>();
  const claimCode = (rowCode: string, source: string) => {
    const previous = seenCodes.get(rowCode);
    if (previous) problems.push(`${source}: code: ${rowCode} is already defined at ${previous}`);
    seenCodes.set(rowCode, source);
  };
  for (const { value: row, source } of readTsv(...at('organisations.tsv'), organisationRowSchema, problems)) {
    claimCode(row.code, source);
    const kind = row.code.startsWith('IGO') ? 'igo' : 'ngo';
    names.push(nameEntry({ text: row.name, code: row.code, kind, type: 'name', actor: row.name, ambiguous: false, caseSensitive: false, note: row.note, source, group: source }));
    for (const item of row.aliases) names.push(nameEntry({ text: item.text, code: row.code, kind, type: 'alias', actor: row.name, ambiguous: item.ambiguous, caseSensitive: item.caseSensitive, note: row.note, source, group: source }));
  }
  for (const { value: row, source } of readTsv(...at('groups.tsv'), groupRowSchema, problems)) {
    claimCode(row.code, source);
    const country = row.code.slice(0, 3);
    if (country !== 'IMG' && !countryDisplay.has(country)) problems.push(`${source}: code: ${country} is neither a country in countries.tsv nor IMG`);
    names.push(nameEntry({ text: row.name, code: row.code, kind: 'group', type: 'name', actor: row.name, ambiguous: false, caseSensitive: false, note: row.note, source, group: source }));
    for (const item of row.aliases) names.push(nameEntry({ text: item.text, code: row.code, kind: 'group', type: 'alias', actor: row.name, ambiguous: item.ambiguous, caseSensitive: item.caseSensitive, note: row.note, source, group: source }));
  }
  for (const { value: row, source } of readTsv(...at('office-holders.tsv'), officeHolderRowSchema, problems)) {
    const country = row.code.slice(0, 3);
    if (country !== 'IGO' && !countryDisplay.has(country)) problems.push(`${source}: code: ${country} is not a country in countries.tsv`);
    if (country === 'IGO' && !seenCodes.has(row.code)) problems.push(`${source}: code: ${row.code} is not in organisations.tsv`);
    const base = { code: row.code, kind: 'person' as const, actor: row.name, title: row.title, start: row.start, end: row.end, note: row.note, source, group: source };
    // People's names are proper nouns: "Rice", "May", "Brown" must not match the common words.
    names.push(nameEntry({ ...base, text: row.name, type: 'name', ambiguous: false, caseSensitive: true }));
    for (const item of row.short) names.push(nameEntry({ ...base, text: item.text, type: 'surname', ambiguous: item.ambiguous, caseSensitive: true }));
  }

  const agents: AgentEntry[] = [];
  const agentSources = new Map<string, string>();
  for (const { value: row, source } of readTsv(...at('agents.tsv'), agentRowSchema, problems)) {
    for (const item of row.words) {
      const key = nameKey(item.text);
      const previous = agentSources.get(key);
      if (previous) problems.push(`${source}: words: "${item.text}" is already an agent at ${previous}`);
      agentSources.set(key, source);
      agents.push({ text: item.text, sector: row.sector, prefix: false, note: row.note, source, layer: 0 });
    }
  }
  const nonActors: NonActorEntry[] = [];
  for (const { value: row, source } of readTsv(...at('non-actors.tsv'), nonActorRowSchema, problems)) {
    for (const item of row.words) {
      const key = nameKey(item.text);
      if (agentSources.has(key)) problems.push(`${source}: words: "${item.text}" is also an agent at ${agentSources.get(key)}`);
      nonActors.push({ text: item.text, note: row.note, source });
    }
  }

  const data = { names, agents, nonActors };
  problems.push(...findConflicts(data));
  // --- Imported source: Phoenix (data/actors/phoenix, `npm run import:dictionaries`), beneath
  // Parley's own entries (see src/actors/phoenix.ts). One block, to become a source module.
  const phoenix = readPhoenixData(dir, data, problems);
  data.names.push(...phoenix.names);
  data.agents.push(...phoenix.agents);
  // --- end of the Phoenix block.
  if (problems.length) {
    throw new ParleyError('DATA_INVALID', `the actor gazetteer in ${dir} has ${problems.length} problem(s); fix them and run again`, problems);
  }
  return data;
}

// ---------------------------------------------------------------------------------------------
// User dictionaries

const userCode = z
  .string()
  .trim()
  .transform((value) => value.toUpperCase())
  .pipe(z.string().regex(/^(---|\+\+\+|[A-Z0-9]{3,12}(\/[A-Z0-9]{3,12})*)$/, 'expected a code such as ARN, USAGOV or IMGINSAQD, "---" for "not an actor", or codes joined by "/"'));
const userDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected YYYY-MM-DD');

/** A user dictionary (documented in data/actors/README.md); the PETRARCH validation file has this shape. */
export const userDictionarySchema = z.object({
  description: z.string().optional(),
  source: z.unknown().optional(),
  actors: z
    .array(
      z.object({
        names: z.array(text).min(1),
        codes: z
          .array(
            z
              .object({ code: userCode, from: userDate.optional(), to: userDate.optional(), before: userDate.optional(), after: userDate.optional() })
              .strict(),
          )
          .min(1),
        note: z.string().optional(),
      }),
    )
    .default([]),
  agents: z
    .array(
      z.object({
        names: z.array(text).min(1),
        code: z.string().regex(/^(~[A-Z0-9]{3,9}|[A-Z0-9]{3,9}~|[A-Z]{3})$/, 'expected a sector: "GOV", "~GOV" (after the actor code) or "NGO~" (before it)'),
        note: z.string().optional(),
      }),
    )
    .default([]),
  agent_substitutions: z.record(z.string(), z.array(text)).default({}),
});

export type UserDictionary = z.infer<typeof userDictionarySchema>;

function shiftDay(date: string, days: number): string {
  const day = new Date(`${date}T00:00:00Z`);
  day.setUTCDate(day.getUTCDate() + days);
  return day.toISOString().slice(0, 10);
}

/** Expands PETRARCH-style substitutions: "!PERSON! OF THE YEAR" → "MAN OF THE YEAR", "WOMAN OF ...". */
function expandSubstitutions(name: string, substitutions: Record<string, string[]>): string[] {
  const match = /![A-Z]+!/.exec(name);
  if (!match || !substitutions[match[0]]) return [name];
  return substitutions[match[0]].flatMap((word) => expandSubstitutions(name.replace(match[0], word), substitutions));
}

/** Turns a parsed user dictionary into gazetteer entries on `layer` (1 for the first dictionary). */
export function userDictionaryEntries(dictionary: UserDictionary, label: string, layer = 1): GazetteerData {
  const names: NameEntry[] = [];
  dictionary.actors.forEach((actor, index) => {
    const source = `${label}: actors[${index}]`;
    const display = actor.names[0];
    for (const rawName of actor.names) {
      for (const name of expandSubstitutions(rawName, dictionary.agent_substitutions)) {
        for (const dated of actor.codes) {
          const start = dated.from ?? (dated.after ? shiftDay(dated.after, 1) : undefined);
          const end = dated.to ?? (dated.before ? shiftDay(dated.before, -1) : undefined);
          for (const part of dated.code.split('/')) {
            names.push(nameEntry({ text: name, code: part, kind: 'user', type: 'name', actor: display, start, end, ambiguous: false, caseSensitive: false, note: actor.note, source, group: source, layer }));
          }
        }
      }
    }
  });
  const agents: AgentEntry[] = [];
  dictionary.agents.forEach((agent, index) => {
    const source = `${label}: agents[${index}]`;
    const prefix = agent.code.endsWith('~');
    const sector = agent.code.replace('~', '');
    for (const rawName of agent.names) {
      for (const name of expandSubstitutions(rawName, dictionary.agent_substitutions)) {
        agents.push({ text: name, sector, prefix, note: agent.note, source, layer });
      }
    }
  });
  return { names, agents, nonActors: [] };
}

/** Reads and validates a user dictionary (JSON) into entries that sit on top of the built-in ones. */
export function loadUserDictionary(file: string, layer = 1): GazetteerData {
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new ParleyError('DATA_INVALID', `${file}: cannot read the user dictionary: ${(error as Error).message}`);
  }
  const parsed = userDictionarySchema.safeParse(json);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `${file}: ${issue.path.join('.')}: ${issue.message}`);
    throw new ParleyError('DATA_INVALID', `the user dictionary ${file} has ${problems.length} problem(s)`, problems);
  }
  return userDictionaryEntries(parsed.data, file, layer);
}

/** Puts gazetteer data together; entries keep their layers, so later user dictionaries win. */
export function mergeGazetteerData(...parts: Partial<GazetteerData>[]): GazetteerData {
  return {
    names: parts.flatMap((part) => part.names ?? []),
    agents: parts.flatMap((part) => part.agents ?? []),
    nonActors: parts.flatMap((part) => part.nonActors ?? []),
  };
}
