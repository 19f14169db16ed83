/**
 * Regenerates data/actors/countries.tsv from the world-countries package (ODbL 1.0).
 * Run: node --import tsx src/actors/build-gazetteer.ts
 * The output is committed; hand corrections belong in data/actors/countries-overlay.tsv.
 */
import { writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

interface WorldCountry {
  name: { common: string; official: string };
  cca2: string;
  cca3: string;
  independent: boolean | null;
  capital: string[];
  altSpellings: string[];
  demonyms?: { eng?: { m: string; f: string } };
}

const require = createRequire(import.meta.url);
const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const packageJson = require('world-countries/package.json') as { version: string };
const countries = require('world-countries/countries.json') as WorldCountry[];

/** world-countries gives Kosovo the user-assigned code UNK, which Parley uses for "unknown actor". */
const CODE_FIXES: Record<string, string> = { UNK: 'XKX' };
/** Not independent in world-countries, but their capitals stand for governments in the news. */
const CAPITALS_KEPT_FOR = new Set(['PSE', 'TWN', 'XKX']);
/** English alternative names kept although they share no word with the English name. */
const ALT_SPELLINGS_KEPT = new Set(['Burma', 'Swaziland', 'Holland', 'East Timor', 'Emirates', 'Rumania', 'Viet Nam', 'Chinese Taipei', 'Macedonia']);

/** Latin letters with or without accents, spaces and simple punctuation: drops other scripts. */
function isLatin(text: string): boolean {
  return /^[\p{Script=Latin}\s.,'’()-]+$/u.test(text);
}

/** Lower-case words of four letters or more, accents removed. */
function wordsOf(text: string): string[] {
  return text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().split(/[^a-z]+/).filter((word) => word.length >= 4);
}

/**
 * world-countries lists native names beside English ones ("Shqipëria", "Island" for Iceland).
 * Keep a spelling only when it shares a word with the English name ("Republic of Iran") or is a
 * known English alternative ("Burma"): the rest rarely occurs in English news and can collide
 * with English words.
 */
function isEnglishSpelling(spelling: string, country: WorldCountry): boolean {
  if (ALT_SPELLINGS_KEPT.has(spelling)) return true;
  const english = new Set([...wordsOf(country.name.common), ...wordsOf(country.name.official)]);
  return wordsOf(spelling).some((word) => english.has(word));
}

/** Two- and three-letter codes such as "IR" or "RSA": "US", "UK" and "UAE" are added by the overlay, with a case rule. */
function isCode(text: string): boolean {
  return /^[A-Z]{2,3}$/.test(text);
}

/** English plural of a demonym used as a noun ("Iranians"); none for "Chinese", "British", "Swiss". */
function pluralOf(demonym: string): string | undefined {
  if (/(ese|sh|ch|ss|s|x|z|y)$/.test(demonym)) return undefined;
  return `${demonym}s`;
}

function splitDemonyms(text: string): string[] {
  return text.split(/,\s*|\s+or\s+/).map((part) => part.trim()).filter(Boolean);
}

const rows = countries.map((country) => {
  const code = CODE_FIXES[country.cca3] ?? country.cca3;
  const demonyms = new Set<string>();
  for (const form of [country.demonyms?.eng?.m, country.demonyms?.eng?.f]) {
    for (const demonym of splitDemonyms(form ?? '')) demonyms.add(demonym);
  }
  const aliases = new Set<string>();
  for (const spelling of country.altSpellings) {
    if (isCode(spelling) || !isLatin(spelling) || !isEnglishSpelling(spelling, country)) continue;
    if (spelling === country.name.common || spelling === country.name.official) continue;
    // "Iran, Islamic Republic of" is a sorting form, never written in running text.
    if (/,/.test(spelling)) continue;
    aliases.add(spelling);
  }
  const keepCapitals = country.independent === true || CAPITALS_KEPT_FOR.has(code);
  return {
    code,
    iso2: country.cca2,
    independent: country.independent ? 'yes' : 'no',
    name: country.name.common,
    official: country.name.official,
    demonyms: [...demonyms],
    capitals: keepCapitals ? country.capital : [],
    aliases: [...aliases],
  };
});

// A demonym shared by an independent state and its territories ("American", "French") belongs to
// the state; one shared only by territories ("Channel Islander") is dropped. Demonyms shared by two
// states ("Dominican", "Congolese") stay on both and are flagged ambiguous in the overlay.
const holders = new Map<string, typeof rows>();
for (const row of rows) {
  for (const demonym of row.demonyms) holders.set(demonym, [...(holders.get(demonym) ?? []), row]);
}
for (const [demonym, sharing] of holders) {
  if (sharing.length < 2) continue;
  const states = sharing.filter((row) => row.independent === 'yes');
  for (const row of sharing) {
    if (states.length === 0 || !states.includes(row)) row.demonyms = row.demonyms.filter((d) => d !== demonym);
  }
}
for (const row of rows) {
  const plurals = row.demonyms.map(pluralOf).filter((plural): plural is string => plural !== undefined);
  row.demonyms = [...row.demonyms, ...plurals];
}

rows.sort((a, b) => a.code.localeCompare(b.code));
const list = (items: string[]) => items.join(' | ');
const lines = [
  `# Countries and territories, generated by src/actors/build-gazetteer.ts from world-countries ${packageJson.version}`,
  '# (ODbL 1.0, see data/actors/README.md). Do not edit by hand: corrections go in countries-overlay.tsv.',
  ['code', 'iso2', 'independent', 'name', 'official', 'demonyms', 'capitals', 'aliases'].join('\t'),
  ...rows.map((row) =>
    [row.code, row.iso2, row.independent, row.name, row.official, list(row.demonyms), list(row.capitals), list(row.aliases)].join('\t'),
  ),
];
const target = path.join(repoRoot, 'data/actors/countries.tsv');
writeFileSync(target, `${lines.join('\n')}\n`);
console.log(`wrote ${rows.length} countries to ${path.relative(repoRoot, target)}`);
