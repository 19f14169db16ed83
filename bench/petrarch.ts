// PETRARCH2's own unit tests (../shared/eval/petrarch-unittest.jsonl, fictional countries), coded
// with PETRARCH2's small validation dictionaries compiled by the same importer as the shipped data
// (into a temporary folder, not committed) on top of Parley's own patterns and gazetteer.
// Prints {expected, code_match, full_match}: an expected CAMEO code produced; and with both actors.
// Run: npm run bench:petrarch -- [--json] [--misses]
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { createCoder } from '../src/coder.ts';
import { SHARED_ROOT } from '../src/core/paths.ts';
import { loadStatusCues } from '../src/events/cues.ts';
import { loadOntology, quadClassOfRoot, type Ontology } from '../src/events/ontology.ts';
import { createPatternLexicon, loadPatternLexicon } from '../src/events/patterns.ts';
import { parseActorDictionary } from '../src/dictionaries/actors.ts';
import { parseAgentDictionary } from '../src/dictionaries/agents.ts';
import { patternFiles, writeFolder } from '../src/dictionaries/import.ts';
import { toUserDictionary } from '../src/dictionaries/user-dictionary.ts';
import { compileVerbPatterns, parseVerbDictionary, toPattern } from '../src/dictionaries/verbs.ts';

interface Expected {
  source: string;
  target: string;
  eventcode: string;
}
interface UnitTest {
  id: string;
  date: string;
  text: string;
  expected: Expected[];
}

const { values } = parseArgs({ options: { json: { type: 'boolean', default: false }, misses: { type: 'boolean', default: false } } });
const dictionaries = path.join(SHARED_ROOT, 'dictionaries/petrarch2');
const read = (name: string) => readFileSync(path.join(dictionaries, name), 'utf8');

// Compile the validation dictionaries into a temporary folder. Their codes are mostly WEIS codes
// outside CAMEO ("345", "903"), so every code of two to four digits is kept.
const folder = mkdtempSync(path.join(tmpdir(), 'parley-petrarch-'));
const verbs = compileVerbPatterns(parseVerbDictionary(read('PETR.Validate.verbs.txt')), {
  prefix: 'validate',
  file: 'PETR.Validate.verbs.txt',
  isCode: (code) => /^\d{2,4}$/.test(code),
});
writeFolder(path.join(folder, 'patterns'), patternFiles(verbs.patterns, '# PETR.Validate.verbs.txt, compiled by bench/petrarch.ts'), '.jsonl');
const actors = parseActorDictionary(read('PETR.Validate.actors.txt'));
const agents = parseAgentDictionary(read('PETR.Validate.agents.txt'));
const userFile = path.join(folder, 'validate.json');
writeFileSync(userFile, JSON.stringify(toUserDictionary(actors.records, agents.agents, 'PETR.Validate actors and agents')));

// Codes outside the CAMEO table get a neutral entry, so events of validation codes can be made.
const cameo = loadOntology();
const ontology: Ontology = {
  ...cameo,
  cameo: (code) =>
    cameo.isCode(code)
      ? cameo.cameo(code)
      : { code, root: code.slice(0, 2), name: `validation code ${code}`, goldstein: 0, quadClass: quadClassOfRoot(cameo.isCode(code.slice(0, 2)) ? code.slice(0, 2) : '01'), plover: null, source: 'PETR.Validate.verbs.txt' },
  isCode: (code) => cameo.isCode(code) || /^\d{2,4}$/.test(code),
};
const own = loadPatternLexicon(cameo, undefined, undefined, []);
// The validation dictionary is the one under test, so its patterns go first for a lemma, Parley's
// own after them (the lexicon tries patterns without a `dictionary` field first).
const validation = verbs.patterns.map((compiled) => ({ ...toPattern(compiled), dictionary: undefined }));
const fallback = own.patterns.map((pattern) => ({ ...pattern, dictionary: `parley/${pattern.origin}` }));
const lexicon = createPatternLexicon([...validation, ...fallback], own.frames);
const coder = createCoder({ events: { ontology, lexicon, cues: loadStatusCues() }, dictionaries: [userFile] });

const tests: UnitTest[] = readFileSync(path.join(SHARED_ROOT, 'eval/petrarch-unittest.jsonl'), 'utf8')
  .split('\n')
  .filter((line) => line.trim())
  .map((line) => JSON.parse(line));
let expected = 0;
let codeMatch = 0;
let fullMatch = 0;
const misses: string[] = [];
for (const test of tests) {
  const events = coder.code(test.text, { id: test.id, published: test.date }).events ?? [];
  for (const want of test.expected) {
    expected++;
    const sameCode = events.filter((event) => event.cameo.code === want.eventcode);
    const full = sameCode.some((event) => event.source.some((a) => a.code === want.source) && event.target.some((a) => a.code === want.target));
    if (sameCode.length) codeMatch++;
    if (full) fullMatch++;
    else misses.push(`${test.id}\t${want.source} ${want.target} ${want.eventcode}\tgot ${events.map((e) => `${e.source.map((a) => a.code).join('+') || '-'} ${e.target.map((a) => a.code).join('+') || '-'} ${e.cameo.code}`).join('; ') || 'nothing'}\t${test.text}`);
  }
}
rmSync(folder, { recursive: true, force: true });

const result = { expected, code_match: codeMatch, full_match: fullMatch, patterns: verbs.patterns.length, actors: actors.records.length, agents: agents.agents.length };
if (values.misses) console.log(misses.join('\n'));
if (values.json) console.log(JSON.stringify(result));
else console.log(`PETRARCH2 unit tests: ${expected} expected codings; code produced ${codeMatch}, with both actors ${fullMatch} (validation dictionaries: ${result.patterns} patterns, ${result.actors} actors, ${result.agents} agents)`);
