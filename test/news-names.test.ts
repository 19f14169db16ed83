import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createCoder } from '../src/coder.ts';
import type { Document, Token } from '../src/core/document.ts';

// The tagger on news names: place names that look like verb forms, names at the start of a
// sentence and in capitals, and hyphenated demonym compounds. Sentences of our own, about real
// places; "Nanning", "Xining" and "Baoding" are in no gazetteer file, "Chongqing" is.
const coder = createCoder();
// The shipped model predates the tagger's news features: the syntax stage repairs the tags of
// news names before parsing (src/syntax/name-tags.ts).

function code(text: string): Document {
  return coder.code(text, { id: 'news-names', published: '2026-11-26' });
}

function token(doc: Document, form: string): Token {
  const found = doc.sentences!.flatMap((sentence) => sentence.tokens).find((t) => t.form === form);
  assert.ok(found, `no token "${form}"`);
  return found;
}

function mentions(doc: Document): string[] {
  return (doc.mentions ?? []).map((m) => `${m.text}=${m.code}`);
}

describe('tagger: place names that look like verb forms', () => {
  for (const [text, name, root] of [
    ['Nanning officials said on Monday that the river had burst its banks.', 'Nanning', 'said'],
    ['Xining police arrested four men after the protest.', 'Xining', 'arrested'],
    ['Chongqing authorities closed two schools after the earthquake.', 'Chongqing', 'closed'],
  ] as const) {
    it(`"${name}" opening a sentence is a proper noun, and "${root}" the root`, () => {
      const doc = code(text);
      assert.equal(token(doc, name).upos, 'PROPN');
      assert.equal(token(doc, root).deprel, 'root');
    });
  }

  it('a name in -ing inside a sentence is a proper noun: "officials in Nanning and Xining"', () => {
    const doc = code('Flood warnings were issued to officials in Nanning and Xining on Tuesday.');
    assert.equal(token(doc, 'Nanning').upos, 'PROPN');
    assert.equal(token(doc, 'Xining').upos, 'PROPN');
  });

  it('a demonym opening a sentence stays an adjective: "Sudanese militias burned ..."', () => {
    const doc = code('Sudanese militias burned two market towns along the river on Sunday.');
    assert.equal(token(doc, 'Sudanese').upos, 'ADJ');
    assert.equal(token(doc, 'burned').deprel, 'root');
  });

  it('a dateline in capitals is a proper noun: "NANNING, China"', () => {
    const doc = code('NANNING, China (Reuters) - Rescue teams reached the flooded villages on Sunday.');
    assert.equal(token(doc, 'NANNING').upos, 'PROPN');
  });

  it('a known place in -ing gives its actor: "Chongqing police" is China\'s police', () => {
    assert.ok(mentions(code('Chongqing police detained two activists on Friday.')).includes('Chongqing police=CHNCOP'));
  });

  it('verbs in -ing opening a sentence stay verbs: "Using", "Speaking"', () => {
    assert.equal(token(code('Using tear gas against students is illegal, the court ruled.'), 'Using').upos, 'VERB');
    assert.equal(token(code('Speaking in Baoding, the governor promised new roads.'), 'Speaking').upos, 'VERB');
  });
});

describe('actors: hyphenated demonym compounds', () => {
  it('"a Chinese-American scientist" is one actor, the American, not China and the US', () => {
    const found = mentions(code('A Chinese-American scientist was detained at the airport in Shanghai.'));
    assert.ok(found.includes('Chinese-American=USA'), found.join(', '));
    assert.ok(!found.some((m) => m.startsWith('Chinese=')), found.join(', '));
  });

  it('"an Iranian-American journalist" is one American journalist', () => {
    const found = mentions(code('An Iranian-American journalist was released from prison in Tehran.'));
    assert.ok(found.includes('An Iranian-American journalist=USAMED'), found.join(', '));
  });

  it('"a Korean-Canadian held for smuggling" is one Canadian: the compound is itself the noun for a person', () => {
    const found = mentions(code('Seoul accused a Korean-Canadian held for smuggling of selling arms to rebels.'));
    assert.ok(found.some((m) => m.endsWith('=CAN')), found.join(', '));
    assert.ok(!found.some((m) => m.startsWith('Korean=')), found.join(', '));
  });

  it('"Israeli-Palestinian talks" keep both sides', () => {
    const found = mentions(code('Israeli-Palestinian talks resumed in Cairo on Sunday.'));
    assert.ok(found.includes('Israeli=ISR') && found.includes('Palestinian=PSE'), found.join(', '));
  });
});
