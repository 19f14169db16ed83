import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { isParleyError } from '../core/errors.ts';
import { newsSentences, parseNewsTemplates, thirdPerson, type NewsMaterial } from './news-sentences.ts';
import { seededRandom } from './tagger.ts';

const phrase = (words: string, xpos: string) => ({ words: words.split(' '), xpos: xpos.split(' ') });
const material: NewsMaterial = {
  countries: ['Chile', 'New Zealand'],
  demonyms: ['Chilean'],
  places: ['Valparaiso'],
  unseenPlaces: ['Quilling'],
  singularAgents: ['government'],
  pluralAgents: ['troops'],
  pastVerbs: ['blocked'],
  presentVerbs: ['blocks'],
  baseVerbs: ['block'],
  controlVerbs: ['threatened'],
  pluralDeterminers: [phrase('two', 'CD'), phrase('dozens of', 'NNS IN')],
  singularDeterminers: [phrase('a', 'DT')],
  modifiers: [phrase('economic', 'JJ')],
  compounds: [phrase('arms', 'NNS')],
  particleVerbs: [phrase('called off', 'VBD RP')],
  prepositions: [phrase('to', 'IN')],
  pluralNouns: ['tariffs'],
  singularNouns: ['embargo'],
  tails: [phrase('on Monday', 'IN NNP')],
  placeAgents: ['police'],
};

describe('news-shaped training sentences', () => {
  const sentences = newsSentences(material, 400, seededRandom(5));
  const xpos = (i: number) => sentences[i].tags.map((tag) => tag.split('\t')[1]).join(' ');

  it('tags every word, a verb after the subject and a full stop at the end', () => {
    assert.equal(sentences.length, 400);
    for (const [i, sentence] of sentences.entries()) {
      assert.equal(sentence.words.length, sentence.tags.length);
      assert.equal(sentence.words.at(-1), '.');
      assert.match(xpos(i), /^(NNP( NNP)?|JJ NNS|DT NN|NNP NNS) (VBD|VBZ|VBD TO VB|VBD RP) /, sentence.words.join(' '));
    }
  });

  it('pairs each tag with its universal tag', () => {
    const pairs = new Set(sentences.flatMap((sentence) => sentence.tags));
    for (const pair of ['ADP\tRP', 'ADP\tIN', 'PROPN\tNNP', 'VERB\tVBD', 'PART\tTO', 'NOUN\tNNS', 'ADJ\tJJ', 'NUM\tCD', 'PUNCT\t.']) assert.ok(pairs.has(pair), pair);
  });

  it('masks an unseen place name opening the sentence, and writes "an" before a vowel', () => {
    const masked = sentences.filter((sentence) => sentence.masked !== undefined);
    assert.ok(masked.some((sentence) => /^Quilling|QUILLING$/.test(sentence.words[0])));
    assert.ok(masked.every((sentence) => sentence.masked === 0 && /^NNP/.test(sentence.tags[0].split('\t')[1])));
    assert.ok(sentences.some((sentence) => sentence.words.join(' ').includes('an economic embargo')));
    assert.ok(!sentences.some((sentence) => sentence.words.join(' ').includes('a economic')));
  });

  it('is repeatable with the same seed', () => {
    assert.deepEqual(newsSentences(material, 50, seededRandom(9)), newsSentences(material, 50, seededRandom(9)));
  });
});

describe('third person of a base form', () => {
  it('adds -s, -es or -ies', () => {
    assert.deepEqual(['share', 'push', 'carry', 'veto', 'obey'].map(thirdPerson), ['shares', 'pushes', 'carries', 'vetoes', 'obeys']);
  });
});

describe('news templates file', () => {
  it('reads slots and phrases', () => {
    const slots = parseNewsTemplates('# comment\nslot\twords\ttags\nnoun\ttariffs\tNNS\ntail\ton Monday\tIN NNP\n', 'test.tsv');
    assert.deepEqual(slots.get('tail'), [phrase('on Monday', 'IN NNP')]);
  });

  it('reports every bad line with its place', () => {
    assert.throws(
      () => parseNewsTemplates('slot\twords\ttags\nverb\tblocked\tVBD\nnoun\ttwo words\tNNS\nnoun\tstuff\tXX\n', 'test.tsv'),
      (error: unknown) =>
        isParleyError(error) &&
        error.code === 'DATA_INVALID' &&
        error.details.length === 3 &&
        error.details[0].startsWith('test.tsv:2: unknown slot "verb"') &&
        error.details[1] === 'test.tsv:3: 2 words but 1 tags' &&
        error.details[2].startsWith('test.tsv:4: a tag the templates do not use (XX'),
    );
  });
});
