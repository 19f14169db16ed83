import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { gzipSync, gunzipSync } from 'node:zlib';
import { isParleyError } from '../core/errors.ts';
import { parseSyntaxModel, serializeSyntaxModel } from './model-file.ts';
import { parseWords, trainParser } from './parser.ts';
import { buildAmbiguity, hashAmbiguity, seededRandom, tagWords, trainTagger } from './tagger.ts';

const sentences = [
  { words: ['Iran', 'rejected', 'the', 'offer', '.'], tags: ['PROPN\tNNP', 'VERB\tVBD', 'DET\tDT', 'NOUN\tNN', 'PUNCT\t.'] },
  { words: ['Egypt', 'hosted', 'talks', '.'], tags: ['PROPN\tNNP', 'VERB\tVBD', 'NOUN\tNNS', 'PUNCT\t.'] },
];
const heads = [[1, -1, 3, 1, 1], [1, -1, 1, 1]];
const labels = [['nsubj', 'root', 'det', 'obj', 'punct'], ['nsubj', 'root', 'obj', 'punct']];

function buildModelBytes(): Buffer {
  const ambiguityNames = buildAmbiguity(sentences, 1);
  const tagger = trainTagger(sentences, hashAmbiguity(ambiguityNames), { epochs: 5, bits: 10, random: seededRandom(1) });
  const parser = trainParser(
    sentences.map((s, i) => ({
      words: s.words.map((form, j) => ({ form, upos: s.tags[j].split('\t')[0], xpos: s.tags[j].split('\t')[1] })),
      heads: heads[i],
      labels: labels[i],
    })),
    { epochs: 10, bits: 10, explore: 0.5, random: seededRandom(2) },
  );
  return serializeSyntaxModel(
    { tags: tagger.tags, weights: tagger.trainer.toSparse(), ambiguityNames },
    { labels: parser.labels, weights: parser.trainer.toSparse() },
    { treebank: 'test' },
  );
}

describe('syntax model file', () => {
  it('reads back a model that tags and parses as the one written', () => {
    const model = parseSyntaxModel(buildModelBytes(), 'test.bin');
    assert.deepEqual(model.info, { treebank: 'test' });
    const classes = tagWords(model.tagger, sentences[0].words);
    assert.deepEqual(Array.from(classes, (c) => model.tagger.tags[c]), sentences[0].tags);
    const words = sentences[0].words.map((form, j) => ({ form, upos: sentences[0].tags[j].split('\t')[0], xpos: sentences[0].tags[j].split('\t')[1] }));
    assert.deepEqual([...parseWords(model.parser, words).heads], heads[0]);
  });

  it('keeps the news features\' name and verb words, so that the reloaded tagger reads them', () => {
    const ambiguityNames = buildAmbiguity(sentences, 1);
    const names = new Map([['egypt', 1], ['iranian', 4]]);
    const verbs = new Set(['reject', 'host']);
    const tagger = trainTagger(sentences, hashAmbiguity(ambiguityNames), { epochs: 5, bits: 10, random: seededRandom(1), names, verbs, clause: true });
    const bytes = serializeSyntaxModel(
      { tags: tagger.tags, weights: tagger.trainer.toSparse(), ambiguityNames, names, verbs, clause: true },
      { labels: ['root'], weights: trainParser([], { epochs: 1, bits: 10, explore: 0, random: seededRandom(2) }).trainer.toSparse() },
      { treebank: 'test' },
    );
    const model = parseSyntaxModel(bytes, 'news.bin');
    assert.deepEqual(model.tagger.names, names);
    assert.deepEqual(model.tagger.verbs, verbs);
    assert.equal(model.tagger.clause, true, 'the clause feature is kept');
    assert.deepEqual(Array.from(tagWords(model.tagger, sentences[1].words), (c) => model.tagger.tags[c]), sentences[1].tags);
  });

  it('tags with some words\' tags forced, and the others as the model reads them', () => {
    const model = parseSyntaxModel(buildModelBytes(), 'test.bin');
    const noun = model.tagger.tags.indexOf('NOUN\tNN');
    const classes = tagWords(model.tagger, sentences[0].words, new Map([[0, noun]]));
    assert.deepEqual(Array.from(classes, (c) => model.tagger.tags[c]), ['NOUN\tNN', ...sentences[0].tags.slice(1)]);
  });

  it('reads a model without name words as one without the news features', () => {
    const model = parseSyntaxModel(buildModelBytes(), 'old.bin');
    assert.equal(model.tagger.names, undefined);
  });

  it('refuses bytes that are not a gzip file, naming the file', () => {
    assert.throws(
      () => parseSyntaxModel(Buffer.from('not a model'), 'data/models/broken.bin'),
      (error) => isParleyError(error, 'MODEL_INVALID') && error.message.startsWith('data/models/broken.bin:'),
    );
  });

  it('refuses a truncated model', () => {
    const raw = gunzipSync(buildModelBytes());
    const truncated = gzipSync(raw.subarray(0, raw.length - 100));
    assert.throws(() => parseSyntaxModel(truncated, 'cut.bin'), (error) => isParleyError(error, 'MODEL_INVALID') && /truncated/.test(error.message));
  });

  it('refuses a file of another kind', () => {
    assert.throws(
      () => parseSyntaxModel(gzipSync(Buffer.from('SOMETHINGELSE-and-more-bytes')), 'other.bin'),
      (error) => isParleyError(error, 'MODEL_INVALID') && /not a Parley syntax model/.test(error.message),
    );
  });
});
