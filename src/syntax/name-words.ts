import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { REPOSITORY_ROOT } from '../core/paths.ts';

/**
 * The name words the tagger knows from the actor gazetteer: every capitalised word of a country,
 * capital, place, group, organisation, people or office holder's name, lower-cased, with flags
 * saying how it occurs. The list is computed once at training time and stored in the model file,
 * so the tagger sees the same list when it runs as when it learned (a later gazetteer edit does
 * not shift the model's features; retraining picks it up).
 */
export const NAME_START = 1;
/** The word occurs inside a name, after its first word ("York" in "New York"). */
export const NAME_INSIDE = 2;
/** The word is a demonym ("Chinese", "Kurdish"): an adjective, not a name. */
export const NAME_DEMONYM = 4;

/** Columns of data/actors/*.tsv that hold names (the others hold codes, dates, titles, notes). */
const NAME_COLUMNS = new Set(['name', 'official', 'capitals', 'aliases', 'short', 'text']);
/** Files of common nouns, not names. */
const SKIPPED_FILES = new Set(['agents.tsv', 'non-actors.tsv']);

/** Adds one name's words ("Islamic Republic of Afghanistan", "al-Qassam Brigades[case]"). */
function addName(words: Map<string, number>, name: string): void {
  nameParts(name).forEach((part, i) => {
    const key = part.toLowerCase();
    words.set(key, (words.get(key) ?? 0) | (i === 0 ? NAME_START : NAME_INSIDE));
  });
}

/** The capitalised words of a name, its trailing "[case]" note dropped. */
function nameParts(name: string): string[] {
  return name
    .replace(/\[[a-z, ]+\]$/, '')
    .trim()
    .split(/[\s\-–]+/)
    .filter((part) => /^\p{Lu}/u.test(part));
}

/** Endings of demonyms that are adjectives ("Italian", "Chinese", "Kurdish", "Iraqi", "Czech", "Swiss", "Greek"). */
const ADJECTIVE_ENDING = /(an|ese|ish|i|ic|ch|ss|ine|ot|k|kh)$/;

/**
 * The demonyms that are adjectives, for NAME_DEMONYM: the last word of each demonym, except the
 * nouns for people, which the gazetteer lists beside them and EWT tags as proper nouns: plurals
 * ("Italians", "Frenchmen"), "Frenchman", and singulars whose plural is listed too and that have
 * no adjective's ending ("Briton", "Pole", "Spaniard"). The words before the last ("South" of
 * "South Korean", "Equatorial" of "Equatorial Guinean") are name words, as in any name.
 */
function addDemonyms(words: Map<string, number>, demonyms: readonly string[]): void {
  const lasts = new Set(demonyms.map((demonym) => nameParts(demonym).at(-1)?.toLowerCase()));
  for (const demonym of demonyms) {
    const parts = nameParts(demonym);
    if (parts.length > 1) addName(words, parts.slice(0, -1).join(' '));
    const last = parts.at(-1)?.toLowerCase();
    if (last === undefined) continue;
    const person = /[^s]s$/.test(last) || /(ch|sh)m[ae]n$/.test(last) || (lasts.has(`${last}s`) && !ADJECTIVE_ENDING.test(last));
    if (!person) words.set(last, (words.get(last) ?? 0) | NAME_DEMONYM);
  }
}

/** Reads the name words of every gazetteer file in `dir` (data/actors by default). */
export function readNameWords(dir = join(REPOSITORY_ROOT, 'data/actors')): Map<string, number> {
  const words = new Map<string, number>();
  const demonyms: string[] = [];
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.tsv')).sort()) {
    if (SKIPPED_FILES.has(file)) continue;
    const lines = readFileSync(join(dir, file), 'utf8')
      .split('\n')
      .filter((line) => line.trim() !== '' && !line.startsWith('#'));
    const header = (lines.shift() ?? '').split('\t');
    const typeColumn = header.indexOf('type');
    for (const line of lines) {
      const cells = line.split('\t');
      const type = typeColumn >= 0 ? cells[typeColumn] : '';
      if (type === 'remove') continue;
      header.forEach((column, c) => {
        const demonym = column === 'demonyms' || (column === 'text' && type === 'demonym');
        if (!demonym && !NAME_COLUMNS.has(column)) return;
        for (const name of (cells[c] ?? '').split('|')) {
          if (!name.trim()) continue;
          if (demonym) demonyms.push(name);
          else addName(words, name);
        }
      });
    }
  }
  addDemonyms(words, demonyms);
  return words;
}

/**
 * Drops the name words that the training text writes in lower case more often than capitalised:
 * common words that also open a name ("the" of "The Hague", "new", "armed", "president"), which
 * would otherwise make every sentence-opening "The" look like the start of a known name.
 */
export function withoutCommonWords(words: ReadonlyMap<string, number>, forms: Iterable<string>): Map<string, number> {
  const lower = new Map<string, number>();
  const capitalised = new Map<string, number>();
  for (const form of forms) {
    const key = form.toLowerCase();
    if (!words.has(key)) continue;
    const counts = form === key ? lower : capitalised;
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return new Map([...words].filter(([word]) => (lower.get(word) ?? 0) <= (capitalised.get(word) ?? 0)));
}
