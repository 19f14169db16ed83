import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createGazetteer } from './gazetteer/index.ts';
import { agent, handParsed, name } from '../testing/hand-parsed.ts';
import { findMentions } from './stage.ts';

const gazetteer = createGazetteer({
  names: [
    name('Iran', 'IRN'),
    name('Iranian', 'IRN', { type: 'demonym', actor: 'Iran' }),
    name('Tehran', 'IRN', { type: 'capital', actor: 'Iran' }),
    name('US', 'USA', { type: 'alias', caseSensitive: true, actor: 'United States' }),
    name('Washington', 'USA', { type: 'capital', ambiguous: true, actor: 'United States' }),
    name('Israeli', 'ISR', { type: 'demonym', actor: 'Israel' }),
    name('Israel', 'ISR'),
    // A user dictionary's "BENELUX [BEL/NLD/LUX]": one name, three actors.
    ...['BEL', 'NLD', 'LUX'].map((code) => name('Benelux', code, { kind: 'user', group: 'benelux' })),
    name('Bulgarian', 'BGR', { type: 'demonym', actor: 'Bulgaria' }),
    name('Greek', 'GRC', { type: 'demonym', actor: 'Greece' }),
    name('Jordan', 'JOR', { ambiguous: true }),
    name('Georgia', 'GEO', { ambiguous: true }),
    name('Armenia', 'ARM'),
    name('Masoud Pezeshkian', 'IRNGOV', { kind: 'person', actor: 'Masoud Pezeshkian', title: 'President', start: '2024-07-28', caseSensitive: true, group: 'pez' }),
    name('Pezeshkian', 'IRNGOV', { kind: 'person', type: 'surname', actor: 'Masoud Pezeshkian', title: 'President', start: '2024-07-28', caseSensitive: true, group: 'pez' }),
    name('Ebrahim Raisi', 'IRNGOV', { kind: 'person', actor: 'Ebrahim Raisi', title: 'President', start: '2021-08-03', end: '2024-05-19', caseSensitive: true, group: 'rai' }),
    name('United Nations', 'IGOUNO', { kind: 'igo' }),
  ],
  agents: [agent('President', 'GOV'), agent('lawmakers', 'LEG'), agent('president', 'GOV'), agent('officials', 'GOV'), agent('official', 'GOV'), agent('governments', 'GOV'), agent('military', 'MIL'), agent('troops', 'MIL'), agent('governor', 'GOV'), agent('foreign minister', 'GOV')],
  nonActors: [{ text: 'analysts', source: 'test' }, { text: 'Michael Jordan', source: 'test' }],
});

function mentions(sentences: string[], options: { published?: string; dateline?: string } = {}) {
  return findMentions(handParsed(sentences, options), gazetteer).map(({ text, code, country, sector, name, title, antecedent }) => ({ text, code, country, sector, name, title, antecedent }));
}

function codes(sentences: string[], options: { published?: string; dateline?: string } = {}) {
  return mentions(sentences, options).map((mention) => `${mention.text}=${mention.code}`);
}

describe('findMentions: noun phrases', () => {
  it('makes "Iranian President Masoud Pezeshkian" one IRNGOV mention with name and title', () => {
    const [mention] = mentions(['Iranian/ADJ President/PROPN Masoud/PROPN/nsubj@5 Pezeshkian/PROPN/flat@3 said/VERB/root@0'], { published: '2026-11-26' });
    assert.deepEqual(mention, { text: 'Iranian President Masoud Pezeshkian', code: 'IRNGOV', country: 'IRN', sector: 'GOV', name: 'Masoud Pezeshkian', title: 'President', antecedent: undefined });
  });


  for (const [phrase, sentence, expected] of [
    ['"US officials" is USAGOV', 'US/PROPN officials/NOUN/NNS said/VERB', ['US officials=USAGOV']],
    ['"a senior Iranian military official" is IRNMIL', 'a/DET senior/ADJ Iranian/ADJ military/ADJ official/NOUN said/VERB', ['a senior Iranian military official=IRNMIL']],
    ['"Israeli troops" is ISRMIL', 'Israeli/ADJ troops/NOUN/NNS fired/VERB', ['Israeli troops=ISRMIL']],
    ['"Bulgarian and Greek officials" are two actors', 'Senior/ADJ Bulgarian/ADJ and/CCONJ Greek/ADJ officials/NOUN/NNS agreed/VERB', ['Senior Bulgarian=BGRGOV', 'Greek officials=GRCGOV']],
    ['"friendly regional governments" is a government of unknown country', 'friendly/ADJ regional/ADJ governments/NOUN/NNS asked/VERB', ['friendly regional governments=UNKGOV']],
    ['"the president of Armenia" takes the country of its of-phrase', 'a/DET president/NOUN of/ADP Armenia/PROPN spoke/VERB', ['a president of Armenia=ARMGOV', 'Armenia=ARM']],
    ['"lawmakers in Armenia and Iran" are two actors', 'lawmakers/NOUN/NNS in/ADP Armenia/PROPN and/CCONJ Iran/PROPN met/VERB', ['lawmakers in Armenia=ARMLEG', 'Armenia=ARM', 'Iran=IRNLEG']],
    ['"the officials of Armenia, Iran and Israel" are three actors', 'the/DET officials/NOUN/NNS of/ADP Armenia/PROPN ,/PUNCT Iran/PROPN and/CCONJ Israel/PROPN met/VERB', ['the officials of Armenia=ARMGOV', 'Armenia=ARM', 'Iran=IRNGOV', 'Israel=ISRGOV']],
    ['"lawmakers and officials in Armenia and Iran" share the countries', 'lawmakers/NOUN/NNS and/CCONJ officials/NOUN/NNS in/ADP Armenia/PROPN and/CCONJ Iran/PROPN met/VERB', ['lawmakers=ARMLEG', 'lawmakers=IRNLEG', 'officials in Armenia=ARMGOV', 'Armenia=ARM', 'Iran=IRNGOV']],
    ['a list of commas with no "and" stays one country', 'the/DET officials/NOUN/NNS of/ADP Armenia/PROPN ,/PUNCT Iran/PROPN said/VERB', ['the officials of Armenia=ARMGOV', 'Armenia=ARM', 'Iran=IRN']],
    ['a user dictionary name of codes joined by "/" is one mention per code', 'Benelux/PROPN welcomed/VERB', ['Benelux=BEL', 'Benelux=NLD', 'Benelux=LUX']],
    ['"the US withdrawal" leaves "US" a country mention', 'the/DET US/PROPN withdrawal/NOUN ended/VERB', ['the US=USA']],
    ['"analysts" are not actors', 'Iranian/ADJ analysts/NOUN/NNS believe/VERB', []],
    ['"us" the pronoun is not the United States', 'he/PRON told/VERB us/PRON', []],
  ] as const) {
    it(phrase, () => assert.deepEqual(codes([sentence]), expected));
  }
});

describe('findMentions: capitals and datelines', () => {
  it('codes capitals that act as their governments: "Relations between Tehran and Washington"', () => {
    assert.deepEqual(codes(['Relations/NOUN between/ADP Tehran/PROPN and/CCONJ Washington/PROPN remain/VERB strained/ADJ']), ['Tehran=IRNGOV', 'Washington=USAGOV']);
  });

  it('codes the dateline place as the country: "Tehran —"', () => {
    assert.deepEqual(codes(['Tehran/PROPN —/PUNCT', 'Iran/PROPN said/VERB'], { dateline: 'Tehran' }), ['Tehran=IRN', 'Iran=IRN']);
  });

  it('codes a capital after "in" as the place, the country', () => {
    assert.deepEqual(codes(['protests/NOUN spread/VERB in/ADP Tehran/PROPN']), ['Tehran=IRN']);
  });
});

describe('findMentions: ambiguous names', () => {
  it('reads "Jordan said" as the country', () => {
    assert.deepEqual(codes(['Jordan/PROPN/nsubj@2 said/VERB/root@0 nothing/PRON']), ['Jordan=JOR']);
  });

  it('does not read "Michael Jordan" as the country', () => {
    assert.deepEqual(codes(['Michael/PROPN Jordan/PROPN scored/VERB']), []);
  });

  it('does not read "Barbara Jordan" as the country: a first name before it', () => {
    assert.ok(!codes(['Barbara/PROPN Jordan/PROPN spoke/VERB']).some((code) => code.endsWith('=JOR')));
  });

  it('reads "Georgia" in "Atlanta, Georgia" as the US state', () => {
    assert.deepEqual(codes(['in/ADP Atlanta/PROPN ,/PUNCT Georgia/PROPN']), []);
  });

  it('reads "Georgia\'s governor" as the US state', () => {
    assert.ok(!codes(["Georgia/PROPN 's/PART governor/NOUN resigned/VERB"]).some((code) => code.includes('GEO')));
  });

  it('reads "Jordan\'s state television" as the country: its own state bodies', () => {
    assert.ok(codes(["Jordan/PROPN 's/PART state/NOUN television/NOUN reported/VERB"]).some((code) => code.includes('JOR')));
  });

  it('reads "Georgia\'s state legislature" as the US state', () => {
    assert.ok(!codes(["Georgia/PROPN 's/PART state/NOUN legislature/NOUN met/VERB"]).some((code) => code.includes('GEO')));
  });

  it('reads "Georgia" acting in a sentence of no US context as the country', () => {
    assert.deepEqual(codes(['Georgia/PROPN accused/VERB Israeli/ADJ troops/NOUN']), ['Georgia=GEO', 'Israeli troops=ISRMIL']);
  });
});

describe('findMentions: office holders by date', () => {
  it('resolves a surname only while its holder is in office', () => {
    assert.deepEqual(codes(['Pezeshkian/PROPN/nsubj@2 spoke/VERB/root@0'], { published: '2026-11-26' }), ['Pezeshkian=IRNGOV']);
    assert.deepEqual(codes(['Pezeshkian/PROPN/nsubj@2 spoke/VERB/root@0'], { published: '2010-01-01' }), ['Pezeshkian=UNK']);
  });

  it('keeps a titled name the gazetteer does not know, with code UNK and its sector', () => {
    assert.deepEqual(mentions(['President/PROPN Laurent/PROPN Gbagbo/PROPN spoke/VERB'])[0], {
      text: 'President Laurent Gbagbo', code: 'UNKGOV', country: null, sector: 'GOV', name: 'Laurent Gbagbo', title: 'President', antecedent: undefined,
    });
  });
});
