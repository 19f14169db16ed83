import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createGazetteer, readGazetteerData } from '../actors/gazetteer/index.ts';
import { actorsStage } from '../actors/stage.ts';
import { loadEventResources } from '../coder.ts';
import type { Document } from '../core/document.ts';
import { conlluDocuments } from '../testing/conllu-documents.ts';
import { handParsed } from '../testing/hand-parsed.ts';
import { ROLE_TREES } from '../testing/freeze-trees.ts';
import { createParsedCoder } from '../testing/parsed-coder.ts';
import { eventSummaries, matchesExpected, ROLE_CASES, ROLE_PUBLISHED } from '../testing/role-cases.ts';
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
      assert.ok(found.some((event) => matchesExpected(event, expected)), `expected ${expected}; got ${found.join('; ') || 'no events'}`);
    });
  }
});

// Each target strategy of extractEvents, by the note it leaves: [note, sentence, code, target code].
const strategies: [note: string, text: string, code: string, target: string][] = [
  ['target-from-refused', 'Brazil refused to send peacekeepers to Haiti.', '1224', 'HTI'],
  ['target-from-framed', 'The Nigerian minister refused to resign.', '1231', 'NGA'],
  ['target-from-object', 'The military regime of President Emmerson Mnangagwa expelled the Dutch ambassador.', '161', 'NLDGOV'],
  ['target-from-complement', 'Russia threatened to cut off gas to Ukraine.', '130', 'UKR'],
  ['target-from-complement', 'Hezbollah threatened Sunday to resume armed operations in Israel.', '130', 'ISR'],
  ['target-through-light-noun', 'Morocco welcomed the restoration of trade links with Algeria.', '051', 'DZA'],
  ['target-fallback', 'Norway vetoed the Security Council resolution denouncing as illegal the blockade of the coast.', '191', 'IGOUNOUSC'],
  ['protest-target', 'Kenyan teachers staged a strike over pay.', '143', 'KENGOV'],
  ['protest-target', 'Kenyan fans rioted at a stadium in Uganda.', '145', 'UGA'],
  ['domestic-target', 'Peruvian rebels blew up a railway bridge.', '171', 'PER'],
  ['domestic-target', 'The Nigerian minister refused to resign.', '1231', 'NGA'],
  ['target-of-instrument', 'The Turkish army hit Kurdish rebel camps in Iraq with a wave of air strikes.', '195', 'IRQREB'],
  ['target-of-as-clause', 'The Chinese navy left the disputed reef, as demanded by Manila.', '100', 'CHNMIL'],
  ['target-charge-maker', 'A senior Indian official said on Monday that Pakistan was training militants in Kashmir, a charge Islamabad denied.', '016', 'INDGOV'],
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

  it('codes an organisation\'s act naming no other party against no one, not against the organisation', () => {
    const text = 'Sweden said that a European Union plan threatening tariffs on steel would hurt its exporters.';
    const found = extractEvents(actors.run(frozen(text)), lexicon, ontology).find((e) => e.code === '1312');
    assert.ok(found, 'no 1312 event');
    assert.deepEqual([found.source.map((ref) => ref.code.slice(0, 3)), found.target], [['IGO'], []]);
  });

  it('takes the pattern\'s own roles first, with no strategy note', () => {
    const [found] = extractEvents(actors.run(frozen('Germany sent 500 tons of food to Sudan.')), lexicon, ontology);
    assert.deepEqual([found.code, found.target.map((ref) => ref.code), found.notes], ['073', ['SDN'], []]);
  });
});

describe('one act named by a verb and by the noun it counts', () => {
  it('codes "concluded a second round of talks" once: the verb and the talks are one meeting', () => {
    const text = 'Indian and Pakistani envoys concluded a second round of talks.';
    const extractions = extractEvents(actors.run(frozen(text)), lexicon, ontology);
    assert.deepEqual(extractions.map((e) => e.code.slice(0, 2)), ['04']);
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

describe('patterns read as PETRARCH reads them (sequence, paired codes, compound subjects)', () => {
  const pattern = (id: string, code: string, trigger: string, fields: Partial<Pattern> = {}): Pattern => ({
    id, code, trigger: [trigger], pos: 'verb', source: ['subject'], target: ['object'], origin: id, ...fields,
  });
  const codes = (sentence: string, patterns: Pattern[]) =>
    extractEvents(actors.run(handParsed([sentence])), createPatternLexicon(patterns), ontology).map((e) => `${e.source.map((r) => r.code).join('+')} ${e.code} ${e.target.map((r) => r.code).join('+')}`);
  const sequences = [
    pattern('not-ever', '1241', 'attack', { sequence: ['not', 'ever', '_*'] }),
    pattern('not', '1240', 'attack', { sequence: ['not', '*'] }),
    pattern('ever-not', '1242', 'attack', { sequence: ['ever', 'not', '*'] }),
    pattern('any', '190', 'attack'),
  ];

  it('fires the sequence with the most words whose words stand in order around the trigger', () => {
    const sentence = 'Iran/PROPN/nsubj@5 did/AUX/aux@5 not/PART/advmod@5 ever/ADV/advmod@5 attack/VERB/root@0 Iraq/PROPN/obj@5';
    assert.deepEqual(codes(sentence, sequences), ['IRN 1241 IRQ']);
  });

  it('needs a word marked "_" to touch the trigger, and falls back to a shorter sequence or none', () => {
    const apart = 'Iran/PROPN/nsubj@6 did/AUX/aux@6 not/PART/advmod@6 ever/ADV/advmod@6 really/ADV/advmod@6 attack/VERB/root@0 Iraq/PROPN/obj@6';
    assert.deepEqual(codes(apart, sequences), ['IRN 1240 IRQ']);
    assert.deepEqual(codes('Iran/PROPN/nsubj@2 attack/VERB/root@0 Iraq/PROPN/obj@2', sequences), ['IRN 190 IRQ']);
  });

  // [what the rule does, pattern, hand-parsed sentence, the event].
  const roleRules: [rule: string, pattern: Pattern, sentence: string, expected: string][] = [
    ['takes the doer of what the object names as the target ("condemned an attack by Iraqi troops in Iran")', pattern('condemn', '122', 'condemn'),
      'Syria/PROPN/nsubj@2 condemn/VERB/root@0 an/DET/det@4 attack/NOUN/obj@2 by/ADP/case@7 Iraqi/ADJ/amod@7 troops/NOUN/NNS/nmod@4 in/ADP/case@9 Iran/PROPN/nmod@4', 'SYR 122 IRQMIL'],
    ['looks past a pronoun that stands for the source ("arrive on his visit in Iraq")', pattern('arrive', '032', 'arrive', { target: ['on', 'in'] }),
      'The/DET/det@3 Egyptian/ADJ/amod@3 president/NOUN/nsubj@4 arrive/VERB/root@0 on/ADP/case@7 his/PRON/PRP$/nmod:poss@7 visit/NOUN/obl@4 in/ADP/case@9 Iraq/PROPN/obl@4', 'EGYGOV 032 IRQ'],
    ['takes the agent of a participle on the object ("welcomed a letter sent by Iraq")', pattern('welcome', '041', 'welcome'),
      'Iran/PROPN/nsubj@2 welcome/VERB/root@0 a/DET/det@4 letter/NOUN/obj@2 sent/VERB/VBN/acl@4 by/ADP/case@7 Iraq/PROPN/obl@5', 'IRN 041 IRQ'],
    ['finds a target phrase on a noun the verb governs through a preposition ("act on a resolution against Iraq")', pattern('act', '102', 'act', { target: ['against'] }),
      'Iran/PROPN/nsubj@2 act/VERB/root@0 on/ADP/case@5 a/DET/det@5 resolution/NOUN/obl@2 against/ADP/case@7 Iraq/PROPN/nmod@5', 'IRN 102 IRQ'],
    ['reads a subject pronoun parsed as the object of a reporting verb as the subject ("Iran indicated it deplore Iraq")', pattern('deplore', '122', 'deplore'),
      'Iran/PROPN/nsubj@2 indicated/VERB/root@0 it/PRON/PRP/obj@2 deplore/VERB/xcomp@2 Iraq/PROPN/obj@4', 'IRN 122 IRQ'],
  ];
  for (const [rule, rolePattern, sentence, expected] of roleRules) {
    it(rule, () => assert.deepEqual(codes(sentence, [rolePattern]), [expected]));
  }

  it('codes a paired act from both sides ("[042:043]": a visit and being visited)', () => {
    const visit = pattern('visit', '042', 'visit', { reverse: '043' });
    assert.deepEqual(codes('Iran/PROPN/nsubj@2 visit/VERB/root@0 Iraq/PROPN/obj@2', [visit]), ['IRN 042 IRQ', 'IRQ 043 IRN']);
  });

  it('codes an act between the actors of a compound subject each way', () => {
    const agree = pattern('agree', '030', 'agree', { compound: true });
    assert.deepEqual(codes('Iran/PROPN/nsubj@4 and/CCONJ/cc@3 Iraq/PROPN/conj@1 agree/VERB/root@0', [agree]), ['IRN 030 IRQ', 'IRQ 030 IRN']);
    assert.deepEqual(codes('Iran/PROPN/nsubj@2 agree/VERB/root@0', [agree]), ['IRN 030 ']);
  });
});

describe('seizures of people', () => {
  it('codes a captor noun subject as the agent of the seizure, one event', () => {
    const found = eventSummaries(coder.code(frozen('Kidnappers seized a Japanese journalist in Kabul on Monday.')));
    assert.deepEqual(found, ['181 AFG>JPN']);
  });

  it('fires a person pattern on people, not on a place', () => {
    const person = { id: 'seize-person', code: '173', trigger: ['seize'], pos: 'verb', person: true, source: ['subject'], target: ['object'], origin: 'test' } satisfies Pattern;
    const codes = (sentence: string) => extractEvents(actors.run(handParsed([sentence])), createPatternLexicon([person]), ontology).map((e) => e.code);
    assert.deepEqual(codes('Police/NOUN/NNS/nsubj@2 seize/VERB/VBD/root@0 two/NUM/nummod@5 Somali/ADJ/amod@5 men/NOUN/NNS/obj@2'), ['173']);
    assert.deepEqual(codes('Police/NOUN/NNS/nsubj@2 seize/VERB/VBD/root@0 the/DET/det@5 northern/ADJ/amod@5 town/NOUN/obj@2'), []);
  });
});

describe('a noun\'s content clause', () => {
  // The parser reads "accusations that X ..." as a relative clause; "that" is then its marker.
  const allegation = { id: 'allegation-that', code: '112', trigger: ['accusation'], pos: 'noun', prep: 'that', source: ['by', 'subject'], target: ['complement'], needsTarget: true, origin: 'test' } satisfies Pattern;
  const codes = (sentence: string) =>
    extractEvents(actors.run(handParsed([sentence])), createPatternLexicon([allegation]), ontology).map((e) => `${e.source.map((r) => r.code).join('+')} ${e.code} ${e.target.map((r) => r.code).join('+')}`);

  it('takes the accused from the clause\'s subject, on the noun or on its "by" phrase', () => {
    assert.deepEqual(codes('Kenya/PROPN/NNP/nsubj@2 repeated/VERB/VBD/root@0 an/DET/det@4 accusation/NOUN/NN/obj@2 that/SCONJ/IN/mark@7 Uganda/PROPN/NNP/nsubj@7 armed/VERB/VBD/acl:relcl@4 rebels/NOUN/NNS/obj@7'), ['KEN 112 UGA']);
    assert.deepEqual(codes('an/DET/det@2 accusation/NOUN/NN/root@0 by/ADP/case@4 Kenya/PROPN/NNP/nmod@2 that/PRON/WDT/obj@7 Uganda/PROPN/NNP/nsubj@7 armed/VERB/VBD/acl:relcl@4 rebels/NOUN/NNS/obj@7'), ['KEN 112 UGA']);
  });

  it('finds none in a relative clause whose subject or object "that" is', () => {
    assert.deepEqual(codes('Kenya/PROPN/NNP/nsubj@2 repeated/VERB/VBD/root@0 an/DET/det@4 accusation/NOUN/NN/obj@2 that/PRON/WDT/nsubj@6 angered/VERB/VBD/acl:relcl@4 Uganda/PROPN/NNP/obj@6'), []);
    assert.deepEqual(codes('Kenya/PROPN/NNP/nsubj@2 repeated/VERB/VBD/root@0 an/DET/det@4 accusation/NOUN/NN/obj@2 that/PRON/WDT/obj@7 Uganda/PROPN/NNP/nsubj@7 rejected/VERB/VBD/acl:relcl@4'), []);
  });

  it('takes no victim of a passive clause as the accused', () => {
    assert.deepEqual(codes('Kenya/PROPN/NNP/nsubj@2 repeated/VERB/VBD/root@0 an/DET/det@4 accusation/NOUN/NN/obj@2 that/SCONJ/IN/mark@8 Uganda/PROPN/NNP/nsubj:pass@8 was/AUX/VBD/aux:pass@8 attacked/VERB/VBN/acl:relcl@4'), []);
  });
});

describe('a verdict pattern (a judgment passed in a clause)', () => {
  const verdict = { id: 'say-unfair', code: '111', trigger: ['said'], pos: 'verb', verdict: ['unfair', 'hurt'], source: ['subject'], target: ['complement'], needsTarget: true, origin: 'test' } satisfies Pattern;
  const codes = (sentence: string) =>
    extractEvents(actors.run(handParsed([sentence])), createPatternLexicon([verdict]), ontology).map((e) => `${e.source.map((r) => r.code).join('+')} ${e.code} ${e.target.map((r) => r.code).join('+')}`);

  it('criticises the subject of a clause that judges it, by a predicate or by an active verb with an object', () => {
    assert.deepEqual(codes('Kenya/PROPN/NNP/nsubj@2 said/VERB/VBD/root@0 Uganda/PROPN/NNP/nsubj@5 was/AUX/VBD/cop@5 unfair/ADJ/JJ/ccomp@2'), ['KEN 111 UGA']);
    assert.deepEqual(codes('Kenya/PROPN/NNP/nsubj@2 said/VERB/VBD/root@0 Uganda/PROPN/NNP/nsubj@5 would/AUX/MD/aux@5 hurt/VERB/VB/ccomp@2 trade/NOUN/NN/obj@5'), ['KEN 111 UGA']);
  });

  it('finds none in a passive clause, whose subject suffers the act, nor in an intransitive one', () => {
    assert.deepEqual(codes('Kenya/PROPN/NNP/nsubj@2 said/VERB/VBD/root@0 Ugandans/PROPN/NNPS/nsubj:pass@5 were/AUX/VBD/aux:pass@5 hurt/VERB/VBN/ccomp@2'), []);
    assert.deepEqual(codes('Kenya/PROPN/NNP/nsubj@2 said/VERB/VBD/root@0 Uganda/PROPN/NNP/nsubj@5 would/AUX/MD/aux@5 hurt/VERB/VB/ccomp@2'), []);
  });
});

describe('who acts in a misread clause', () => {
  const investigate: Pattern = { id: 'investigate', code: '090', trigger: ['investigate'], pos: 'verb', source: ['subject'], target: ['object'], origin: 'test' };
  const reject: Pattern = { id: 'reject', code: '016', trigger: ['reject'], pos: 'verb', source: ['subject'], target: [], origin: 'test' };
  const sources = (sentence: string, pattern: Pattern) => extractEvents(actors.run(handParsed([sentence])), createPatternLexicon([pattern]), ontology).map((e) => e.source.map((ref) => ref.code).join('+'));

  it('takes the subject of the clause for a conjunct verb with an auxiliary of its own hung on a noun ("... near a consulate and will investigate")', () => {
    const sentence = 'Swiss/ADJ/amod@2 police/NOUN/NNS/nsubj@3 found/VERB/VBD/root@0 explosives/NOUN/NNS/obj@3 near/ADP/case@8 an/DET/det@8 Italian/ADJ/amod@8 consulate/NOUN/NN/obl@3 and/CCONJ/cc@11 will/AUX/MD/aux@11 investigate/VERB/VB/conj@8 the/DET/det@13 blast/NOUN/NN/obj@11';
    assert.deepEqual(sources(sentence, investigate), ['CHECOP']);
  });

  it('names no one for a present tense read as the complement of a gerund ("six officers charged with staging a mutiny in Lesotho reject it")', () => {
    const sentence = 'Six/NUM/nummod@2 officers/NOUN/NNS/nsubj@3 charged/VERB/VBD/root@0 with/SCONJ/IN/mark@5 staging/VERB/VBG/advcl@3 a/DET/det@7 mutiny/NOUN/NN/obj@5 in/ADP/case@9 Lesotho/PROPN/NNP/nmod@7 reject/VERB/VBP/xcomp@5 it/PRON/PRP/obj@10';
    assert.deepEqual(sources(sentence, reject), []);
  });
});
