import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createGazetteer, readGazetteerData } from '../actors/gazetteer/index.ts';
import { actorsStage } from '../actors/stage.ts';
import { loadEventResources } from '../coder.ts';
import type { Document } from '../core/document.ts';
import { conlluDocuments } from '../testing/conllu-documents.ts';
import { ROLE_TREES } from '../testing/freeze-trees.ts';
import { createParsedCoder } from '../testing/parsed-coder.ts';
import { eventSummaries, ROLE_CASES, ROLE_PUBLISHED } from '../testing/role-cases.ts';
import { extractEvents } from './extract.ts';
import { createPatternLexicon, IMPORTED_TARGET_ROLES, type Pattern } from './patterns.ts';

// The extraction rules on fixed trees: the role cases coded from the frozen parses of
// src/testing/fixtures/event-roles.conllu, so that retraining the parser cannot flip these tests.
const trees = conlluDocuments(readFileSync(ROLE_TREES, 'utf8'), ROLE_TREES, { published: ROLE_PUBLISHED });
const coder = createParsedCoder();
const actors = actorsStage(createGazetteer(readGazetteerData()));
const { lexicon, ontology } = loadEventResources();

function frozen(text: string): Document {
  const doc = trees.get(text);
  assert.ok(doc, `no frozen tree for "${text}": run node --import tsx src/testing/freeze-trees.ts`);
  return doc;
}

describe('event roles and coding rules on fixed trees', () => {
  for (const [rule, text, expected] of ROLE_CASES) {
    it(`${rule}: "${text}"`, () => {
      const found = eventSummaries(coder.code(frozen(text)));
      assert.ok(found.some((event) => event.startsWith(expected)), `expected ${expected}; got ${found.join('; ') || 'no events'}`);
    });
  }
});

// Each target strategy of extractEvents, by the note it leaves: [note, sentence, code, target code].
const strategies: [note: string, text: string, code: string, target: string][] = [
  ['target-from-refused', 'Egypt refused to deploy peacekeepers in Libya.', '1224', 'LBY'],
  ['target-from-framed', 'The Nigerian minister refused to resign.', '1231', 'NGA'],
  ['target-from-object', 'The military government of President Paul Kagame expelled the French ambassador.', '161', 'FRAGOV'],
  ['target-from-complement', 'Russia threatened to cut off gas to Ukraine.', '130', 'UKR'],
  ['target-from-complement', 'Hezbollah threatened Sunday to resume armed operations in Israel.', '130', 'ISR'],
  ['target-through-light-noun', 'Egypt welcomed the resumption of diplomatic ties with Iran.', '051', 'IRN'],
  ['target-fallback', 'Canada vetoed a Security Council resolution censuring as illegal the blockade of the port.', '191', 'IGOUNOUSC'],
  ['protest-target', 'Kenyan teachers staged a strike over pay.', '143', 'KENGOV'],
  ['protest-target', 'Kenyan fans rioted at a stadium in Uganda.', '145', 'UGA'],
  ['domestic-target', 'Peruvian rebels blew up a railway bridge.', '171', 'PER'],
  ['domestic-target', 'The Nigerian minister refused to resign.', '1231', 'NGA'],
];

describe('target strategies on fixed trees', () => {
  for (const [note, text, code, target] of strategies) {
    it(`${note}: "${text}"`, () => {
      const extractions = extractEvents(actors.run(frozen(text)), lexicon, ontology);
      const found = extractions.find((e) => e.code === code);
      assert.ok(found, `no ${code} event; got ${extractions.map((e) => e.code).join(', ') || 'none'}`);
      assert.ok(found.notes.includes(note), `notes: ${found.notes.join(', ')}`);
      assert.deepEqual(found.target.map((ref) => ref.code), [target]);
    });
  }

  it('takes the pattern\'s own roles first, with no strategy note', () => {
    const [found] = extractEvents(actors.run(frozen('Germany sent 500 tons of food to Sudan.')), lexicon, ontology);
    assert.deepEqual([found.code, found.target.map((ref) => ref.code), found.notes], ['073', ['SDN'], []]);
  });
});

describe('a pattern\'s modifier constraint', () => {
  // Imported noun phrases ("* ECONOMIC AID"): the object must have each group's word before it.
  const pattern = (id: string, code: string, modifier: string[][]): Pattern => ({
    id, code, trigger: ['halt'], pos: 'verb', object: ['aid'], modifier, source: ['subject'], target: ['to'], origin: id,
  });
  const text = 'Sweden halted economic aid to Zambia in order to press for reforms.';

  it('fires when the object has the modifier, and a more specific pattern wins', () => {
    const small = createPatternLexicon([pattern('military', '1622', [['military']]), pattern('economic', '1621', [['economic', 'financial']]), pattern('any', '162', [])]);
    const [found] = extractEvents(actors.run(frozen(text)), small, ontology);
    assert.deepEqual([found.code, found.target.map((ref) => ref.code)], ['1621', ['ZMB']]);
  });

  it('does not fire when a group names no word of the phrase', () => {
    const small = createPatternLexicon([pattern('military', '1622', [['military']])]);
    assert.deepEqual(extractEvents(actors.run(frozen(text)), small, ontology), []);
  });
});

describe('imported patterns\' target roles', () => {
  it('end with the subject of the clausal complement ("believes Israel will ...": Israel)', () => {
    const believe: Pattern = { id: 'believe', code: '023', trigger: ['believe'], pos: 'verb', source: ['subject'], target: IMPORTED_TARGET_ROLES, origin: 'test' };
    const found = extractEvents(actors.run(frozen('Egypt believes Israel will release the Palestinian prisoners.')), createPatternLexicon([believe]), ontology);
    assert.deepEqual(found.map((e) => [e.code, e.source.map((ref) => ref.code), e.target.map((ref) => ref.code)]), [['023', ['EGY'], ['ISR']]]);
  });
});
