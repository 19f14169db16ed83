// Compiles the field's dictionaries (PETRARCH2 / Phoenix, MIT) into Parley's data formats.
// Usage: npm run import:dictionaries [-- --from <petrarch2 folder>] [--to <repository root>]
//        [--kinds verb,object,prep,particle,sequence|none] [--noun-phrases] [--sequences] [--paired-codes] [--actors]
// --noun-phrases also compiles nouns of several words (head + modifiers); --sequences reads every line
// also as words in order around the verb (kind "sequence", added to the kept kinds); --paired-codes
// keeps the second code of "[032:033]"; all measured, not shipped (data/README.md).
// --actors also compiles the Phoenix actor and agent files into data/actors/phoenix/, which the
// gazetteer then loads beneath Parley's own entries; measured and not shipped (see data/README.md).
import { copyFileSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { REPOSITORY_ROOT, SHARED_ROOT } from '../core/paths.ts';
import { loadOntology } from '../events/ontology.ts';
import { parseActorDictionary, type ActorRecord } from './actors.ts';
import { parseAgentDictionary, type AgentRecord } from './agents.ts';
import { loadLemmatizer } from '../syntax/lemmatize.ts';
import { lemmaVariants } from './lemma-variants.ts';
import { compileVerbPatterns, parseVerbDictionary, verbLemmas, type CompiledPattern, type PatternKind } from './verbs.ts';

/** CAMEO codes of plain statements and comments (010-014), which the shipped data leaves out. */
const PLAIN_STATEMENT = /^01[0-4]/;

/** The kinds of verb pattern kept in the shipped data (measured: see data/README.md). */
export const KEPT_KINDS: ReadonlySet<PatternKind> = new Set(['object']);

/** The lines of one JSON-lines file per CAMEO root ("01.jsonl" ...), each with a header. */
export function patternFiles(patterns: readonly CompiledPattern[], header: string): Map<string, string> {
  const byRoot = new Map<string, string[]>();
  for (const pattern of patterns) {
    const root = pattern.code.slice(0, 2);
    const lines = byRoot.get(root) ?? [];
    lines.push(JSON.stringify(pattern));
    byRoot.set(root, lines);
  }
  const files = new Map<string, string>();
  for (const root of [...byRoot.keys()].sort()) files.set(`${root}.jsonl`, `${header}\n${byRoot.get(root)!.join('\n')}\n`);
  return files;
}

/** Writes `files` into `folder`, removing the folder's other files of that extension first. */
export function writeFolder(folder: string, files: Map<string, string>, extension: string): void {
  mkdirSync(folder, { recursive: true });
  for (const name of readdirSync(folder)) if (name.endsWith(extension) && !files.has(name)) rmSync(path.join(folder, name));
  for (const [name, text] of files) writeFileSync(path.join(folder, name), text);
}

/** The Phoenix actor files compiled into data/actors/phoenix/ (file name there → source file). */
export const ACTOR_SOURCES = [
  ['countries.tsv', 'Phoenix.Countries.actors.txt'],
  ['international.tsv', 'Phoenix.International.actors.txt'],
  ['milnonstate.tsv', 'Phoenix.MilNonState.actors.txt'],
] as const;

/**
 * A name as Parley writes it: words capitalised ("BAN KI-MOON" → "Ban Ki-Moon"), so that a
 * one-word name can match only capitalised text ("Kabul", "KABUL", not "kabul").
 */
export function displayName(name: string): string {
  return name.toLowerCase().replace(/(^|[\s-])(\p{L})/gu, (_, before: string, letter: string) => before + letter.toUpperCase());
}

/** One TSV row per actor role: code, start, end (ISO days, empty = open), names, source line. */
export function actorTsv(records: readonly ActorRecord[], file: string, header: string): string {
  const rows = records.flatMap((record) => {
    const names = [...new Set(record.names.map(displayName))].filter((name) => !name.includes('\t') && !name.includes('|'));
    return record.roles
      .filter((role) => role.code !== '---')
      .map((role) => [role.code, role.start ?? '', role.end ?? '', names.join(' | '), `${file}:${record.line}`].join('\t'));
  });
  return `${header}\ncode\tstart\tend\tnames\tsource\n${rows.join('\n')}\n`;
}

/** One TSV row per agent line: code ("~GOV" after the actor's code, "NGO~" before it), words, source line. */
export function agentTsv(records: readonly AgentRecord[], file: string, header: string): string {
  const rows = records.map((record) => [record.code, record.names.map((name) => name.toLowerCase()).join(' | '), `${file}:${record.line}`].join('\t'));
  return `${header}\ncode\twords\tsource\n${rows.join('\n')}\n`;
}

function printSkipped(title: string, kept: number, skipped: Map<string, number>): void {
  const total = [...skipped.values()].reduce((sum, n) => sum + n, 0);
  console.log(`${title}: ${kept} compiled, ${total} skipped`);
  for (const [reason, count] of [...skipped].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))) console.log(`  ${String(count).padStart(5)}  ${reason}`);
}

function main(argv: string[]): void {
  const option = (name: string, fallback: string) => {
    const at = argv.indexOf(name);
    return at >= 0 && argv[at + 1] ? path.resolve(argv[at + 1]) : fallback;
  };
  const from = option('--from', path.join(SHARED_ROOT, 'dictionaries/petrarch2'));
  const to = option('--to', REPOSITORY_ROOT);
  const ontology = loadOntology();

  const verbs = parseVerbDictionary(readFileSync(path.join(from, 'CAMEO.2.0.txt'), 'utf8'));
  // --kinds verb,object,... compiles only those kinds (to measure each); "none" writes no verb patterns.
  const kindsOption = argv.includes('--kinds') ? argv[argv.indexOf('--kinds') + 1] : undefined;
  const sequences = argv.includes('--sequences');
  const kinds = kindsOption ? new Set(kindsOption.split(',') as PatternKind[]) : sequences ? new Set<PatternKind>([...KEPT_KINDS, 'sequence']) : KEPT_KINDS;
  // Lemmas the parser's lemmatizer gives a verb's forms besides its base form ("deplored" → "deplor").
  const variants = lemmaVariants(loadLemmatizer(), verbLemmas(verbs));
  const compiled = compileVerbPatterns(verbs, { prefix: 'petrarch2', file: 'CAMEO.2.0.txt', isCode: ontology.isCode, kinds, variants, nounPhrases: argv.includes('--noun-phrases'), sequences, pairedCodes: argv.includes('--paired-codes') });
  // Plain statements and comments (010-014) are not coded (AG guide, "Not coded"); Parley's own
  // statement patterns keep the few it needs. Measured: AG half a F1 0.314 -> 0.316, half b and GSR unchanged.
  const statements = compiled.patterns.filter((pattern) => PLAIN_STATEMENT.test(pattern.code)).length;
  compiled.patterns = compiled.patterns.filter((pattern) => !PLAIN_STATEMENT.test(pattern.code));
  compiled.skipped.set('plain statement (010-014), not coded', statements);
  const header =
    '# Generated by `npm run import:dictionaries` from PETRARCH2 CAMEO.2.0.txt (MIT, see data/README.md); do not edit.\n' +
    '# Parley\'s own patterns (data/events/patterns) are tried first for the same lemma.';
  writeFolder(path.join(to, 'data/events/petrarch'), patternFiles(compiled.patterns, header), '.jsonl');
  copyFileSync(path.join(from, 'LICENSE'), path.join(to, 'data/events/petrarch/LICENSE'));
  printSkipped('verb patterns (CAMEO.2.0.txt)', compiled.patterns.length, compiled.skipped);

  if (argv.includes('--actors')) writeActors(from, to);
}

/** Compiles the Phoenix actor and agent files into data/actors/phoenix/*.tsv. */
function writeActors(from: string, to: string): void {
  const actorHeader = (file: string) =>
    `# Generated by \`npm run import:dictionaries\` from Phoenix ${file} (PETRARCH2, MIT, see data/README.md); do not edit.\n` +
    '# One row per role; dated roles keep their dates. Parley\'s own names (data/actors/*.tsv) win where both have a name.';
  const files = new Map<string, string>();
  for (const [name, file] of ACTOR_SOURCES) {
    const dictionary = parseActorDictionary(readFileSync(path.join(from, file), 'utf8'));
    files.set(name, actorTsv(dictionary.records, file, actorHeader(file)));
    printSkipped(`actors (${file})`, dictionary.records.length, dictionary.skipped);
  }
  const agents = parseAgentDictionary(readFileSync(path.join(from, 'Phoenix.agents.txt'), 'utf8'));
  files.set('agents.tsv', agentTsv(agents.agents, 'Phoenix.agents.txt', actorHeader('Phoenix.agents.txt')));
  printSkipped('agents (Phoenix.agents.txt)', agents.agents.length, agents.skipped);
  writeFolder(path.join(to, 'data/actors/phoenix'), files, '.tsv');
  copyFileSync(path.join(from, 'LICENSE'), path.join(to, 'data/actors/phoenix/LICENSE'));
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(new URL(import.meta.url).pathname)) main(process.argv.slice(2));
