import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { loadSyntaxModel } from './model-file.ts';
import { knownWordCount, tagWords } from './tagger.ts';

// The tagger keeps each word's feature values for the next sentence (src/syntax/tagger.ts, knownWords).
describe('the tagger\'s word cache', () => {
  const model = loadSyntaxModel();

  it('keeps a short word but not a word longer than 64 characters', () => {
    const long = `x${'ab'.repeat(40)}`;
    const short = 'zeppelinfield';
    const before = knownWordCount(model.tagger);
    tagWords(model.tagger, ['The', 'token', long, 'was', 'logged', '.']);
    const after = knownWordCount(model.tagger);
    tagWords(model.tagger, ['The', 'token', long, long, short, '.']);
    assert.equal(knownWordCount(model.tagger) - after, 1, 'only the short word is new');
    assert.ok(after - before <= 5, `grew by ${after - before} for five short words`);
  });

  it('tags a long word the same with or without the cache', () => {
    const long = `y${'cd'.repeat(40)}`;
    const first = Array.from(tagWords(model.tagger, ['He', 'typed', long, '.']));
    assert.deepEqual(Array.from(tagWords(model.tagger, ['He', 'typed', long, '.'])), first);
  });
});
