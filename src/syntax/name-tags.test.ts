import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { nameTagRepairs } from './name-tags.ts';
import { NAME_DEMONYM, NAME_START } from './name-words.ts';

// A tagger that knows a few words, and a gazetteer with one city in -ing and one demonym.
const lexicon = {
  known: new Map([['using', 1], ['use', 1], ['speak', 1], ['armed', 1], ['arm', 1], ['officials', 1], ['troops', 1], ['said', 1], ['stop', 1]]),
  names: new Map([['yemen', NAME_START], ['harbing', NAME_START], ['armed', NAME_START], ['karenese', NAME_DEMONYM]]),
};

/** The tags after the repairs, as "UPOS/XPOS" words. */
function repair(words: string, tags: string): string {
  const forms = words.split(' ');
  const pairs = tags.split(' ').map((tag) => tag.split('/'));
  const repairs = nameTagRepairs(forms, pairs.map(([u]) => u), pairs.map(([, x]) => x), lexicon);
  return pairs.map((pair, i) => repairs.get(i)?.replace('\t', '/') ?? pair.join('/')).join(' ');
}

describe('tag repairs of news names', () => {
  it('makes an opening plural in -men that is no name a plural noun', () => {
    assert.equal(repair('Gunmen shot dead', 'PROPN/NNP NOUN/NN ADJ/JJ'), 'NOUN/NNS NOUN/NN ADJ/JJ');
    assert.equal(repair('Yemen expelled', 'PROPN/NNP VERB/VBD'), 'PROPN/NNP VERB/VBD');
    assert.equal(repair('the Gunmen', 'DET/DT PROPN/NNP'), 'DET/DT PROPN/NNP');
  });

  it('makes an unknown capitalised -ing word with an unknown stem a proper noun, at the start, inside and in capitals', () => {
    assert.equal(repair('Tolling officials said', 'VERB/VBG NOUN/NNS VERB/VBD'), 'PROPN/NNP NOUN/NNS VERB/VBD');
    assert.equal(repair('in Tolling', 'ADP/IN NOUN/NN'), 'ADP/IN PROPN/NNP');
    assert.equal(repair('TOLLING ,', 'VERB/VBG PUNCT/,'), 'PROPN/NNP PUNCT/,');
  });

  it('makes a gazetteer name in -ing a proper noun even when its stem looks like a word', () => {
    assert.equal(repair('Harbing officials', 'VERB/VBG NOUN/NNS'), 'PROPN/NNP NOUN/NNS');
  });

  it('leaves verbs the tagger knows, or whose stem it knows, and lower-case words alone', () => {
    assert.equal(repair('Using gas', 'VERB/VBG NOUN/NN'), 'VERB/VBG NOUN/NN');
    assert.equal(repair('Speaking in', 'VERB/VBG ADP/IN'), 'VERB/VBG ADP/IN');
    assert.equal(repair('Stopped trucks', 'VERB/VBN NOUN/NNS'), 'VERB/VBN NOUN/NNS');
    assert.equal(repair('Armed men', 'ADJ/JJ NOUN/NNS'), 'ADJ/JJ NOUN/NNS');
    assert.equal(repair('tolling bells', 'VERB/VBG NOUN/NNS'), 'VERB/VBG NOUN/NNS');
  });

  it('makes a demonym before a plural noun an adjective, but not inside a name nor before a singular noun', () => {
    assert.equal(repair('Karenese troops', 'PROPN/NNP NOUN/NNS'), 'ADJ/JJ NOUN/NNS');
    assert.equal(repair('Karenese police', 'PROPN/NNP NOUN/NN'), 'PROPN/NNP NOUN/NN');
    assert.equal(repair('Karenese Interior Ministry', 'PROPN/NNP PROPN/NNP PROPN/NNP'), 'PROPN/NNP PROPN/NNP PROPN/NNP');
  });
});
