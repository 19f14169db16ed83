import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync, gzipSync } from 'node:zlib';
import { ParleyError } from '../core/errors.ts';

/** A learned suffix rule: strip `strip` characters and append `append`, or defer to the general rules. */
export type SuffixRule = { strip: number; append: string } | 'rules';

/**
 * What a lemmatizer learns from a treebank. Every map is keyed by Penn XPOS first. Only entries
 * that the general rules get wrong are kept, so the table stays small.
 */
export interface LemmaTable {
  /** Exact form → lemma ("Was" → "be"); consulted first. */
  forms: Map<string, Map<string, string>>;
  /** Lowercased form → lemma ("was" → "be"); consulted when the exact form is absent. */
  lowercaseForms: Map<string, Map<string, string>>;
  /** Lowercased word ending → rule for unseen words ("ves" under NNS → strip 3, append "f"). The longest ending wins. */
  suffixes: Map<string, Map<string, SuffixRule>>;
}

/** Gives the lemma of a tagged word. */
export interface Lemmatizer {
  /** The lemma of `form` tagged `upos`/`xpos`, spelled as UD English-EWT spells it; never empty, never throws. */
  lemmatize(form: string, upos: string, xpos: string): string;
}

/** Where the trained table ships. */
export const DEFAULT_LEMMA_TABLE_PATH = join(dirname(fileURLToPath(import.meta.url)), '../../data/models/lemmas.bin');

/** Tags whose irregular forms keep their irregularity under a prefix (overheard, grandchildren). */
const COMPOUNDING_XPOS = new Set(['NNS', 'VBD', 'VBN', 'VBG', 'VBZ', 'VBP']);

/** An empty table: the general rules alone. */
export function emptyLemmaTable(): LemmaTable {
  return { forms: new Map(), lowercaseForms: new Map(), suffixes: new Map() };
}

/** Builds a lemmatizer over a table: exceptions first, then learned suffix rules, then the general rules. */
export function createLemmatizer(table: LemmaTable): Lemmatizer {
  // Longest suffix per XPOS, so that lookup tries only lengths that can match.
  const longestSuffix = new Map<string, number>();
  for (const [xpos, rules] of table.suffixes) {
    let longest = 0;
    for (const suffix of rules.keys()) longest = Math.max(longest, suffix.length);
    longestSuffix.set(xpos, longest);
  }
  const { forms, lowercaseForms, suffixes } = table;

  function lemmatize(form: string, upos: string, xpos: string): string {
    if (form.length === 0) return '_';
    const exact = forms.get(xpos)?.get(form);
    if (exact !== undefined) return exact;
    const lower = form.toLowerCase();
    const lowered = lowercaseForms.get(xpos)?.get(lower);
    if (lowered !== undefined) return lowered;

    const proper = xpos === 'NNP' || xpos === 'NNPS' || upos === 'PROPN';
    if (!proper && COMPOUNDING_XPOS.has(xpos)) {
      // An unseen word ending in a known irregular one: withdrawn → with + draw, gunmen → gun + man.
      const known = lowercaseForms.get(xpos);
      if (known !== undefined) {
        for (let start = 2; start <= lower.length - 4; start++) {
          const tail = known.get(lower.slice(start));
          if (tail !== undefined && tail === tail.toLowerCase()) return lower.slice(0, start) + tail;
        }
      }
    }
    const base = proper ? properNounCase(form, lower) : lower;
    const rules = suffixes.get(xpos);
    if (rules !== undefined) {
      const longest = Math.min(longestSuffix.get(xpos) ?? 0, lower.length - 1);
      for (let length = longest; length > 0; length--) {
        const rule = rules.get(lower.slice(lower.length - length));
        if (rule === undefined) continue;
        if (rule === 'rules' || rule.strip >= base.length) break;
        return base.slice(0, base.length - rule.strip) + rule.append;
      }
    }
    const lemma = inflectionBase(base, xpos);
    return lemma.length > 0 ? lemma : form;
  }

  // The lemmas of the words met so far, by XPOS and whether the word is a proper noun (all that
  // `lemmatize` reads of the tags) then form: news repeats its words, and an unseen word's lemma
  // takes dozens of lookups of its endings and a few regular expressions.
  const remembered = new Map<string, [Map<string, string>, Map<string, string>]>();
  let size = 0;
  return {
    lemmatize(form, upos, xpos) {
      let byForm = remembered.get(xpos);
      if (!byForm) remembered.set(xpos, (byForm = [new Map(), new Map()]));
      const known = byForm[upos === 'PROPN' ? 1 : 0];
      let lemma = known.get(form);
      if (lemma !== undefined) return lemma;
      lemma = lemmatize(form, upos, xpos);
      if (form.length <= MAX_REMEMBERED_LENGTH) {
        if (size >= MAX_REMEMBERED_WORDS) {
          for (const maps of remembered.values()) for (const map of maps) map.clear();
          size = 0;
        }
        known.set(form, lemma);
        size++;
      }
      return lemma;
    },
  };
}

/** The most words whose lemmas a lemmatizer keeps; then it starts afresh. */
const MAX_REMEMBERED_WORDS = 50_000;
/** The longest word, in UTF-16 units, whose lemma is kept. */
const MAX_REMEMBERED_LENGTH = 64;

/**
 * EWT keeps the case of proper nouns and lowercases everything else. Within proper nouns it
 * title-cases shouted names (CHERNOBYL → Chernobyl; short ones are usually acronyms: DPA) and
 * capitalises names typed in lowercase (kerala → Kerala).
 */
function properNounCase(form: string, lower: string): string {
  if (form.length >= 5 && form === form.toUpperCase() && /^[A-Z]+$/.test(form)) return form[0] + lower.slice(1);
  if (form === lower && /^[a-z]{3,}$/.test(form)) return form[0].toUpperCase() + form.slice(1);
  return form;
}

/** The general English rules for a word with no entry in the table; `word` is already cased as the lemma should be. */
export function inflectionBase(word: string, xpos: string): string {
  switch (xpos) {
    case 'NNS':
    case 'NNPS':
      return singular(word);
    case 'VBZ':
      return verbFromThirdPerson(word);
    case 'VBD':
    case 'VBN':
      return verbFromEnding(word, 'ed');
    case 'VBG':
      return verbFromEnding(word, 'ing');
    case 'JJR':
    case 'RBR':
      return adjectiveFromEnding(word, 'er');
    case 'JJS':
    case 'RBS':
      return adjectiveFromEnding(word, 'est');
    case 'CD':
      // EWT writes 2,000 as 2000 in the lemma.
      return /^\d{1,3}(,\d{3})+(\.\d+)?$/.test(word) ? word.replace(/,/g, '') : word;
    default:
      return word;
  }
}

function singular(word: string): string {
  const lower = word.toLowerCase();
  if (lower.length > 4 && lower.endsWith('ies')) return word.slice(0, -3) + (isUpper(word) ? 'Y' : 'y');
  if (/(sses|xes|ches|shes|zzes)$/.test(lower)) return word.slice(0, -2);
  if (/\d0s$/.test(lower)) return word; // EWT keeps decades: 1960s
  if (/['’]s$/.test(lower)) return word.slice(0, -2); // NGO's
  if (lower.length > 4 && lower.endsWith('men')) return word.slice(0, -2) + 'an'; // gunmen
  if (/(ss|us|is)$/.test(lower) || lower.length < 3) return word;
  if (lower.endsWith('s')) return word.slice(0, -1);
  return word;
}

function verbFromThirdPerson(word: string): string {
  if (word.length > 4 && word.endsWith('ies')) return word.slice(0, -3) + 'y';
  if (/(sses|xes|ches|shes|zzes|oes)$/.test(word)) return word.slice(0, -2);
  if (word.endsWith('ss') || word.length < 3) return word;
  if (word.endsWith('s')) return word.slice(0, -1);
  return word;
}

function verbFromEnding(word: string, ending: 'ed' | 'ing'): string {
  if (!word.endsWith(ending) || word.length < ending.length + 2) return word;
  const stem = word.slice(0, -ending.length);
  if (ending === 'ed') {
    if (stem.endsWith('i')) return stem.length > 2 ? stem.slice(0, -1) + 'y' : stem + 'e'; // studied, died
    if (word.endsWith('eed')) return word.slice(0, -1); // agreed, freed
  } else if (stem.length === 2 && stem.endsWith('y')) {
    return stem.slice(0, -1) + 'ie'; // dying, lying
  }
  return restoreStem(stem);
}

function adjectiveFromEnding(word: string, ending: 'er' | 'est'): string {
  if (!word.endsWith(ending) || word.length < ending.length + 2) return word;
  const stem = word.slice(0, -ending.length);
  if (stem.endsWith('i') && stem.length > 2) return stem.slice(0, -1) + 'y'; // happier
  return restoreStem(stem);
}

/** Undoes consonant doubling (stopped → stop) and restores a silent e (emphasized → emphasize). */
function restoreStem(stem: string): string {
  const last = stem[stem.length - 1];
  if (last === stem[stem.length - 2] && /[bdgkmnprtv]/.test(last)) return stem.slice(0, -1);
  // controlled, propelled, cancelled: a final l doubles after an unstressed vowel (but called, killed, installed).
  if (/[^aeiou][eiou]ll$/.test(stem) && /[aeiouy][^aeiouy]+[eiou]ll$/.test(stem)) return stem.slice(0, -1);
  if (/[aeiouy][^aeiouy]+ick$/.test(stem)) return stem.slice(0, -1); // mimicked, panicking
  if (needsSilentE(stem)) return stem + 'e';
  return stem;
}

function needsSilentE(stem: string): boolean {
  if (/[vz]$/.test(stem) && !stem.endsWith('zz')) return true; // saved, emphasized
  if (/([^aeiou]|[iu])at$|[^aeiou]ut$|[lp]et$/.test(stem)) return true; // stated, negotiated, evacuated, executed, deleted (not treated)
  if (/c$/.test(stem)) return true; // produced, forced, voiced (panicked keeps its k)
  if (/s$/.test(stem) && !/(ss|cus)$/.test(stem)) return true; // used, raised, sensed (not focused)
  if (/(dg|rg|lg|(ch|r|ll)ang|eng)$/.test(stem)) return true; // judged, charged, indulged, changed, challenged
  if (/[bcdfgkptz]l$/.test(stem)) return true; // handled, struggled
  if (/[^aeiour]r$/.test(stem)) return true; // massacred
  if (/u$/.test(stem)) return true; // continued, argued
  if (/com$/.test(stem)) return true; // welcomed, becoming
  // Endings that mostly spell a long vowel, whatever the syllable count: provoked, decided, combined, assumed, acquired.
  if (/(gu|qu|[^aeiou])(ok|id|ib|in|um|ud|od|ad|ag|ak|ik|am|im|ul|il|ed|ot|ar|ir|ur)$/.test(stem)) return true;
  // One short syllable ending in a single consonant: hoped, named, making.
  return /^[^aeiouy]*[aeiouy][^aeiouywx]$/.test(stem);
}

function isUpper(word: string): boolean {
  return word === word.toUpperCase() && word !== word.toLowerCase();
}

const FORMAT = 'parley-lemmas';
const VERSION = '1';

/**
 * Serializes a table as gzip of tab-separated lines:
 *   parley-lemmas <tab> 1
 *   F <tab> xpos <tab> form <tab> lemma        (exact form)
 *   L <tab> xpos <tab> lowercased form <tab> lemma
 *   S <tab> xpos <tab> suffix <tab> strip:append, or "rules"
 *   end <tab> number of entry lines
 */
export function serializeLemmaTable(table: LemmaTable): Buffer {
  const lines = [`${FORMAT}\t${VERSION}`];
  const sorted = <T>(map: Map<string, T>) => [...map].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  for (const [xpos, entries] of sorted(table.forms)) {
    for (const [form, lemma] of sorted(entries)) lines.push(`F\t${xpos}\t${form}\t${lemma}`);
  }
  for (const [xpos, entries] of sorted(table.lowercaseForms)) {
    for (const [form, lemma] of sorted(entries)) lines.push(`L\t${xpos}\t${form}\t${lemma}`);
  }
  for (const [xpos, rules] of sorted(table.suffixes)) {
    for (const [suffix, rule] of sorted(rules)) {
      lines.push(`S\t${xpos}\t${suffix}\t${rule === 'rules' ? 'rules' : `${rule.strip}:${rule.append}`}`);
    }
  }
  lines.push(`end\t${lines.length - 1}`);
  return gzipSync(lines.join('\n') + '\n', { level: 9 });
}

/** Parses a serialized table; `source` names the file in errors, which are MODEL_INVALID and list every bad line. */
export function parseLemmaTable(buffer: Buffer, source: string): LemmaTable {
  const invalid = (message: string, details: string[] = []) =>
    new ParleyError('MODEL_INVALID', `${source}: ${message}; rebuild it with \`node --import tsx src/syntax/train-lemmas.ts\``, details);
  let text: string;
  try {
    text = gunzipSync(buffer).toString('utf8');
  } catch (error) {
    throw invalid(`not a readable gzip lemma table (${(error as Error).message})`);
  }
  const lines = text.split('\n');
  if (lines[lines.length - 1] === '') lines.pop();
  if (lines[0] !== `${FORMAT}\t${VERSION}`) throw invalid(`expected header "${FORMAT} ${VERSION}", found "${(lines[0] ?? '').slice(0, 40)}"`);
  const last = lines[lines.length - 1].split('\t');
  if (lines.length < 2 || last[0] !== 'end' || Number(last[1]) !== lines.length - 2) {
    throw invalid('truncated: the closing "end" line is missing or its count does not match');
  }

  const table = emptyLemmaTable();
  const problems: string[] = [];
  for (let index = 1; index < lines.length - 1; index++) {
    const fields = lines[index].split('\t');
    const [kind, xpos, key, value] = fields;
    if (fields.length !== 4 || !xpos || !key || !value) {
      problems.push(`line ${index + 1}: expected 4 non-empty tab-separated fields`);
      continue;
    }
    if (kind === 'F' || kind === 'L') {
      const maps = kind === 'F' ? table.forms : table.lowercaseForms;
      entriesOf(maps, xpos).set(key, value);
    } else if (kind === 'S') {
      const match = /^(\d+):(.*)$/.exec(value);
      if (value !== 'rules' && !match) {
        problems.push(`line ${index + 1}: suffix rule "${value}" is neither "rules" nor strip:append`);
        continue;
      }
      entriesOf(table.suffixes, xpos).set(key, match ? { strip: Number(match[1]), append: match[2] } : 'rules');
    } else {
      problems.push(`line ${index + 1}: unknown entry kind "${kind}"`);
    }
    if (problems.length >= 20) break;
  }
  if (problems.length) throw invalid('malformed entries', problems);
  return table;
}

/** Reads and parses the table at `path` (by default the shipped one) and builds a lemmatizer over it. */
export function loadLemmatizer(path = DEFAULT_LEMMA_TABLE_PATH): Lemmatizer {
  let buffer: Buffer;
  try {
    buffer = readFileSync(path);
  } catch (error) {
    throw new ParleyError(
      'MODEL_MISSING',
      `${path}: cannot read the lemma table (${(error as NodeJS.ErrnoException).code ?? (error as Error).message}); build it with \`node --import tsx src/syntax/train-lemmas.ts\``,
    );
  }
  return createLemmatizer(parseLemmaTable(buffer, path));
}

function entriesOf<T>(maps: Map<string, Map<string, T>>, xpos: string): Map<string, T> {
  let entries = maps.get(xpos);
  if (!entries) maps.set(xpos, (entries = new Map()));
  return entries;
}
