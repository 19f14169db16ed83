import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { compileVerbPatterns, parseVerbDictionary, toPattern } from './verbs.ts';

// A small verb dictionary in PETRARCH's format, written for these tests.
const FIXTURE = `# test dictionary
&PENALTY
+SANCTION
+EMBARGO
+TRADE_BAN

&FOOD_
+GRAIN
+RICE

---  IMPOSE   [---]  ---
IMPOSE
SLAP {SLAPS SLAPPED SLAPPING }
- * &PENALTY                                [163]   # IMPOSE
- * CURFEW                                  [1724]  # IMPOSE
- * {TRADE BAN}                             [163]   # phrase: skipped
- &MILITARY * CURFEW                        [1724]  # words before the verb: skipped

---  SHIP   [---]  ---
SHIP {SHIPS SHIPPED SHIPPING }
+SEND_OFF [070]
- * &FOOD (TO)                              [0233:073]
- * (TO) ($)                                [070]   # markers: skipped
- * (FOR AID)                               [023]   # noun in a phrase: skipped
- * BACK REFUGEES                           [075]
- * AID                                     [:070]  # no own code: skipped

---  DENOUNCE   [111]  ---
DENOUNCE
DECRY [---]
~ a (a b ATTACK) DENOUNCE = a b 111
`;

const compile = (kinds?: ReadonlySet<'verb' | 'object' | 'prep' | 'particle'>) =>
  compileVerbPatterns(parseVerbDictionary(FIXTURE), { prefix: 'test', file: 'fixture.txt', isCode: (code) => code !== '1724', kinds });

describe('parseVerbDictionary', () => {
  it('expands synonym sets and reads verb blocks with their lines', () => {
    const dictionary = parseVerbDictionary(FIXTURE);
    assert.deepEqual(dictionary.synsets.get('&PENALTY'), ['SANCTION', 'EMBARGO', 'TRADE_BAN']);
    assert.deepEqual(dictionary.blocks.map((block) => [block.name, block.code, block.verbs.map((verb) => verb.lemma)]), [
      ['impose', '---', ['impose', 'slap']],
      ['ship', '---', ['ship', 'send']],
      ['denounce', '111', ['denounce', 'decry']],
    ]);
    assert.equal(dictionary.transformations, 1);
  });
});

describe('compileVerbPatterns', () => {
  it('compiles verb + object over a synonym set, with an id and origin that name the line', () => {
    const [first] = compile().patterns;
    assert.deepEqual(first, {
      id: 'test.impose.l14',
      code: '163',
      trigger: 'impose|slap',
      object: 'sanction|embargo',
      dictionary: 'test/fixture.txt:14',
    });
  });

  it('compiles object + preposition, particle + object, a multi-word verb and the verb alone', () => {
    const lines = compile().patterns.map((p) => [p.code, p.trigger, p.object ?? '', p.prep ?? '', p.particle ?? '']);
    assert.deepEqual(lines, [
      ['163', 'impose|slap', 'sanction|embargo', '', ''],
      ['070', 'send', '', '', 'off'],
      ['0233', 'ship', 'grain|rice', 'to', ''],
      ['075', 'ship', 'refugees|refugee', '', 'back'],
      ['111', 'denounce', '', '', ''],
    ]);
  });

  it('counts what it skips, by reason', () => {
    const { skipped } = compile();
    assert.equal(skipped.get('multi-word noun phrase {...}'), 1);
    assert.equal(skipped.get('words before the verb (subject constraint)'), 1);
    assert.equal(skipped.get('source/target markers ($ + ^ %)'), 1);
    assert.equal(skipped.get('noun inside a prepositional phrase (PREP NOUN)'), 1);
    assert.equal(skipped.get("no code for the verb's own event ([:NNN])"), 1);
    assert.equal(skipped.get('code not in the ontology'), 1);
    assert.equal(skipped.get('transformation lines (~)'), 1);
  });

  it('compiles only the kinds asked for', () => {
    const codes = compile(new Set(['object'])).patterns.map((p) => p.code);
    assert.deepEqual(codes, ['163', '0233', '075']);
  });

  it('leaves out statement verbs whose noun codes another root, keeps their statement patterns', () => {
    const text = '---  DECLARE   [010]  ---\nDECLARE\n- * SANCTIONS  [163]\n- * SUPPORT  [013]\n';
    const { patterns, skipped } = compileVerbPatterns(parseVerbDictionary(text), { prefix: 'test', file: 'f.txt', isCode: () => true, kinds: new Set(['object']) });
    assert.deepEqual(patterns.map((p) => [p.code, p.object]), [['013', 'support']]);
    assert.equal(skipped.get('statement verb coding what is said (block 01, pattern of another root)'), 1);
  });

  it('gives the same output on every run', () => {
    assert.deepEqual(JSON.stringify(compile()), JSON.stringify(compile()));
  });

  it('turns a compiled line into an engine pattern marked as imported', () => {
    const pattern = toPattern(compile().patterns[0]);
    assert.deepEqual(pattern.trigger, ['impose', 'slap']);
    assert.deepEqual(pattern.object, ['sanction', 'embargo']);
    assert.equal(pattern.dictionary, 'test/fixture.txt:14');
    assert.equal(pattern.example, undefined);
  });
});

describe('compileVerbPatterns with nounPhrases', () => {
  it('reads a phrase of several words as its head with modifiers, one alternative per phrase of a set', () => {
    const dictionary = parseVerbDictionary(FIXTURE);
    const { patterns } = compileVerbPatterns(dictionary, { prefix: 'test', file: 'fixture.txt', isCode: () => true, nounPhrases: true });
    const phrases = patterns.filter((p) => p.modifier).map((p) => [p.id, p.object, p.modifier]);
    // "- * {TRADE BAN}" (line 16) gives the same pattern as the set's phrase TRADE_BAN: a duplicate.
    assert.deepEqual(phrases, [['test.impose.l14.2', 'ban', ['trade']]]);
    const first = patterns.find((p) => p.id === 'test.impose.l14');
    assert.equal(first?.object, 'sanction|embargo', 'the single words of the set stay one pattern');
  });
});

describe('compileVerbPatterns with sequences and paired codes', () => {
  // PETRARCH's surface patterns, written for these tests.
  const SURFACE = `&NEGATION
+DID N'T
+WILL_NOT

---  STRIKE   [190:191]  ---
STRIKE
- INDICATED WOULD * NOW  [1011]
- MOST_&NEGATION_*  [1012]
- * AT +  [1013]
- * OVER BORDERS  [1014]
- * TALKS IN ^ +  [1018]
- $ * BACK  [1015]
- % *  [1016:1017]
`;
  const compileSurface = (options: { pairedCodes?: boolean; sequences?: boolean }) =>
    compileVerbPatterns(parseVerbDictionary(SURFACE), { prefix: 'test', file: 'surface.txt', isCode: () => true, ...options });

  it('reads words before and after the verb in order, "_" for words that touch, markers for roles', () => {
    const { patterns } = compileSurface({ sequences: true, pairedCodes: true });
    const lines = patterns.map((p) => [p.code, p.sequence?.join(' / ') ?? '', p.target?.[0] ?? '', p.reverse ?? '', p.compound ?? false]);
    assert.deepEqual(lines, [
      ['190', '', 'object', '191', false],
      ['1011', 'indicated / would / * / now', 'object', '', false],
      ['1012', "most did n't|most will not / _*", 'object', '', false],
      ['1013', '* / at', 'at', '', false],
      // Read as verb + particle + object too (kept first); the parse decides which one holds.
      ['1014', '', '', '', false],
      ['1014', '* / over / borders', 'object', '', false],
      ['1018', '* / talks / in', 'object', '', false],
      ['1016', '*', 'object', '1017', true],
    ]);
    // No "+": the sequence's prepositions are looked at after the usual roles; "IN ^ +": not the "in" phrase.
    assert.ok(patterns.find((p) => p.code === '1014' && p.sequence)?.target?.includes('over'));
    assert.ok(!patterns.find((p) => p.code === '1018')?.target?.includes('in'));
    assert.equal(compileSurface({ sequences: true }).skipped.get('source/target markers ($ + ^ %)'), 1);
  });

  it('keeps neither without the options: the words before the verb are skipped, the second code dropped', () => {
    const { patterns, skipped } = compileSurface({});
    assert.deepEqual(patterns.map((p) => [p.code, p.reverse]), [['190', undefined], ['1014', undefined]]);
    assert.equal(skipped.get('words before the verb (subject constraint)'), 4);
    assert.equal(skipped.get('source/target markers ($ + ^ %)'), 1);
    assert.equal(skipped.get('second code of a pair ([032:033]) dropped, the pattern kept'), 1);
  });
});
