import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createCoder } from '../src/coder.ts';

const text = readFileSync(new URL('../examples/iran-us-talks.txt', import.meta.url), 'utf8');
const doc = createCoder().code(text, { id: 'iran-us-talks', published: '2026-11-26' });

/** The first sentence of the report proper (the dateline "Tehran —" is a sentence of its own). */
const first = doc.sentences!.find((sentence) => sentence.tokens.some((token) => token.text === 'instructed'))!;
const index = (word: string) => first.tokens.findIndex((token) => token.text === word);

describe('the example report, first sentence', () => {
  // EWT heads a name on its first word ("Pervez" nsubj, "Musharraf" flat), so the nsubj is
  // the name "Masoud Pezeshkian", headed by "Masoud" with "Pezeshkian" attached as flat.
  it('makes the name "Masoud Pezeshkian" the nsubj of "instructed"', () => {
    const name = first.tokens[index('Masoud')];
    assert.equal(name.head, index('instructed'));
    assert.equal(name.deprel, 'nsubj');
    const surname = first.tokens[index('Pezeshkian')];
    assert.equal(surname.head, index('Masoud'));
    assert.equal(surname.deprel, 'flat');
  });

  it('makes "minister" the obj of "instructed"', () => {
    const token = first.tokens[index('minister')];
    assert.equal(token.head, index('instructed'));
    assert.equal(token.deprel, 'obj');
  });

  it('makes "explore" the xcomp of "instructed"', () => {
    const token = first.tokens[index('explore')];
    assert.equal(token.head, index('instructed'));
    assert.equal(token.deprel, 'xcomp');
  });

  it('lemmatises "instructed" to "instruct" and tags it a past participle verb', () => {
    const token = first.tokens[index('instructed')];
    assert.equal(token.lemma, 'instruct');
    assert.equal(token.upos, 'VERB');
    assert.equal(token.xpos, 'VBN');
  });
});

describe('the whole example report', () => {
  it('gives every token a span that slices the original text, with tags, a lemma and a head', () => {
    for (const sentence of doc.sentences!) {
      const roots = sentence.tokens.filter((token) => token.head === -1);
      assert.equal(roots.length, 1, `one root in "${text.slice(sentence.start, sentence.end)}"`);
      for (const token of sentence.tokens) {
        assert.equal(text.slice(token.start, token.end), token.text);
        assert.ok(token.upos && token.xpos && token.lemma && token.deprel);
        assert.ok(token.head! >= -1 && token.head! < sentence.tokens.length);
      }
    }
  });

  it('marks the dateline "Tehran —"', () => {
    assert.equal(text.slice(doc.dateline!.place.start, doc.dateline!.place.end), 'Tehran');
  });
});
